import Foundation
import Testing

/// A premiere reported as 2023, then this summer, then July 21 by two outlets (the calendar tests use it too).
let glassLanternsReports = [
    jsonLine(id: "gl-1", text: """
        Glass Lanterns sets a 2023 debut

        Streamwave announced that Glass Lanterns, its new fantasy series starring Ines Morrow, will premiere in 2023.
        """, outlet: "screenfeed.example", published: "2023-01-10"),
    jsonLine(id: "gl-2", text: """
        Glass Lanterns arrives this summer

        Glass Lanterns will premiere this summer on Streamwave, the streamer said on Tuesday.
        """, outlet: "tvgrid.example", published: "2023-02-14"),
    jsonLine(id: "gl-3", text: """
        Glass Lanterns gets a premiere date

        Streamwave announced today that Glass Lanterns will premiere on July 21, 2023.
        """, outlet: "screenfeed.example", published: "2023-05-02"),
    jsonLine(id: "gl-4", text: """
        Glass Lanterns premiere date set

        Glass Lanterns will premiere on July 21, 2023 on Streamwave, the company confirmed.
        """, outlet: "wirefeed.example", published: "2023-05-03"),
]
private let premiereArticles = glassLanternsReports.joined()

@Suite struct HistoryCommandTests {
    func ingested() throws -> LoreRunner {
        let lore = try LoreRunner()
        try lore.write("news.jsonl", premiereArticles)
        let ingest = try lore.run(["ingest", "news.jsonl", "--db", "t.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return lore
    }

    @Test func showHasTheHistoryAndAsOfShowsAnEarlierState() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let now = try lore.run(["show", "Glass Lanterns", "--type", "work", "--db", "t.sqlite"])
        #expect(now.status == 0)
        #expect(now.stdout.contains("  history\n    release: 2023 (2023-01-10, superseded) → 2023-SU (2023-02-14, superseded) → 2023-07-21 (2023-05-02 to 2023-05-03, confirmed)"))

        let february = try lore.run(["show", "Glass Lanterns", "--type", "work", "--as-of", "2023-02", "--db", "t.sqlite"])
        #expect(february.status == 0)
        #expect(february.stdout.hasPrefix("as known on 2023-02-28\n"))
        // "…, the streamer said": the platform's own statement confirms it.
        #expect(february.stdout.contains("2023-SU — confirmed"))
        #expect(!february.stdout.contains("2023-07-21"))

        let before = try lore.run(["show", "Glass Lanterns", "--as-of", "2022", "--db", "t.sqlite"])
        #expect(before.status == 1)
        #expect(before.stderr.contains("nothing is known about \"Glass Lanterns\" as of 2022-12-31"))
    }

    @Test func factsAsOfAndTheOutletColumns() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let facts = try lore.run(["facts", "--predicate", "release", "--db", "t.sqlite"])
        #expect(facts.stdout.contains("OUTLETS  FIRST REPORTED  LAST REPORTED"))
        let july = try #require(facts.stdout.split(separator: "\n").first { $0.contains("2023-07-21") })
        #expect(july.split(separator: " ").suffix(5) == ["confirmed", "2", "2", "2023-05-02", "2023-05-03"])
        let asOf = try lore.run(["facts", "--predicate", "release", "--as-of", "2023-05-02", "--db", "t.sqlite"])
        let julyThen = try #require(asOf.stdout.split(separator: "\n").first { $0.contains("2023-07-21") })
        #expect(julyThen.contains("reported"))
        let bad = try lore.run(["facts", "--as-of", "yesterday", "--db", "t.sqlite"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--as-of yesterday is not a date"))
    }

    @Test func changesSinceADate() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["changes", "--since", "2023-05-03", "--db", "t.sqlite"])
        #expect(result.status == 0)
        let july = try #require(result.stdout.split(separator: "\n").first { $0.contains("2023-07-21") })
        #expect(july.hasPrefix("status"))
        #expect(july.split(separator: " ").contains("reported"))
        let since = try lore.run(["changes", "--since", "2023-05", "--db", "t.sqlite"])
        let value = try #require(since.stdout.split(separator: "\n").first { $0.contains("2023-07-21") })
        #expect(value.hasPrefix("value"))
        #expect(value.contains("2023-SU"))
        let missing = try lore.run(["changes", "--db", "t.sqlite"])
        #expect(missing.status == 1)
    }

    @Test func timelineListsTheWorksProductionWithSources() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["timeline", "Glass Lanterns", "--db", "t.sqlite"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Glass Lanterns (work): production timeline\n"))
        #expect(result.stdout.contains("  2023-01-10  announced first reported: Glass Lanterns sets a 2023 debut"))
        #expect(result.stdout.contains("release 2023-07-21 — confirmed"))
        #expect(result.stdout.contains("release summer 2023 — superseded"))
        #expect(result.stdout.contains("      wirefeed.example · 2023-05-03 · \""))
        let unknown = try lore.run(["timeline", "Ines Morrow", "--db", "t.sqlite"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no work called \"Ines Morrow\""))
    }
}

@Suite struct NewCommandHelpTests {
    @Test(arguments: ["stories", "calendar", "changes", "timeline", "explain", "merge", "split"])
    func everyNewCommandHasHelpWithAnExample(command: String) throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lore \(command)"))
        #expect(result.stdout.contains("Example:"))
    }

    @Test func explainSaysWhyAndFailsForAnUnknownName() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText))
        #expect(try lore.run(["ingest", "news.jsonl"]).status == 0)
        let same = try lore.run(["explain", "krysten ritter", "Krysten Ritter"])
        #expect(same.status == 0)
        #expect(same.stdout.contains("one entity: Krysten Ritter (person)"))
        let unknown = try lore.run(["explain", "Krysten Ritter", "Nobody Atall"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("nothing is known about \"Nobody Atall\" in lore.sqlite"))
    }

    @Test func mergeAndSplitChangeWhatShowFinds() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText))
        #expect(try lore.run(["ingest", "news.jsonl"]).status == 0)
        let merge = try lore.run(["merge", "Jessica Jones", "Krysten Ritter", "--type", "person"])
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("nothing is known about \"Jessica Jones\" as a person") || merge.stderr.contains("only entities of one type"))
        let bad = try lore.run(["split", "Krysten Ritter", "Netflix"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not a name of Krysten Ritter (person): nothing to split"))
    }
}
