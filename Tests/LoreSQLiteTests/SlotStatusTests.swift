import Foundation
import GRDB
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// The statuses of release and episode values kept at ingest (`claim.slotStatus`) must always
/// equal what weighing the slot's values from their evidence gives (the full report).
@Suite struct SlotStatusTests {
    /// Each release and episode value with its status, as the full computation gives it.
    static func computed(_ store: SQLiteStore) throws -> [String: ClaimStatus] {
        let facts = try store.facts(predicate: .release) + store.facts(predicate: .episodes)
        return Dictionary(uniqueKeysWithValues: facts.map {
            ("\($0.claim.subject)|\($0.claim.predicate.rawValue)|\($0.claim.object)|\(ClaimRecord.qualifierText($0.claim.qualifiers))", $0.status)
        })
    }

    /// The same, as the store keeps them.
    static func kept(_ store: SQLiteStore) throws -> [String: ClaimStatus] {
        try store.read("test") { db in
            var kept: [String: ClaimStatus] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.name, c.predicate, c.literal, c.qualifiers, c.slotStatus FROM claim c JOIN entity s ON s.id = c.subjectId
                WHERE c.slot IS NOT NULL
                """) {
                let key = "\(row[0] as String)|\(row[1] as String)|\(row[2] as String)|\(row[3] as String)"
                kept[key] = ClaimStatus(rawValue: row[4] ?? "")
            }
            return kept
        }
    }

    /// Season 2's release and episode count, reported after the sequence of season 1.
    static let seasonTwo: [ArticleRecords] = [
        SeriesNews.article("s1", outlet: "screenfeed.example", published: "2023-06-01", [
            SeriesNews.fact(.release, "2024", nil, q: ["season": "2"], "Season 2 arrives in 2024."),
            SeriesNews.fact(.episodes, "8", nil, q: ["season": "2"], "Season 2 has eight episodes."),
        ]),
        SeriesNews.article("s2", outlet: "tvgrid.example", published: "2023-06-05", [
            SeriesNews.fact(.release, "2024-03-01", nil, q: ["season": "2"], "Season 2 premieres March 1, 2024."),
            SeriesNews.fact(.episodes, "10", nil, q: ["season": "2"], "Season 2 has ten episodes."),
        ]),
    ]

    @Test func statusesKeptAtIngestFollowEveryBatch() throws {
        let store = try SQLiteStore.inMemory()
        for article in SeriesNews.sequence + Self.seasonTwo {
            try store.ingest([article], updatingStories: false)
            #expect(try Self.kept(store) == (try Self.computed(store)))
        }
        #expect(try Self.kept(store)["Glass Lanterns|release|2023-07-28|"] == .superseded)
        // a5 settled July 21 against July 28; changed, it no longer does: both are contested again.
        try store.ingest([SeriesNews.article("a5", outlet: "tvgrid.example", published: "2023-05-10",
                                             [SeriesNews.fact(.renewal, "2", nil, "Glass Lanterns was renewed.")])],
                         updatingStories: false)
        let kept = try Self.kept(store)
        #expect(kept == (try Self.computed(store)))
        #expect(kept["Glass Lanterns|release|2023-07-28|"] == .contested)
    }

    /// Fourteen release values, one a day, two on the last day but four.
    static func manyValues() -> [ArticleRecords] {
        (1...14).map { day in
            let date = String(format: "2022-03-%02d", day)
            var facts = [SeriesNews.release(String(format: "2024-05-%02d", day), "Glass Lanterns premieres in May.")]
            if day == 10 { facts.append(SeriesNews.release("2024-06-30", "Or is it June 30?")) }
            return SeriesNews.article("m\(day)", outlet: "outlet\(day % 4).example", published: date, facts)
        }
    }

    @Test func aLongHistoryListsItsLatestValues() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(Self.manyValues(), updatingStories: false)
        let full = try #require(try store.reports(named: SeriesNews.work).first?.histories.first)
        let bounded = try #require(try store.reports(named: SeriesNews.work, limit: .standard).first?.histories.first)
        #expect(full.values.count == 15 && full.earlier == nil)
        #expect(bounded.values == Array(full.values.suffix(10)))
        #expect(bounded.earlier == 5)
        let all = try #require(try store.reports(named: SeriesNews.work, limit: ReportLimit(factsPerGroup: 25, sourcesPerFact: 3,
                                                                                             valuesPerHistory: 20)).first?.histories.first)
        #expect(all == full)
    }

    @Test func aDatabaseFromBeforeSlotStatusesGetsThemWhenOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-slots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let articles = SeriesNews.sequence + Self.seasonTwo + Self.manyValues()
        do {
            // Built, then taken back to how a database from before the migration (and those after it that build on it) looks.
            let old = try SQLiteStore(path: path)
            try old.ingest(articles, updatingStories: false)
            try old.write("test") { db in
                try db.execute(sql: """
                    DROP TRIGGER IF EXISTS claimGroup_insert; DROP TRIGGER claimGroup_delete; DROP TRIGGER claimGroup_update;
                    DROP TABLE claimGroup; DROP TABLE claimSlot;
                    DROP INDEX evidence_by_claim; ALTER TABLE evidence DROP COLUMN source;
                    DROP INDEX claim_by_slot; DROP INDEX IF EXISTS claim_about_itself;
                    ALTER TABLE claim DROP COLUMN slot; ALTER TABLE claim DROP COLUMN slotStatus;
                    DELETE FROM grdb_migrations WHERE identifier IN ('v11-slot-statuses', 'v14-group-sizes', 'v15-evidence-sources',
                                                                     'v18-group-sizes-added-per-batch', 'v19-one-evidence-index-per-claim');
                    """)
            }
        }
        let migrated = try SQLiteStore(path: path)
        let fresh = try SQLiteStore.inMemory()
        try fresh.ingest(articles, updatingStories: false)
        #expect(try Self.kept(migrated) == (try Self.kept(fresh)))
        #expect(try Self.kept(migrated) == (try Self.computed(migrated)))
        for name in [SeriesNews.work] {
            let before = try migrated.reports(named: name, limit: .standard), after = try fresh.reports(named: name, limit: .standard)
            #expect(before.map(\.groups) == after.map(\.groups))
            #expect(before.map(\.histories) == after.map(\.histories))
        }
    }
}
