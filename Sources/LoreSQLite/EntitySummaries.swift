import GRDB
import LoreExtraction
import LoreKnowledge

/// Each entity keeps how many articles mention it, first and last, and each of its names with
/// its article count (`entityName`), refreshed in the transaction of every batch that mentions
/// it: looking up and showing a much-mentioned entity reads a few rows, not every mention.
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
