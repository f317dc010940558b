import Foundation
import GRDB
import LoreKnowledge

/// A backup line Lore could not import: names the line and says what is wrong. Nothing of the
/// backup is stored when it is thrown.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// 1-based.
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// What `importBackup` stored.
public struct ImportReport: Sendable, Hashable {
    /// Rows stored, by table.
    public var rows: [String: Int] = [:]
    /// Full-text indexes rebuilt from the imported rows.
    public var rebuiltIndexes: [String] = []

    public init() {}

    public var totalRows: Int { rows.values.reduce(0, +) }
}

extension SQLiteStore {
    /// Reads an NDJSON backup (`export(.ndjson)`) into this database, which must be empty.
    /// All or nothing: one transaction, so a bad line (named with its number and the reason)
    /// leaves the database as it was. Foreign keys are checked once every row is in, triggers
    /// do not run while rows are restored (the backup already holds what they made), full-text
    /// indexes over other tables are rebuilt, and AUTOINCREMENT counters are restored: the
    /// database exports back to the same bytes.
    ///
    /// A backup made before a later migration imports into the newer schema (new columns take
    /// their defaults); one made by a newer Lore, with migrations this one does not know, is refused.
    @discardableResult
    public func importBackup<Lines: Sequence>(from lines: Lines) throws -> ImportReport where Lines.Element == String {
        // Errors that already say what is wrong pass through; SQLite's are wrapped with the file.
        var explained: (any Error)?
        do {
            return try write("importing a backup") { db in
                do {
                    var importer = try Importer(db: db, database: path)
                    return try importer.run(lines)
                } catch let error where error is ImportError || error is StoreError {
                    explained = error
                    throw error
                }
            }
        } catch {
            throw explained ?? error
        }
    }
}

/// One import, inside the transaction.
private struct Importer {
    let db: Database
    let database: String
    var schema: Backup.Schema
    var tables: [String: Backup.Table] = [:]
    var statements: [String: Statement] = [:]
    var report = ImportReport()

    init(db: Database, database: String) throws {
        self.db = db
        self.database = database
        schema = try Backup.schema(db)
        for table in schema.tables { tables[table.name] = table }
    }

    struct Header: Decodable {
        var format: String?
        var version: Int?
        var migrations: [String]?
        var sequences: [String: Int64]?
    }

    struct Line: Decodable {
        var table: String
        var row: [String: Value]
    }

    /// A column value as the backup writes it.
    enum Value: Decodable {
        case null, integer(Int64), real(Double), text(String), blob(Data)

        enum Marker: String, CodingKey { case real, base64 }

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null; return }
            if let number = try? single.decode(Int64.self) { self = .integer(number); return }
            if let text = try? single.decode(String.self) { self = .text(text); return }
            let marked = try decoder.container(keyedBy: Marker.self)
            if let real = try marked.decodeIfPresent(String.self, forKey: .real) {
                guard let number = Double(real) else {
                    throw DecodingError.dataCorruptedError(forKey: .real, in: marked, debugDescription: "\(real) is not a number")
                }
                self = .real(number)
            } else if let base64 = try marked.decodeIfPresent(String.self, forKey: .base64) {
                guard let data = Data(base64Encoded: base64) else {
                    throw DecodingError.dataCorruptedError(forKey: .base64, in: marked, debugDescription: "invalid base64")
                }
                self = .blob(data)
            } else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "a value must be null, a number, a string, {\"real\"} or {\"base64\"}")
            }
        }

        var databaseValue: DatabaseValue {
            switch self {
            case .null: return .null
            case .integer(let number): return number.databaseValue
            case .real(let number): return number.databaseValue
            case .text(let text): return text.databaseValue
            case .blob(let data): return data.databaseValue
            }
        }
    }

    mutating func run<Lines: Sequence>(_ lines: Lines) throws -> ImportReport where Lines.Element == String {
        for table in schema.tables where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(Backup.quote(table.name)))") == true {
            throw StoreError(database: database, reason: "cannot import into a database that holds data (table \(table.name) has rows): import into a new database file")
        }
        // Foreign keys are checked at the end, once every row is in; triggers are set aside.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(Backup.quote(trigger["name"]))") }

        let decoder = JSONDecoder()
        var number = 0
        var header: Header?
        for text in lines {
            number += 1
            let line = text.hasSuffix("\r") ? String(text.dropLast()) : text
            if line.allSatisfy(\.isWhitespace) { continue }
            guard header != nil else {
                header = try readHeader(line, number: number, decoder: decoder)
                continue
            }
            let row: Line
            do { row = try decoder.decode(Line.self, from: Data(line.utf8)) } catch {
                throw ImportError(line: number, reason: Self.reason(error))
            }
            try insert(row, line: number)
        }
        guard let header else { throw ImportError(line: max(number, 1), reason: "no backup header: the input is empty") }

        let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if let first = broken.first {
            let table: String = first["table"], parent: String = first["parent"]
            throw ImportError(line: number, reason: "\(broken.count) row(s) refer to rows the backup does not hold (first: a row of \(table) whose \(parent) is missing)")
        }
        for (name, value) in (header.sequences ?? [:]).sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", arguments: [value, name])
            if db.changesCount == 0 {
                try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [name, value])
            }
        }
        for trigger in triggers { try db.execute(sql: trigger["sql"]) }
        try deriveWhatTheBackupPredates(Set(header.migrations ?? []))
        for index in schema.rebuiltIndexes {
            try db.execute(sql: "INSERT INTO \(Backup.quote(index)) (\(Backup.quote(index))) VALUES ('rebuild')")
            report.rebuiltIndexes.append(index)
        }
        return report
    }

    /// A backup made before a migration that derives data from the rows (summaries, dates)
    /// lacks that data: it is derived now, as the migration would have.
    func deriveWhatTheBackupPredates(_ migrations: Set<String>) throws {
        if !migrations.contains("v6-claim-summaries") {
            try ClaimSummaries.refresh(db, claims: try Int64.fetchAll(db, sql: "SELECT id FROM claim"), fromArticles: true)
        }
        if !migrations.contains("v7-entity-summaries") {
            try EntitySummaries.refresh(db, entities: try Int64.fetchAll(db, sql: "SELECT id FROM entity"))
        }
        if !migrations.contains("v10-evidence-in-date-order") {
            try ClaimSummaries.dateEvidence(db)
        }
        if !migrations.contains("v11-slot-statuses") {
            try SlotStatuses.deriveSlots(db)
            try SlotStatuses.refreshAll(db)
        }
        if !migrations.contains("v15-evidence-sources") {
            try ClaimSummaries.sourceEvidence(db)
        }
        if !migrations.contains("v14-group-sizes") {
            try GroupSizes.recount(db)
        }
    }

    func readHeader(_ line: String, number: Int, decoder: JSONDecoder) throws -> Header {
        let header: Header
        do { header = try decoder.decode(Header.self, from: Data(line.utf8)) } catch {
            throw ImportError(line: number, reason: Self.reason(error))
        }
        guard header.format == Backup.format else {
            throw ImportError(line: number, reason: "not a Lore backup: the first line must be the header {\"format\":\"lore-backup\",…} that `lore export --format ndjson` writes")
        }
        guard let version = header.version, version <= Backup.version else {
            throw ImportError(line: number, reason: "backup version \(header.version.map(String.init) ?? "missing") is not one this Lore reads (up to \(Backup.version)): use a newer lore")
        }
        let known = Set(try Backup.migrations(db))
        let unknown = (header.migrations ?? []).filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw ImportError(line: number, reason: "the backup was made by a newer Lore (schema migrations \(unknown.joined(separator: ", ")) are unknown here): use a newer lore")
        }
        return header
    }

    mutating func insert(_ line: Line, line number: Int) throws {
        guard let table = tables[line.table] else {
            throw ImportError(line: number, reason: "there is no table \"\(line.table)\" in this database's schema")
        }
        let columns = line.row.keys.sorted()
        if let unknown = columns.first(where: { !table.columns.contains($0) }) {
            throw ImportError(line: number, reason: "table \(table.name) has no column \"\(unknown)\"")
        }
        let key = table.name + "\u{0}" + columns.joined(separator: "\u{0}")
        if statements[key] == nil {
            statements[key] = try db.makeStatement(sql: """
                INSERT INTO \(Backup.quote(table.name)) (\(columns.map(Backup.quote).joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
                """)
        }
        do {
            try statements[key]!.execute(arguments: StatementArguments(columns.map { line.row[$0]!.databaseValue }))
        } catch let error as DatabaseError {
            throw ImportError(line: number, reason: "table \(table.name): \(error.message ?? "\(error.resultCode)")")
        }
        report.rows[table.name, default: 0] += 1
    }

    /// A decoding failure in a sentence: malformed JSON, or JSON of the wrong shape.
    static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "malformed JSON; each line must be one JSON object"
        case .keyNotFound(let key, _):
            return "\"\(key.stringValue)\" is missing; a row line is {\"table\": NAME, \"row\": {COLUMN: VALUE, …}}"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "unexpected value at \(path.isEmpty ? "the top level" : path): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}
