import Foundation
import LoreReading
import Testing

@testable import LoreHTML

/// The fixture pages are written for these tests (original text); each has one shape of page.
private func fixture(_ name: String) throws -> String {
    try #require(Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures")).path
}

private func read(_ name: String) throws -> HTMLArticle {
    try HTMLReader().read(file: try fixture(name)).get()
}

/// A scratch folder for pages made by a test.
private func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite struct MainTextTests {
    @Test func keepsParagraphsHeadingsListsAndQuotesInOrder() throws {
        let page = try read("news-article")
        let text = page.text
        let kept = [
            "The streaming fantasy Lanternfall will introduce a new antagonist",
            "Production on the eight episodes wrapped in the autumn",
            "A new kind of threat",
            "three new coastal towns built on the backlot",
            "an original score recorded with a folk choir",
            "We wanted the second season to feel colder",
            "most watched original drama of the year",
        ]
        var previous = text.startIndex
        for phrase in kept {
            let found = try #require(text.range(of: phrase), "kept: \(phrase)")
            #expect(found.lowerBound >= previous, "in page order: \(phrase)")
            previous = found.lowerBound
        }
        #expect(page.paragraphs.contains("A new kind of threat"))
        #expect(page.paragraphs.contains("a flashback episode set in the first lighthouse war"))
    }

    @Test func dropsNavigationShareBarsNewsletterRelatedCommentsAdsAndFooter() throws {
        let text = try read("news-article").text
        let dropped = [
            "Screen Ledger home", "Television", "Advertisement", "Share on Facebook", "Email this story",
            "Sign up for our newsletter", "Get the Ledger daily", "Lanternfall cast teases a darker world",
            "Every fantasy series premiering", "12 comments", "I cannot wait for this witch", "Copyright 2024",
            "tracking", "margin", "Lanternfall season two adds a villain",  // the headline is the title, not text
        ]
        for phrase in dropped { #expect(!text.contains(phrase), "dropped: \(phrase)") }
    }

    @Test func captionsComeApartFromTheText() throws {
        let page = try read("news-article")
        #expect(page.captions.map(\.value) == ["Mara Vell returns as the lighthouse keeper in the second season."])
        #expect(!page.text.contains("Mara Vell"))
        // In the pipeline's text the headline comes first, then the caption where it stands, marked as one.
        let article = page.article
        #expect(article.text.hasPrefix("Lanternfall season two adds a villain\n\nPhoto: Mara Vell returns as the lighthouse keeper"))
        let document = PlainTextLayout.standard.layout(article)
        let kinds = document.blocks.prefix(3).map(\.kind)
        #expect(kinds == [.headline, .caption, .paragraph])
        let captions = document.blocks.filter { $0.kind == .caption }.map { article.text.utf8Slice($0.range) }
        #expect(captions == ["Photo: Mara Vell returns as the lighthouse keeper in the second season."])
    }

    @Test func readsTextInDivsWithLineBreaks() throws {
        let page = try read("plain-divs")
        #expect(page.paragraphs.count == 3)
        #expect(page.paragraphs[0].hasPrefix("The Quiet Harbour is a slow film"))
        #expect(page.paragraphs[0].contains("dialogue.\nWhen the words do come"))
        #expect(!page.text.contains("Reviews"))
        #expect(!page.text.contains("hobby blog"))
    }

    @Test func dropsTextNobodySees() throws {
        let html = """
            <html><body><article>
            <p>The trailer for the second season <a href="/t">arrives on Friday<span class="sr-only"> (opens in a new window)</span></a>, the studio said, along with a first look at the new cast.</p>
            <p hidden>A paragraph kept for later that the page does not show to anyone who reads it.</p>
            <div style="display: none"><p>Another one, hidden by its style, that no reader of the page will ever see.</p></div>
            <p>The premiere date has not been announced yet, but the studio hinted at a release before the end of the summer.</p>
            </article></body></html>
            """
        let page = try HTMLReader().read(Data(html.utf8), id: "hidden", input: "hidden.html")
        #expect(page.paragraphs == [
            "The trailer for the second season arrives on Friday, the studio said, along with a first look at the new cast.",
            "The premiere date has not been announced yet, but the studio hinted at a release before the end of the summer.",
        ])
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndWhiteSpaceIsCollapsed() throws {
        let text = try read("dated-url").text
        #expect(text.components(separatedBy: "\n\n").count == 3)
        #expect(!text.contains("  "))
        #expect(text.hasPrefix("A nova série de ficção científica"))
    }
}

@Suite struct MetadataTests {
    @Test func prefersJSONLDThenOpenGraph() throws {
        let page = try read("news-article")
        #expect(page.title == "Lanternfall season two adds a villain")
        #expect(page.authors == ["Priya Okonkwo", "Tomas Rehn"])
        #expect(page.published == "2024-03-11")
        #expect(page.modified == "2024-03-12")
        #expect(page.site == "Screen Ledger")
        #expect(page.url == "https://screenledger.example/tv/2024/03/11/lanternfall-season-two-villain/")
        #expect(page.language == "en")
    }

    @Test func fallsBackToTheTitleElementAndMetaAuthor() throws {
        let page = try read("plain-divs")
        #expect(page.title == "The Quiet Harbour review")
        #expect(page.authors == ["Ada Lindqvist"])
        #expect(page.published == nil)
    }

    @Test func datesAPageByItsURLAndReadsTheLocale() throws {
        let page = try read("dated-url")
        #expect(page.published == "2019-11-18")
        #expect(page.language == "pt")
        #expect(page.site == "telanova.example")
        #expect(page.title == "Estreia da nova série é confirmada")
    }

    @Test func articleCarriesTheMetadata() throws {
        let article = try read("news-article").article
        #expect(article.id == "news-article")
        #expect(article.outlet == "Screen Ledger")
        #expect(article.published == "2024-03-11")
        #expect(article.publicationDate == CalendarDate(year: 2024, month: 3, day: 11))
    }

    @Test func declaredTextIsPlain() {
        #expect(Metadata.plainText("&#8216;The Medium&#8217; &amp; the &#x201C;Message&#x201D;  ") == "‘The Medium’ & the “Message”")
        #expect(Metadata.plainText("Fish & Chips &unknown; R&D") == "Fish & Chips &unknown; R&D")
        #expect(Metadata.plainText(" \n ") == nil)
        #expect(Metadata.cleanAuthor("By Jane Doe | The Daily Example") == "Jane Doe")
        #expect(Metadata.cleanAuthor("https://example.com/jane") == nil)
    }

    @Test func dateShapes() {
        #expect(Metadata.isoDate("2019-11-18T10:00:00Z") == "2019-11-18")
        #expect(Metadata.isoDate("2019/11/18") == "2019-11-18")
        #expect(Metadata.isoDate("2019-13-01") == nil)
        #expect(Metadata.isoDate("Monday") == nil)
        #expect(Metadata.isoDate("0001-01-01T00:00:00Z") == nil)
        #expect(Metadata.dateInURL("https://a.example/2017/08/18/story") == "2017-08-18")
        #expect(Metadata.dateInURL("https://a.example/news/2017/08/story") == "2017-08")
        #expect(Metadata.dateInURL("https://a.example/story-2017-08-18.html") == nil)
        #expect(Metadata.dateInURL("https://a.example/2017-08-18-story.html") == "2017-08-18")
    }
}

@Suite struct EmbedTests {
    @Test func readsPostsWithAuthorHandleAndDate() throws {
        let page = try read("embeds")
        let embeds = page.embeds.map(\.value)
        #expect(embeds.count == 3)
        #expect(embeds[0] == HTMLEmbed(platform: .twitter, author: "Juno Abara", handle: "@junoabara", date: "July 2, 2023",
                                       text: "Two years of apple dust and night shoots. I am so proud of this crew and this story. https://t.co/abc"))
        #expect(embeds[1] == HTMLEmbed(platform: .instagram, author: "Lev Marchetti", handle: "@levmarchetti",
                                       date: "Jul 2, 2023 at 3:00am PDT",
                                       text: "The tree finally blooms. Thank you to every carpenter on this set."))
        #expect(embeds[2].platform == .youtube)
        #expect(embeds[2].url == "https://www.youtube.com/embed/OrchardTrailer1")
        #expect(embeds[2].text == "The Orchard Saga | Official Trailer")
        #expect(!page.text.contains("View this post on Instagram"))
        #expect(!page.text.contains("Ten orchard films"))
    }

    @Test func thePipelineReadsThePostsOfTheArticle() throws {
        let article = try read("embeds").article
        #expect(article.text.contains("\n\n— Juno Abara (@junoabara) July 2, 2023\n\n"))
        let document = PlainTextLayout.standard.layout(article)
        #expect(document.embeds.map(\.author) == ["Juno Abara", "Lev Marchetti"])
        #expect(document.embeds.map(\.handle) == ["@junoabara", "@levmarchetti"])
        #expect(document.embeds[0].text.hasPrefix("Two years of apple dust"))
        // The posts are not prose of the article.
        let prose = document.prose.map { article.text.utf8Slice($0.range) }
        #expect(!prose.contains { $0.contains("apple dust") })
        #expect(prose.contains { $0.contains("Tickets go on sale next month") })
    }

    @Test func signatureLines() {
        let twitter = HTMLEmbed.signature("— Kültürpat (@Kulturpat) January 27, 2017")
        #expect(twitter?.author == "Kültürpat")
        #expect(twitter?.handle == "@Kulturpat")
        #expect(twitter?.date == "January 27, 2017")
        #expect(HTMLEmbed.signature("A post shared by Lev (@lev) on Mar 3, 2017")?.date == "Mar 3, 2017")
        #expect(HTMLEmbed.signature("An ordinary sentence (@ the end)") == nil)
    }
}

@Suite struct EncodingTests {
    @Test func readsADeclaredLatin1Page() throws {
        let page = try read("latin1-declared")
        #expect(page.title == "Le café des ombres")
        #expect(page.text.contains("où trois amies se retrouvent après vingt ans"))
    }

    @Test func readsUTF8WhateverThePageDeclares() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Cette critique est écrite en UTF-8 malgré ce que la page déclare, et Lore la lit comme elle est vraiment écrite.</p></body></html>"
        let page = try HTMLReader().read(Data(html.utf8), id: "mislabelled", input: "mislabelled.html")
        #expect(page.text.contains("écrite en UTF-8 malgré"))
    }

    @Test func aUTF8PageWithAStrayByteIsReadWithAReplacementCharacter() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>La critique du café des ombres, écrite en UTF-8, contient un octet perdu ici: X puis continue sans accroc jusqu'à la fin.</p></body></html>".utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0xE9
        let page = try HTMLReader().read(Data(bytes), id: "stray", input: "stray.html")
        #expect(page.text.contains("perdu ici: \u{FFFD} puis continue sans accroc jusqu'à la fin."))
        #expect(page.text.contains("café des ombres, écrite"))
    }

    @Test func entitiesAndScriptsAreHandledByTheParser() throws {
        let html = """
            <html><body><article><p>Fish &amp; Chips &mdash; the sequel&nbsp;arrives on &#x201C;Friday&#x201D;, the studio said in a statement.</p>
            <script>var s = "<p>not text</p>"; if (a < b && c > d) { run(); }</script>
            <p>A second paragraph follows the script, so the scripts must end exactly where the parser ends them.</p></article></body></html>
            """
        let page = try HTMLReader().read(Data(html.utf8), id: "entities", input: "entities.html")
        #expect(page.paragraphs.first == "Fish & Chips — the sequel arrives on “Friday”, the studio said in a statement.")
        #expect(!page.text.contains("not text"))
        #expect(page.text.contains("A second paragraph follows the script"))
    }

    @Test func longScriptsAreSkippedWithoutLosingTheTextAfterThem() throws {
        let script = String(repeating: "var x = '</div> <p>never text</p>'; ", count: 200)
        let html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A \(String(repeating: "very ", count: 300))long headline\"}</script></head><body><script>\(script)</script><article><p>The paragraph after a long script is still read, whole, and in its place on the page.</p><style>\(String(repeating: "p { color: red } ", count: 200))</style><p>So is the one after a long style sheet, which the reader never needs to see.</p></article></body></html>"
        let page = try HTMLReader().read(Data(html.utf8), id: "scripts", input: "scripts.html")
        #expect(page.paragraphs == ["The paragraph after a long script is still read, whole, and in its place on the page.",
                                    "So is the one after a long style sheet, which the reader never needs to see."])
        #expect(page.title?.hasSuffix("very long headline") == true)
    }
}

@Suite struct BadInputTests {
    @Test func eachBadPageIsNamedWithItsReasonAndTheBatchGoesOn() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try String(contentsOfFile: try fixture("dated-url"), encoding: .utf8)
        try Data(good.utf8).write(to: folder.appendingPathComponent("b-good.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3]).write(to: folder.appendingPathComponent("a-binary.html"))
        try Data().write(to: folder.appendingPathComponent("c-empty.html"))
        try Data("<html><body><p>Un caf\u{E9} sans d\u{E9}claration de jeu de caract\u{E8}res, \u{E9}crit en Latin-1.</p></body></html>"
            .data(using: .isoLatin1)!).write(to: folder.appendingPathComponent("d-latin1.html"))
        try Data(repeating: 0x20, count: 3000).write(to: folder.appendingPathComponent("e-spaces.html"))
        try Data(("<html><body>" + String(repeating: "<p>Huge page text that goes on and on.</p>", count: 100) + "</body></html>").utf8)
            .write(to: folder.appendingPathComponent("f-huge.html"))
        try Data("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8).write(to: folder.appendingPathComponent("g-furniture.html"))
        try "<html><body><p>Une page en UTF-16.</p></body></html>".data(using: .utf16)!.write(to: folder.appendingPathComponent("h-utf16.html"))

        var results: [Result<HTMLArticle, ReadingError>] = []
        HTMLReader(maxPageBytes: 3500).read([folder.path, folder.appendingPathComponent("missing.html").path]) { results.append($0) }
        let outcomes = results.map { result -> String in
            switch result {
            case .success(let page): return "ok " + page.id
            case .failure(let error): return error.description
            }
        }
        #expect(outcomes.count == 9)
        #expect(outcomes[0].hasSuffix("a-binary.html: is a binary file (it contains NUL bytes), not an HTML page"))
        #expect(outcomes[1] == "ok b-good")
        #expect(outcomes[2].hasSuffix("c-empty.html: is empty"))
        #expect(outcomes[3].contains("d-latin1.html: is not valid UTF-8 (bad byte at offset 21) and declares no charset"))
        #expect(outcomes[4].hasSuffix("e-spaces.html: is empty"))
        #expect(outcomes[5].contains("f-huge.html: is 5 KB, larger than the 4 KB a page may be"))
        #expect(outcomes[6].contains("g-furniture.html: has no article text"))
        #expect(outcomes[7].contains("h-utf16.html: is UTF-16 (it begins with a byte-order mark)"))
        #expect(outcomes[8].hasSuffix("missing.html: no such file or folder"))
    }

    @Test func aFolderWithoutPagesIsReported() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var errors: [ReadingError] = []
        HTMLReader().read([folder.path]) { if case .failure(let error) = $0 { errors.append(error) } }
        #expect(errors.map(\.reason) == ["holds no .html or .htm files"])
    }
}

@Suite struct TitleTests {
    @Test func aSiteLogoInAHeaderH1IsNotTheHeadline() throws {
        let html = """
            <html><head><title>Lanternfall finale explained | Screen Ledger</title></head><body>
            <header><h1>Screen Ledger</h1></header><h1>Lanternfall finale explained</h1>
            <article><p>The finale of Lanternfall answered the question of the keeper's brother, and then asked three more, as the writers promised it would in their long interviews.</p></article>
            </body></html>
            """
        let page = try HTMLReader().read(Data(html.utf8), id: "logo", input: "logo.html")
        #expect(page.title == "Lanternfall finale explained")
    }

    @Test func theH1WinsWhenTheDeclaredTitleAddsTheSiteName() {
        #expect(Metadata.chooseTitle(h1s: ["Lanternfall finale explained"], declared: nil,
                                     document: "Lanternfall finale explained - Screen Ledger") == "Lanternfall finale explained")
        #expect(Metadata.chooseTitle(h1s: ["Screen Ledger"], declared: "A very long headline about a new season | Screen Ledger",
                                     document: nil) == "A very long headline about a new season | Screen Ledger")
    }
}
