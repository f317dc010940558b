import GRDB

/// A database Lore could not open, read or write: names the file and says why and what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The database file, or `:memory:`.
    public var database: String
    public var reason: String

    public init(database: String, reason: String) {
        self.database = database
        self.reason = reason
    }

    public var description: String { "\(database): \(reason)" }

    /// Wraps an SQLite failure with the file it happened on and a hint.
    static func wrapping(_ error: any Error, database: String, while doing: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return StoreError(database: database, reason: "\(doing) failed: \(error)")
        }
        let hint: String
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            hint = "; it is not a Lore database or it is damaged: pass another --db file"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            hint = "; another lore process is using it: wait for it to finish"
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            hint = "; check that the file and its folder are writable"
        case .SQLITE_FULL:
            hint = "; the disk is full"
        default:
            hint = ""
        }
        return StoreError(database: database, reason: "\(doing) failed: \(error.message ?? "\(error.resultCode)")\(hint)")
    }
}
