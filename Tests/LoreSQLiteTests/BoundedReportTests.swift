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

/// Claim summaries are summed from what each piece of evidence keeps of its article (source,
/// date); they must equal the sums read from the articles themselves.
@Suite struct ClaimSummaryTests {
    static func summaries(_ store: SQLiteStore) throws -> [String] {
        try store.read("test") { db in
            try String.fetchAll(db, sql: """
                SELECT id || '|' || status || '|' || evidenceCount || '|' || outletCount || '|' || IFNULL(firstReported, '-')
                       || '|' || IFNULL(lastReported, '-') FROM claim ORDER BY id
                """)
        }
    }

    @Test func summariesEqualSumsReadFromTheArticles() throws {
        let store = try BoundedReportTests.store()
        // An undated article known by its URL alone, one with neither outlet nor URL, and a replaced one.
        let quote = "Mara Quill returns in Glass Lanterns."
        let mara = SeriesNews.fact(.appearsIn, SeriesNews.work, .work, subject: "Mara Quill", subjectType: .character, quote)
        func records(_ article: Article) -> ArticleRecords {
            ArticleRecords(article: article, extraction: Extraction(id: article.id, entities: [ExtractedEntity(name: SeriesNews.work, type: .work)],
                                                                     facts: [mara]))
        }
        try store.ingest([
            records(Article(id: "u1", url: "https://lanterns.example/u1", text: quote)),
            records(Article(id: "n1", published: "2023-08-01", text: quote)),
            records(Article(id: "n2", published: "2023-08-02", text: quote)),
            SeriesNews.article("b2", outlet: "tvgrid.example", published: "2023-02-10", [SeriesNews.release("2023", "Glass Lanterns in 2023.")]),
        ], updatingStories: false)
        let kept = try Self.summaries(store)
        #expect(kept.contains { $0.hasSuffix("|8|6|2023-01-10|2023-08-02") }, "Mara Quill: 8 pieces of evidence from 6 sources")
        try store.write("test") { db in
            try ClaimSummaries.refresh(db, claims: try Int64.fetchAll(db, sql: "SELECT id FROM claim"), fromArticles: true)
        }
        #expect(try Self.summaries(store) == kept)
    }
}

/// Entity summaries are added to batch by batch; they must always equal a recount from the mentions.
@Suite struct EntitySummaryTests {
    typealias Summary = [String]

    /// Each entity's count and dates, and each of its names with its count, as sorted lines.
    static func summaries(_ store: SQLiteStore) throws -> Summary {
        try store.read("test") { db in
            try String.fetchAll(db, sql: "SELECT name || '|' || articleCount || '|' || IFNULL(firstSeen, '-') || '|' || IFNULL(lastSeen, '-') FROM entity")
                + String.fetchAll(db, sql: "SELECT entityId || '|' || key || '|' || name || '|' || articles FROM entityName")
        }.sorted()
    }

    static func recounted(_ store: SQLiteStore) throws -> Summary {
        try store.write("test") { db in
            try EntitySummaries.refresh(db, entities: try Int64.fetchAll(db, sql: "SELECT id FROM entity"))
        }
        return try summaries(store)
    }

    static func mention(_ id: String, published: String?, names: [(String, EntityType, aliases: [String])]) -> ArticleRecords {
        let text = names.map { "\($0.0) is in the news." }.joined(separator: " ")
        return ArticleRecords(article: Article(id: id, outlet: "wire.example", title: "Item \(id)", published: published, text: text),
                              extraction: Extraction(id: id, entities: names.map { ExtractedEntity(name: $0.0, type: $0.1, aliases: $0.aliases) },
                                                     facts: []))
    }

    @Test func countsAddedBatchByBatchEqualARecount() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([
            Self.mention("n1", published: "2024-03-02", names: [("Vera Lund", .person, []), ("Harrow Bay", .work, [])]),
            Self.mention("n2", published: nil, names: [("Vera Lund", .person, ["Lund"])]),
            Self.mention("n3", published: "2024-01-15", names: [("Harrow Bay", .work, ["HARROW BAY"])]),
        ], updatingStories: false)
        #expect(try Self.summaries(store) == (try Self.recounted(store)))

        // A later batch: a new name for a known entity, an earlier date, and an article stored
        // twice in one batch, whose second version drops an entity.
        try store.ingest([
            Self.mention("n4", published: "2023-12-30", names: [("Vera Lund", .person, ["Ronnie"]), ("Oskar Tide", .person, [])]),
            Self.mention("n5", published: "2024-05-01", names: [("Oskar Tide", .person, []), ("Harrow Bay", .work, [])]),
            Self.mention("n5", published: "2024-05-01", names: [("Harrow Bay", .work, [])]),
        ], updatingStories: false)
        let summaries = try Self.summaries(store)
        #expect(summaries == (try Self.recounted(store)))
        #expect(summaries.contains("Vera Lund|3|2023-12-30|2024-03-02"))
        #expect(summaries.contains("Oskar Tide|1|2023-12-30|2023-12-30"))

        // A changed article replaces the earlier one in a later batch.
        try store.ingest([Self.mention("n1", published: "2024-03-02", names: [("Harrow Bay", .work, [])])], updatingStories: false)
        #expect(try Self.summaries(store) == (try Self.recounted(store)))
        // The new name is found by search too.
        #expect(try store.search("Ronnie").entities.map(\.name) == ["Vera Lund"])
    }
}

/// The size of each group of an entity's facts, and of each release or episode slot, is kept
/// by triggers as claims come and go; it must always equal a count of the claims.
@Suite struct GroupSizeTests {
    static func kept(_ store: SQLiteStore) throws -> [String] {
        try store.read("test") { db in
            try String.fetchAll(db, sql: "SELECT entityId || '|' || predicate || '|' || role || '|' || size FROM claimGroup ORDER BY 1")
                + String.fetchAll(db, sql: "SELECT subjectId || '|' || predicate || '|' || slot || '|' || size FROM claimSlot ORDER BY 1")
        }
    }

    static func counted(_ store: SQLiteStore) throws -> [String] {
        try store.read("test") { db in
            try String.fetchAll(db, sql: """
                SELECT subjectId || '|' || predicate || '|subject|' || COUNT(*) FROM claim GROUP BY subjectId, predicate
                UNION ALL
                SELECT objectId || '|' || predicate || '|object|' || COUNT(*) FROM claim
                WHERE objectId IS NOT NULL AND objectId <> subjectId GROUP BY objectId, predicate
                ORDER BY 1
                """)
                + String.fetchAll(db, sql: """
                    SELECT subjectId || '|' || predicate || '|' || slot || '|' || COUNT(*) FROM claim WHERE slot IS NOT NULL
                    GROUP BY subjectId, predicate, slot ORDER BY 1
                    """)
        }
    }

    @Test func sizesFollowClaimsAddedReplacedAndRemoved() throws {
        let store = try BoundedReportTests.store()
        #expect(try Self.kept(store) == (try Self.counted(store)))
        #expect(try store.reports(named: SeriesNews.work, limit: .standard).first?.groups
            .first { $0.predicate == .appearsIn && $0.role == .object }?.total == 7)

        // b6 no longer names Character 6 (its claim goes) and says the work is part of itself.
        let changed = SeriesNews.article("b6", outlet: "screenfeed.example", published: "2023-06-10", [
            SeriesNews.fact(.appearsIn, SeriesNews.work, .work, subject: "Mara Quill", subjectType: .character, "Mara Quill returns."),
            SeriesNews.fact(.partOf, SeriesNews.work, .work, "Glass Lanterns is part of Glass Lanterns."),
        ])
        try store.ingest([changed], updatingStories: false)
        #expect(try Self.kept(store) == (try Self.counted(store)))
        let report = try #require(try store.reports(named: SeriesNews.work, limit: .standard).first)
        #expect(report.groups.first { $0.predicate == .appearsIn && $0.role == .object }?.total == 6)
        // A claim about the entity itself is counted once, on the subject side.
        #expect(report.groups.filter { $0.predicate == .partOf }.map(\.role) == [.subject])

        // A claim changed in place moves between groups and slots.
        try store.write("test") { db in
            try db.execute(sql: "UPDATE claim SET predicate = 'spinoffOf' WHERE predicate = 'partOf'")
            try db.execute(sql: "UPDATE claim SET slot = '2' WHERE predicate = 'release' AND literal = '2023'")
        }
        #expect(try Self.kept(store) == (try Self.counted(store)))
    }
}
