import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// A much-reported entity is shown from its claims' summaries: the best-supported facts of each
/// group with their first sources, and the same statuses, counts and history as the full report.
@Suite struct BoundedReportTests {
    /// Glass Lanterns' release reported by several outlets over time, and six characters
    /// appearing in it, one of them in every article.
    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        var batch: [ArticleRecords] = []
        let outlets = ["screenfeed.example", "tvgrid.example", "wirefeed.example"]
        for day in 1...6 {
            var facts = [SeriesNews.fact(.appearsIn, SeriesNews.work, .work, subject: "Mara Quill", subjectType: .character,
                                         "Mara Quill returns in Glass Lanterns.")]
            facts.append(SeriesNews.fact(.appearsIn, SeriesNews.work, .work, subject: "Character \(day)", subjectType: .character,
                                         "Character \(day) joins Glass Lanterns."))
            facts.append(SeriesNews.release(day < 4 ? "2023" : "2023-07-21", "Glass Lanterns premieres soon."))
            batch.append(SeriesNews.article("b\(day)", outlet: outlets[day % 3], published: "2023-0\(day)-10", facts))
        }
        try store.ingest(batch, updatingStories: false)
        return store
    }

    @Test func listsTheBestSupportedFactsWithTheirFirstSources() throws {
        let store = try Self.store()
        let limit = ReportLimit(factsPerGroup: 2, sourcesPerFact: 2)
        let bounded = try #require(try store.reports(named: SeriesNews.work, limit: limit).first)
        let full = try #require(try store.reports(named: SeriesNews.work).first)

        let features = try #require(bounded.groups.first { $0.predicate == .appearsIn && $0.role == .object })
        #expect(features.total == 7)
        #expect(features.facts.count == 2)
        // Mara Quill, in every article, is listed first of all, with two of its six sources.
        let mara = try #require(features.facts.first { $0.claim.subject == "Mara Quill" })
        #expect(mara.sources.map(\.articleID) == ["b1", "b2"])
        #expect(mara.evidenceCount == 6 && mara.outletCount == 3)
        #expect(mara.lastReported == "2023-06-10")

        // Statuses (a release slot resolved across all its values) and history match the full report.
        func statuses(_ report: EntityReport) -> [String: ClaimStatus] {
            Dictionary(report.groups.flatMap(\.facts).map { ("\($0.claim.subject)|\($0.claim.predicate)|\($0.claim.object)", $0.status) },
                       uniquingKeysWith: { a, _ in a })
        }
        let fullStatuses = statuses(full)
        for (key, status) in statuses(bounded) { #expect(fullStatuses[key] == status, "\(key)") }
        #expect(statuses(bounded)["Glass Lanterns|release|2023"] == .superseded)
        #expect(bounded.histories == full.histories)
    }

    @Test func summariesFollowAReplacedArticle() throws {
        let store = try Self.store()
        // b6 changes: Mara Quill is no longer in it.
        let changed = SeriesNews.article("b6", outlet: "screenfeed.example", published: "2023-06-10",
                                         [SeriesNews.release("2023-07-21", "Glass Lanterns premieres on July 21.")])
        try store.ingest([changed], updatingStories: false)
        let report = try #require(try store.reports(named: "Mara Quill", limit: .standard).first)
        let fact = try #require(report.groups.first?.facts.first)
        #expect(fact.evidenceCount == 5)
        #expect(fact.lastReported == "2023-05-10")
        #expect(fact.sources.count == 3)
        // The entity's own summary follows too: mentioned in five articles now, the last in May.
        #expect(report.entity.articleCount == 5)
        #expect(report.entity.lastSeen == "2023-05-10")
        #expect(try store.entities(named: "Character 6").isEmpty)
    }
}
