import ArgumentParser
import Foundation
import LoreSQLite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore an NDJSON backup made by `lore export --format ndjson` into a new database.",
        discussion: """
            The database must be new or empty: importing never merges. The backup is stored \
            whole or not at all: a bad line is reported with its number and reason, and the \
            database is left as it was (a database file the import created is removed).

            Example:
              lore export --format ndjson --db marvel.sqlite > backup.ndjson
              lore import backup.ndjson --db restored.sqlite
            """
    )

    @Argument(help: ArgumentHelp("The backup file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let handle: FileHandle
        if file == "-" {
            handle = FileHandle.standardInput
        } else if let opened = FileHandle(forReadingAtPath: file) {
            handle = opened
        } else {
            Console.error("cannot read \(file): no such file, or it is not readable")
            throw ExitCode.failure
        }
        let existed = FileManager.default.fileExists(atPath: database.path)
        do {
            let report = try database.open().importBackup(from: Lines(handle))
            let tables = report.rows.keys.sorted().map { "\($0) \(report.rows[$0]!)" }.joined(separator: ", ")
            Console.write("imported: \(report.totalRows) rows (\(tables.isEmpty ? "none" : tables))\n")
            if !report.rebuiltIndexes.isEmpty { Console.write("rebuilt: \(report.rebuiltIndexes.joined(separator: ", "))\n") }
            Console.write("database: \(database.path)\n")
        } catch {
            // Nothing was stored; a database file this import made is not left behind.
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
            }
            if let error = error as? ImportError {
                Console.error("\(file == "-" ? "standard input" : file):\(error.line): \(error.reason)")
                throw ExitCode.failure
            }
            throw error
        }
    }
}

/// The lines of a file, read 64 KB at a time, without their line ends.
struct Lines: Sequence, IteratorProtocol {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var start = 0
    var finished = false

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = end + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: 65_536)
            if chunk.isEmpty { finished = true } else { buffer += chunk }
        }
    }
}
