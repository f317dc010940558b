import GRDB
import LoreExtraction
import LoreKnowledge

/// Each entity keeps how many articles mention it, first and last, and each of its names with
/// its article count (`entityName`), kept in the transaction of every batch that mentions it:
/// looking up and showing a much-mentioned entity reads a few rows, not every mention.
///
/// A new article adds to the counts (`count(…)`), so a batch costs the same however often its
/// entities were mentioned before; only the entities of a replaced article are recounted from
/// their mentions (`refresh`).
enum EntitySummaries {
    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-entity-summaries") { db in
            try db.alter(table: "entity") { t in
                t.add(column: "articleCount", .integer).notNull().defaults(to: 0)
                t.add(column: "firstSeen", .text)
                t.add(column: "lastSeen", .text)
            }
            // Without rowid: rows stay in key order however often they are refreshed (backups compare equal).
            try db.create(table: "entityName", options: [.withoutRowID]) { t in
                t.column("entityId", .integer).notNull().references("entity", onDelete: .cascade)
                t.column("key", .text).notNull().indexed()
                t.column("name", .text).notNull()
                t.column("articles", .integer).notNull()
                t.primaryKey(["entityId", "key"])
            }
            try refresh(db, entities: try Int64.fetchAll(db, sql: "SELECT id FROM entity"))
        }
    }

    static func registerNameLookup(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-names-looked-up-in-summaries") { db in
            // Names are looked up in entityName now: an index of every mention by name cost each stored mention a write.
            try db.execute(sql: "DROP INDEX IF EXISTS alias_on_key")
        }
    }

    static func registerLeanMentions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17-mentions-without-rowid") { db in
            // A mention row lives in its primary key's B-tree alone: with a rowid, each mention
            // stored cost a write to the table and another to the key's index.
            try db.execute(sql: """
                CREATE TABLE mention (
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    articleId TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    key TEXT NOT NULL, name TEXT NOT NULL,
                    PRIMARY KEY (entityId, articleId, key)
                ) WITHOUT ROWID;
                INSERT INTO mention SELECT entityId, articleId, key, name FROM alias;
                DROP TABLE alias;
                ALTER TABLE mention RENAME TO alias;
                CREATE INDEX alias_on_articleId ON alias (articleId);
                """)
        }
    }

    /// New mentions of a batch, summed up: a much-mentioned entity costs one update per batch.
    struct Counts {
        struct Name: Hashable {
            var entity: Int64
            var key: String
        }
        /// Per entity and key: new articles using it, and the least of its spellings.
        var names: [Name: (articles: Int, name: String)] = [:]
        /// Per entity: new articles mentioning it, and their first and last dates.
        var articles: [Int64: (count: Int, first: String?, last: String?)] = [:]

        /// A new mention row: `entity` named `name` (matched as `key`) in an article that did not use that key before.
        mutating func add(entity: Int64, key: String, name: String) {
            let slot = Name(entity: entity, key: key)
            if let known = names[slot] {
                names[slot] = (known.articles + 1, min(known.name, name))
            } else {
                names[slot] = (1, name)
            }
        }

        /// One more article mentioning `entity`, published on `published` (nil: undated).
        mutating func add(entity: Int64, published: String?) {
            var known = articles[entity] ?? (0, nil, nil)
            known.count += 1
            if let published {
                known.first = min(known.first ?? published, published)
                known.last = max(known.last ?? published, published)
            }
            articles[entity] = known
        }

        /// Adds the counts to the summaries; returns the entities that got a name they had not
        /// had before (new entities among them).
        func add(to db: Database) throws -> Set<Int64> {
            let countName = try DirectStatement(db, """
                INSERT INTO entityName (entityId, key, name, articles) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (entityId, key) DO UPDATE SET articles = articles + ?4, name = MIN(name, excluded.name)
                RETURNING articles
                """)
            var renamed: Set<Int64> = []
            // In key order: neighbouring rows share B-tree pages.
            for (slot, count) in names.sorted(by: { ($0.key.entity, $0.key.key) < ($1.key.entity, $1.key.key) }) {
                let total = try countName.fetchInt64 { row in
                    row.add(slot.entity)
                    row.add(slot.key)
                    row.add(count.name)
                    row.add(count.articles)
                }
                if total == Int64(count.articles) { renamed.insert(slot.entity) }
            }
            // MIN and MAX of SQL give NULL when either side is NULL: an undated batch or a first date leaves the other.
            let countArticles = try DirectStatement(db, """
                UPDATE entity SET articleCount = articleCount + ?2,
                    firstSeen = COALESCE(MIN(firstSeen, ?3), firstSeen, ?3), lastSeen = COALESCE(MAX(lastSeen, ?4), lastSeen, ?4)
                WHERE id = ?1
                """)
            for (entity, count) in articles.sorted(by: { $0.key < $1.key }) {
                try countArticles.execute { row in
                    row.add(entity)
                    row.add(count.count)
                    row.add(count.first)
                    row.add(count.last)
                }
            }
            return renamed
        }
    }

    /// Recomputes the summaries of `entities` from their mentions.
    static func refresh(_ db: Database, entities: some Sequence<Int64>) throws {
        let clear = try db.cachedStatement(sql: "DELETE FROM entityName WHERE entityId = ?")
        let names = try db.cachedStatement(sql: """
            INSERT INTO entityName (entityId, key, name, articles)
            SELECT entityId, key, MIN(name), COUNT(DISTINCT articleId) FROM alias WHERE entityId = ?1 GROUP BY key
            """)
        let seen = try db.cachedStatement(sql: """
            UPDATE entity SET (articleCount, firstSeen, lastSeen) = (
                SELECT COUNT(DISTINCT a.id), MIN(a.published), MAX(a.published) FROM alias al JOIN article a ON a.id = al.articleId
                WHERE al.entityId = ?1)
            WHERE id = ?1
            """)
        for id in entities {
            try clear.execute(arguments: [id])
            try names.execute(arguments: [id])
            try seen.execute(arguments: [id])
        }
    }

    /// The entity as its summaries describe it (an entity with no merges, read without a date).
    static func entity(_ db: Database, id: Int64, name: String, type: String, groups: EntityGroups) throws -> Entity {
        let ownKey = EntityKey.normalize(name)
        let aliases = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, name, articles FROM entityName WHERE entityId = ? ORDER BY articles DESC, name
            """), arguments: [id])
            .filter { ($0["key"] as String) != ownKey && !groups.hides(alias: $0["key"], of: id) }
            .map { Alias(name: $0["name"], count: $0["articles"]) }
        let seen = try Row.fetchOne(db.cachedStatement(sql: "SELECT articleCount, firstSeen, lastSeen FROM entity WHERE id = ?"),
                                    arguments: [id])
        return Entity(id: id, name: name, type: EntityType(rawValue: type) ?? .work, aliases: aliases,
                      firstSeen: seen?["firstSeen"], lastSeen: seen?["lastSeen"], articleCount: seen?["articleCount"] ?? 0)
    }
}
