import Foundation
import Testing

/// `--lexicon DIR`: users extend the word lists without recompiling.
@Suite struct LexiconCommandTests {
    let article = "Harbor Lights News\n\nHarbor Lights will premiere on Glimmerstream in May.\n"

    @Test func aUserPlatformListAddsAPlatform() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("story.txt", article)
        try FileManager.default.createDirectory(atPath: lore.path("words"), withIntermediateDirectories: true)
        try lore.write("words/organizations.txt", "# our own streamers\nGlimmerstream | platform\n")

        let plain = try lore.run(["extract", "story.txt", "--published", "2019-01-10"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains(#""o":"Glimmerstream","p":"platform""#), "\(plain.stdout)")

        let extended = try lore.run(["extract", "story.txt", "--published", "2019-01-10", "--lexicon", lore.path("words")])
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stdout.contains(#""o":"Glimmerstream","p":"platform""#), "\(extended.stdout)")
    }

    @Test func aMissingFolderIsAUsageError() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("story.txt", article)
        let result = try lore.run(["extract", "story.txt", "--lexicon", lore.path("nowhere")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--lexicon"), "\(result.stderr)")
    }
}

/// Web pages go through the same pipeline as text: `lore extract page.html`, `lore ingest folder/`.
@Suite struct WebPageCommandTests {
    let page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Casting news | Example Wire</title>
        <meta property="og:site_name" content="Example Wire">
        <meta property="article:published_time" content="2019-03-02T10:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/tv">TV</a></nav>
        <article><h1>Night Courier casts its lead</h1>
        <p>Hana Takeda has been cast as Ava Brandt in Night Courier, the new detective series from Hulu.</p>
        <p>Filming starts in Boston this spring, and the series will premiere on Hulu in 2020.</p></article>
        <aside>Sign up for our newsletter</aside></body></html>
        """

    @Test func extractReadsAnHTMLPage() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("casting.html", page)
        let result = try lore.run(["extract", "casting.html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""id":"casting""#), "\(result.stdout)")
        #expect(result.stdout.contains(#""o":"Ava Brandt","p":"plays""#), "\(result.stdout)")
        #expect(!result.stdout.contains("newsletter"), "\(result.stdout)")
    }

    @Test func ingestTakesAFolderOfPages() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try FileManager.default.createDirectory(atPath: lore.path("pages"), withIntermediateDirectories: true)
        try lore.write("pages/casting.html", page)
        try lore.write("pages/broken.html", "")
        let result = try lore.run(["ingest", "pages", "--db", lore.path("lore.sqlite")])
        #expect(result.status == 3, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("broken.html") || result.stderr.contains("broken.html"))
        let show = try lore.run(["show", "Hana Takeda", "--db", lore.path("lore.sqlite")])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Ava Brandt"), "\(show.stdout)")
    }
}
