import CSQLiteTuning
import Foundation
import GRDB
import LoreExtraction
import LoreKnowledge

/// The knowledge graph in one SQLite file. This one Sendable type owns the connection, the
/// schema migrations and the writes that keep the invariants:
///
/// - an article stored twice unchanged (same id, same text) changes nothing;
/// - a changed article (same id or same URL, new text) replaces its earlier evidence, and
///   claims and entities that nothing supports any more are removed;
/// - a batch is one transaction: it is stored whole or not at all.
public struct SQLiteStore: Sendable {
    private let dbWriter: any DatabaseWriter
    /// The database file, or `:memory:`.
    public let path: String

    /// Opens (creating it if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        _ = Self.tuned
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // WAL with NORMAL sync: a crash may lose the last batch, never corrupt the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 16 KB pages for a new file (an existing one keeps its own): a batch's rows reach
            // fewer pages and B-trees are shallower; ingest took a tenth less CPU than with 4 KB.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // A 64 MB page cache keeps the indexes of a large graph in memory while ingesting.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Statement journals in memory: every write of a long transaction keeps one (a few
            // pages), and once one spills to a file in /var/tmp, all of them are written there.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            db.add(function: SQLiteStore.keyFunction)
        }
        // A pool: reads run side by side (the web server answers many at once) while one writes.
        let queue: DatabasePool
        do { queue = try DatabasePool(path: path, configuration: config) } catch {
            throw StoreError.wrapping(error, database: path, while: "opening the database")
        }
        try self.init(queue, path: path)
    }

    /// A store that lives in memory only, for tests.
    public static func inMemory() throws -> SQLiteStore {
        _ = tuned
        var config = Configuration()
        config.prepareDatabase { db in db.add(function: SQLiteStore.keyFunction) }
        return try SQLiteStore(DatabaseQueue(configuration: config), path: ":memory:")
    }

    /// SQLite's process-wide options, set once before the first connection opens: without the
    /// mutexes GRDB makes needless, ingest takes about 4% less CPU.
    static let tuned: Void = { _ = lore_sqlite_tune() }()

    /// `loreKey(name)` in SQL: a name's matching key (`EntityKey.normalize`), to compare names
    /// kept in qualifiers with an entity's.
    static let keyFunction = DatabaseFunction("loreKey", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(EntityKey.normalize)
    }

    init(_ dbWriter: any DatabaseWriter, path: String) throws {
        self.dbWriter = dbWriter
        self.path = path
        do { try Self.migrator.migrate(dbWriter) } catch {
            throw StoreError.wrapping(error, database: path, while: "preparing the schema")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("url", .text).indexed()
                t.column("outlet", .text)
                t.column("title", .text)
                t.column("published", .text)
                t.column("textHash", .text).notNull()
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(table: "entity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull()      // EntityKey.normalize(name)
                t.column("type", .text).notNull()
                t.column("name", .text).notNull()
                t.uniqueKey(["key", "type"])
            }
            // One row per entity, article and surface form: counts and first/last seen are
            // derived from it, so replacing an article keeps them right.
            try db.create(table: "alias") { t in
                t.column("entityId", .integer).notNull().references("entity", onDelete: .cascade)
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade).indexed()
                t.column("key", .text).notNull().indexed()
                t.column("name", .text).notNull()
                t.primaryKey(["entityId", "articleId", "key"])
            }
            try db.create(table: "claim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("subjectId", .integer).notNull().references("entity").indexed()
                t.column("predicate", .text).notNull().indexed()
                t.column("objectId", .integer).references("entity").indexed()
                t.column("literal", .text)              // the object when it is not an entity
                t.column("qualifiers", .text).notNull() // sorted JSON, or ""
                t.column("identity", .text).notNull().unique()
            }
            try db.create(table: "evidence") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("claimId", .integer).notNull().references("claim", onDelete: .cascade).indexed()
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade).indexed()
                t.column("quote", .text).notNull()
                t.column("byteStart", .integer).notNull()
                t.column("byteEnd", .integer).notNull()
                t.column("modality", .text).notNull()
                t.column("scope", .text).notNull()
                t.column("extractor", .text).notNull()
                t.column("extractorVersion", .text).notNull()
            }
        }
        migrator.registerMigration("v2-stories") { db in
            // What story clustering needs of each article (see StoryFeatureCoding), so that
            // stories can be recomputed without the texts.
            try db.create(table: "storyFeatures") { t in
                t.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                t.column("features", .blob).notNull()
                t.column("sketch", .blob).notNull()
            }
            try db.create(table: "story") { t in
                t.primaryKey("id", .integer)
                t.column("headline", .text).notNull()
                t.column("firstDate", .text)
                t.column("lastDate", .text)
            }
            try db.create(table: "storyArticle") { t in
                t.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                t.column("storyId", .integer).notNull().references("story", onDelete: .cascade).indexed()
                t.column("copyOf", .text)
            }
        }
        registerEntityRules(&migrator)
        registerFeeds(&migrator)
        registerSearch(&migrator)
        migrator.registerMigration("v5-official-evidence") { db in
            // Evidence the studio or platform stated itself confirms a claim on its own.
            try db.alter(table: "evidence") { t in t.add(column: "official", .boolean).notNull().defaults(to: false) }
        }
        ClaimSummaries.register(&migrator)
        EntitySummaries.register(&migrator)
        StoryRegrouping.register(&migrator)
        EntitySummaries.registerNameLookup(&migrator)
        ClaimSummaries.registerEvidenceDates(&migrator)
        SlotStatuses.register(&migrator)
        registerLeanArticleSearch(&migrator)
        ClaimSummaries.registerLeanIndexes(&migrator)
        GroupSizes.register(&migrator)
        ClaimSummaries.registerEvidenceSources(&migrator)
        registerDirectSearchWrites(&migrator)
        EntitySummaries.registerLeanMentions(&migrator)
        GroupSizes.registerAdditionsPerBatch(&migrator)
        ClaimSummaries.registerOneEvidenceIndex(&migrator)
        return migrator
    }
}

// MARK: - Writes

/// What one ingest call did.
public struct IngestReport: Sendable, Hashable {
    /// Articles stored for the first time.
    public var added = 0
    /// Articles that replaced an earlier version (same id or URL, new text).
    public var replaced = 0
    /// Articles already stored with the same text: nothing changed.
    public var unchanged = 0
    public var newEntities = 0
    public var newClaims = 0
    public var newEvidence = 0
    /// Entities and claims removed because a replaced article was all that supported them.
    public var removedEntities = 0
    public var removedClaims = 0

    public init() {}

    public static func += (total: inout IngestReport, part: IngestReport) {
        total.added += part.added
        total.replaced += part.replaced
        total.unchanged += part.unchanged
        total.newEntities += part.newEntities
        total.newClaims += part.newClaims
        total.newEvidence += part.newEvidence
        total.removedEntities += part.removedEntities
        total.removedClaims += part.removedClaims
    }
}

extension SQLiteStore {
    /// Stores a batch of articles in one transaction. Call it with a few hundred articles at a
    /// time: one transaction per article would be far slower.
    @discardableResult
    ///
    /// Stories are recomputed afterwards unless `updatingStories` is false: a caller that
    /// stores many batches in a row calls `updateStories()` once at the end instead.
    ///
    /// `texts` (article id → text) feeds the search index; an article without one is found by its title.
    public func ingest(_ batch: [ArticleRecords], texts: [String: String] = [:], at date: Date = Date(),
                       updatingStories: Bool = true) throws -> IngestReport {
        let ingestedAt = ISO8601DateFormatter().string(from: date)
        let report = try write("storing \(batch.count) article(s)") { db in
            var writer = try BatchWriter(db: db, ingestedAt: ingestedAt)
            var stored: [String: ArticleRecord] = [:]
            for records in batch {
                let before = writer.report.added + writer.report.replaced
                try writer.store(records)
                if writer.report.added + writer.report.replaced > before { stored[records.article.id] = records.article }
            }
            // New mentions add to the counts (before orphans go, taking their counts with them);
            // a replaced article's entities are recounted.
            let renamed = try writer.newMentions.add(to: db)
            let slots = writer.slots.union(try SlotStatuses.slots(db, ofClaims: writer.maybeOrphanClaims))
            // Before orphans go: removing one counts down what its insert counted up.
            try writer.groupSizes.write(to: db)
            try writer.removeOrphans()
            // Rows in key order: neighbours share B-tree pages.
            try ClaimSummaries.refresh(db, claims: writer.resummed.union(writer.maybeOrphanClaims).sorted())
            try SlotStatuses.refresh(db, slots: slots)
            try EntitySummaries.refresh(db, entities: writer.maybeOrphanEntities)
            // The search indexes last: FTS5 writes out its pending terms whenever a later
            // statement of the transaction opens a savepoint (a statement with triggers does).
            // An article replaced within the batch (another id at the same URL) is gone by now.
            let exists = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)")
            for article in batch.map(\.article) where stored[article.id] == article {
                stored[article.id] = nil
                if try Bool.fetchOne(exists, arguments: [article.id]) == true {
                    try Self.indexArticle(db, article, text: texts[article.id])
                }
            }
            try Self.refreshEntitySearch(db, entities: renamed.union(writer.maybeOrphanEntities))
            return writer.report
        }
        if updatingStories { try updateStories() }
        return report
    }

    func write<T>(_ doing: String, _ updates: (Database) throws -> T) throws -> T {
        do { return try dbWriter.write(updates) } catch {
            throw StoreError.wrapping(error, database: path, while: doing)
        }
    }

    func read<T>(_ doing: String, _ fetch: (Database) throws -> T) throws -> T {
        do { return try dbWriter.read(fetch) } catch {
            throw StoreError.wrapping(error, database: path, while: doing)
        }
    }
}

/// The writes of one transaction, with statement caches and id caches so that each row costs
/// one prepared statement.
private struct BatchWriter {
    let db: Database
    let ingestedAt: String
    var report = IngestReport()
    var entityIDs: [EntityKey: Int64] = [:]
    var claimIDs: [String: Int64] = [:]
    /// Claims whose summaries are summed again from their evidence at the end: those stored
    /// before the batch and those given more evidence since. A claim new to the batch with a
    /// single piece of evidence was inserted with that piece's summary.
    var resummed: Set<Int64> = []
    /// The release and episode slots the batch adds values or evidence to.
    var slots: Set<SlotStatuses.Slot> = []
    /// Rows a replaced article may have left unsupported, checked once at the end.
    var maybeOrphanClaims: Set<Int64> = []
    var maybeOrphanEntities: Set<Int64> = []
    /// Mentions stored by this batch, added to the entities' summaries at its end.
    var newMentions = EntitySummaries.Counts()
    /// Claims inserted by this batch, added to the group sizes at its end.
    var groupSizes = GroupSizes.Additions()

    /// The statements run for every alias, claim and piece of evidence, prepared once a batch.
    let insertAlias, insertEvidence, findEntity, insertEntity, findClaim, insertClaim: DirectStatement

    init(db: Database, ingestedAt: String) throws {
        self.db = db
        self.ingestedAt = ingestedAt
        insertAlias = try DirectStatement(db, """
            INSERT INTO alias (entityId, articleId, key, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        insertEvidence = try DirectStatement(db, """
            INSERT INTO evidence (claimId, articleId, quote, byteStart, byteEnd, modality, scope, extractor, extractorVersion, official,
                                  articleDate, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        findEntity = try DirectStatement(db, "SELECT id FROM entity WHERE key = ? AND type = ?")
        insertEntity = try DirectStatement(db, "INSERT INTO entity (key, type, name) VALUES (?, ?, ?)")
        findClaim = try DirectStatement(db, "SELECT id FROM claim WHERE identity = ?")
        insertClaim = try DirectStatement(db, """
            INSERT INTO claim (subjectId, predicate, objectId, literal, qualifiers, identity, slot,
                               status, evidenceCount, outletCount, firstReported, lastReported)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)
            """)
    }

    mutating func store(_ records: ArticleRecords) throws {
        let article = records.article
        guard try replaceEarlierVersions(of: article) else {
            report.unchanged += 1
            // A database made before stories existed gets the features of its articles now.
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)"),
                                 arguments: [article.id]) == true {
                try storeStoryFeatures(records.story, ifMissing: true)
            }
            return
        }
        try db.cachedStatement(sql: """
            INSERT INTO article (id, url, outlet, title, published, textHash, ingestedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article.id, article.url, article.outlet, article.title, article.published,
                                     article.textHash, ingestedAt])
        try storeStoryFeatures(records.story, ifMissing: false)

        var mentioned: Set<Int64> = []
        for mention in records.mentions {
            let entityID = try entityID(mention.key, name: mention.name)
            for form in mention.forms {
                try insertAlias.execute { row in
                    row.add(entityID)
                    row.add(article.id)
                    row.add(form.key)
                    row.add(form.name)
                }
                guard db.changesCount > 0 else { continue }
                mentioned.insert(entityID)
                newMentions.add(entity: entityID, key: form.key, name: form.name)
            }
        }
        for entityID in mentioned { newMentions.add(entity: entityID, published: article.published) }

        let date = ClaimSummaries.dateKey(article.published), source = ClaimSummaries.source(of: article)
        for claim in records.claims {
            let claimID = try claimID(claim, firstReported: article.published)
            try insertEvidence.execute { row in
                row.add(claimID)
                row.add(article.id)
                row.add(claim.quote)
                row.add(claim.start)
                row.add(claim.end)
                row.add(claim.modality.rawValue)
                row.add(claim.scope.rawValue)
                row.add(records.extractor.name)
                row.add(records.extractor.version)
                row.add(claim.official)
                row.add(date)
                row.add(source)
            }
            report.newEvidence += 1
        }
    }

    func storeStoryFeatures(_ features: EncodedStoryFeatures, ifMissing: Bool) throws {
        let conflict = ifMissing ? "NOTHING" : "UPDATE SET features = excluded.features, sketch = excluded.sketch"
        try db.cachedStatement(sql: "INSERT INTO storyFeatures (articleId, features, sketch) VALUES (?, ?, ?) ON CONFLICT (articleId) DO " + conflict)
            .execute(arguments: [features.articleID, features.features, features.sketch])
    }

    /// Deletes earlier versions of the article (same id, or same URL) and returns true, or
    /// returns false when the same text is already stored.
    mutating func replaceEarlierVersions(of article: ArticleRecord) throws -> Bool {
        var earlier = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, textHash FROM article WHERE id = ?"),
                                       arguments: [article.id])
        let sameID = earlier.first
        if let sameID, sameID["textHash"] == article.textHash { return false }
        if let url = article.url {
            let sameURL = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, textHash FROM article WHERE url = ? AND id <> ?"),
                                           arguments: [url, article.id])
            // The same text under another id at the same URL is the same article, already stored.
            if sameID == nil, sameURL.contains(where: { $0["textHash"] == article.textHash }) { return false }
            earlier += sameURL
        }
        for row in earlier {
            let id: String = row["id"]
            maybeOrphanClaims.formUnion(try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT claimId FROM evidence WHERE articleId = ?"), arguments: [id]))
            maybeOrphanEntities.formUnion(try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT entityId FROM alias WHERE articleId = ?"), arguments: [id]))
            // Its evidence and alias rows go with it (ON DELETE CASCADE).
            try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
        }
        if !earlier.isEmpty { report.replaced += 1 } else { report.added += 1 }
        return true
    }

    mutating func entityID(_ key: EntityKey, name: String) throws -> Int64 {
        if let known = entityIDs[key] { return known }
        // Looked up first: in a grown graph most names are known already.
        let id: Int64
        if let stored = try findEntity.fetchInt64({ row in
            row.add(key.name)
            row.add(key.type.rawValue)
        }) {
            id = stored
        } else {
            try insertEntity.execute { row in
                row.add(key.name)
                row.add(key.type.rawValue)
                row.add(name)
            }
            id = db.lastInsertedRowID
            report.newEntities += 1
        }
        entityIDs[key] = id
        return id
    }

    /// The claim's id, inserting it with the summary of this one piece of evidence when it is new.
    mutating func claimID(_ claim: ClaimRecord, firstReported: String?) throws -> Int64 {
        // ArticleRecords mentions every subject and object, so their ids are cached by now.
        let subjectID = try entityID(claim.subject, name: claim.subject.name)
        let objectID = try claim.objectKey.map { try entityID($0, name: claim.object) }
        let literal: String? = objectID == nil ? claim.object : nil
        let qualifiers = claim.qualifierText
        let identity = "\(subjectID)|\(claim.predicate.rawValue)|\(objectID.map { "#\($0)" } ?? "=" + claim.object)|\(qualifiers)"
        if let known = claimIDs[identity] {
            resummed.insert(known)
            return known
        }
        let slot = SlotStatuses.slot(claim.predicate, qualifiers: claim.qualifiers)
        if let slot { slots.insert(SlotStatuses.Slot(subject: subjectID, predicate: claim.predicate.rawValue, season: slot)) }
        let id: Int64
        if let stored = try findClaim.fetchInt64({ $0.add(identity) }) {
            id = stored
            resummed.insert(id)
        } else {
            // What ClaimSummaries.refresh would sum from this one piece: one source, one piece.
            let status = ClaimStatus(onePiece: claim.modality, official: claim.official)
            try insertClaim.execute { row in
                row.add(subjectID)
                row.add(claim.predicate.rawValue)
                row.add(objectID)
                row.add(literal)
                row.add(qualifiers)
                row.add(identity)
                row.add(slot)
                row.add(status.rawValue)
                row.add(firstReported)
                row.add(firstReported)
            }
            id = db.lastInsertedRowID
            report.newClaims += 1
            groupSizes.add(subject: subjectID, predicate: claim.predicate.rawValue, object: objectID, slot: slot)
        }
        claimIDs[identity] = id
        return id
    }

    /// Removes the claims no evidence supports any more, then the entities no article
    /// mentions and no claim names.
    mutating func removeOrphans() throws {
        for claimID in maybeOrphanClaims {
            let supported = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM evidence WHERE claimId = ?)"),
                                              arguments: [claimID]) ?? false
            if supported { continue }
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT subjectId, objectId FROM claim WHERE id = ?"),
                                          arguments: [claimID]) {
                maybeOrphanEntities.insert(row["subjectId"])
                if let objectID: Int64 = row["objectId"] { maybeOrphanEntities.insert(objectID) }
            }
            try db.cachedStatement(sql: "DELETE FROM claim WHERE id = ?").execute(arguments: [claimID])
            report.removedClaims += db.changesCount
        }
        for entityID in maybeOrphanEntities {
            try db.cachedStatement(sql: """
                DELETE FROM entity WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM alias WHERE entityId = ?1)
                  AND NOT EXISTS (SELECT 1 FROM claim WHERE subjectId = ?1 OR objectId = ?1)
                """).execute(arguments: [entityID])
            report.removedEntities += db.changesCount
        }
    }
}

// MARK: - Reads

extension SQLiteStore {
    public func counts() throws -> StoreCounts {
        try read("counting") { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM entity),
                       (SELECT COUNT(*) FROM claim), (SELECT COUNT(*) FROM evidence)
                """)!
            var byType: [String: Int] = [:]
            for typeRow in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) FROM entity GROUP BY type") {
                byType[typeRow[0]] = typeRow[1]
            }
            return StoreCounts(articles: row[0], entities: row[1], claims: row[2], evidence: row[3], entitiesByType: byType)
        }
    }

    /// The names of the entities with the most facts, most first: what a benchmark of `show`
    /// looks up as "a common entity".
    public func mostMentioned(limit: Int) throws -> [String] {
        try read("ranking entities") { db in
            try String.fetchAll(db, sql: """
                SELECT e.name FROM entity e JOIN (
                    SELECT id, COUNT(*) AS n FROM (SELECT subjectId AS id FROM claim UNION ALL SELECT objectId FROM claim WHERE objectId IS NOT NULL)
                    GROUP BY id) c ON c.id = e.id
                ORDER BY c.n DESC, e.name LIMIT ?
                """, arguments: [limit])
        }
    }

    /// The ids of the stored articles, sorted.
    public func articleIDs() throws -> [String] {
        try read("listing articles") { db in try String.fetchAll(db, sql: "SELECT id FROM article ORDER BY id") }
    }

    /// The entities called `name`, by their name or by an alias, case- and punctuation-insensitive.
    /// A name that is both a character and a work gives both. Entities whose own name matches
    /// come first, then the most mentioned. With `asOf` (YYYY-MM-DD), only entities an article
    /// published by then mentions, with what those articles say.
    public func entities(named name: String, type: EntityType? = nil, asOf: String? = nil) throws -> [Entity] {
        let key = EntityKey.normalize(name)
        return try read("looking up \(name)") { db in
            var sql = """
                SELECT id, name, type, key = ?1 AS exact FROM entity
                WHERE (key = ?1 OR id IN (SELECT entityId FROM entityName WHERE key = ?1))
                """
            var arguments: StatementArguments = [key]
            if let type {
                sql += " AND type = ?2"
                arguments += [type.rawValue]
            }
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
            // Merged entities answer as the entity they were merged into; split aliases do not answer.
            let groups = try EntityGroups.load(db)
            var found: [(exact: Bool, entity: Entity)] = []
            var seen: Set<Int64> = []
            for row in rows {
                let id: Int64 = row["id"], exact: Bool = row["exact"]
                let canonical = groups.canonicalID(id)
                if !exact && groups.hides(alias: key, of: id) { continue }
                guard seen.insert(canonical).inserted else { continue }
                var name: String = row["name"], typeName: String = row["type"]
                if canonical != id, let target = groups.names[canonical] { (name, typeName) = target }
                let entity = try Self.loadEntity(db, id: canonical, name: name, type: typeName, members: groups.memberIDs(canonical),
                                                 groups: groups, asOf: asOf)
                if asOf == nil || entity.articleCount > 0 { found.append((exact && canonical == id, entity)) }
            }
            return found.sorted {
                ($0.exact ? 0 : 1, -$0.entity.articleCount, $0.entity.name) < ($1.exact ? 0 : 1, -$1.entity.articleCount, $1.entity.name)
            }.map(\.entity)
        }
    }

    /// Everything known about each entity called `name`, one report per entity (as known on
    /// `asOf`, YYYY-MM-DD, when given).
    public func reports(named name: String, type: EntityType? = nil, asOf: String? = nil) throws -> [EntityReport] {
        try entities(named: name, type: type, asOf: asOf).map { entity in
            EntityReport(entity: entity, facts: try facts(aboutEntityIDs: [entity.id], predicate: nil, asOf: asOf))
        }
    }

    /// Facts, with their sources, optionally about the entities called `name` (on either
    /// side of the claim) and of one predicate. With `asOf` (YYYY-MM-DD): what was known on
    /// that date, from the articles published by then, with the statuses they gave.
    public func facts(about name: String? = nil, predicate: FactPredicate? = nil, asOf: String? = nil) throws -> [Fact] {
        guard let name else { return try facts(aboutEntityIDs: nil, predicate: predicate, asOf: asOf) }
        let ids = try entities(named: name, asOf: asOf).map(\.id)
        if ids.isEmpty { return [] }
        return try facts(aboutEntityIDs: ids, predicate: predicate, asOf: asOf)
    }

    /// The summary `lore demo` prints.
    public func summary() throws -> UniverseSummary {
        UniverseSummary(counts: try counts(), facts: try facts())
    }

    /// A piece of evidence from a row holding `evidenceColumns` from column `start` on (read by
    /// position: looking columns up by name cost more than the query on a much-reported entity).
    static func evidence(_ row: Row, at start: Int) -> Evidence {
        Evidence(articleID: row[start + 8], outlet: row[start + 9], url: row[start + 10], published: row[start + 11],
                 quote: row[start], start: row[start + 1], end: row[start + 2],
                 modality: Modality(rawValue: row[start + 3]) ?? .asserted, scope: Scope(rawValue: row[start + 4]) ?? .screen,
                 extractor: ExtractorSignature(name: row[start + 5], version: row[start + 6]), official: row[start + 7])
    }

    /// The columns `evidence(_:at:)` reads, in its order, from evidence `e` and its article `a`.
    static let evidenceColumns = "e.quote, e.byteStart, e.byteEnd, e.modality, e.scope, e.extractor, e.extractorVersion, e.official, a.id, a.outlet, a.url, a.published"

    /// An entity with the aliases and mentions of every member of its group (itself, and the
    /// entities merged into it), less the aliases split from it.
    private static func loadEntity(_ db: Database, id: Int64, name: String, type: String, members: [Int64], groups: EntityGroups,
                                   asOf: String? = nil) throws -> Entity {
        if asOf == nil && members == [id] { return try EntitySummaries.entity(db, id: id, name: name, type: type, groups: groups) }
        let ownKey = EntityKey.normalize(name)
        let list = members.map(String.init).joined(separator: ",")
        // Articles published by `asOf` (all articles without it).
        let known = asOf == nil ? "1" : "a.published IS NOT NULL AND a.published <= ?1"
        let arguments: StatementArguments = asOf.map { [$0] } ?? []
        let aliases = try Row.fetchAll(db, sql: """
            SELECT al.key, MIN(al.name) AS name, COUNT(DISTINCT al.articleId) AS articles FROM alias al
            JOIN article a ON a.id = al.articleId
            WHERE al.entityId IN (\(list)) AND \(known) GROUP BY al.key ORDER BY articles DESC, name
            """, arguments: arguments)
            .filter { ($0["key"] as String) != ownKey && !groups.hides(alias: $0["key"], of: id) }
            .map { Alias(name: $0["name"], count: $0["articles"]) }
        let seen = try Row.fetchOne(db, sql: """
            SELECT MIN(a.published), MAX(a.published), COUNT(DISTINCT a.id) FROM alias al JOIN article a ON a.id = al.articleId
            WHERE al.entityId IN (\(list)) AND \(known)
            """, arguments: arguments)!
        return Entity(id: id, name: name, type: EntityType(rawValue: type) ?? .work, aliases: aliases,
                      firstSeen: seen[0], lastSeen: seen[1], articleCount: seen[2])
    }

    /// Facts with evidence from articles published on or after `date` (YYYY-MM-DD), with every
    /// value of their release and episode slots (their statuses depend on one another): what
    /// a view of recent changes needs, without reading the whole graph.
    public func facts(reportedSince date: String) throws -> [Fact] {
        try facts(withEvidenceIn: "SELECT id FROM article WHERE published >= ?", arguments: [date])
    }

    /// The facts these articles state, with all their evidence and every value of their
    /// release and episode slots.
    func facts(inArticles ids: [String]) throws -> [Fact] {
        guard !ids.isEmpty else { return [] }
        return try facts(withEvidenceIn: "VALUES " + Array(repeating: "(?)", count: ids.count).joined(separator: ","),
                         arguments: StatementArguments(ids))
    }

    /// The facts with evidence from the articles `articles` (SQL giving article ids) selects,
    /// with all their evidence and every value of their release and episode slots, as the
    /// statuses of a slot's values depend on one another.
    private func facts(withEvidenceIn articles: String, arguments: StatementArguments) throws -> [Fact] {
        try facts(aboutEntityIDs: nil, predicate: nil, filter: ClaimFilter(sql: """
            c.id IN (
                WITH chosen(claimId) AS (SELECT claimId FROM evidence WHERE articleId IN (\(articles)))
                SELECT claimId FROM chosen
                UNION SELECT id FROM claim WHERE predicate IN ('release', 'episodes') AND subjectId IN (
                    SELECT subjectId FROM claim WHERE id IN chosen AND predicate IN ('release', 'episodes')))
            """, arguments: arguments))
    }

    /// The releases and platforms: what a release calendar is made of.
    public func calendarFacts() throws -> [Fact] {
        try facts(aboutEntityIDs: nil, predicate: nil, filter: ClaimFilter(sql: "c.predicate IN ('release', 'platform')", arguments: []))
    }

    /// The publication date of the latest dated article.
    public func latestPublished() throws -> String? {
        try read("reading dates") { db in try String.fetchOne(db, sql: "SELECT MAX(published) FROM article") }
    }

    /// An SQL condition on the claim `c`, for the reads that need only some claims.
    struct ClaimFilter {
        var sql: String
        var arguments: StatementArguments
    }

    func facts(aboutEntityIDs ids: [Int64]?, predicate: FactPredicate?, asOf: String? = nil, filter: ClaimFilter? = nil) throws -> [Fact] {
        let groups = try read("reading merges") { db in try EntityGroups.load(db) }
        var conditions: [String] = []
        var arguments: StatementArguments = filter?.arguments ?? []
        if let filter { conditions.append("(\(filter.sql))") }
        if let ids {
            let list = ids.flatMap(groups.memberIDs).map(String.init).joined(separator: ",")
            conditions.append("(c.subjectId IN (\(list)) OR c.objectId IN (\(list)))")
        }
        if let predicate {
            conditions.append("c.predicate = ?")
            arguments += [predicate.rawValue]
        }
        let sql = """
            SELECT c.id AS claimId, c.predicate, c.literal, c.qualifiers,
                   s.id AS subjectId, s.name AS subjectName, s.type AS subjectType,
                   o.id AS objectId, o.name AS objectName, o.type AS objectType, \(Self.evidenceColumns)
            FROM claim c
            JOIN entity s ON s.id = c.subjectId
            LEFT JOIN entity o ON o.id = c.objectId
            JOIN evidence e ON e.claimId = c.id
            JOIN article a ON a.id = e.articleId
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY c.id, a.published IS NULL, a.published, a.id
            """
        var facts = try read("reading facts") { db in
            var facts: [Fact] = []
            var lastClaimID: Int64?
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let claimID: Int64 = row["claimId"]
                if claimID != lastClaimID {
                    lastClaimID = claimID
                    let objectType: String? = row["objectType"]
                    let claim = Claim(subject: row["subjectName"], subjectType: EntityType(rawValue: row["subjectType"]) ?? .work,
                                      predicate: FactPredicate(rawValue: row["predicate"]) ?? .appearsIn,
                                      object: row["objectName"] ?? row["literal"] ?? "",
                                      objectType: objectType.flatMap(EntityType.init(rawValue:)),
                                      qualifiers: ClaimRecord.qualifiers(from: row["qualifiers"]))
                    facts.append(Fact(claim: claim, subjectID: row["subjectId"], objectID: row["objectId"],
                                      status: .reported, sources: []))
                }
                facts[facts.count - 1].sources.append(Self.evidence(row, at: 10))
            }
            return facts
        }
        facts = groups.apply(to: facts)
        if let asOf { facts = facts.compactMap { $0.asOf(asOf) } }
        for index in facts.indices { facts[index].status = ClaimStatus(evidence: facts[index].sources) }
        ClaimStatus.resolveReleases(&facts)
        let order = Dictionary(uniqueKeysWithValues: FactPredicate.allCases.enumerated().map { ($1, $0) })
        return facts.sorted {
            (order[$0.claim.predicate]!, $0.claim.subject, $0.claim.object) < (order[$1.claim.predicate]!, $1.claim.subject, $1.claim.object)
        }
    }
}
