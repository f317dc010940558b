import ArgumentParser
import Foundation
import LoreExtraction
import LoreKnowledge

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List facts, optionally about one entity or of one predicate.",
        discussion: """
            Each fact is one claim with its status, the number of sources and the date it was \
            first reported. json gives every source with its quote; csv suits spreadsheets.

            Predicates: \(FactPredicate.allCases.map(\.rawValue).joined(separator: ", ")).

            Example:
              lore facts --about "Luke Cage" --db marvel.sqlite
              lore facts --predicate release --format csv > releases.csv
              lore facts --about "The Defenders" --as-of 2017-01-31

            Status is derived from all the evidence every time: confirmed (asserted by two or \
            more outlets), reported (one), rumored, speculative, denied, contested (values that \
            cannot both hold, until a later report settles them), superseded (replaced by a more \
            precise or later value). --as-of DATE shows what was known on that date.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: ArgumentHelp("Only facts about the entity with this name or alias.", valueName: "name"))
    var about: String?

    @Option(help: ArgumentHelp("Only facts of this predicate.", valueName: "predicate"))
    var predicate: FactPredicate?

    @Option(help: "table for reading, json or csv for programs.")
    var format: Format = .table

    @Option(name: .customLong("as-of"), help: ArgumentHelp("What was known on this date: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
    var asOf: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws { _ = try AsOf.parse(asOf) }

    func run() throws {
        let store = try database.openExisting()
        let date = try AsOf.parse(asOf)
        if let about, try store.entities(named: about, asOf: date).isEmpty {
            Console.error("nothing is known about \"\(about)\"\(date.map { " as of \($0)" } ?? "") in \(database.path)")
            throw ExitCode.failure
        }
        let facts = try store.facts(about: about, predicate: predicate, asOf: date)
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
                                 fact.modality.rawValue, String(fact.sources.count), fact.outlets.joined(separator: "; "),
                                 fact.firstReported ?? "", fact.sources.first?.quote ?? ""])
            }
            Console.write(text)
        case .table:
            if facts.isEmpty {
                Console.error("no facts match")
                return
            }
            var table = TextTable(["SUBJECT", "PREDICATE", "OBJECT", "QUALIFIERS", "STATUS", "SOURCES", "OUTLETS", "FIRST REPORTED",
                                   "LAST REPORTED"])
            for fact in facts {
                let claim = fact.claim
                table.append([claim.subject, claim.predicate.rawValue, claim.object, describeQualifiers(claim.qualifiers),
                              fact.status.rawValue, String(fact.sources.count), String(fact.outlets.count),
                              fact.firstReported ?? "", fact.lastReported ?? ""])
            }
            Console.write(table.render())
        }
    }
}
