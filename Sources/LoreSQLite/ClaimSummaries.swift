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
            try refresh(db, claims: try Int64.fetchAll(db, sql: "SELECT id FROM claim"), fromArticles: true)
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

    static func registerEvidenceSources(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v15-evidence-sources") { db in
            // Each piece of evidence keeps its article's source, and an index holds what a
            // summary sums: refreshing a claim with thousands of sources reads that index
            // alone, not each source's article.
            try db.alter(table: "evidence") { t in t.add(column: "source", .text).notNull().defaults(to: "") }
            try sourceEvidence(db)
            try db.create(index: "evidence_summed", on: "evidence", columns: ["claimId", "source", "modality", "official", "articleDate"])
        }
    }

    static func registerOneEvidenceIndex(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v19-one-evidence-index-per-claim") { db in
            // One index serves both the date order and the sums: the sums count distinct
            // sources in a temporary B-tree whatever the order, so evidence_summed only served
            // as a covering index, and each index cost every piece of evidence stored a write.
            try db.execute(sql: """
                DROP INDEX IF EXISTS evidence_in_date_order; DROP INDEX IF EXISTS evidence_summed;
                CREATE INDEX evidence_by_claim ON evidence (claimId, articleDate, articleId, source, modality, official);
                """)
        }
    }

    static func registerLeanIndexes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13-no-redundant-indexes") { db in
            // Each is the first column of a wider index that serves the same lookups
            // (evidence_in_date_order, claim_by_subject, claim_by_object); each cost every new row a write.
            try db.execute(sql: "DROP INDEX IF EXISTS evidence_on_claimId; DROP INDEX IF EXISTS claim_on_subjectId; DROP INDEX IF EXISTS claim_on_objectId")
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

    /// A source is the outlet, else the URL, else the article (Evidence.source).
    static func source(of article: ArticleRecord) -> String { article.outlet ?? article.url ?? article.id }

    /// Gives every piece of evidence its article's source.
    static func sourceEvidence(_ db: Database) throws {
        try db.execute(sql: "UPDATE evidence SET source = (SELECT COALESCE(outlet, url, id) FROM article WHERE id = articleId)")
    }

    /// Recomputes the summaries of `claims` from their evidence, summed up in SQL: a
    /// much-reported claim touched by a batch costs its evidence rows, not an object for each.
    /// `fromArticles` reads sources and dates from the articles, for a database whose evidence
    /// does not keep them yet (migrations and old backups).
    static func refresh(_ db: Database, claims: some Sequence<Int64>, fromArticles: Bool = false) throws {
        // A modality other than hedged, rumored or negated reads as asserted (Modality's default).
        let (source, published, from) = fromArticles
            ? ("COALESCE(a.outlet, a.url, a.id)", "a.published", "evidence e JOIN article a ON a.id = e.articleId")
            : ("e.source", "NULLIF(e.articleDate, '\(undated)')", "evidence e")
        let sums = try db.cachedStatement(sql: """
            SELECT COUNT(*), COUNT(DISTINCT \(source)), MIN(\(published)), MAX(\(published)),
                   COUNT(DISTINCT CASE WHEN e.modality NOT IN ('hedged', 'rumored', 'negated') THEN \(source) END),
                   MAX(e.official AND e.modality NOT IN ('hedged', 'rumored', 'negated')),
                   MAX(e.modality = 'negated'), MIN(e.modality = 'negated'), MAX(e.modality = 'rumored')
            FROM \(from) WHERE e.claimId = ?
            """)
        let update = try db.cachedStatement(sql: """
            UPDATE claim SET status = ?, evidenceCount = ?, outletCount = ?, firstReported = ?, lastReported = ? WHERE id = ?
            """)
        for claim in claims {
            guard let row = try Row.fetchOne(sums, arguments: [claim]), (row[0] as Int) > 0 else { continue }   // an orphan, about to be removed
            let assertedSources: Int = row[4]
            let officiallyAsserted: Bool = row[5], negated: Bool = row[6], onlyNegated: Bool = row[7], rumored: Bool = row[8]
            let status = ClaimStatus(assertedSources: assertedSources, officiallyAsserted: officiallyAsserted, negated: negated,
                                     onlyNegated: onlyNegated, rumored: rumored)
            let evidence: Int = row[0], outlets: Int = row[1], first: String? = row[2], last: String? = row[3]
            try update.execute(arguments: [status.rawValue, evidence, outlets, first, last, claim])
        }
    }
}

/// How much of a much-reported entity `show` lists.
public struct ReportLimit: Sendable, Hashable {
    /// Facts listed per predicate and side, best supported first (the group says how many in all).
    public var factsPerGroup: Int
    /// Sources listed per fact, oldest first (the fact says how many in all).
    public var sourcesPerFact: Int

    /// Values listed per history of a release or episode count, the latest (it says how many came before).
    public var valuesPerHistory: Int

    public init(factsPerGroup: Int, sourcesPerFact: Int, valuesPerHistory: Int = 10) {
        self.factsPerGroup = factsPerGroup
        self.sourcesPerFact = sourcesPerFact
        self.valuesPerHistory = valuesPerHistory
    }

    public static let standard = ReportLimit(factsPerGroup: 25, sourcesPerFact: 3, valuesPerHistory: 10)
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
        // outlets, evidence) index. A release or episode count has its status weighed against
        // the other values of its slot at ingest (SlotStatuses).
        var groups: [FactGroup] = []
        var listed: [(claim: Int64, group: Int, fact: Int)] = []
        for (predicate, role, size) in try GroupSizes.of(db, entity: entity.id) {
            let side = role == "subject" ? "c.subjectId = ?1" : "c.objectId = ?1 AND c.subjectId <> ?1"
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT c.id AS claimId, c.literal, c.qualifiers, COALESCE(c.slotStatus, c.status), c.evidenceCount, c.outletCount,
                       c.firstReported, c.lastReported,
                       s.id AS subjectId, s.name AS subjectName, s.type AS subjectType,
                       o.id AS objectId, o.name AS objectName, o.type AS objectType
                FROM claim c JOIN entity s ON s.id = c.subjectId LEFT JOIN entity o ON o.id = c.objectId
                WHERE \(side) AND c.predicate = ?2
                ORDER BY c.outletCount DESC, c.evidenceCount DESC, c.id DESC LIMIT ?3
                """), arguments: [entity.id, predicate, limit.factsPerGroup])
            let factPredicate = FactPredicate(rawValue: predicate) ?? .appearsIn
            var group = FactGroup(predicate: factPredicate, role: role == "subject" ? .subject : .object, facts: [], total: size)
            var claimIDs: [Int64] = []
            // Columns by position (see the SELECT): by name, the lookups cost more than the query.
            while let row = try rows.next() {
                let objectType: String? = row[13]
                let claim = Claim(subject: row[9], subjectType: EntityType(rawValue: row[10]) ?? .work,
                                  predicate: factPredicate, object: row[12] ?? row[1] ?? "",
                                  objectType: objectType.flatMap(EntityType.init(rawValue:)),
                                  qualifiers: ClaimRecord.qualifiers(from: row[2]))
                group.facts.append(Fact(claim: claim, subjectID: row[8], objectID: row[11],
                                        status: ClaimStatus(rawValue: row[3]) ?? .reported, sources: [],
                                        totals: SourceTotals(evidence: row[4], outlets: row[5], firstReported: row[6], lastReported: row[7])))
                claimIDs.append(row[0])
            }
            guard !group.facts.isEmpty else { continue }
            // Listed by subject and object (the order of a full report), best supported first among equals.
            let keys = group.facts.map { ($0.claim.subject, $0.claim.object) }
            let order = group.facts.indices.sorted { keys[$0] < keys[$1] }
            group.facts = order.map { group.facts[$0] }
            listed += order.enumerated().map { (claimIDs[$1], groups.count, $0) }
            groups.append(group)
        }

        // The first few sources of every listed fact, in one statement: a statement per fact
        // cost more than the rows it read. Within a claim, in the order of evidence_by_claim.
        let firstSources = try db.cachedStatement(sql: """
            SELECT j.key, \(SQLiteStore.evidenceColumns) FROM json_each(?1) j
            JOIN evidence e ON e.id IN (SELECT id FROM evidence WHERE claimId = j.value ORDER BY articleDate, articleId, id LIMIT ?2)
            JOIN article a ON a.id = e.articleId
            ORDER BY j.key, e.articleDate, e.articleId, e.id
            """)
        let claims = "[" + listed.map { String($0.claim) }.joined(separator: ",") + "]"
        let sources = try Row.fetchCursor(firstSources, arguments: [claims, limit.sourcesPerFact])
        while let row = try sources.next() {
            let (_, group, fact) = listed[row[0]]
            groups[group].facts[fact].sources.append(SQLiteStore.evidence(row, at: 1))
        }
        for (_, group, fact) in listed where groups[group].facts[fact].sources.count == groups[group].facts[fact].evidenceCount {
            groups[group].facts[fact].totals = nil
        }

        // Subject side first, then by predicate, as a full report lists them.
        let rank = Dictionary(uniqueKeysWithValues: FactPredicate.allCases.enumerated().map { ($1, $0) })
        groups.sort { ($0.role == .subject ? 0 : 1, rank[$0.predicate]!) < ($1.role == .subject ? 0 : 1, rank[$1.predicate]!) }
        return EntityReport(entity: entity, groups: groups, histories: try histories(db, entity: entity, limit: limit.valuesPerHistory))
    }

    /// The entity's release and episode slots that have had more than one value, each with its
    /// latest `limit` values (by first report) and how many came before.
    static func histories(_ db: Database, entity: Entity, limit: Int) throws -> [FactHistory] {
        let slots = try GroupSizes.changingSlots(db, of: entity.id)
        let columns = """
            SELECT \(SlotStatuses.valueColumn), qualifiers, COALESCE(slotStatus, status),
                   firstReported, lastReported, outletCount FROM claim
            """
        // Undated values are listed last, so they are read first; then the latest dated ones.
        let undated = try db.cachedStatement(sql: columns + " WHERE subjectId = ? AND predicate = ? AND slot = ? AND firstReported IS NULL")
        let dated = try db.cachedStatement(sql: columns + """
             WHERE subjectId = ? AND predicate = ? AND slot = ? AND firstReported IS NOT NULL ORDER BY firstReported DESC
            """)
        func value(_ row: Row) -> FactHistory.Value {
            FactHistory.Value(value: FactHistory.text(of: row[0] ?? "", qualifiers: ClaimRecord.qualifiers(from: row[1])),
                              firstReported: row[3], lastReported: row[4], status: ClaimStatus(rawValue: row[2]) ?? .reported,
                              outlets: row[5])
        }
        var histories: [FactHistory] = []
        for (predicate, season, total) in slots {
            let arguments: StatementArguments = [entity.id, predicate, season]
            var values: [FactHistory.Value] = []
            let undatedRows = try Row.fetchCursor(undated, arguments: arguments)
            while let row = try undatedRows.next() { values.append(value(row)) }
            // Values first reported on the same day are ordered by value: read the whole day.
            let rows = try Row.fetchCursor(dated, arguments: arguments)
            while let row = try rows.next() {
                let next = value(row)
                if values.count >= limit, next.firstReported != values.last?.firstReported { break }
                values.append(next)
            }
            values = Array(values.sorted(by: FactHistory.inOrder).suffix(limit))
            histories.append(FactHistory(subject: entity.name, subjectID: entity.id, predicate: FactPredicate(rawValue: predicate) ?? .release,
                                         season: season.isEmpty ? nil : season, values: values,
                                         earlier: total > values.count ? total - values.count : nil))
        }
        return histories.sorted { ($0.predicate.rawValue, $0.season ?? "") < ($1.predicate.rawValue, $1.season ?? "") }
    }
}
