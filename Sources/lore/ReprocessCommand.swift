import ArgumentParser
import Foundation
import LoreFetch
import LoreSQLite

struct Reprocess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Read every stored web page again with this version of Lore.",
        discussion: """
            Pages fetched by `lore ingest URL` and `lore watch` are kept compressed in the \
            database. After Lore improves, this reads them all again, without fetching, and \
            stores what they say now: an article that reads the same is unchanged, one that \
            reads differently replaces its earlier version and its evidence.

            Example:
              lore reprocess --db marvel.sqlite

            Exit status: 0 when every page was read, 3 when some could not be.
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        let report = try Reprocessing(store: store).run()
        let stored = report.stored
        Console.write("""
            pages: \(report.pages) (\(report.articles) read, \(report.failed.count) without an article)
            articles: \(stored.added) new, \(stored.replaced) replaced, \(stored.unchanged) unchanged
            new facts: \(stored.newClaims)

            """)
        Ingest.reportSkipped(report.failed)
        if !report.failed.isEmpty { throw ExitCode(3) }
    }
}
