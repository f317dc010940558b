import ArgumentParser
import Foundation
import LoreExtraction
import LoreKnowledge

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about an entity, with the sources of each fact.",
        discussion: """
            Finds the entity by its name or any alias, ignoring case and punctuation, and prints \
            its type, aliases, and its facts grouped by predicate; each fact with its status \
            (confirmed, reported, rumored, …) and its sources: modality, outlet, date and quote. \
            A name that is both a character and a work (Luke Cage) shows both; --type picks one.

            Example:
              lore show "Luke Cage" --db marvel.sqlite
              lore show Daredevil --type work --format json
              lore show "The Defenders" --as-of 2017-01-31

            A much-reported entity lists its best-supported facts of each kind (25) with their \
            first sources (3), and the latest values (10) of a release or episode count that \
            changed, and says how many more there are; --all lists everything.

            With --as-of DATE, only what articles published by then said, with the statuses \
            it had then. A release or episode count that changed shows its history: each value \
            with when it was first and last reported.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The entity's name or an alias.")
    var name: String

    @Option(help: ArgumentHelp("Only entities of this type.", valueName: "type"))
    var type: EntityType?

    @OptionGroup var database: DatabaseOptions

    @Option(help: "text for reading, json for programs.")
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: ArgumentHelp("What was known on this date: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
    var asOf: String?

    @Flag(help: "List every fact and every source, however many.")
    var all = false

    func validate() throws { _ = try AsOf.parse(asOf) }

    func run() throws {
        let store = try database.openExisting()
        let date = try AsOf.parse(asOf)
        let reports = all || date != nil ? try store.reports(named: name, type: type, asOf: date)
                                         : try store.reports(named: name, type: type, limit: .standard)
        if reports.isEmpty {
            Console.error("nothing is known about \"\(name)\"\(type.map { " as a \($0.rawValue)" } ?? "")\(date.map { " as of \($0)" } ?? "") in \(database.path)")
            throw ExitCode.failure
        }
        switch format {
        case .json: Console.write(try JSON.prettyText(reports) + "\n")
        case .text: Console.write((date.map { "as known on \($0)\n\n" } ?? "") + reports.map(Self.render).joined(separator: "\n"))
        }
    }

    static func render(_ report: EntityReport) -> String {
        let entity = report.entity
        var text = "\(entity.name) (\(entity.type.rawValue))\n"
        if !entity.aliases.isEmpty {
            text += "  also called: " + entity.aliases.map { "\($0.name) (\(plural($0.count, "article")))" }.joined(separator: ", ") + "\n"
        }
        text += "  mentioned in \(plural(entity.articleCount, "article"))"
        if let first = entity.firstSeen, let last = entity.lastSeen {
            text += first == last ? ", \(first)" : ", \(first) to \(last)"
        }
        text += "\n"
        if report.groups.isEmpty { text += "  no facts yet\n" }
        for group in report.groups {
            text += "\n  \(group.label)\n"
            for fact in group.facts {
                text += "    \(describe(fact, from: group.role)) — \(fact.status.rawValue)\n"
                for source in fact.sources {
                    var line = "      \(source.modality.rawValue)"
                    if source.scope != .screen { line += " (\(source.scope.rawValue))" }
                    line += " · \(source.outlet ?? source.articleID)"
                    if let published = source.published { line += " · \(published)" }
                    line += " · \"\(clip(oneLine(source.quote), 160))\""
                    text += line + "\n"
                }
                if fact.evidenceCount > fact.sources.count {
                    text += "      … and \(plural(fact.evidenceCount - fact.sources.count, "more source")) (\(plural(fact.outletCount, "outlet")) in all)\n"
                }
            }
            if group.total > group.facts.count {
                text += "    … and \(group.total - group.facts.count) more: lore facts \"\(entity.name)\" --predicate \(group.predicate.rawValue)\n"
            }
        }
        if !report.histories.isEmpty { text += "\n  history\n" }
        for history in report.histories {
            var label = history.predicate.rawValue
            if let season = history.season { label += ", season \(season)" }
            let values = history.values.map { value -> String in
                var when = value.firstReported ?? "undated"
                if let last = value.lastReported, last != value.firstReported { when += " to \(last)" }
                return "\(value.value) (\(when), \(value.status.rawValue))"
            }
            let earlier = history.earlier.map { ["… \($0) earlier"] } ?? []
            text += "    \(label): " + (earlier + values).joined(separator: " → ") + "\n"
        }
        return text
    }

    /// The fact seen from the reported entity: the other side, and the qualifiers.
    static func describe(_ fact: Fact, from role: FactGroup.Role) -> String {
        let claim = fact.claim
        var other: String
        if role == .subject {
            other = claim.object
            if let type = claim.objectType, type == .character || type == .work { other += " (\(type.rawValue))" }
        } else {
            other = claim.subject
            if claim.subjectType == .character || claim.subjectType == .work { other += " (\(claim.subjectType.rawValue))" }
        }
        let qualifiers = describeQualifiers(claim.qualifiers)
        return qualifiers.isEmpty ? other : "\(other), \(qualifiers)"
    }
}

func clip(_ text: String, _ length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
}
