import ArgumentParser
import Foundation
import LoreFetch
import LoreReading
import LoreSQLite

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles, extract their facts and store them in a database.",
        discussion: """
            Reads plain-text and Markdown files (one article each: the file name is the id, the \
            first line the title), web pages (.html, .htm: the article's text, title, date and \
            site are read from the page), http(s) URLs of web pages (fetched politely, kept \
            compressed for `lore reprocess`; see `lore follow`), folders (recursively), JSON lines files ({"id", "url"?, \
            "outlet"?, "title"?, "published"?, "text"} per line) and - for standard input.

            Ingesting an unchanged article again changes nothing; a changed article (same id or \
            same URL, new text) replaces its earlier evidence. Inputs that cannot be read are \
            skipped and listed at the end with the reason; everything else is stored.

            Example:
              lore ingest news/ extra.jsonl --db marvel.sqlite
              lore ingest note.txt --published 2017-01-31
              lore ingest saved-pages/ --db marvel.sqlite
              lore ingest https://news.example/2017/iron-fist-premiere-date

            Exit status: 0 when every input was read, 3 when some were skipped, 1 on errors.
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, http(s) URLs, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Publication date of plain-text articles: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
    var published: String?

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var fetching: FetchOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, folder, or - for standard input.") }
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \(published) is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }
    }

    func run() async throws {
        lexicon.apply()
        let store = try database.open()
        // URLs are fetched first, through the same politeness and safety rules as `lore watch`.
        var fetched: [Result<Article, ReadingError>] = []
        let urls = paths.filter(isURL)
        if !urls.isEmpty {
            fetched = try await Fetcher.with(fetching.settings) { fetcher in
                let pages = PageFetching(fetcher: fetcher, store: store)
                var results: [Result<Article, ReadingError>] = []
                for url in urls { results.append(try await pages.article(at: url)) }
                return results
            }
        }
        let files = paths.filter { !isURL($0) }
        let ingestion = Ingestion(store: store, reader: ArticleReader(published: published, pages: .html),
                                  progress: ProgressLine.forTerminal(label: "ingesting", paths: files))
        let summary = try ingestion.run(files, fetched: fetched)
        let counts = try store.counts()
        Console.write(Self.describe(summary, totalEntities: counts.entities, totalFacts: counts.claims, database: database.path))
        Self.reportSkipped(summary.skipped)
        if !summary.skipped.isEmpty { throw ExitCode(3) }
    }

    static func describe(_ summary: Ingestion.Summary, totalEntities: Int, totalFacts: Int, database: String) -> String {
        let stored = summary.stored
        var parts: [String] = []
        if stored.added > 0 { parts.append("\(stored.added) new") }
        if stored.replaced > 0 { parts.append("\(stored.replaced) replaced") }
        if stored.unchanged > 0 { parts.append("\(stored.unchanged) unchanged") }
        var text = "read: \(plural(summary.read, "article"))" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")") + "\n"
        text += "skipped: \(summary.skipped.count)\n"
        text += "new entities: \(stored.newEntities) (\(totalEntities) in the database)\n"
        text += "new facts: \(stored.newClaims) (\(totalFacts) in the database)\n"
        if stored.removedClaims > 0 || stored.removedEntities > 0 {
            text += "removed by replaced articles: \(plural(stored.removedClaims, "fact")), \(plural(stored.removedEntities, "entity", "entities"))\n"
        }
        text += "database: \(database)\n"
        return text
    }

    /// One line per skipped input on standard error: file, line and reason.
    static func reportSkipped(_ skipped: [ReadingError]) {
        guard !skipped.isEmpty else { return }
        var text = "lore: skipped \(plural(skipped.count, "input")):\n"
        for error in skipped { text += "  \(error)\n" }
        Console.write(text, to: .standardError)
    }
}

func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
}
