import GRDB
import Testing
@testable import LoreSQLite

/// The batch writer's rows go through SQLite's C API: what it binds must read back as GRDB
/// would have written it, and a failing row must say which statement failed.
@Suite struct DirectStatementTests {
    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE row (id INTEGER PRIMARY KEY, number INTEGER, text TEXT, flag BOOLEAN)")
        }
        return queue
    }

    @Test func valuesReadBackAsBound() throws {
        let queue = try Self.database()
        let rows = try queue.write { db in
            let insert = try DirectStatement(db, "INSERT INTO row (id, number, text, flag) VALUES (?, ?, ?, ?)")
            for (id, number, text, flag) in [(1, Int64?(42), String?("Matt Murdock"), true), (2, nil, "", false),
                                             (3, -7, "Zoë “Wade” Ōtsuka", true), (4, Int64.max, nil, false)] {
                try insert.execute { row in
                    row.add(id)
                    row.add(number)
                    row.add(text)
                    row.add(flag)
                }
            }
            return try Row.fetchAll(db, sql: "SELECT number, text, flag FROM row ORDER BY id")
        }
        #expect(rows.map { $0["number"] as Int64? } == [42, nil, -7, Int64.max])
        // The empty string stays a string, not NULL.
        #expect(rows.map { $0["text"] as String? } == ["Matt Murdock", "", "Zoë “Wade” Ōtsuka", nil])
        #expect(rows.map { $0["flag"] as Bool } == [true, false, true, false])
    }

    @Test func fetchesTheFirstColumnOrNothing() throws {
        let queue = try Self.database()
        try queue.write { db in
            try db.execute(sql: "INSERT INTO row (id, number, text) VALUES (1, 10, 'a'), (2, NULL, 'b')")
            let lookup = try DirectStatement(db, "SELECT number FROM row WHERE text = ?")
            #expect(try lookup.fetchInt64 { $0.add("a") } == 10)
            #expect(try lookup.fetchInt64 { $0.add("b") } == nil)
            #expect(try lookup.fetchInt64 { $0.add("c") } == nil)
            // The statement is reset after each run: the first lookup works again.
            #expect(try lookup.fetchInt64 { $0.add("a") } == 10)
        }
    }

    @Test func aFailingRowNamesItsStatementAndLeavesTheStatementUsable() throws {
        let queue = try Self.database()
        try queue.write { db in
            let insert = try DirectStatement(db, "INSERT INTO row (id, text) VALUES (?, ?)")
            try insert.execute { row in
                row.add(1)
                row.add("first")
            }
            let error = #expect(throws: DatabaseError.self) {
                try insert.execute { row in
                    row.add(1)
                    row.add("again")
                }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.sql == "INSERT INTO row (id, text) VALUES (?, ?)")
            try insert.execute { row in
                row.add(2)
                row.add("second")
            }
            #expect(try String.fetchAll(db, sql: "SELECT text FROM row ORDER BY id") == ["first", "second"])
        }
    }
}
