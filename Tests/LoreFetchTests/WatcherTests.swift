import Foundation
import LoreReading
import LoreSQLite
import Testing

@testable import LoreFetch

/// `lore watch` rounds and `lore reprocess` against the local fixture server.
@Suite struct WatcherTests {
    private func follow(_ store: SQLiteStore, _ server: FixtureServer, _ paths: String...) throws {
        for path in paths { _ = try store.follow(url: server.url(path), feedURL: server.url(path), title: nil) }
    }

    private func round(_ store: SQLiteStore, at now: Date = Date()) async throws -> Watcher.RoundReport {
        try await Fetcher.with(.forTests) { fetcher in
            try await Watcher(fetcher: fetcher, store: store).runRound(now: now)
        }
    }

    @Test func takesEachEntryOnceAndOnlyTheNewOneAfterTheFeedChanges() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try follow(store, server, "/feeds/rss.xml")

            let first = try await round(store)
            guard case .updated(let newEntries) = first.feeds[0].outcome else { Issue.record("\(first.feeds[0].outcome)"); return }
            #expect(newEntries == 2)
            #expect(first.stored.added == 2)
            #expect(first.feeds[0].articles == ["127.0.0.1:\(server.port)/news/second.html", "127.0.0.1:\(server.port)/news/first.html"])
            #expect(try store.subscriptions()[0].title == "Reelside news")

            // Unchanged: a conditional GET with the ETag, answered 304, and nothing fetched again.
            let second = try await round(store)
            guard case .notModified = second.feeds[0].outcome else { Issue.record("\(second.feeds[0].outcome)"); return }
            #expect(second.stored == IngestReport())
            let feedRequests = await server.state.requests(to: "/feeds/rss.xml")
            #expect(feedRequests.map(\.ifNoneMatch) == [nil, "\"rss-v1\""])
            #expect(feedRequests[1].ifModifiedSince == "Mon, 02 Dec 2024 09:00:00 GMT")

            await server.state.setRSSVersion(2)
            let third = try await round(store)
            guard case .updated(let added) = third.feeds[0].outcome else { Issue.record("\(third.feeds[0].outcome)"); return }
            #expect(added == 1)
            #expect(third.stored.added == 1)
            #expect(third.feeds[0].articles == ["127.0.0.1:\(server.port)/news/third.html"])
            #expect(await server.state.requests(to: "/news/first.html").count == 1)
            #expect(try store.articleIDs().count == 3)
        }
    }

    @Test func aFailingFeedIsRecordedAndTheOthersGoOn() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try follow(store, server, "/feeds/malformed.xml", "/feeds/broken.xml", "/feeds/atom.xml", "/feeds/feed.json")
            let now = Date()
            let report = try await round(store, at: now)
            #expect(report.hasFailures)
            #expect(report.stored.added == 2)
            #expect(report.feeds.map(\.articles.count) == [0, 0, 1, 1])

            let subscriptions = try store.subscriptions()
            let malformed = subscriptions[0], broken = subscriptions[1]
            #expect(malformed.lastError?.hasPrefix("is not a well-formed feed (line ") == true)
            #expect(broken.lastError == "HTTP 500 Internal Server Error")
            for failed in [malformed, broken] {
                #expect(failed.failures == 1)
                #expect(try #require(failed.nextAttempt) >= now.addingTimeInterval(299))
            }
            #expect(subscriptions[2].lastError == nil && subscriptions[3].lastError == nil)

            // Before their next attempt the failed feeds wait; the others are polled.
            let later = try await round(store, at: now.addingTimeInterval(60))
            guard case .waiting = later.feeds[0].outcome, case .waiting = later.feeds[1].outcome else {
                Issue.record("failed feeds must wait: \(later.feeds.map(\.outcome))"); return
            }
            #expect(await server.state.requests(to: "/feeds/malformed.xml").count == 1)
        }
    }

    @Test func retryAfterOn429SetsTheNextAttempt() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try follow(store, server, "/feeds/busy.xml")
            let now = Date()
            let report = try await round(store, at: now)
            guard case .failed(let error, let next) = report.feeds[0].outcome else { Issue.record("\(report.feeds[0].outcome)"); return }
            #expect(error.status == 429)
            #expect(next >= now.addingTimeInterval(299), "the backoff is longer than the 120 s asked for")
            let subscription = try store.subscriptions()[0]
            #expect(try #require(subscription.nextAttempt) >= now.addingTimeInterval(120))
            #expect(subscription.lastError?.hasPrefix("HTTP 429 Too Many Requests; it asks to retry after ") == true)
        }
    }

    @Test func retryAfterLongerThanTheBackoffWins() {
        let watcher = Watcher(fetcher: Fetcher(settings: .forTests), store: try! SQLiteStore.inMemory())
        defer { Task { try? await watcher.fetcher.shutdown() } }
        let now = Date()
        let error = FetchError(url: "u", reason: "r", status: 503, retryAfter: now.addingTimeInterval(7200))
        #expect(watcher.nextAttempt(after: error, failures: 1, now: now) == now.addingTimeInterval(7200))
        let plain = FetchError(url: "u", reason: "r")
        #expect(watcher.nextAttempt(after: plain, failures: 3, now: now) == now.addingTimeInterval(1200))
        #expect(watcher.nextAttempt(after: plain, failures: 30, now: now) == now.addingTimeInterval(86_400))
    }

    @Test func aFailingPageIsRecordedAndRetriedLater() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try follow(store, server, "/feeds/rss.xml")
            let subscription = try store.subscriptions()[0]
            // An entry the feed listed earlier whose page is gone.
            _ = try store.addEntries([(id: "gone", url: server.url("/news/gone.html"), title: "Gone", published: nil)], to: subscription.id, at: Date())
            let report = try await round(store)
            #expect(report.feeds[0].pageErrors.map(\.description) == ["\(server.url("/news/gone.html")): HTTP 404 Not Found"])
            #expect(report.stored.added == 2)
            #expect(try store.pendingEntries(of: subscription.id, maxAttempts: 3).map(\.attempts) == [1])
        }
    }

    @Test func reprocessRereadsStoredPagesWithoutFetching() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try follow(store, server, "/feeds/rss.xml")
            _ = try await round(store)
            let requestsBefore = await server.state.requests.count

            // Same reader, same pages: nothing changes.
            let unchanged = try Reprocessing(store: store).run()
            #expect(unchanged.pages == 2)
            #expect(unchanged.stored.unchanged == 2)
            #expect(unchanged.failed.isEmpty)

            // An article stored by an older reader (other text) is replaced by what the page says now.
            let id = "127.0.0.1:\(server.port)/news/first.html"
            _ = try store.ingest([Article(id: id, url: server.url("/news/first.html"), title: "Old", text: "Old\n\nAn older reading.")])
            let replaced = try Reprocessing(store: store).run()
            #expect(replaced.stored.replaced == 1)
            #expect(replaced.stored.unchanged == 1)
            #expect(await server.state.requests.count == requestsBefore, "nothing fetched")
        }
    }

    @Test func reprocessReportsPagesItCannotRead() throws {
        let store = try SQLiteStore.inMemory()
        let body = Array("<html><body><nav>Home</nav></body></html>".utf8)
        try store.savePage(StoredPage(url: "https://reelside.example/empty", finalURL: "https://reelside.example/empty", fetchedAt: Date(),
                                      status: 200, contentType: "text/html", etag: nil, lastModified: nil,
                                      compressedBody: Zlib.compress(body), size: body.count))
        try store.savePage(StoredPage(url: "https://reelside.example/damaged", finalURL: "https://reelside.example/damaged", fetchedAt: Date(),
                                      status: 200, contentType: "text/html", etag: nil, lastModified: nil,
                                      compressedBody: [1, 2, 3], size: 3))
        let report = try Reprocessing(store: store).run()
        #expect(report.pages == 2)
        #expect(report.failed.map(\.description) == [
            "https://reelside.example/damaged: its stored copy is not valid compressed data (incorrect header check)",
            "https://reelside.example/empty: has no article text: no paragraphs were found outside navigation and page furniture",
        ])
        #expect(try store.page(url: "https://reelside.example/empty")?.readError?.hasPrefix("has no article text") == true)
    }

    @Test func feedDiscoveryFromASiteFetchedOverHTTP() async throws {
        try await FixtureServer.run { server in
            let resource = try await Fetcher.with(.forTests) { fetcher in
                try await fetcher.fetch(server.url("/site/"), accept: Fetcher.Accept.feed)
            }
            let document = try FeedParser.parse(resource.body, url: resource.finalURL, contentType: resource.contentType)
            #expect(document == .page(alternates: [server.url("/feeds/rss.xml"), server.url("/feeds/atom.xml")]))
        }
    }
}
