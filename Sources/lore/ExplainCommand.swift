import ArgumentParser
import Foundation
import LoreKnowledge

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why two names are, or are not, one entity.",
        discussion: """
            Names are one entity when they are the same name once case, accents, punctuation \
            and a leading "the" are ignored, or when articles use one as an alias of the other; \
            a character and a work that share a name stay two entities. For two different \
            entities, says how many articles mention both and which facts link them.

            Example:
              lore explain "Luke Cage" Luke --db marvel.sqlite
              lore explain "The Defenders" defenders
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The first name.")
    var a: String

    @Argument(help: "The second name.")
    var b: String

    @Option(help: "text for reading, json for programs.")
    var format: Format = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        let explanation = try store.explain(a, b)
        if explanation.matchesA.isEmpty || explanation.matchesB.isEmpty {
            for line in explanation.lines { Console.error(line + " in \(database.path)") }
            throw ExitCode.failure
        }
        switch format {
        case .json: Console.write(try JSON.prettyText(explanation) + "\n")
        case .text: Console.write(explanation.lines.joined(separator: "\n") + "\n")
        }
    }
}
