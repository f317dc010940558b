import GRDB

/// Sizes kept up to date by ingest (`Additions`) and by triggers on `claim`, so that `show`
/// of an entity named in ten thousand facts says how many there are without counting them:
/// - `claimGroup`: how many facts each entity has per predicate and side (a claim whose
///   object is its subject counts on the subject side only);
/// - `claimSlot`: how many values each release or episode slot has (a history is listed for
///   a slot with more than one).
enum GroupSizes {
    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14-group-sizes") { db in
            try db.execute(sql: """
                CREATE TABLE claimGroup (
                    entityId INTEGER NOT NULL, predicate TEXT NOT NULL, role TEXT NOT NULL, size INTEGER NOT NULL,
                    PRIMARY KEY (entityId, predicate, role)
                ) WITHOUT ROWID;
                CREATE TABLE claimSlot (
                    subjectId INTEGER NOT NULL, predicate TEXT NOT NULL, slot TEXT NOT NULL, size INTEGER NOT NULL,
                    PRIMARY KEY (subjectId, predicate, slot)
                ) WITHOUT ROWID;
                """)
            try recount(db)
            // It served counting the object side less the claims about the entity itself.
            try db.execute(sql: "DROP INDEX claim_about_itself")
            try db.execute(sql: """
                CREATE TRIGGER claimGroup_insert AFTER INSERT ON claim BEGIN \(count("NEW", by: 1)) END;
                CREATE TRIGGER claimGroup_delete AFTER DELETE ON claim BEGIN \(count("OLD", by: -1)) END;
                CREATE TRIGGER claimGroup_update AFTER UPDATE OF subjectId, predicate, objectId, slot ON claim BEGIN
                    \(count("OLD", by: -1)) \(count("NEW", by: 1))
                END;
                """)
        }
    }

    static func registerAdditionsPerBatch(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v18-group-sizes-added-per-batch") { db in
            // Ingest adds its new claims to the sizes once per batch (`Additions`): the trigger
            // ran three statements for every claim inserted.
            try db.execute(sql: "DROP TRIGGER claimGroup_insert")
        }
    }

    /// The claims a batch inserted, added to the sizes at its end: a group that gains many
    /// claims in a batch costs one write.
    struct Additions {
        struct Group: Hashable {
            var entity: Int64
            var predicate: String
            var role: String
        }
        private var groups: [Group: Int] = [:]
        private var slots: [SlotStatuses.Slot: Int] = [:]

        /// A claim inserted, as `count("NEW", by: 1)` counted it.
        mutating func add(subject: Int64, predicate: String, object: Int64?, slot: String?) {
            groups[Group(entity: subject, predicate: predicate, role: "subject"), default: 0] += 1
            if let object, object != subject { groups[Group(entity: object, predicate: predicate, role: "object"), default: 0] += 1 }
            if let slot { slots[SlotStatuses.Slot(subject: subject, predicate: predicate, season: slot), default: 0] += 1 }
        }

        /// Adds the counts to the tables, in key order (neighbouring rows share pages).
        func write(to db: Database) throws {
            let addToGroup = try DirectStatement(db, """
                INSERT INTO claimGroup VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET size = size + excluded.size
                """)
            for (group, size) in groups.sorted(by: { ($0.key.entity, $0.key.predicate, $0.key.role) < ($1.key.entity, $1.key.predicate, $1.key.role) }) {
                try addToGroup.execute { row in
                    row.add(group.entity)
                    row.add(group.predicate)
                    row.add(group.role)
                    row.add(size)
                }
            }
            let addToSlot = try DirectStatement(db, """
                INSERT INTO claimSlot VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET size = size + excluded.size
                """)
            for (slot, size) in slots.sorted(by: { ($0.key.subject, $0.key.predicate, $0.key.season) < ($1.key.subject, $1.key.predicate, $1.key.season) }) {
                try addToSlot.execute { row in
                    row.add(slot.subject)
                    row.add(slot.predicate)
                    row.add(slot.season)
                    row.add(size)
                }
            }
        }
    }

    /// The statements that add `change` (1 or -1) to the group sizes and the slot size of the
    /// claim row `row` (NEW or OLD); a size that falls to 0 goes.
    private static func count(_ row: String, by change: Int) -> String {
        var statements = """
            INSERT INTO claimGroup VALUES (\(row).subjectId, \(row).predicate, 'subject', \(change))
                ON CONFLICT DO UPDATE SET size = size + \(change);
            INSERT INTO claimGroup SELECT \(row).objectId, \(row).predicate, 'object', \(change)
                WHERE \(row).objectId IS NOT NULL AND \(row).objectId <> \(row).subjectId
                ON CONFLICT DO UPDATE SET size = size + \(change);
            INSERT INTO claimSlot SELECT \(row).subjectId, \(row).predicate, \(row).slot, \(change) WHERE \(row).slot IS NOT NULL
                ON CONFLICT DO UPDATE SET size = size + \(change);
            """
        if change < 0 {
            statements += """
                DELETE FROM claimGroup WHERE size = 0 AND entityId IN (\(row).subjectId, \(row).objectId) AND predicate = \(row).predicate;
                DELETE FROM claimSlot WHERE size = 0 AND subjectId = \(row).subjectId AND predicate = \(row).predicate AND slot = \(row).slot;
                """
        }
        return statements
    }

    /// Counts every group and slot anew from the claims (the migration; a backup made before it).
    static func recount(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM claimGroup;
            INSERT INTO claimGroup SELECT subjectId, predicate, 'subject', COUNT(*) FROM claim GROUP BY subjectId, predicate;
            INSERT INTO claimGroup SELECT objectId, predicate, 'object', COUNT(*) FROM claim
                WHERE objectId IS NOT NULL AND objectId <> subjectId GROUP BY objectId, predicate;
            DELETE FROM claimSlot;
            INSERT INTO claimSlot SELECT subjectId, predicate, slot, COUNT(*) FROM claim WHERE slot IS NOT NULL
                GROUP BY subjectId, predicate, slot;
            """)
    }

    /// The entity's groups: (predicate, "subject" or "object", how many facts).
    static func of(_ db: Database, entity: Int64) throws -> [(predicate: String, role: String, size: Int)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT predicate, role, size FROM claimGroup WHERE entityId = ? ORDER BY role DESC, predicate
            """), arguments: [entity])
            .map { ($0[0], $0[1], $0[2]) }
    }

    /// The entity's release and episode slots that have had more than one value: (predicate, slot, how many).
    static func changingSlots(_ db: Database, of entity: Int64) throws -> [(predicate: String, slot: String, size: Int)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT predicate, slot, size FROM claimSlot WHERE subjectId = ? AND size > 1 ORDER BY predicate, slot
            """), arguments: [entity])
            .map { ($0[0], $0[1], $0[2]) }
    }
}
