import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// A season of news about one series, written for these tests, each article with the facts
/// an extractor would find in it (built by hand, so these tests do not depend on the rules).
enum SeriesNews {
    static let work = "Glass Lanterns"

    static func article(_ id: String, outlet: String, published: String, _ facts: [ExtractedFact],
                        entities: [ExtractedEntity] = []) -> ArticleRecords {
        let text = facts.map(\.evidence).joined(separator: " ")
        return ArticleRecords(article: Article(id: id, outlet: outlet, title: "\(work): \(id)", published: published, text: text),
                              extraction: Extraction(id: id, entities: [ExtractedEntity(name: work, type: .work)] + entities,
                                                     facts: facts))
    }

    static func fact(_ predicate: FactPredicate, _ object: String, _ objectType: EntityType? = nil, subject: String = work,
                     subjectType: EntityType = .work, q: [String: String]? = nil, modality: Modality = .asserted,
                     _ quote: String) -> ExtractedFact {
        ExtractedFact(s: subject, sType: subjectType, p: predicate, o: object, oType: objectType, q: q, modality: modality,
                      scope: .screen, evidence: quote, start: 0, end: quote.utf8.count)
    }

    static func release(_ value: String, modality: Modality = .asserted, _ quote: String) -> ExtractedFact {
        fact(.release, value, modality: modality, quote)
    }

    /// 2023, then summer 2023, then July 21, then a conflicting July 28, then July 21 again
    /// from another outlet, then a rumour of August 4.
    static let sequence: [ArticleRecords] = [
        article("a1", outlet: "screenfeed.example", published: "2023-01-10",
                [release("2023", "Glass Lanterns will premiere in 2023.")]),
        article("a2", outlet: "tvgrid.example", published: "2023-02-14",
                [release("2023-SU", "Glass Lanterns arrives this summer.")]),
        article("a3", outlet: "screenfeed.example", published: "2023-05-02",
                [release("2023-07-21", "Glass Lanterns premieres on July 21, 2023.")]),
        article("a4", outlet: "wirefeed.example", published: "2023-05-03",
                [release("2023-07-28", "Glass Lanterns premieres on July 28, 2023.")]),
        article("a5", outlet: "tvgrid.example", published: "2023-05-10",
                [release("2023-07-21", "Streamwave confirmed that Glass Lanterns premieres on July 21.")]),
        article("a6", outlet: "gossip.example", published: "2023-05-12",
                [release("2023-08-04", modality: .rumored, "Insiders say Glass Lanterns could slip to August 4.")]),
    ]

    static func statuses(_ store: SQLiteStore, asOf: String? = nil) throws -> [String: ClaimStatus] {
        Dictionary(uniqueKeysWithValues: try store.facts(predicate: .release, asOf: asOf).map { ($0.claim.object, $0.status) })
    }
}

@Suite struct StatusTransitionTests {
    @Test func statusesFollowTheReportsOneArticleAtATime() throws {
        let store = try SQLiteStore.inMemory()
        var seen: [[String: ClaimStatus]] = []
        for article in SeriesNews.sequence {
            try store.ingest([article], updatingStories: false)
            seen.append(try SeriesNews.statuses(store))
        }
        #expect(seen[0] == ["2023": .reported])
        // A more precise compatible value refines a coarser one.
        #expect(seen[1] == ["2023": .superseded, "2023-SU": .reported])
        #expect(seen[2] == ["2023": .superseded, "2023-SU": .superseded, "2023-07-21": .reported])
        // Two days that cannot both hold are contested…
        #expect(seen[3] == ["2023": .superseded, "2023-SU": .superseded, "2023-07-21": .contested, "2023-07-28": .contested])
        // …until a later report settles them; a second outlet confirms the winner.
        #expect(seen[4] == ["2023": .superseded, "2023-SU": .superseded, "2023-07-21": .confirmed, "2023-07-28": .superseded])
        // A rumour contests nothing.
        #expect(seen[5]["2023-07-21"] == .confirmed)
        #expect(seen[5]["2023-08-04"] == .rumored)
    }

    @Test func aStatusCountsDistinctOutlets() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(SeriesNews.sequence, updatingStories: false)
        let july21 = try #require(try store.facts(predicate: .release).first { $0.claim.object == "2023-07-21" })
        #expect(july21.outlets == ["screenfeed.example", "tvgrid.example"])
        #expect(july21.firstReported == "2023-05-02")
        #expect(july21.lastReported == "2023-05-10")
    }

    @Test func theStudiosOwnStatementConfirmsAndSurvivesTheStore() throws {
        let store = try SQLiteStore.inMemory()
        var official = SeriesNews.release("2023-09-01", "Streamwave announced that Glass Lanterns premieres on September 1.")
        official.official = true
        try store.ingest([SeriesNews.article("s1", outlet: "tvgrid.example", published: "2023-06-01", [official]),
                          SeriesNews.article("s2", outlet: "tvgrid.example", published: "2023-06-02",
                                             [SeriesNews.fact(.platform, "Streamwave", .organization, "Glass Lanterns streams on Streamwave.")])],
                         updatingStories: false)
        let facts = try store.facts()
        #expect(facts.first { $0.claim.predicate == .release }?.status == .confirmed)
        #expect(facts.first { $0.claim.predicate == .release }?.sources.first?.official == true)
        // One outlet's own report stays reported.
        #expect(facts.first { $0.claim.predicate == .platform }?.status == .reported)
    }

    @Test func recentFactsComeWithTheirWholeSlot() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(SeriesNews.sequence, updatingStories: false)
        let recent = try store.facts(reportedSince: "2023-05-10")
        let all = Dictionary(uniqueKeysWithValues: try store.facts().map { ($0.claim.object, $0.status) })
        // Only July 21 and August 4 were reported since, but the slot's other values come along
        // and every status is the one the whole graph gives.
        #expect(Set(recent.map(\.claim.object)) == ["2023", "2023-SU", "2023-07-21", "2023-07-28", "2023-08-04"])
        for fact in recent { #expect(all[fact.claim.object] == fact.status, "\(fact.claim.object)") }
        #expect(try store.facts(reportedSince: "2024-01-01").isEmpty)
        #expect(try store.latestPublished() == "2023-05-12")
    }

    @Test func differentEpisodeCountsAreContestedAndDenialsStandApart() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([
            SeriesNews.article("e1", outlet: "screenfeed.example", published: "2023-03-01",
                               [SeriesNews.fact(.episodes, "8", nil, "The season runs eight episodes.")]),
            SeriesNews.article("e2", outlet: "tvgrid.example", published: "2023-03-01",
                               [SeriesNews.fact(.episodes, "10", nil, "The season runs ten episodes.")]),
        ], updatingStories: false)
        let episodes = Dictionary(uniqueKeysWithValues: try store.facts(predicate: .episodes).map { ($0.claim.object, $0.status) })
        #expect(episodes == ["8": .contested, "10": .contested])
    }
}

@Suite struct HistoryAndAsOfTests {
    @Test func theHistoryListsEachValueWithItsFirstAndLastReport() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(SeriesNews.sequence, updatingStories: false)
        let report = try #require(try store.reports(named: SeriesNews.work).first)
        let history = try #require(report.histories.first)
        #expect(history.predicate == .release)
        #expect(history.values.map(\.value) == ["2023", "2023-SU", "2023-07-21", "2023-07-28", "2023-08-04"])
        let july21 = history.values[2]
        #expect(july21.firstReported == "2023-05-02" && july21.lastReported == "2023-05-10")
        #expect(july21.outlets == 2)
        #expect(history.values.map(\.status) == [.superseded, .superseded, .confirmed, .superseded, .rumored])
    }

    @Test func asOfShowsWhatWasKnownOnThatDate() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(SeriesNews.sequence, updatingStories: false)
        #expect(try SeriesNews.statuses(store, asOf: "2023-02-20") == ["2023": .superseded, "2023-SU": .reported])
        #expect(try SeriesNews.statuses(store, asOf: "2023-05-05")
                == ["2023": .superseded, "2023-SU": .superseded, "2023-07-21": .contested, "2023-07-28": .contested])
        #expect(try SeriesNews.statuses(store, asOf: "2022-12-31").isEmpty)
        // The entity itself was not known yet.
        #expect(try store.entities(named: SeriesNews.work, asOf: "2022-12-31").isEmpty)
        let early = try #require(try store.entities(named: SeriesNews.work, asOf: "2023-02-20").first)
        #expect(early.articleCount == 2)
        #expect(early.lastSeen == "2023-02-14")
        // A month-dated article counts from the first of its month.
        let monthly = SeriesNews.article("m1", outlet: "monthly.example", published: "2023-06",
                                         [SeriesNews.release("2023-07-21", "Glass Lanterns opens July 21.")])
        try store.ingest([monthly], updatingStories: false)
        #expect(try store.facts(predicate: .release, asOf: "2023-06-01").first { $0.claim.object == "2023-07-21" }?.outlets.count == 3)
    }

    @Test func changesSinceADateAreNewFactsNewValuesAndNewStatuses() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(SeriesNews.sequence, updatingStories: false)
        let changes = FactChange.between(try store.facts(asOf: "2023-05-05"), try store.facts())
        let byValue = Dictionary(uniqueKeysWithValues: changes.map { ($0.fact.claim.object, $0) })
        #expect(byValue["2023-07-21"]?.kind == .status)
        #expect(byValue["2023-07-21"]?.was == ["contested"])
        #expect(byValue["2023-07-21"]?.fact.status == .confirmed)
        #expect(byValue["2023-07-28"]?.kind == .status)
        #expect(byValue["2023-08-04"]?.kind == .value)
        #expect(byValue["2023-08-04"]?.was == ["2023-07-21", "2023-07-28"])
        #expect(byValue["2023"] == nil, "unchanged facts are not changes")
        #expect(FactChange.between(try store.facts(), try store.facts()).isEmpty)
    }
}

@Suite struct TimelineTests {
    @Test func aWorksTimelineRunsFromAnnouncementToCancellationWithSources() throws {
        let store = try SQLiteStore.inMemory()
        let person = ExtractedEntity(name: "Ines Morrow", type: .person)
        let character = ExtractedEntity(name: "Wren Hale", type: .character)
        try store.ingest([
            SeriesNews.article("t1", outlet: "screenfeed.example", published: "2022-06-01",
                               [SeriesNews.fact(.platform, "Streamwave", .organization, "Streamwave ordered Glass Lanterns.")]),
            SeriesNews.article("t2", outlet: "tvgrid.example", published: "2022-08-15",
                               [SeriesNews.fact(.plays, "Wren Hale", .character, subject: "Ines Morrow", subjectType: .person,
                                                q: ["work": "Glass Lanterns"], "Ines Morrow will play Wren Hale in Glass Lanterns.")],
                               entities: [person, character]),
            SeriesNews.article("t3", outlet: "setwatch.example", published: "2022-10-03",
                               [SeriesNews.fact(.filming, "Lisbon", .place, "Glass Lanterns began filming in Lisbon.")]),
        ] + SeriesNews.sequence.prefix(3) + [
            SeriesNews.article("t4", outlet: "screenfeed.example", published: "2024-01-20",
                               [SeriesNews.fact(.renewal, "2", modality: .negated, "Streamwave will not renew Glass Lanterns for a second season.")]),
        ])
        let timeline = try #require(try store.timelines(named: "glass lanterns").first)
        let kinds = timeline.entries.map(\.kind)
        #expect(kinds.first == .announced)
        #expect(kinds.contains(.cast) && kinds.contains(.filming) && kinds.contains(.release) && kinds.contains(.platform))
        #expect(kinds.last == .cancelled)
        let dates = timeline.entries.compactMap(\.date)
        #expect(dates == dates.sorted())
        let casting = try #require(timeline.entries.first { $0.kind == .cast })
        #expect(casting.text == "Ines Morrow as Wren Hale")
        #expect(casting.sources.map(\.outlet) == ["tvgrid.example"])
        #expect(casting.sources.first?.quote == "Ines Morrow will play Wren Hale in Glass Lanterns.")
        let cancelled = try #require(timeline.entries.last)
        #expect(cancelled.text == "cancelled: no season 2")
        #expect(try store.timelines(named: "Wren Hale").isEmpty, "a character has no production timeline")
    }
}
