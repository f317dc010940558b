import ArgumentParser
import Foundation
import LoreFetch
import LoreSQLite

struct Follow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Subscribe to news feeds; `lore watch` reads their new articles.",
        discussion: """
            Takes RSS 2.0, Atom 1.0 and JSON Feed 1.1 URLs, or a site's page that names its feed \
            with <link rel="alternate" type="application/rss+xml" href="…">. Following a feed \
            again changes nothing.

            Example:
              lore follow https://news.example/feed.xml https://screen.example/ --db marvel.sqlite
              lore follow --list
              lore follow --remove https://news.example/feed.xml

            Exit status: 0 when every URL was followed, 3 when some could not be, 1 on errors.
            """
    )

    @Argument(help: ArgumentHelp("Feed or site URLs.", valueName: "url"))
    var urls: [String] = []

    @Flag(help: "List the subscriptions with their state.")
    var list = false

    @Option(help: ArgumentHelp("Stop following this feed (its URL or the site URL it was followed by).", valueName: "url"))
    var remove: [String] = []

    @OptionGroup var fetching: FetchOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if urls.isEmpty && !list && remove.isEmpty {
            throw ValidationError("Name a feed or site URL to follow, or use --list or --remove URL.")
        }
    }

    func run() async throws {
        let store = try database.open()
        var failed: [FetchError] = []
        for url in remove {
            if try store.unfollow(url) {
                Console.write("no longer following \(url)\n")
            } else {
                failed.append(FetchError(url: url, reason: "is not followed (see lore follow --list)"))
            }
        }
        if !urls.isEmpty {
            try await Fetcher.with(fetching.settings) { fetcher in
                for url in urls {
                    do {
                        let (subscription, added, entries) = try await follow(url, fetcher: fetcher, store: store)
                        let name = subscription.title.map { "\($0) (\(subscription.feedURL))" } ?? subscription.feedURL
                        Console.write(added ? "following \(name): \(plural(entries, "entry", "entries")); lore watch reads them\n"
                                            : "already following \(name)\n")
                    } catch let error as FetchError {
                        failed.append(error)
                    }
                }
            }
        }
        if list { Console.write(Self.describe(try store.subscriptions())) }
        if !failed.isEmpty {
            var text = "lore: could not follow \(plural(failed.count, "URL")):\n"
            for error in failed { text += "  \(error)\n" }
            Console.write(text, to: .standardError)
            throw ExitCode(3)
        }
    }

    /// Finds the feed at `url` (or the one the page at `url` names) and subscribes to it.
    private func follow(_ url: String, fetcher: Fetcher, store: SQLiteStore) async throws -> (Subscription, Bool, Int) {
        let resource = try await fetcher.fetch(url, accept: Fetcher.Accept.feed)
        var feedURL = url
        var document = try FeedParser.parse(resource.body, url: url, contentType: resource.contentType)
        if case .page(let alternates) = document {
            guard let alternate = alternates.first else {
                throw FetchError(url: url, reason: "is a web page that names no feed (no <link rel=\"alternate\" type=\"application/rss+xml\" href=\"…\">); give the feed's URL")
            }
            feedURL = alternate
            let feedResource = try await fetcher.fetch(alternate, accept: Fetcher.Accept.feed)
            document = try FeedParser.parse(feedResource.body, url: alternate, contentType: feedResource.contentType)
        }
        guard case .feed(let feed) = document else {
            throw FetchError(url: feedURL, reason: "is a web page, not a feed")
        }
        let (subscription, added) = try store.follow(url: url, feedURL: feedURL, title: feed.title)
        return (subscription, added, feed.entries.count)
    }

    static func describe(_ subscriptions: [Subscription]) -> String {
        guard !subscriptions.isEmpty else { return "no subscriptions; add one with lore follow URL\n" }
        var table = TextTable(["FEED", "TITLE", "LAST CHECKED", "STATE"])
        table.maxCellWidth = 80
        for subscription in subscriptions {
            var state = "ok"
            if let error = subscription.lastError {
                state = "failed \(plural(subscription.failures, "time")): \(error)"
                if let next = subscription.nextAttempt { state += "; next try \(timestamp(next))" }
            } else if subscription.lastChecked == nil {
                state = "not read yet"
            }
            table.append([subscription.feedURL, subscription.title ?? "", subscription.lastChecked.map(timestamp) ?? "never", state])
        }
        return table.render()
    }
}
