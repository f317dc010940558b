import Foundation
import Testing

/// Two events of one kind (two renewals) and a syndicated copy, written for these tests.
private let storyArticles = [
    jsonLine(id: "ember-renewed", text: """
        Netflix renews Ember Vale for a second season
        Netflix has renewed Ember Vale, the fantasy series starring Corin Ashby as the exiled smith Tamsin Roe, for a \
        second season. Showrunner Lidia Marsh said the writers room opens in Reykjavik next month.
        """, outlet: "screenfeed.example", published: "2024-02-06"),
    jsonLine(id: "ember-renewed-copy", text: """
        Netflix renews Ember Vale for a second season
        Netflix has renewed Ember Vale, the fantasy series starring Corin Ashby as the exiled smith Tamsin Roe, for a \
        second season. Showrunner Lidia Marsh said the writers room opens in Reykjavik next month.
        """, outlet: "wirefeed.example", published: "2024-02-07"),
    jsonLine(id: "ember-renewed-2", text: """
        Ember Vale will return
        Corin Ashby's smith Tamsin Roe gets a second season: Netflix renewed Ember Vale, and Lidia Marsh takes the \
        writers to Reykjavik.
        """, outlet: "tvgrid.example", published: "2024-02-06"),
    jsonLine(id: "quarry-renewed", text: """
        Hulu renews Quarry Lights for season three
        Hulu picked up a third season of Quarry Lights, the mining-town thriller with Abel Strand and Noor Halloway. \
        Creator Felix Dunmore will shoot the new episodes in Cornwall.
        """, outlet: "screenfeed.example", published: "2024-02-08"),
    jsonLine(id: "quarry-renewed-2", text: """
        Quarry Lights season 3 is happening
        Abel Strand and Noor Halloway are back: Hulu renewed Quarry Lights for a third season, and Felix Dunmore \
        returns to Cornwall to film it.
        """, outlet: "tvgrid.example", published: "2024-02-09"),
].joined()

@Suite struct StoriesCommandTests {
    func ingested() throws -> LoreRunner {
        let lore = try LoreRunner()
        try lore.write("news.jsonl", storyArticles)
        let ingest = try lore.run(["ingest", "news.jsonl", "--db", "t.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return lore
    }

    @Test func tsvPrintsOneLinePerArticleWithItsStory() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["stories", "--format", "tsv", "--db", "t.sqlite"])
        #expect(result.status == 0)
        var story: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            #expect(fields.count == 2)
            story[fields[0]] = fields[1]
        }
        #expect(story.count == 5)
        #expect(story["ember-renewed"] == story["ember-renewed-copy"])
        #expect(story["ember-renewed"] == story["ember-renewed-2"])
        #expect(story["quarry-renewed"] == story["quarry-renewed-2"])
        #expect(story["ember-renewed"] != story["quarry-renewed"])
    }

    @Test func regroupMakesTheSameStoriesAgainAndSaysHowMany() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let before = try lore.run(["stories", "--format", "tsv", "--db", "t.sqlite"])
        let regrouped = try lore.run(["stories", "--regroup", "--format", "tsv", "--db", "t.sqlite"])
        #expect(regrouped.status == 0)
        #expect(regrouped.stderr.contains("regrouped 5 articles into 2 stories (1 near-copy)"), "\(regrouped.stderr)")
        #expect(regrouped.stdout == before.stdout)
    }

    @Test func tableListsStoriesAndOneStoryShowsItsArticles() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let table = try lore.run(["stories", "--db", "t.sqlite"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("2 stories, 5 articles (1 near-copy)\n"))
        #expect(table.stdout.contains("STORY  FIRST       LAST        ARTICLES"))
        #expect(table.stdout.contains("2024-02-06  2024-02-07  3 (1 copies)"))

        let tsv = try lore.run(["stories", "--format", "tsv", "--db", "t.sqlite"]).stdout
        let emberStory = try #require(tsv.split(separator: "\n").first { $0.hasPrefix("ember-renewed\t") }?.split(separator: "\t").last)
        let detail = try lore.run(["stories", "--story", String(emberStory), "--db", "t.sqlite"])
        #expect(detail.status == 0)
        #expect(detail.stdout.contains("story \(emberStory): "))
        #expect(detail.stdout.contains("(near-copy of ember-renewed)"))
        #expect(detail.stdout.contains("wirefeed.example"))
    }

    @Test func jsonCarriesStoriesWithArticles() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["stories", "--format", "json", "--db", "t.sqlite"])
        #expect(result.status == 0)
        let stories = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(stories.count == 2)
        #expect(stories.allSatisfy { $0["headline"] is String && $0["articles"] is [Any] && $0["facts"] is [Any] })
    }

    @Test func anUnknownStoryOrAMissingDatabaseIsAClearError() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let unknown = try lore.run(["stories", "--story", "999", "--db", "t.sqlite"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no story 999 in t.sqlite"))
        let missing = try lore.run(["stories", "--db", "none.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at none.sqlite"))
        #expect(try lore.run(["stories", "--help"]).stdout.contains("Example:"))
    }
}
