import ArgumentParser
import Foundation
import LoreExtraction
import LoreKnowledge

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show everything known about an entity, with the sources of each fact.",
        discussion: """
            Finds the entity by its name or any alias, ignoring case and punctuation, and prints \
            its type, aliases, and its facts grouped by predicate; each fact with its status \
            (confirmed, reported, rumored, …) and its sources: modality, outlet, date and quote. \
            A name that is both a character and a work (Luke Cage) shows both; --type picks one.

            Example:
              lore show "Luke Cage" --db marvel.sqlite
              lore show Daredevil --type work --format json
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

    func run() throws {
        let store = try database.openExisting()
        let reports = try store.reports(named: name, type: type)
        if reports.isEmpty {
            Console.error("nothing is known about \"\(name)\"\(type.map { " as a \($0.rawValue)" } ?? "") in \(database.path)")
            throw ExitCode.failure
        }
        switch format {
        case .json: Console.write(try JSON.prettyText(reports) + "\n")
        case .text: Console.write(reports.map(Self.render).joined(separator: "\n"))
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
            }
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
