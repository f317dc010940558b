import GRDB
import LoreExtraction
import LoreKnowledge

/// The corrections a user made to entity resolution (`lore merge`, `lore split`). They are
/// kept by entity key and type, not by row id, and applied when reading, so they hold
/// whatever is ingested or re-ingested later: a merged name stays merged, a split alias
/// stays split.
struct EntityGroups {
    /// Entity id → the id of the entity it was merged into (only merged entities).
    var canonical: [Int64: Int64] = [:]
    /// Canonical id → every id of its group, itself first.
    var members: [Int64: [Int64]] = [:]
    /// "entityId|aliasKey" of aliases that `lore split` took away from an entity.
    var hiddenAliases: Set<String> = []
    /// Name and type of each canonical entity that has members.
    var names: [Int64: (name: String, type: String)] = [:]

    var isEmpty: Bool { canonical.isEmpty && hiddenAliases.isEmpty }

    static func load(_ db: Database) throws -> EntityGroups {
        var groups = EntityGroups()
        // CROSS JOIN keeps the few merges the outer loop: ordered by entity id, the planner
        // would rather scan every entity (it runs on every read that applies merges).
        // Statements kept prepared: every read that applies merges loads them.
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT f.id AS fromId, t.id AS toId, t.name AS toName, t.type AS toType FROM entityMerge m
            CROSS JOIN entity f ON f.key = m.fromKey AND f.type = m.fromType
            CROSS JOIN entity t ON t.key = m.toKey AND t.type = m.toType
            ORDER BY f.id
            """)) {
            let from: Int64 = row["fromId"], to: Int64 = row["toId"]
            guard from != to else { continue }
            groups.canonical[from] = to
            groups.members[to, default: [to]].append(from)
            groups.names[to] = (row["toName"], row["toType"])
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, s.aliasKey FROM aliasSplit s CROSS JOIN entity e ON e.key = s.entityKey AND e.type = s.entityType
            """)) {
            groups.hiddenAliases.insert("\(row["id"] as Int64)|\(row["aliasKey"] as String)")
        }
        return groups
    }

    func canonicalID(_ id: Int64) -> Int64 { canonical[id] ?? id }

    func memberIDs(_ id: Int64) -> [Int64] { members[id] ?? [id] }

    func hides(alias key: String, of id: Int64) -> Bool { hiddenAliases.contains("\(canonicalID(id))|\(key)") }

    /// Facts with merged entities replaced by the entity they were merged into; claims that
    /// become the same claim are one fact with all their sources.
    func apply(to facts: [Fact]) -> [Fact] {
        guard !canonical.isEmpty else { return facts }
        var merged: [Fact] = []
        var index: [String: Int] = [:]
        for var fact in facts {
            if let to = canonical[fact.subjectID], let target = names[to] {
                fact.subjectID = to
                fact.claim.subject = target.name
                fact.claim.subjectType = EntityType(rawValue: target.type) ?? fact.claim.subjectType
            }
            if let objectID = fact.objectID, let to = canonical[objectID], let target = names[to] {
                fact.objectID = to
                fact.claim.object = target.name
                fact.claim.objectType = EntityType(rawValue: target.type) ?? fact.claim.objectType
            }
            let key = "\(fact.subjectID)|\(fact.claim.predicate.rawValue)|\(fact.objectID.map { "#\($0)" } ?? "=" + fact.claim.object)|"
                + ClaimRecord.qualifierText(fact.claim.qualifiers)
            if let existing = index[key] {
                merged[existing].sources += fact.sources
                merged[existing].sources.sort(by: Self.publishedFirst)
            } else {
                index[key] = merged.count
                merged.append(fact)
            }
        }
        return merged
    }

    /// Dated sources by date, then undated ones; by article id within a date.
    static func publishedFirst(_ a: Evidence, _ b: Evidence) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.articleID < b.articleID
        }
    }
}

/// What `merge` or `split` did, in a sentence.
public struct EntityRuleChange: Sendable, Hashable {
    public var message: String
}

extension SQLiteStore {
    static func registerEntityRules(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-entity-rules") { db in
            // `lore merge`: the entity (fromKey, fromType) is the entity (toKey, toType).
            try db.create(table: "entityMerge") { t in
                t.column("fromKey", .text).notNull()
                t.column("fromType", .text).notNull()
                t.column("toKey", .text).notNull()
                t.column("toType", .text).notNull()
                t.primaryKey(["fromKey", "fromType"])
            }
            // `lore split`: articles' use of aliasKey for the entity (entityKey, entityType) is ignored.
            try db.create(table: "aliasSplit") { t in
                t.column("entityKey", .text).notNull()
                t.column("entityType", .text).notNull()
                t.column("aliasKey", .text).notNull()
                t.primaryKey(["entityKey", "entityType", "aliasKey"])
            }
        }
    }

    /// Makes the entity called `other` part of the entity called `a` (both of `type`, when given).
    public func merge(_ other: String, into a: String, type: EntityType? = nil) throws -> EntityRuleChange {
        let target = try single(a, type: type)
        // The target's type picks among entities of the same name; failing that, any type (to say why not).
        let merged = try (try? single(other, type: type ?? target.type)) ?? single(other, type: type)
        guard target.id != merged.id else {
            throw StoreError(database: path, reason: "\"\(a)\" and \"\(other)\" are already one entity: \(target.name) (\(target.type.rawValue)); `lore explain` says why")
        }
        guard target.type == merged.type else {
            throw StoreError(database: path, reason: "\(target.name) is \(target.type.withArticle) and \(merged.name) \(merged.type.withArticle): only entities of one type can be merged")
        }
        try write("merging \(merged.name) into \(target.name)") { db in
            let targetKey = EntityKey.normalize(target.name), mergedKey = EntityKey.normalize(merged.name)
            // Entities merged into the one being merged now follow it.
            try db.execute(sql: "UPDATE entityMerge SET toKey = ?, toType = ? WHERE toKey = ? AND toType = ?",
                           arguments: [targetKey, target.type.rawValue, mergedKey, merged.type.rawValue])
            try db.execute(sql: "INSERT OR REPLACE INTO entityMerge (fromKey, fromType, toKey, toType) VALUES (?, ?, ?, ?)",
                           arguments: [mergedKey, merged.type.rawValue, targetKey, target.type.rawValue])
        }
        return EntityRuleChange(message: "merged \(merged.name) (\(merged.type.rawValue)) into \(target.name): its names, mentions and facts are now \(target.name)'s, also after re-ingesting")
    }

    /// Undoes a merge of `other` into the entity called `a`, or stops treating the alias
    /// `other` as a name of it.
    public func split(_ a: String, _ other: String, type: EntityType? = nil) throws -> EntityRuleChange {
        let entity = try single(a, type: type)
        let entityKey = EntityKey.normalize(entity.name), otherKey = EntityKey.normalize(other)
        return try write("splitting \(other) from \(entity.name)") { db in
            try db.execute(sql: "DELETE FROM entityMerge WHERE fromKey = ? AND toKey = ? AND toType = ?",
                           arguments: [otherKey, entityKey, entity.type.rawValue])
            if db.changesCount > 0 {
                return EntityRuleChange(message: "\(other) is its own entity again, no longer part of \(entity.name)")
            }
            let groups = try EntityGroups.load(db)
            let members = groups.memberIDs(entity.id).map(String.init).joined(separator: ",")
            let usesAlias = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM alias WHERE entityId IN (\(members)) AND key = ?)",
                                              arguments: [otherKey]) ?? false
            guard otherKey != entityKey, usesAlias, !groups.hides(alias: otherKey, of: entity.id) else {
                throw StoreError(database: path, reason: "\"\(other)\" is not a name of \(entity.name) (\(entity.type.rawValue)): nothing to split; `lore explain` says why")
            }
            try db.execute(sql: "INSERT OR IGNORE INTO aliasSplit (entityKey, entityType, aliasKey) VALUES (?, ?, ?)",
                           arguments: [entityKey, entity.type.rawValue, otherKey])
            return EntityRuleChange(message: "\"\(other)\" no longer names \(entity.name) (\(entity.type.rawValue)), also after re-ingesting")
        }
    }

    /// The one entity a name stands for: its own name first; an error listing them when it is ambiguous.
    func single(_ name: String, type: EntityType?) throws -> Entity {
        let found = try entities(named: name, type: type)
        let exact = found.filter { EntityKey.normalize($0.name) == EntityKey.normalize(name) }
        let candidates = exact.isEmpty ? found : exact
        guard let first = candidates.first else {
            throw StoreError(database: path, reason: "nothing is known about \"\(name)\"\(type.map { " as a \($0.rawValue)" } ?? "")")
        }
        guard candidates.count == 1 else {
            let list = candidates.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")
            throw StoreError(database: path, reason: "\"\(name)\" names several entities (\(list)): pass --type")
        }
        return first
    }
}
