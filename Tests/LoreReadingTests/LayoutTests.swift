import Testing
@testable import LoreReading

@Suite struct LayoutTests {
    let text = """
    Defenders Set Photos Show Luke and Jessica Together

    Photo: Netflix

    Fans got a first look at the heroes on the streets of Manhattan today.

    Look who is back on set!

    — Some Fan (@somefan) January 27, 2017

    Let us know in the comments below!

    Related: Iron Fist Gets A Trailer

    The series arrives this summer.

    Source: Street Level Photo Agency

    More in TV News
    """

    func layout() -> Document {
        PlainTextLayout.standard.layout(Article(id: "a", published: "2017-01-28", text: text))
    }

    func texts(_ document: Document, _ kind: Block.Kind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map { text.utf8Slice($0.range) }
    }

    @Test func headlineIsTheFirstLine() {
        #expect(texts(layout(), .headline) == ["Defenders Set Photos Show Luke and Jessica Together"])
    }

    @Test func aFirstSentenceIsNoHeadlineWhenTheTitleCameApart() {
        let text = "The Defenders premieres August 18 on Netflix.\n\nThe series has eight episodes."
        let titled = PlainTextLayout.standard.layout(Article(id: "a", title: "Defenders date set", text: text))
        #expect(!titled.blocks.contains { $0.kind == .headline })
        // Without a separate title the first line is the headline, as news arrives as text.
        let untitled = PlainTextLayout.standard.layout(Article(id: "a", text: text))
        #expect(untitled.blocks.first?.kind == .headline)
        // A first line that is no sentence stays a headline.
        let kicker = PlainTextLayout.standard.layout(Article(id: "a", title: "Defenders date set", text: "Exclusive Interview\n\n" + text))
        #expect(kicker.blocks.first?.kind == .headline)
    }

    @Test func embeddedPostsAreEmbedsNotProse() throws {
        let document = layout()
        let post = try #require(document.embeds.first)
        #expect(post.author == "Some Fan")
        #expect(post.handle == "@somefan")
        #expect(post.date == "January 27, 2017")
        #expect(post.text == "Look who is back on set!")
        #expect(!document.prose.map { text.utf8Slice($0.range) }.contains("Look who is back on set!"))
    }

    @Test func furnitureIsDroppedAndSourceKept() {
        let document = layout()
        let prose = document.prose.map { text.utf8Slice($0.range) }
        #expect(!prose.contains { $0.contains("comments") || $0.hasPrefix("Related:") || $0.contains("More in TV News") })
        #expect(prose.contains("The series arrives this summer."))
        #expect(document.attribution == "Street Level Photo Agency")
    }

    @Test func bylinesAreNotProse() {
        let text = "Night Courier Casts Its Lead\n\nBy Tessa Marlowe\n\nMara Quill | On 07, Jul 2015\n\nHana Takeda will play Ava Brandt.\n\nBy the end of the season, Ava leaves Boston.\n"
        let document = PlainTextLayout.standard.layout(Article(id: "b", text: text))
        let prose = document.prose.map { text.utf8Slice($0.range) }
        #expect(prose == ["Night Courier Casts Its Lead", "Hana Takeda will play Ava Brandt.", "By the end of the season, Ava leaves Boston."], "\(prose)")
    }

    @Test func theOutletsMastheadUnderTheHeadlineIsNotProse() {
        let text = "Night Courier Casts Its Lead\n\nTHE INSIDE TRACK\n\nGlass Bay | Rumor Check\n\nHana Takeda will play Ava Brandt, sources tell The Inside Track.\n\nThe Inside Track\n"
        let document = PlainTextLayout.standard.layout(Article(id: "b", url: "https://www.theinsidetrack.test/film/1", outlet: "The Inside Track", text: text))
        let prose = document.prose.map { text.utf8Slice($0.range) }
        // Near-misses: another name under the headline, and the outlet's name once the story has begun, are kept.
        #expect(prose == ["Night Courier Casts Its Lead", "Glass Bay | Rumor Check", "Hana Takeda will play Ava Brandt, sources tell The Inside Track.", "The Inside Track"], "\(prose)")
        #expect(Article(id: "c", url: "https://www.theinsidetrack.test/a", outlet: "theinsidetrack.test", text: "").outletKeys == ["theinsidetrack"])
    }

    @Test func postedAndWrittenBylinesAreNotProse() {
        let lines = ["Posted by Tessa Marlowe on November 16, 2018 at 2:41 pm", "Written by Mara Quill", "Posted October 3, 2024 by Hana Takeda in Netflix, TV News",
                     "INTERVIEW | By Tessa Marlowe | July 16, 2024", "Published: 29 August 2024 | Filed in: Spin-offs, Press Releases"]
        let text = "Night Courier Casts Its Lead\n\n" + lines.joined(separator: "\n\n") + "\n\nHana Takeda will play Ava Brandt.\n\nWritten by the showrunner, the pilot is tense.\n\nPosted to Instagram, the photo shows Ava.\n"
        let document = PlainTextLayout.standard.layout(Article(id: "b", text: text))
        let prose = document.prose.map { text.utf8Slice($0.range) }
        // Near-misses: a sentence that opens with "Written by" or "Posted to" is prose.
        #expect(prose == ["Night Courier Casts Its Lead", "Hana Takeda will play Ava Brandt.", "Written by the showrunner, the pilot is tense.",
                          "Posted to Instagram, the photo shows Ava."], "\(prose)")
    }

    @Test func captionsAreMarked() {
        #expect(texts(layout(), .caption) == ["Photo: Netflix"])
    }

    @Test func offsetsPointIntoTheArticleText() {
        let document = layout()
        for block in document.blocks {
            #expect(!text.utf8Slice(block.range).isEmpty)
            #expect(text.utf8Slice(block.range).first?.isWhitespace == false)
        }
    }

    /// Lines with accents, curly quotes or dashes are matched by bytes; others (combining
    /// marks, emoji) as Strings: both must read the same way.
    @Test func nonASCIILinesAreLaidOutLikeASCIIOnes() throws {
        let text = """
        Headline Here

        » Related Posts ›

        PHOTO: Zoë Kravitz — Getty Images

        Fans cheered \u{1F525}\u{FE0F} all night.

        \u{2014}\u{00A0}Zoë Fan (@zoe) January 27, 2017

        Source – Kültürpat
        """
        let document = PlainTextLayout.standard.layout(Article(id: "u", text: text))
        let kinds = document.blocks.map(\.kind)
        #expect(kinds == [.headline, .furniture, .caption, .embed, .embed, .attribution])
        let post = try #require(document.embeds.first)
        #expect(post.author == "Zoë Fan")
        #expect(post.handle == "@zoe")
        #expect(post.text == "Fans cheered \u{1F525}\u{FE0F} all night.")
        #expect(document.attribution == "Kültürpat")
    }
}
