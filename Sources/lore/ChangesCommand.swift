import ArgumentParser
import Foundation
import LoreKnowledge
import LoreReading

struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List what changed since a date: new facts, new values, new statuses.",
        discussion: """
            Compares what was known before DATE (articles published earlier) with what is known \
            now: facts that are new, releases or episode counts that got another value (with the \
            values before), and facts whose status changed (reported → confirmed, → superseded…).

            Example:
              lore changes --since 2017-01 --db marvel.sqlite
              lore changes --since 2017-04-01 --about "The Defenders" --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: ArgumentHelp("Changes reported on or after this date: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
    var since: String

    @Option(help: ArgumentHelp("Only facts about the entity with this name or alias.", valueName: "name"))
    var about: String?

    @Option(help: "table for reading, json for programs.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func validate() throws { _ = try Self.dayBefore(since) }

    /// The last day before the period `since` names: what was known just before it began.
    static func dayBefore(_ since: String) throws -> String {
        guard let date = CalendarDate(iso: since) else {
            throw ValidationError("--since \(since) is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }
        let first = date.firstDay
        if let day = first.day, day > 1 { return CalendarDate(year: first.year, month: first.month, day: day - 1).description }
        if let month = first.month, month > 1 { return CalendarDate(year: first.year, month: month - 1).lastDay.description }
        return CalendarDate(year: first.year - 1).lastDay.description
    }

    func run() throws {
        let store = try database.openExisting()
        if let about, try store.entities(named: about).isEmpty {
            Console.error("nothing is known about \"\(about)\" in \(database.path)")
            throw ExitCode.failure
        }
        let changes = FactChange.between(try store.facts(about: about, asOf: try Self.dayBefore(since)),
                                         try store.facts(about: about))
        switch format {
        case .json:
            Console.write(try JSON.prettyText(changes) + "\n")
        case .table:
            if changes.isEmpty {
                Console.error("nothing changed since \(since)")
                return
            }
            var table = TextTable(["CHANGE", "SUBJECT", "PREDICATE", "OBJECT", "QUALIFIERS", "STATUS", "WAS", "OUTLETS", "FIRST REPORTED"])
            for change in changes {
                let claim = change.fact.claim
                table.append([change.kind.rawValue, claim.subject, claim.predicate.rawValue, claim.object,
                              describeQualifiers(claim.qualifiers), change.fact.status.rawValue, change.was.joined(separator: ", "),
                              String(change.fact.outlets.count), change.fact.firstReported ?? ""])
            }
            Console.write(table.render())
        }
    }
}
