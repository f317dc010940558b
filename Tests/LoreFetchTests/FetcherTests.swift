import Foundation
import LoreReading
import LoreSQLite
import Testing

@testable import LoreFetch

/// Fetching against the local fixture server: each case of the issue, asserting what can be seen.
@Suite struct FetcherTests {
    private func fetch(_ server: FixtureServer, _ path: String, settings: FetchSettings = .forTests,
                       validators: Validators = Validators()) async -> Result<FetchedResource, FetchError> {
        let fetcher = Fetcher(settings: settings)
        defer { Task { try? await fetcher.shutdown() } }
        do {
            return .success(try await fetcher.fetch(server.url(path), validators: validators))
        } catch {
            return .failure(error)
        }
    }

    private func capture(_ body: () async throws(FetchError) -> FetchedResource) async -> Result<FetchedResource, FetchError> {
        do { return .success(try await body()) } catch { return .failure(error) }
    }

    private func failure(_ result: Result<FetchedResource, FetchError>) throws -> FetchError {
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            throw FetchError(url: "", reason: "no failure")
        }
        return error
    }

    @Test func fetchesAPageWithARealUserAgent() async throws {
        try await FixtureServer.run { server in
            let resource = try await fetch(server, "/news/first.html").get()
            #expect(resource.status == 200)
            #expect(resource.validators.etag == "\"first.html\"")
            #expect(String(decoding: resource.body, as: UTF8.self).contains("Harbor Lights will premiere on March 14, 2025"))
            let seen = try #require(await server.state.requests(to: "/news/first.html").first)
            #expect(seen.userAgent?.hasPrefix("Lore/0.1 (") == true)
        }
    }

    @Test func conditionalGetSendsTheETagBackAndRereadsTheStoredCopy() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            try await Fetcher.with(.forTests) { fetcher in
                let pages = PageFetching(fetcher: fetcher, store: store)
                let first = try await pages.article(at: server.url("/news/first.html")).get()
                #expect(first.id == "127.0.0.1:\(server.port)/news/first.html")
                #expect(first.url == server.url("/news/first.html"))
                #expect(first.outlet == "Reelside")
                #expect(first.published == "2024-11-05")
                #expect(first.text.hasPrefix("Harbor Lights returns to Streamwave in March\n\nStreamwave announced today"))
                #expect(first.text.contains("Nadia Ferrow returns as Captain Elsie Marr"))
                for dropped in ["Five questions we still have", "Sign up for the Reelside newsletter", "Copyright Reelside Media", "Reviews"] {
                    #expect(!first.text.contains(dropped), "dropped: \(dropped)")
                }
                let again = try await pages.article(at: server.url("/news/first.html")).get()
                #expect(first == again)
            }
            let requests = await server.state.requests(to: "/news/first.html")
            #expect(requests.count == 2)
            #expect(requests[0].ifNoneMatch == nil)
            #expect(requests[1].ifNoneMatch == "\"first.html\"")
            let page = try #require(try store.page(url: server.url("/news/first.html")))
            #expect(page.status == 200)
            #expect(page.size > page.compressedBody.count, "kept compressed")
        }
    }

    @Test func notModifiedAnswerHasNoBody() async throws {
        try await FixtureServer.run { server in
            let resource = try await fetch(server, "/news/first.html", validators: Validators(etag: "\"first.html\"")).get()
            #expect(resource.notModified)
            #expect(resource.body.isEmpty)
        }
    }

    @Test func notFoundAndServerErrorsNameTheURL() async throws {
        try await FixtureServer.run { server in
            let missing = try failure(await fetch(server, "/news/missing.html"))
            #expect(missing.status == 404)
            #expect(missing.description == "\(server.url("/news/missing.html")): HTTP 404 Not Found")
            let broken = try failure(await fetch(server, "/server-error.html"))
            #expect(broken.status == 500)
            #expect(broken.reason == "HTTP 500 Internal Server Error")
            #expect(broken.retryAfter == nil)
        }
    }

    @Test func tooManyRequestsGivesRetryAfterAndLeavesTheHostAlone() async throws {
        try await FixtureServer.run { server in
            let before = Date()
            try await Fetcher.with(.forTests) { fetcher in
                let busy = try failure(await capture { () async throws(FetchError) in try await fetcher.fetch(server.url("/feeds/busy.xml")) })
                #expect(busy.status == 429)
                #expect(try #require(busy.retryAfter) >= before.addingTimeInterval(119))
                #expect(busy.reason.hasPrefix("HTTP 429 Too Many Requests; it asks to retry after "))
                // The host asked for a break: the next request to it is not sent.
                let next = try failure(await capture { () async throws(FetchError) in try await fetcher.fetch(server.url("/news/first.html")) })
                #expect(next.reason.contains("asked Lore to wait until"))
            }
            #expect(await server.state.requests(to: "/news/first.html").isEmpty)
        }
    }

    @Test func followsRedirectsCheckingEachHop() async throws {
        try await FixtureServer.run { server in
            let resource = try await fetch(server, "/moved/first.html").get()
            #expect(resource.url == server.url("/moved/first.html"))
            #expect(resource.finalURL == server.url("/news/first.html"))
            #expect(await server.state.requests(to: "/moved-again/first.html").count == 1)
        }
    }

    @Test func redirectLoopIsReportedWithItsHops() async throws {
        try await FixtureServer.run { server in
            let error = try failure(await fetch(server, "/loop/a"))
            #expect(error.url == server.url("/loop/a"))
            #expect(error.reason == "redirect loop: \(server.url("/loop/a")) → \(server.url("/loop/b")) → \(server.url("/loop/a"))")
        }
    }

    @Test func endlessRedirectsStopAtTheLimit() async throws {
        try await FixtureServer.run { server in
            var settings = FetchSettings.forTests
            settings.maxRedirects = 3
            let error = try failure(await fetch(server, "/chain/0", settings: settings))
            #expect(error.reason == "too many redirects (more than 3); the last went to \(server.url("/chain/4"))")
            #expect(error.description.hasPrefix(server.url("/chain/0")))
            let chain = await server.state.requests.filter { $0.path.hasPrefix("/chain/") }
            #expect(chain.count == 4)
        }
    }

    @Test func slowResponseTimesOut() async throws {
        try await FixtureServer.run { server in
            var settings = FetchSettings.forTests
            settings.timeout = .milliseconds(400)
            // The page would arrive after 2 s; a "timed out" error shows the fetcher gave up first
            // (no wall-clock assertion: shared machines are noisy).
            let error = try failure(await fetch(server, "/slow.html", settings: settings))
            #expect(error.reason.hasPrefix("timed out"))
        }
    }

    @Test func gzipBodiesAreDecompressed() async throws {
        try await FixtureServer.run { server in
            let resource = try await fetch(server, "/gzipped/first.html").get()
            #expect(String(decoding: resource.body, as: UTF8.self).contains("Nadia Ferrow returns as Captain Elsie Marr"))
        }
    }

    @Test func gzipBombStopsAtTheSizeCap() async throws {
        try await FixtureServer.run { server in
            var settings = FetchSettings.forTests
            settings.maxBodyBytes = 2 << 20
            #expect(FixtureServer.gzipBomb.count < 100_000, "a small body")
            let error = try failure(await fetch(server, "/bomb.html", settings: settings))
            #expect(error.reason == "expands to more than 2 MB when decompressed (a compression bomb?)")
        }
    }

    @Test func latin1PageWithoutACharsetReadsCorrectly() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            let article = try await Fetcher.with(.forTests) { fetcher in
                try await PageFetching(fetcher: fetcher, store: store).article(at: server.url("/latin1.html")).get()
            }
            #expect(article.title == "Café Noir casts its lead")
            #expect(article.text.contains("Renée Aubert will play the detective who runs a small café by day"))
            #expect(article.text.contains("Filming starts in Montréal"))
            #expect(!article.text.contains("\u{FFFD}"))
            #expect(!article.text.contains("Sign up for the Reelside newsletter"))
        }
    }

    @Test func binaryPageIsRefusedWithItsType() async throws {
        try await FixtureServer.run { server in
            let store = try SQLiteStore.inMemory()
            let result = try await Fetcher.with(.forTests) { fetcher in
                try await PageFetching(fetcher: fetcher, store: store).article(at: server.url("/image.png"))
            }
            guard case .failure(let error) = result else { Issue.record("an image is no article"); return }
            #expect(error.description == "\(server.url("/image.png")): is image/png, not a web page")
        }
    }

    @Test func loopbackIsRefusedWithoutAllowPrivate() async throws {
        try await FixtureServer.run { server in
            var settings = FetchSettings.forTests
            settings.allowPrivate = false
            let error = try failure(await fetch(server, "/news/first.html", settings: settings))
            #expect(error.reason == "refused: 127.0.0.1 is a loopback address; Lore fetches only public addresses unless --allow-private is given")
            #expect(await server.state.requests.isEmpty, "nothing was sent")
        }
    }

    @Test func robotsTxtIsHonoured() async throws {
        try await FixtureServer.run { server in
            let error = try failure(await fetch(server, "/private/page.html"))
            #expect(error.reason == "refused by \(server.base)/robots.txt, which disallows /private/page.html for Lore")
            #expect(await server.state.requests(to: "/private/page.html").isEmpty)
            #expect(await server.state.requests(to: "/robots.txt").count == 1)
        }
    }

    @Test func retryAfterIsSecondsOrAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(Fetcher.retryDate("120", now: now) == now.addingTimeInterval(120))
        #expect(Fetcher.retryDate("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == Date(timeIntervalSince1970: 1_445_412_480))
        #expect(Fetcher.retryDate("soon", now: now) == nil)
    }

    @Test func requestsToOneHostArePaced() async throws {
        try await FixtureServer.run { server in
            var settings = FetchSettings.forTests
            settings.hostInterval = .milliseconds(300)
            let started = ContinuousClock.now
            try await Fetcher.with(settings) { fetcher in
                for name in ["first", "second", "third"] {
                    _ = try await fetcher.fetch(server.url("/news/\(name).html"))
                }
            }
            // robots.txt, then three pages: three intervals at least.
            #expect(ContinuousClock.now - started >= .milliseconds(900))
        }
    }
}
