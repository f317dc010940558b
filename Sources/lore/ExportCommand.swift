import ArgumentParser
import Foundation
import LoreSQLite

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the knowledge graph as JSON-LD, CSV, DOT or iCalendar, or back it up as NDJSON.",
        discussion: """
            jsonld   schema.org JSON-LD: works (TVSeries, Movie), seasons, people, castings \
            (PerformanceRole with characterName) and the source articles (NewsArticle); only \
            confirmed and reported facts.
            csv      one row per fact and source: subject, predicate, object, qualifiers, status, \
            outlets, then the article, its URL, outlet, date, quote, modality and scope.
            dot      the graph of entities and facts for GraphViz (dot -Tsvg).
            ics      the release calendar, as `lore calendar --ics` writes it.
            ndjson   every row of every table: a lossless backup that `lore import` reads back.

            --about NAME limits jsonld, csv, dot and ics to the entities called NAME (as \
            `lore show` finds them) and their neighbours. A backup is always of everything.

            Examples:
              lore export --format csv --about "Luke Cage" --db marvel.sqlite > luke-cage.csv
              lore export --format dot --db marvel.sqlite | dot -Tsvg > graph.svg
              lore export --format ndjson --db marvel.sqlite --output marvel-backup.ndjson
            """
    )

    @Option(help: ArgumentHelp("jsonld, csv, dot, ics or ndjson.", valueName: "format"))
    var format: ExportFormat

    @Option(help: ArgumentHelp("Only the entities called this and their neighbours.", valueName: "name"))
    var about: String?

    @Option(name: [.customShort("o"), .long],
            help: ArgumentHelp("Write to this file instead of standard output (written whole or not at all).", valueName: "file"))
    var output: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        guard let output else {
            try store.export(format, about: about) { FileHandle.standardOutput.write(Data($0.utf8)) }
            return
        }
        // Written next to the target and moved over it at the end, so a failed export never
        // leaves half a file where a good one was.
        let partial = output + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            Console.error("cannot write \(output): check that its folder exists and is writable")
            throw ExitCode.failure
        }
        do {
            try store.export(format, about: about) { try handle.write(contentsOf: Data($0.utf8)) }
            try handle.close()
            _ = try? FileManager.default.removeItem(atPath: output)
            try FileManager.default.moveItem(atPath: partial, toPath: output)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}
