import ArgumentParser
import Foundation
import LoreExtraction
import LoreSQLite

@main
struct Lore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lore",
        abstract: "Keep a sourced knowledge graph of film and TV franchises from entertainment news.",
        discussion: """
            Lore reads news articles (plain text, Markdown, JSON lines), extracts the works, \
            characters, people and facts they report, and keeps every fact with the articles \
            that state it, how certain each was and whether it is about the screen or the comics.

            Start with the bundled sample corpus:
              lore demo
              lore show "Luke Cage" --db lore-demo.sqlite

            Exit status: 0 when every input was read, 3 when some inputs were skipped (the rest \
            is still used), 1 for usage errors and failures. Results go to standard output, \
            messages to standard error.
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Extract.self, Read.self, Show.self, Facts.self, Stories.self, CalendarCommand.self, Changes.self, Timeline.self, Explain.self, Merge.self, Split.self, Follow.self, Watch.self, Reprocess.self, Serve.self, ExportCommand.self, ImportCommand.self, Demo.self, Benchmark.self, Timex.self]
    )

    /// Like ArgumentParser's main, except that usage errors exit with 1 (as documented) and
    /// store errors print as one clear line. Commands that wait on the network or serve
    /// requests are `AsyncParsableCommand`s; the others run as they are.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as StoreError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.write(fullMessage(for: error) + "\n", to: .standardError)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}

extension EntityType: ExpressibleByArgument {}
extension FactPredicate: ExpressibleByArgument {}

/// The `--db` option shared by the commands that use a database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database file.", valueName: "file"))
    var path: String = "lore.sqlite"

    /// Opens the database, creating it if needed.
    func open() throws -> SQLiteStore { try SQLiteStore(path: path) }

    /// Opens a database that must already exist (reading commands never create one).
    func openExisting() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("no database at \(path): run `lore ingest PATH… --db \(path)` first, or pass --db FILE")
            throw ExitCode.failure
        }
        return try SQLiteStore(path: path)
    }
}

/// Standard output for results, standard error for messages.
enum Console {
    enum Stream { case standardOutput, standardError }

    static func write(_ text: String, to stream: Stream = .standardOutput) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }

    /// UTF-8 bytes on standard output, as they are.
    static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// A message on standard error, prefixed with `lore:`.
    static func error(_ message: String) {
        write("lore: " + message + "\n", to: .standardError)
    }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
