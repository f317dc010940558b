import GRDB
import LoreExtraction
import LoreKnowledge

/// A work has one release (per season) and one episode count at a time, so the status of each
/// value depends on the others (`ClaimStatus.resolveReleases`). Each such claim keeps its slot
/// (`claim.slot`: its season, '' for none; NULL for other predicates) and its status weighed
/// against the slot's other values (`claim.slotStatus`), refreshed in the transaction that
/// changes any value of the slot. `show` of a work with thousands of release values then reads
/// the few it lists, not all of them.
enum SlotStatuses {
    struct Slot: Hashable {
        var subject: Int64
        var predicate: String
        var season: String
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11-slot-statuses") { db in
            try db.alter(table: "claim") { t in
                t.add(column: "slot", .text)
                t.add(column: "slotStatus", .text)
            }
            try deriveSlots(db)
            // Covering what weighing a slot's values reads; in first-report order, as a history lists them.
            try db.execute(sql: """
                CREATE INDEX claim_by_slot ON claim (subjectId, predicate, slot, firstReported, lastReported, status, literal, slotStatus)
                WHERE slot IS NOT NULL
                """)
            // The few claims whose object is their subject, so that the facts naming an entity
            // as object can be counted from the object index alone.
            try db.execute(sql: "CREATE INDEX claim_about_itself ON claim (subjectId, predicate) WHERE objectId = subjectId")
            try refreshAll(db)
        }
    }

    /// Gives every release and episode claim its slot.
    static func deriveSlots(_ db: Database) throws {
        let setSlot = try db.makeStatement(sql: "UPDATE claim SET slot = ? WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, predicate, qualifiers FROM claim WHERE predicate IN ('release', 'episodes')")
        for row in rows {
            let qualifiers = ClaimRecord.qualifiers(from: row[2])
            try setSlot.execute(arguments: [slot(FactPredicate(rawValue: row[1]) ?? .release, qualifiers: qualifiers), row[0] as Int64])
        }
    }

    /// `claim.slot` of a new claim: its season ('' for none) for a slot predicate, else nil.
    static func slot(_ predicate: FactPredicate, qualifiers: [String: String]) -> String? {
        ClaimStatus.slotPredicates.contains(predicate) ? qualifiers["season"] ?? "" : nil
    }

    /// A claim's value: the object of a release or episode count is a literal; an entity's name otherwise.
    static let valueColumn = "COALESCE(literal, (SELECT name FROM entity WHERE id = objectId))"

    static func refreshAll(_ db: Database) throws {
        let slots = try Row.fetchAll(db, sql: "SELECT DISTINCT subjectId, predicate, slot FROM claim WHERE slot IS NOT NULL")
            .map { Slot(subject: $0[0], predicate: $0[1], season: $0[2]) }
        try refresh(db, slots: slots)
    }

    /// The slots of these claims (those of a slot predicate).
    static func slots(_ db: Database, ofClaims claims: some Sequence<Int64>) throws -> Set<Slot> {
        let slot = try db.cachedStatement(sql: "SELECT subjectId, predicate, slot FROM claim WHERE id = ? AND slot IS NOT NULL")
        var slots: Set<Slot> = []
        for claim in claims {
            if let row = try Row.fetchOne(slot, arguments: [claim]) { slots.insert(Slot(subject: row[0], predicate: row[1], season: row[2])) }
        }
        return slots
    }

    /// Weighs the values of each slot against each other again, writing the statuses that changed.
    static func refresh(_ db: Database, slots: some Sequence<Slot>) throws {
        let values = try db.cachedStatement(sql: """
            SELECT id, \(valueColumn), status, firstReported, lastReported, slotStatus
            FROM claim WHERE subjectId = ? AND predicate = ? AND slot = ?
            """)
        let update = try db.cachedStatement(sql: "UPDATE claim SET slotStatus = ? WHERE id = ?")
        for slot in slots {
            let predicate = FactPredicate(rawValue: slot.predicate) ?? .release
            var ids: [Int64] = [], stored: [String?] = [], slotValues: [ClaimStatus.SlotValue] = []
            let rows = try Row.fetchCursor(values, arguments: [slot.subject, slot.predicate, slot.season])
            while let row = try rows.next() {
                ids.append(row[0])
                stored.append(row[5])
                slotValues.append(ClaimStatus.SlotValue(object: row[1] ?? "", predicate: predicate,
                                                        status: ClaimStatus(rawValue: row[2]) ?? .reported,
                                                        firstReported: row[3], lastReported: row[4]))
            }
            for (i, status) in ClaimStatus.resolvedStatuses(of: slotValues).enumerated() where stored[i] != status.rawValue {
                try update.execute(arguments: [status.rawValue, ids[i]])
            }
        }
    }
}
