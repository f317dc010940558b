import ArgumentParser
import Foundation
import LoreExtraction
import LoreKnowledge

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List facts, optionally about one entity or of one predicate.",
        discussion: """
            Each fact is one claim with its status, the number of sources and the date it was \
            first reported. json gives every source with its quote; csv suits spreadsheets.

            Predicates: \(FactPredicate.allCases.map(\.rawValue).joined(separator: ", ")).

            Example:
              lore facts --about "Luke Cage" --db marvel.sqlite
              lore facts --predicate release --format csv > releases.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: ArgumentHelp("Only facts about the entity with this name or alias.", valueName: "name"))
    var about: String?

    @Option(help: ArgumentHelp("Only facts of this predicate.", valueName: "predicate"))
    var predicate: FactPredicate?

    @Option(help: "table for reading, json or csv for programs.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        if let about, try store.entities(named: about).isEmpty {
            Console.error("nothing is known about \"\(about)\" in \(database.path)")
            throw ExitCode.failure
        }
        let facts = try store.facts(about: about, predicate: predicate)
        switch format {
        case .json:
            Console.write(try JSON.prettyText(facts) + "\n")
        case .csv:
            var text = csvLine(["subject", "subject_type", "predicate", "object", "object_type", "qualifiers", "status",
                                "modality", "sources", "outlets", "first_reported", "quote"])
            for fact in facts {
                let claim = fact.claim
                text += csvLine([claim.subject, claim.subjectType.rawValue, claim.predicate.rawValue, claim.object,
                                 claim.objectType?.rawValue ?? "", describeQualifiers(claim.qualifiers), fact.status.rawValue,
                                 fact.modality.rawValue, String(fact.sources.count), Self.outlets(fact).joined(separator: "; "),
                                 fact.firstReported ?? "", fact.sources.first?.quote ?? ""])
            }
            Console.write(text)
        case .table:
            if facts.isEmpty {
                Console.error("no facts match")
                return
            }
            var table = TextTable(["SUBJECT", "PREDICATE", "OBJECT", "QUALIFIERS", "STATUS", "SOURCES", "FIRST REPORTED"])
            for fact in facts {
                let claim = fact.claim
                table.append([claim.subject, claim.predicate.rawValue, claim.object, describeQualifiers(claim.qualifiers),
                              fact.status.rawValue, String(fact.sources.count), fact.firstReported ?? ""])
            }
            Console.write(table.render())
        }
    }

    static func outlets(_ fact: Fact) -> [String] {
        var seen: [String] = []
        for source in fact.sources where !seen.contains(source.source) { seen.append(source.source) }
        return seen
    }
}
