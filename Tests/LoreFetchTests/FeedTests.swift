import Foundation
import Testing

@testable import LoreFetch

private func fixture(_ name: String, base: String = "https://reelside.example") -> [UInt8] {
    Array(String(decoding: FixtureServer.fixture(name), as: UTF8.self).replacingOccurrences(of: "{{BASE}}", with: base).utf8)
}

private func feed(_ bytes: [UInt8], url: String = "https://reelside.example/feeds/feed") throws -> Feed {
    guard case .feed(let feed) = try FeedParser.parse(bytes, url: url) else {
        throw FetchError(url: url, reason: "read as a page")
    }
    return feed
}

private func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

@Suite struct FeedParsingTests {
    @Test func readsRSS() throws {
        let feed = try feed(fixture("rss.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "Reelside news")
        #expect(feed.entries == [
            FeedEntry(id: "reelside-second", url: "https://reelside.example/news/second.html",
                      title: "Mara Quill joins The Ninth Tide", published: date("2024-11-12T09:00:00Z")),
            FeedEntry(id: "reelside-first", url: "https://reelside.example/news/first.html",
                      title: "Harbor Lights returns to Streamwave in March", published: date("2024-11-05T09:00:00Z")),
        ])
    }

    @Test func readsAtomWithRelativeLinks() throws {
        let feed = try feed(fixture("atom.xml"), url: "https://reelside.example/feeds/atom.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Reelside reviews")
        #expect(feed.entries == [
            FeedEntry(id: "tag:reelside.example,2024:glass-orchard-wraps", url: "https://reelside.example/news/atom-entry.html",
                      title: "Glass Orchard wraps filming", published: date("2024-10-01T09:00:00Z")),
        ])
    }

    @Test func readsJSONFeed() throws {
        let feed = try feed(fixture("feed.json"))
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Reelside premieres")
        #expect(feed.entries.map(\.id) == ["saltmarsh-date"])
        #expect(feed.entries.first?.url == "https://reelside.example/news/json-entry.html")
        #expect(feed.entries.first?.published == date("2024-09-20T09:00:00Z"))
    }

    @Test func readsRSSWithoutGuidsAndWithCDATA() throws {
        let xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title><![CDATA[Screen & Stage]]></title>
            <item><title>One &amp; two</title><link> https://reelside.example/a </link><dc:date>2024-05-01T10:00:00+02:00</dc:date></item>
            <item><title>No link, a permalink guid</title><guid>https://reelside.example/b</guid></item>
            <item><title>Neither: skipped</title><guid isPermaLink="false">xyz</guid></item>
            </channel></rss>
            """
        let feed = try feed(Array(xml.utf8))
        #expect(feed.title == "Screen & Stage")
        #expect(feed.entries.map(\.url) == ["https://reelside.example/a", "https://reelside.example/b"])
        #expect(feed.entries.map(\.id) == ["https://reelside.example/a", "https://reelside.example/b"])
        #expect(feed.entries[0].title == "One & two")
        #expect(feed.entries[0].published == date("2024-05-01T08:00:00Z"))
    }

    @Test func malformedFeedIsAnErrorWithItsLine() {
        do {
            _ = try FeedParser.parse(fixture("malformed.xml"), url: "https://reelside.example/feeds/malformed.xml")
            Issue.record("a malformed feed must be refused")
        } catch {
            #expect(error.url == "https://reelside.example/feeds/malformed.xml")
            #expect(error.reason.hasPrefix("is not a well-formed feed (line "), "\(error.reason)")
        }
    }

    @Test func otherDocumentsAreRefusedWithTheReason() {
        let cases: [(String, String)] = [
            ("<?xml version=\"1.0\"?><catalog><book/></catalog>", "is not a feed: its root element is <catalog>; Lore reads RSS 2.0, Atom 1.0 and JSON Feed 1.1"),
            ("{\"name\": \"not a feed\"}", "is JSON but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")"),
            ("{ broken", "is not valid JSON (a JSON Feed is one JSON object)"),
            ("   ", "is empty, not a feed"),
            ("PK\u{3}\u{4} binary", "is not a feed (RSS, Atom or JSON Feed) nor a web page"),
        ]
        for (text, reason) in cases {
            do {
                _ = try FeedParser.parse(Array(text.utf8), url: "https://reelside.example/x")
                Issue.record("\(text) must be refused")
            } catch {
                #expect(error.reason == reason)
            }
        }
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("lore-secret-\(UUID().uuidString).txt")
        try "SECRET-CONTENT-42".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> <!ENTITY local "expanded"> ]>
            <rss version="2.0"><channel><title>Feed &xxe; &local;</title>
            <item><title>Entry &xxe;</title><link>https://reelside.example/a</link></item></channel></rss>
            """
        let parsed = try feed(Array(xml.utf8))
        // Entities are not substituted (no XML_PARSE_NOENT) and external ones never loaded:
        // with substitution on, the file's text would be in the title.
        #expect(parsed.title == "Feed")
        #expect(parsed.entries.first?.title == "Entry")
        #expect(!"\(parsed)".contains("SECRET-CONTENT-42"))
    }

    @Test func entityExpansionBombsStayUnexpanded() throws {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"lol\">"
        for level in 1...9 { xml += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        xml += "]><rss version=\"2.0\"><channel><title>Laughs &a9;</title></channel></rss>"
        // libxml2 refuses the amplification, or the text stops at 64 KB: never a billion laughs.
        if let parsed = try? feed(Array(xml.utf8)) {
            #expect((parsed.title?.utf8.count ?? 0) <= 70_000)
        }
    }

    @Test func discoversFeedsFromASitePage() throws {
        let document = try FeedParser.parse(fixture("site.html"), url: "https://reelside.example/site/", contentType: "text/html")
        #expect(document == .page(alternates: ["https://reelside.example/feeds/rss.xml", "https://reelside.example/feeds/atom.xml"]))
        let plain = try FeedParser.parse(fixture("site-without-feed.html"), url: "https://reelside.example/", contentType: "text/html")
        #expect(plain == .page(alternates: []))
    }

    @Test func readsFeedDates() {
        #expect(FeedDate.parse("Tue, 05 Nov 2024 09:00:00 GMT") == date("2024-11-05T09:00:00Z"))
        #expect(FeedDate.parse("Tue, 5 Nov 2024 10:00:00 +0100") == date("2024-11-05T09:00:00Z"))
        #expect(FeedDate.parse("2024-11-05T09:00:00.250Z") != nil)
        #expect(FeedDate.parse("2024-11-05") == date("2024-11-05T00:00:00Z"))
        #expect(FeedDate.parse("next Tuesday") == nil)
    }
}
