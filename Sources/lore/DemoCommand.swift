import ArgumentParser
import Foundation
import LoreKnowledge
import LoreReading
import LoreSQLite

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a database from the bundled sample corpus, summarise its universe and serve the web UI.",
        discussion: """
            Ingests the sample articles that come with Lore into a fresh database (an existing \
            file at --db is replaced) and prints the works with platform and release, who plays \
            whom, the villains, the relationships, and the counts, then serves the web UI and \
            the API on it (as `lore serve`) until interrupted; --no-serve stops after the \
            summary. Explore it afterwards with show and facts.

            Example:
              lore demo
              lore demo --no-serve && lore show "Jessica Jones" --db lore-demo.sqlite
            """
    )

    @Option(name: .customLong("db"), help: ArgumentHelp("Where to build the demo database.", valueName: "file"))
    var path: String = "lore-demo.sqlite"

    @Flag(help: "Stop after the summary instead of serving the web UI.")
    var noServe = false

    @Option(help: "The address to serve on.")
    var host = "127.0.0.1"

    @Option(help: "The port to serve on (0 picks a free one).")
    var port = 8080

    func run() async throws {
        guard let corpus = Self.sampleCorpus else {
            Console.error("the sample corpus Samples/articles.jsonl is missing from this build of lore; rebuild it with `swift build`")
            throw ExitCode.failure
        }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        let store = try SQLiteStore(path: path)
        let summary = try Ingestion(store: store, reader: ArticleReader()).run([corpus.path])
        Ingest.reportSkipped(summary.skipped)
        Console.write(Self.render(try store.summary(), database: path))
        guard !noServe else { return }
        Console.write("\n")
        try await Serve.serve(store: store, database: path, host: host, port: port,
                              token: ProcessInfo.processInfo.environment["LORE_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 })
    }

    static var sampleCorpus: URL? {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("Samples/articles.jsonl"),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// Only the statuses a reader should be warned about.
    static func note(_ status: ClaimStatus) -> String {
        status == .confirmed || status == .reported ? "" : " (\(status.rawValue))"
    }

    static func render(_ summary: UniverseSummary, database: String) -> String {
        let counts = summary.counts
        var text = "Lore demo: \(plural(counts.articles, "article")) → \(plural(counts.entities, "entity", "entities")), "
        text += "\(plural(counts.claims, "fact")) from \(plural(counts.evidence, "piece", "pieces")) of evidence\n"
        let types = counts.entitiesByType.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if !types.isEmpty { text += "Entities: " + types.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "\n" }

        text += "\nWorks\n"
        if summary.works.isEmpty { text += "  (none yet)\n" }
        for work in summary.works {
            var line = "  \(work.name)"
            if !work.platforms.isEmpty { line += " — " + work.platforms.joined(separator: ", ") }
            if let franchise = work.franchise { line += " — part of \(franchise)" }
            let releases = work.releases.map { release in
                (release.season.map { "season \($0): " } ?? "") + release.value + note(release.status)
            }
            if !releases.isEmpty { line += " — released " + releases.joined(separator: "; ") }
            text += line + "\n"
        }

        text += "\nWho plays whom\n"
        if summary.castings.isEmpty { text += "  (none yet)\n" }
        // Grouped by work; a pairing also known with a work is not repeated without one.
        let withWork = Set(summary.castings.filter { $0.work != nil }.map { "\($0.person)|\($0.character)" })
        var heading: String?
        for casting in summary.castings where casting.work != nil || !withWork.contains("\(casting.person)|\(casting.character)") {
            let group = casting.work ?? "(work not named)"
            if group != heading {
                text += "  \(group)\n"
                heading = group
            }
            text += "    \(casting.person) as \(casting.character)" + note(casting.status) + "\n"
        }

        text += "\nVillains\n"
        if summary.villains.isEmpty { text += "  (none yet)\n" }
        for villain in summary.villains {
            text += "  \(villain.villain) in \(villain.work)" + note(villain.status) + "\n"
        }

        text += "\nRelationships\n"
        if summary.relationships.isEmpty { text += "  (none yet)\n" }
        for relationship in summary.relationships {
            text += "  \(relationship.a) — \(relationship.kind) — \(relationship.b)"
                + (relationship.scope == .comics ? " (in the comics)" : "") + note(relationship.status) + "\n"
        }
        text += "\nDatabase: \(database). Try: lore show \"Luke Cage\" --db \(database)\n"
        return text
    }
}
