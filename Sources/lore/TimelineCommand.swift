import ArgumentParser
import Foundation
import LoreKnowledge

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the production timeline of a work, each entry with its sources.",
        discussion: """
            In the order the news reported it: the first report, castings and crew, filming, \
            trailers, platform, release dates (with the values they replaced), episode counts, \
            renewal or cancellation. Each entry lists its sources: outlet, date and quote.

            Example:
              lore timeline "The Defenders" --db marvel.sqlite
              lore timeline "Luke Cage" --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The work's name or an alias.")
    var name: String

    @Option(help: "text for reading, json for programs.")
    var format: Format = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        let timelines = try store.timelines(named: name)
        if timelines.isEmpty {
            let others = try store.entities(named: name).map { "\($0.name) is a \($0.type.rawValue)" }
            Console.error("no work called \"\(name)\" in \(database.path)" + (others.isEmpty ? "" : " (" + others.joined(separator: "; ") + ")"))
            throw ExitCode.failure
        }
        switch format {
        case .json: Console.write(try JSON.prettyText(timelines) + "\n")
        case .text: Console.write(timelines.map(Self.render).joined(separator: "\n"))
        }
    }

    static func render(_ timeline: ProductionTimeline) -> String {
        var text = "\(timeline.work.name) (work): production timeline\n"
        if timeline.entries.isEmpty { text += "  nothing reported yet\n" }
        for entry in timeline.entries {
            var line = "  \((entry.date ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0))  "
            line += entry.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + clip(oneLine(entry.text), 100)
            if let status = entry.status { line += " — \(status.rawValue)" }
            text += line + "\n"
            for source in entry.sources.prefix(5) {
                var sourceLine = "      \(source.outlet ?? source.articleID)"
                if let published = source.published { sourceLine += " · \(published)" }
                if let quote = source.quote { sourceLine += " · \"\(clip(oneLine(quote), 110))\"" }
                text += sourceLine + "\n"
            }
            if entry.sources.count > 5 { text += "      and \(entry.sources.count - 5) more\n" }
        }
        return text
    }
}
