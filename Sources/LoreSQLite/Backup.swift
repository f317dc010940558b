import Foundation
import GRDB
import LoreKnowledge

/// The NDJSON backup: a header line, then one line per row of every table,
///
///     {"format":"lore-backup","version":1,"migrations":["v1",…],"sequences":{"claim":42,…}}
///     {"table":"article","row":{"id":"a1","url":null,…}}
///
/// Integers are JSON numbers, text JSON strings, NULL is null; a REAL is `{"real":"0.5"}` and a
/// BLOB `{"base64":"…"}`, so that nothing is lost to a JSON number's precision. The dump is
/// generic: it reads the tables from the schema (in the order they were created, rows by rowid
/// or primary key), so tables added later are backed up without changes here. Left out:
/// SQLite's own tables, GRDB's migration list (the header names the migrations instead), the
/// shadow tables of virtual tables, and full-text indexes over another table's content (rebuilt
/// on import). A full-text table that stores its own content is dumped with its rowids.
enum Backup {
    static let format = "lore-backup"
    static let version = 1

    /// A table as the backup sees it.
    struct Table {
        var name: String
        /// Real columns, in schema order; "rowid" first for a virtual table.
        var columns: [String]
        var isVirtual: Bool
        var orderBy: String

        var selectSQL: String {
            "SELECT \(columns.map(quote).joined(separator: ", ")) FROM \(quote(name)) ORDER BY \(orderBy)"
        }
    }

    struct Schema {
        /// The tables whose rows are dumped, in creation order.
        var tables: [Table]
        /// Full-text indexes over another table's content: rebuilt after an import.
        var rebuiltIndexes: [String]
    }

    static func schema(_ db: Database) throws -> Schema {
        let entries = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        let virtualNames = entries.compactMap { row -> String? in
            let sql: String = row["sql"] ?? ""
            return sql.uppercased().hasPrefix("CREATE VIRTUAL TABLE") ? row["name"] : nil
        }
        var schema = Schema(tables: [], rebuiltIndexes: [])
        for row in entries {
            let name: String = row["name"], sql: String = row["sql"] ?? ""
            if name.hasPrefix("sqlite_") || name == "grdb_migrations" { continue }
            // FTS5 keeps its index in shadow tables named after it (x_data, x_idx, x_content…).
            if virtualNames.contains(where: { name.hasPrefix($0 + "_") }) { continue }
            let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(quote(name)))")
            var columns = info.map { $0["name"] as String }
            let isVirtual = virtualNames.contains(name)
            if isVirtual {
                switch contentOption(sql) {
                case .external: schema.rebuiltIndexes.append(name); continue
                case .none: continue // contentless: nothing to dump, nothing to rebuild from
                case .stored: columns.insert("rowid", at: 0)
                }
            }
            let orderBy: String
            if sql.uppercased().contains("WITHOUT ROWID") {
                let key = info.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
                orderBy = key.map { quote($0["name"]) }.joined(separator: ", ")
            } else {
                orderBy = "rowid"
            }
            schema.tables.append(Table(name: name, columns: columns, isVirtual: isVirtual, orderBy: orderBy))
        }
        return schema
    }

    enum Content { case stored, external, none }

    /// Where a full-text table's text lives: in the table itself, in another table
    /// (`content='articleText'`), or nowhere (`content=''`).
    static func contentOption(_ sql: String) -> Content {
        let text = Array(sql.lowercased().unicodeScalars)
        let word = Array("content".unicodeScalars)
        var index = 0
        while index + word.count <= text.count {
            defer { index += 1 }
            guard Array(text[index..<index + word.count]) == word else { continue }
            if index > 0, text[index - 1].properties.isAlphabetic || text[index - 1] == "_" { continue }
            var next = index + word.count
            while next < text.count, text[next] == " " { next += 1 }
            guard next < text.count, text[next] == "=" else { continue }
            next += 1
            while next < text.count, text[next] == " " { next += 1 }
            let rest = String(String.UnicodeScalarView(text[next...]))
            return rest.hasPrefix("''") || rest.hasPrefix("\"\"") ? .none : .external
        }
        return .stored
    }

    static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func migrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    /// AUTOINCREMENT counters: restored so that ids given after an import are the ones the
    /// original database would have given.
    static func sequences(_ db: Database) throws -> [(String, Int64)] {
        guard try db.tableExists("sqlite_sequence") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence ORDER BY name").map { ($0["name"], $0["seq"]) }
    }

    static func header(migrations: [String], sequences: [(String, Int64)]) -> JSONValue {
        .object([("format", .string(format)), ("version", .integer(Int64(version))),
                 ("migrations", .array(migrations.map(JSONValue.string))),
                 ("sequences", .object(sequences.map { ($0.0, .integer($0.1)) }))])
    }

    static func value(_ value: DatabaseValue) -> JSONValue {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .object([("real", .string("\(number)"))])
        case .string(let text): return .string(text)
        case .blob(let data): return .object([("base64", .string(data.base64EncodedString()))])
        }
    }
}

extension SQLiteStore {
    /// Writes every table's rows as NDJSON, in chunks of about 64 KB.
    func writeBackup(_ write: (String) throws -> Void) throws {
        // The caller's errors (a full disk) pass through unchanged; the database's are wrapped.
        var callerError: (any Error)?
        do {
            try read("writing the backup") { db in
                var buffer = ""
                func flush(_ force: Bool) throws {
                    guard force || buffer.utf8.count >= 65_536 else { return }
                    do { try write(buffer) } catch { callerError = error; throw error }
                    buffer = ""
                }
                Backup.header(migrations: try Backup.migrations(db), sequences: try Backup.sequences(db)).write(to: &buffer)
                buffer += "\n"
                for table in try Backup.schema(db).tables {
                    let prefix = "{\"table\":" + JSONValue.string(table.name).text + ",\"row\":{"
                    let keys = table.columns.map { JSONValue.string($0).text + ":" }
                    let rows = try Row.fetchCursor(db, sql: table.selectSQL)
                    while let row = try rows.next() {
                        buffer += prefix
                        for (index, key) in keys.enumerated() {
                            if index > 0 { buffer += "," }
                            buffer += key
                            Backup.value(row[index] as DatabaseValue).write(to: &buffer)
                        }
                        buffer += "}}\n"
                        try flush(false)
                    }
                }
                try flush(true)
            }
        } catch {
            throw callerError ?? error
        }
    }
}
