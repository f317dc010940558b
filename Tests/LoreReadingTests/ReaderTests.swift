import Foundation
import Testing
@testable import LoreReading

@Suite struct ReaderTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lore-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func readAll(_ paths: [String], published: String? = nil) -> (articles: [Article], errors: [ReadingError]) {
        var articles: [Article] = [], errors: [ReadingError] = []
        ArticleReader(published: published).read(paths) { result in
            switch result {
            case .success(let a): articles.append(a)
            case .failure(let e): errors.append(e)
            }
        }
        return (articles, errors)
    }

    @Test func jsonLinesGoOnPastAMalformedLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("batch.jsonl")
        try """
        {"id": "one", "published": "2017-01-31", "text": "First article."}
        {"id": "two", "text": "broken
        {"id": "three", "outlet": "example.com", "text": "Third article."}
        """.write(to: file, atomically: true, encoding: .utf8)
        let (articles, errors) = readAll([file.path])
        #expect(articles.map(\.id) == ["one", "three"])
        #expect(articles[0].published == "2017-01-31")
        #expect(errors.count == 1)
        #expect(errors[0].line == 2)
        #expect(errors[0].description.contains("batch.jsonl:2"))
        #expect(errors[0].reason.contains("malformed JSON"))
    }

    @Test func aJSONLineNeedsAnIdTextAndAValidDate() {
        let missingText = ArticleReader.decodeJSONLine(Array(#"{"id": "x"}"#.utf8), input: "f.jsonl", line: 3)
        let badDate = ArticleReader.decodeJSONLine(Array(#"{"id": "x", "text": "t", "published": "31/01/2017"}"#.utf8), input: "f.jsonl", line: 4)
        guard case .failure(let e1) = missingText, case .failure(let e2) = badDate else {
            Issue.record("expected both lines to be rejected"); return
        }
        #expect(e1.reason.contains("text"))
        #expect(e2.reason.contains("published"))
    }

    @Test func plainFilesAreArticlesNamedAfterTheFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try "Luke Cage Renewed\n\nNetflix renewed the show.".write(to: folder.appendingPathComponent("nested/luke-cage.txt"), atomically: true, encoding: .utf8)
        try "# Iron Fist Trailer\n\nA trailer arrived.".write(to: folder.appendingPathComponent("iron-fist.md"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("notes.pdf"), atomically: true, encoding: .utf8)
        let (articles, errors) = readAll([folder.path], published: "2016-12-04")
        #expect(errors.isEmpty)
        #expect(Set(articles.map(\.id)) == ["luke-cage", "iron-fist"])
        #expect(articles.first { $0.id == "iron-fist" }?.title == "Iron Fist Trailer")
        #expect(articles.allSatisfy { $0.published == "2016-12-04" })
    }

    @Test func aMarkdownFrontMatterGivesTitleDateURLAndOutlet() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        ---
        title: "Iron Fist: the villain is cast"
        date: 2016-10-28T09:30:00Z
        url: https://news.example/iron-fist-villain
        source: news.example
        tags: [marvel, netflix]
        ---

        Netflix cast the villain of Iron Fist today.
        """.write(to: folder.appendingPathComponent("villain.md"), atomically: true, encoding: .utf8)
        // Windows line ends, and a date of its own that wins over --published.
        try "---\r\npublished: 2017-03\r\n---\r\nThe Defenders arrive this summer.\r\n"
            .write(to: folder.appendingPathComponent("defenders.txt"), atomically: true, encoding: .utf8)
        // A rule over a paragraph is no front matter: the file is all text.
        try "---\n\nA paragraph between rules.\n---\nMore.".write(to: folder.appendingPathComponent("rules.md"), atomically: true, encoding: .utf8)
        let (articles, errors) = readAll([folder.path], published: "2016-01-01")
        #expect(errors.isEmpty, "\(errors)")
        let villain = try #require(articles.first { $0.id == "villain" })
        #expect(villain.title == "Iron Fist: the villain is cast")
        #expect(villain.published == "2016-10-28")
        #expect(villain.url == "https://news.example/iron-fist-villain")
        #expect(villain.outlet == "news.example")
        // The title given apart is read as the headline, first in the text.
        #expect(villain.text == "Iron Fist: the villain is cast\n\nNetflix cast the villain of Iron Fist today.")
        let defenders = try #require(articles.first { $0.id == "defenders" })
        #expect(defenders.published == "2017-03")
        #expect(defenders.text.hasPrefix("The Defenders arrive"))
        let rules = try #require(articles.first { $0.id == "rules" })
        #expect(rules.text.hasPrefix("---"))
        #expect(rules.published == "2016-01-01")
    }

    @Test func aFrontMatterDateThatIsNoDateIsRejected() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ndate: March 1st\n---\nText.".write(to: folder.appendingPathComponent("undated.md"), atomically: true, encoding: .utf8)
        try "Other\n\nText.".write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let (articles, errors) = readAll([folder.path])
        #expect(articles.map(\.id) == ["other"])
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("undated.md") == true)
        #expect(errors.first?.reason.contains("March 1st") == true)
    }

    @Test func badFilesAreRejectedWithTheirReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: binary)
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data("Caf\u{E9} news".data(using: .isoLatin1)!).write(to: latin1)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let (articles, errors) = readAll([binary.path, latin1.path, empty.path, folder.appendingPathComponent("missing.txt").path])
        #expect(articles.isEmpty)
        #expect(errors.count == 4)
        #expect(errors[0].reason.contains("binary"))
        #expect(errors[1].reason.contains("UTF-8"))
        #expect(errors[2].reason.contains("empty"))
        #expect(errors[3].reason.contains("no such file"))
        #expect(errors.allSatisfy { $0.input.hasPrefix(folder.path) })
    }

    @Test func theFirstByteThatIsNotUTF8IsFoundWhereverItIs() {
        func offset(_ bytes: [UInt8], strict: Bool = false) -> Int? {
            bytes.withUnsafeBytes { ArticleReader.invalidUTF8Offset($0, strict: strict) }
        }
        let ascii = Array("Harbor Lights returns for a third season in May.".utf8)
        #expect(offset(ascii) == nil)
        for position in 0..<ascii.count {
            for bad: [UInt8] in [[0xFF], [0x80], [0xC3], [0xE2, 0x80]] where position + bad.count <= ascii.count {
                var bytes = ascii
                bytes.replaceSubrange(position..<(position + bad.count), with: bad)
                #expect(offset(bytes) == position, "\(bad) at \(position)")
            }
            // Valid multi-byte characters anywhere in an ASCII run are fine.
            var bytes = ascii
            bytes.insert(contentsOf: Array("é—🎬".utf8), at: position)
            #expect(offset(bytes) == nil)
        }
        // Strict reading also refuses an encoded surrogate.
        #expect(offset(ascii + [0xED, 0xA0, 0x80]) == nil)
        #expect(offset(ascii + [0xED, 0xA0, 0x80], strict: true) == ascii.count)
    }

    @Test func anOversizedArticleIsRejectedWithoutReadingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 2_000).write(to: big)
        var errors: [ReadingError] = []
        ArticleReader(maxArticleBytes: 1_000).read([big.path]) { if case .failure(let e) = $0 { errors.append(e) } }
        #expect(errors.first?.reason.contains("larger than") == true)
    }

    @Test func jsonLinesDecodeEscapesAndOddValues() throws {
        func article(_ line: String) throws -> Article {
            try ArticleReader.decodeJSONLine(Array(line.utf8), input: "f.jsonl", line: 1).get()
        }
        let escaped = try article(#"{"id": "e", "text": "\"Hi\"\n\u00e9 \ud83d\ude00 a\/b", "extra": [1, {"x": null}]}"#)
        #expect(escaped.text == "\"Hi\"\né \u{1F600} a/b")
        #expect(try article(#"{"id": 12, "text": "t"}"#).id == "12")
        #expect(try article(#"{"id": "d", "text": "one", "text": "two", "words": -1.5e3, "url": null}"#).text == "two")
        let lone = ArticleReader.decodeJSONLine(Array(#"{"id": "x", "text": "\ud800"}"#.utf8), input: "f.jsonl", line: 2)
        let trailing = ArticleReader.decodeJSONLine(Array(#"{"id": "x", "text": "t"} x"#.utf8), input: "f.jsonl", line: 3)
        guard case .failure(let e1) = lone, case .failure(let e2) = trailing else {
            Issue.record("expected both lines to be rejected"); return
        }
        #expect(e1.reason.contains("malformed JSON"))
        #expect(e2.reason.contains("malformed JSON"))
    }

    @Test func aTitleGivenApartIsTheHeadlineUnlessTheTextHoldsIt() throws {
        func read(_ line: String) throws -> Article { try ArticleReader.decodeJSONLine(Array(line.utf8), input: "f.jsonl", line: 1).get() }
        let apart = try read(#"{"id": "a", "title": "Hulu Pulls the Plug on Night Shift", "text": "The drama ran for two seasons."}"#)
        #expect(apart.text == "Hulu Pulls the Plug on Night Shift\n\nThe drama ran for two seasons.")
        #expect(apart.title == "Hulu Pulls the Plug on Night Shift")
        // A scraped page repeats its title after the site's furniture: it stays where it is.
        let held = try read(#"{"id": "b", "title": "Night Shift is cancelled", "text": "Filed under:\n\nNight Shift is cancelled\n\nThe drama ran for two seasons."}"#)
        #expect(held.text.hasPrefix("Filed under:"))
    }

    @Test func calendarDatesParseTheThreePrecisions() {
        #expect(CalendarDate(iso: "2017") == CalendarDate(year: 2017))
        #expect(CalendarDate(iso: "2017-08") == CalendarDate(year: 2017, month: 8))
        #expect(CalendarDate(iso: "2017-08-18")?.description == "2017-08-18")
        #expect(CalendarDate(iso: "2017-02-30") == nil)
        #expect(CalendarDate(iso: "17-08") == nil)
    }
}

@Test func jsonLinesInMemoryReportEachBadLine() {
    let body = Array("{\"id\":\"a\",\"text\":\"Mike Colter plays Luke Cage.\"}\n\n{not json}\n{\"id\":\"b\",\"text\":\"Krysten Ritter plays Jessica Jones.\"}\n".utf8)
    let results = ArticleReader().read(jsonLines: body, input: "request")
    #expect(results.count == 3)
    #expect((try? results[0].get())?.id == "a")
    guard case .failure(let error) = results[1] else { Issue.record("line 3 should fail"); return }
    #expect(error.description.contains("request") && error.description.contains("3"))
    #expect((try? results[2].get())?.id == "b")
}
