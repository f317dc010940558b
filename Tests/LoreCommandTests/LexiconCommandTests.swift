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
