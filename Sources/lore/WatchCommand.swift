import ArgumentParser
import Foundation
import LoreFetch
import LoreSQLite

struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll the followed feeds and ingest their new articles.",
        discussion: """
            Every round polls each subscription (conditionally: a feed that has not changed costs \
            one short answer), fetches the pages of entries not taken before, reads them and \
            stores their articles. A feed that fails is retried later (Retry-After, else a wait \
            that doubles with each failure); a page that fails is tried up to three times. \
            Fetched pages are kept compressed for `lore reprocess`.

            Example:
              lore watch --once --db marvel.sqlite
              lore watch --interval 1800

            Exit status with --once: 0 when every feed and page was read, 3 when some failed.
            """
    )

    @Flag(help: "Run one round and stop.")
    var once = false

    @Option(help: ArgumentHelp("Seconds between rounds.", valueName: "seconds"))
    var interval: Double = 900

    @OptionGroup var fetching: FetchOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if interval < 1 { throw ValidationError("--interval must be at least one second.") }
    }

    func run() async throws {
        let store = try database.open()
        if try store.subscriptions().isEmpty {
            Console.error("no subscriptions in \(database.path); add one with lore follow URL --db \(database.path)")
            throw ExitCode.failure
        }
        let failed = try await Fetcher.with(fetching.settings) { fetcher in
            let watcher = Watcher(fetcher: fetcher, store: store)
            while true {
                let round = try await watcher.runRound()
                Console.write(Self.describe(round))
                if once { return round.hasFailures }
                try await Task.sleep(for: .milliseconds(Int64(interval * 1000)))
            }
        }
        if failed { throw ExitCode(3) }
    }

    static func describe(_ round: Watcher.RoundReport) -> String {
        var text = ""
        for feed in round.feeds {
            let name = feed.subscription.feedURL
            switch feed.outcome {
            case .updated(let newEntries):
                text += "\(name): \(plural(newEntries, "new entry", "new entries")), \(plural(feed.articles.count, "article")) read\n"
            case .notModified:
                text += "\(name): not modified" + (feed.articles.isEmpty ? "" : ", \(plural(feed.articles.count, "article")) read") + "\n"
            case .failed(let error, let next):
                text += "\(name): failed: \(error.reason); next try \(timestamp(next))\n"
            case .waiting(let until):
                text += "\(name): waiting until \(timestamp(until)) after \(plural(feed.subscription.failures, "failure"))\n"
            }
            for error in feed.pageErrors { text += "  skipped \(error)\n" }
        }
        let stored = round.stored
        text += "stored: \(stored.added) new, \(stored.replaced) replaced, \(stored.unchanged) unchanged articles; \(plural(stored.newClaims, "new fact"))\n"
        return text
    }
}
