import GRDB
import GRDBSQLite

/// A cached GRDB statement run through SQLite's C API. Ingest runs a few statements for every
/// alias, claim and piece of evidence; for rows that small, GRDB's argument arrays and checks
/// cost more than SQLite's own work.
struct DirectStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// The values of one run, bound in the order of the statement's `?`s.
    struct Values {
        fileprivate let handle: SQLiteStatement
        private var index: CInt = 0

        fileprivate init(_ handle: SQLiteStatement) { self.handle = handle }

        mutating func add(_ value: Int64) {
            index += 1
            sqlite3_bind_int64(handle, index, value)
        }

        mutating func add(_ value: Int) { add(Int64(value)) }

        mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }

        mutating func add(_ value: Int64?) {
            guard let value else { return addNull() }
            add(value)
        }

        mutating func add(_ value: String) {
            index += 1
            var value = value
            let handle = handle, index = index
            // Copied by SQLite (SQLITE_TRANSIENT): the String's bytes do not outlive the closure.
            value.withUTF8 { bytes in
                // An empty buffer may have no address; "" keeps it a string, not NULL.
                guard let start = bytes.baseAddress else { return _ = sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                let text = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
                sqlite3_bind_text(handle, index, text, CInt(bytes.count), Self.transient)
            }
        }

        mutating func add(_ value: String?) {
            guard let value else { return addNull() }
            add(value)
        }

        private mutating func addNull() {
            index += 1
            sqlite3_bind_null(handle, index)
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }

    /// Binds the values and runs the statement to its end.
    func execute(_ bind: (inout Values) -> Void) throws {
        try run(bind) { handle in
            var code = sqlite3_step(handle)
            while code == SQLITE_ROW { code = sqlite3_step(handle) }
            return code
        }
    }

    /// Binds the values, runs the statement and returns the first column of its first row as
    /// an integer, or nil when there is no row (or the value is NULL).
    func fetchInt64(_ bind: (inout Values) -> Void) throws -> Int64? {
        var value: Int64?
        try run(bind) { handle in
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW, sqlite3_column_type(handle, 0) != SQLITE_NULL { value = sqlite3_column_int64(handle, 0) }
            return code == SQLITE_ROW ? SQLITE_DONE : code
        }
        return value
    }

    private func run(_ bind: (inout Values) -> Void, _ steps: (SQLiteStatement) -> CInt) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var values = Values(handle)
        bind(&values)
        let code = steps(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) },
                                sql: statement.sql)
        }
    }
}
