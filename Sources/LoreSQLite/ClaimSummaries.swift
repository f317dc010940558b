import GRDB
import LoreExtraction
import LoreKnowledge

/// Each claim keeps what its evidence adds up to — its own status, how many pieces of evidence
/// and outlets, first and last report — refreshed in the transaction that changes its
/// evidence. A much-reported entity can then be shown from its best-supported claims and a few
/// sources each, without reading every piece of evidence (`reports(named:limit:)`).
enum ClaimSummaries {
    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-claim-summaries") { db in
            try db.alter(table: "claim") { t in
                t.add(column: "status", .text).notNull().defaults(to: ClaimStatus.reported.rawValue)
                t.add(column: "evidenceCount", .integer).notNull().defaults(to: 0)
                t.add(column: "outletCount", .integer).notNull().defaults(to: 0)
                t.add(column: "firstReported", .text)
                t.add(column: "lastReported", .text)
            }
            // A group of an entity's claims is read best-supported first.
            try db.create(index: "claim_by_subject", on: "claim", columns: ["subjectId", "predicate", "outletCount", "evidenceCount"])
            try db.create(index: "claim_by_object", on: "claim", columns: ["objectId", "predicate", "outletCount", "evidenceCount"])
            try refresh(db, claims: try Int64.fetchAll(db, sql: "SELECT id FROM claim"))
        }
    }

    static func registerEvidenceDates(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10-evidence-in-date-order") { db in
            // A claim's first sources are read from an index, oldest first, not by sorting all of them.
            try db.alter(table: "evidence") { t in t.add(column: "articleDate", .text).notNull().defaults(to: undated) }
            try dateEvidence(db)
            try db.create(index: "evidence_in_date_order", on: "evidence", columns: ["claimId", "articleDate", "articleId"])
        }
    }

    /// `evidence.articleDate` of an undated article: after every date.
    static let undated = "~"

    /// The article's date as `evidence.articleDate` keeps it.
    static func dateKey(_ published: String?) -> String { published ?? undated }

    /// Gives every piece of evidence its article's date.
    static func dateEvidence(_ db: Database) throws {
        try db.execute(sql: "UPDATE evidence SET articleDate = COALESCE((SELECT published FROM article WHERE id = articleId), ?)",
                       arguments: [undated])
    }

    /// Recomputes the summaries of `claims` from their evidence.
    static func refresh(_ db: Database, claims: some Sequence<Int64>) throws {
        let evidence = try db.cachedStatement(sql: """
            SELECT e.modality, e.official, a.id, a.outlet, a.url, a.published FROM evidence e
            JOIN article a ON a.id = e.articleId WHERE e.claimId = ?
            """)
        let update = try db.cachedStatement(sql: """
            UPDATE claim SET status = ?, evidenceCount = ?, outletCount = ?, firstReported = ?, lastReported = ? WHERE id = ?
            """)
        for claim in claims {
            let sources = try Row.fetchAll(evidence, arguments: [claim]).map { row in
                Evidence(articleID: row[2], outlet: row[3], url: row[4], published: row[5], quote: "", start: 0, end: 0,
                         modality: Modality(rawValue: row[0]) ?? .asserted, scope: .screen, extractor: .lore, official: row[1])
            }
            guard !sources.isEmpty else { continue }   // an orphan, about to be removed
            let dates = sources.compactMap(\.published)
            try update.execute(arguments: [ClaimStatus(evidence: sources).rawValue, sources.count, Set(sources.map(\.source)).count,
                                           dates.min(), dates.max(), claim])
        }
    }
}

/// How much of a much-reported entity `show` lists.
public struct ReportLimit: Sendable, Hashable {
    /// Facts listed per predicate and side, best supported first (the group says how many in all).
    public var factsPerGroup: Int
    /// Sources listed per fact, oldest first (the fact says how many in all).
    public var sourcesPerFact: Int

    public init(factsPerGroup: Int, sourcesPerFact: Int) {
        self.factsPerGroup = factsPerGroup
        self.sourcesPerFact = sourcesPerFact
    }

    public static let standard = ReportLimit(factsPerGroup: 25, sourcesPerFact: 3)
}

extension SQLiteStore {
    /// Everything known about each entity called `name`, listing at most `limit` facts per
    /// group and sources per fact, read from the claims' summaries. With merges made by hand
    /// or `asOf`, statuses must be derived from the evidence itself: the full report is read.
    public func reports(named name: String, type: EntityType? = nil, limit: ReportLimit) throws -> [EntityReport] {
        let entities = try entities(named: name, type: type)
        return try read("reading \(name)") { db in
            guard try EntityGroups.load(db).canonical.isEmpty else { return nil }
            return try entities.map { try Self.boundedReport(db, entity: $0, limit: limit) }
        } ?? reports(named: name, type: type)
    }

    /// The report of one entity read from the summaries, or nil when merges made by hand
    /// mean its statuses must be derived from the evidence itself.
    func boundedReport(of entity: Entity, limit: ReportLimit) throws -> EntityReport? {
        try read("reading \(entity.name)") { db in
            try EntityGroups.load(db).canonical.isEmpty ? try Self.boundedReport(db, entity: entity, limit: limit) : nil
        }
    }

    static func boundedReport(_ db: Database, entity: Entity, limit: ReportLimit) throws -> EntityReport {
        // Each group's best-supported claims, read in the order of the (side, predicate,
        // outlets, evidence) index; every value of a release or episode slot is read, as their
        // statuses depend on one another.
        let sizes = try Row.fetchAll(db, sql: """
            SELECT predicate, 'subject' AS role, COUNT(*) AS size FROM claim WHERE subjectId = ?1 GROUP BY predicate
            UNION ALL
            SELECT predicate, 'object' AS role, COUNT(*) AS size FROM claim WHERE objectId = ?1 AND subjectId <> ?1 GROUP BY predicate
            """, arguments: [entity.id])
        var facts: [Fact] = [], claimIDs: [Int64] = [], listed: [Bool] = []
        var groupSizes: [String: Int] = [:]
        for group in sizes {
            let predicate: String = group["predicate"], role: String = group["role"]
            groupSizes["\(predicate)|\(role)"] = group["size"]
            let wholeSlot = role == "subject" && ClaimStatus.slotPredicates.contains(FactPredicate(rawValue: predicate) ?? .appearsIn)
            let side = role == "subject" ? "c.subjectId = ?1" : "c.objectId = ?1 AND c.subjectId <> ?1"
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.id AS claimId, c.literal, c.qualifiers, c.status, c.evidenceCount, c.outletCount, c.firstReported, c.lastReported,
                       s.id AS subjectId, s.name AS subjectName, s.type AS subjectType,
                       o.id AS objectId, o.name AS objectName, o.type AS objectType
                FROM claim c JOIN entity s ON s.id = c.subjectId LEFT JOIN entity o ON o.id = c.objectId
                WHERE \(side) AND c.predicate = ?2
                ORDER BY c.outletCount DESC, c.evidenceCount DESC, c.id DESC LIMIT ?3
                """), arguments: [entity.id, predicate, wholeSlot ? -1 : limit.factsPerGroup])
            // Columns by position (see the SELECT): by name, the lookups cost more than the query.
            for (rank, row) in rows.enumerated() {
                let objectType: String? = row[13]
                let claim = Claim(subject: row[9], subjectType: EntityType(rawValue: row[10]) ?? .work,
                                  predicate: FactPredicate(rawValue: predicate) ?? .appearsIn, object: row[12] ?? row[1] ?? "",
                                  objectType: objectType.flatMap(EntityType.init(rawValue:)),
                                  qualifiers: ClaimRecord.qualifiers(from: row[2]))
                facts.append(Fact(claim: claim, subjectID: row[8], objectID: row[11],
                                  status: ClaimStatus(rawValue: row[3]) ?? .reported, sources: [],
                                  totals: SourceTotals(evidence: row[4], outlets: row[5], firstReported: row[6], lastReported: row[7])))
                claimIDs.append(row[0])
                listed.append(rank < limit.factsPerGroup)
            }
        }
        ClaimStatus.resolveReleases(&facts)

        // The first few sources of each listed fact.
        let shown = facts.indices.filter { listed[$0] }
        let firstSources = try db.cachedStatement(sql: """
            SELECT \(SQLiteStore.evidenceColumns) FROM evidence e JOIN article a ON a.id = e.articleId
            WHERE e.claimId = ?1 ORDER BY e.articleDate, e.articleId LIMIT ?2
            """)
        for i in shown {
            let rows = try Row.fetchCursor(firstSources, arguments: [claimIDs[i], limit.sourcesPerFact])
            while let row = try rows.next() { facts[i].sources.append(SQLiteStore.evidence(row, at: 0)) }
        }
        for i in shown where facts[i].sources.count == facts[i].evidenceCount { facts[i].totals = nil }

        let order = Dictionary(uniqueKeysWithValues: FactPredicate.allCases.enumerated().map { ($1, $0) })
        let listedFacts = shown.map { facts[$0] }.sorted {
            (order[$0.claim.predicate]!, $0.claim.subject, $0.claim.object) < (order[$1.claim.predicate]!, $1.claim.subject, $1.claim.object)
        }
        var report = EntityReport(entity: entity, facts: listedFacts)
        for index in report.groups.indices {
            let group = report.groups[index]
            report.groups[index].total = groupSizes["\(group.predicate.rawValue)|\(group.role.rawValue)"] ?? group.facts.count
        }
        report.histories = FactHistory.histories(facts.filter { $0.subjectID == entity.id })
        return report
    }
}
