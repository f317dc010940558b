import Foundation
import GRDB
import LoreExtraction
import LoreKnowledge

/// The formats `lore export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// schema.org JSON-LD: one `@graph` of works, people, characters and their source articles.
    case jsonld
    /// One row per fact and source (RFC 4180, with a header row).
    case csv
    /// The graph of entities and facts in GraphViz's DOT language.
    case dot
    /// The release calendar as iCalendar (RFC 5545), as `lore calendar --ics` writes it.
    case ics
    /// Every row of every table, one JSON object a line: a lossless backup `lore import` reads back.
    case ndjson

    public var mediaType: String {
        switch self {
        case .jsonld: return "application/ld+json"
        case .csv: return "text/csv"
        case .dot: return "text/vnd.graphviz"
        case .ics: return "text/calendar"
        case .ndjson: return "application/x-ndjson"
        }
    }

    public var fileExtension: String {
        switch self {
        case .jsonld: return "jsonld"
        case .csv: return "csv"
        case .dot: return "dot"
        case .ics: return "ics"
        case .ndjson: return "ndjson"
        }
    }
}

extension SQLiteStore {
    /// Writes the export in `format` to `write`, a chunk at a time. `about` restricts it to the
    /// entities called that (as `lore show` finds them) and their neighbours; an unknown name
    /// is an error that names it. A backup (`ndjson`) is always of everything.
    ///
    /// The facts of a CSV, DOT or JSON-LD export are read whole (a fact's status depends on the
    /// others of its slot), but the text is written as it is made; a backup streams its rows.
    public func export(_ format: ExportFormat, about: String? = nil, write: (String) throws -> Void) throws {
        if format == .ndjson {
            if let about {
                throw StoreError(database: path, reason: "an ndjson backup holds the whole database and cannot be limited to \"\(about)\": leave out --about, or choose jsonld, csv, dot or ics")
            }
            return try writeBackup(write)
        }
        let reports = try about.map { try reportsOrError(named: $0) }
        switch format {
        case .jsonld:
            if let reports {
                try SchemaOrg.write(reports, related: try neighbourhood(of: reports),
                                    headlines: try articleTitles(for: reports.flatMap { $0.groups.flatMap(\.facts) }), to: write)
            } else {
                // Every entity that a fact JSON-LD states is about (not those only rumoured).
                let facts = try self.facts().filter(SchemaOrg.stands)
                try SchemaOrg.write(try allReports(facts), headlines: try articleTitles(for: facts), to: write)
            }
        case .csv:
            try write(FactCSV.header)
            let facts = try reports.map { try factsAbout($0) } ?? self.facts()
            for fact in facts { try write(FactCSV.rows(fact)) }
        case .dot:
            let entityGraph = try reports.map { try graph(of: $0) } ?? EntityGraph(facts: try self.facts())
            try GraphViz.write(entityGraph, to: write)
        case .ics:
            let facts = try reports.map { try factsAbout($0) } ?? self.facts()
            try write(ICalendar.document(ReleaseCalendar.entries(facts)))
        case .ndjson:
            break
        }
    }

    /// The reports of the entities called `name`, or an error naming it.
    func reportsOrError(named name: String) throws -> [EntityReport] {
        let reports = try self.reports(named: name)
        if reports.isEmpty {
            throw StoreError(database: path, reason: "no entity is called \"\(name)\": check the name with `lore facts`, or export everything without --about")
        }
        return reports
    }

    /// The facts of the reports, each once.
    func factsAbout(_ reports: [EntityReport]) throws -> [Fact] {
        let ids = reports.map(\.entity.id)
        return try facts(aboutEntityIDs: ids, predicate: nil)
    }

    /// The graph of the entities of `reports` and their neighbours, the first in the middle:
    /// what the web page of an entity draws.
    public func graph(of reports: [EntityReport]) throws -> EntityGraph {
        let own = reports.flatMap { $0.groups.flatMap(\.facts) }
        let related = try neighbourhood(of: reports)
        return EntityGraph(centre: reports.first?.entity.id, facts: own + related,
                           centreNodes: reports.map { EntityGraph.Node(id: $0.entity.id, name: $0.entity.name, type: $0.entity.type) })
    }

    /// The facts between the neighbours of the reports' entities (who plays whom in a work,
    /// the relationships between its characters), and the castings in a work the reports are
    /// about: what `SchemaOrg.jsonLD(_:related:)` and `EntityGraph(_:related:)` take.
    public func neighbourhood(of reports: [EntityReport]) throws -> [Fact] {
        let own = reports.flatMap { $0.groups.flatMap(\.facts) }
        let centres = Set(reports.map(\.entity.id))
        let works = Set(reports.filter { $0.entity.type == .work }.map(\.entity.name))
        let neighbours = Set(own.flatMap { [$0.subjectID] + ($0.objectID.map { [$0] } ?? []) }).subtracting(centres)
        guard !neighbours.isEmpty else { return [] }
        let known = Set(own)
        return try facts(aboutEntityIDs: Array(neighbours).sorted(), predicate: nil).filter { fact in
            guard !known.contains(fact), let object = fact.objectID else { return false }
            let between = neighbours.contains(fact.subjectID) && neighbours.contains(object)
            let castInWork = fact.claim.predicate == .plays && fact.claim.qualifiers["work"].map(works.contains) == true
            return between || castInWork
        }
    }

    /// The titles of the articles, by id: the headlines of JSON-LD's `NewsArticle`s.
    public func articleTitles(for facts: [Fact]) throws -> [String: String] {
        let ids = Set(facts.flatMap { $0.sources.map(\.articleID) })
        guard !ids.isEmpty else { return [:] }
        return try read("reading article titles") { db in
            var titles: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, title FROM article WHERE title IS NOT NULL") {
                let id: String = row["id"]
                if ids.contains(id) { titles[id] = row["title"] }
            }
            return titles
        }
    }

    /// A report for every entity that facts mention (merged entities answer as their group).
    func allReports(_ facts: [Fact]) throws -> [EntityReport] {
        var factsOf: [Int64: [Fact]] = [:]
        var named: [Int64: (name: String, type: EntityType)] = [:]
        for fact in facts {
            factsOf[fact.subjectID, default: []].append(fact)
            named[fact.subjectID] = (fact.claim.subject, fact.claim.subjectType)
            if let object = fact.objectID, let type = fact.claim.objectType, object != fact.subjectID {
                factsOf[object, default: []].append(fact)
                named[object] = (fact.claim.object, type)
            }
        }
        let aliases = try read("reading aliases") { db in
            let groups = try EntityGroups.load(db)
            var aliases: [Int64: [Alias]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT al.entityId, al.key, MIN(al.name) AS name, COUNT(DISTINCT al.articleId) AS articles, e.key AS ownKey
                FROM alias al JOIN entity e ON e.id = al.entityId
                GROUP BY al.entityId, al.key ORDER BY articles DESC, name
                """) {
                let id = groups.canonicalID(row["entityId"]), key: String = row["key"]
                guard key != (row["ownKey"] as String), !groups.hides(alias: key, of: id),
                      let own = named[id], EntityKey.normalize(own.name) != key else { continue }
                if !aliases[id, default: []].contains(where: { EntityKey.normalize($0.name) == key }) {
                    aliases[id, default: []].append(Alias(name: row["name"], count: row["articles"]))
                }
            }
            return aliases
        }
        let typeOrder = Dictionary(uniqueKeysWithValues: EntityType.allCases.enumerated().map { ($1, $0) })
        return named.keys.sorted { a, b in
            (typeOrder[named[a]!.type]!, named[a]!.name, a) < (typeOrder[named[b]!.type]!, named[b]!.name, b)
        }.map { id in
            EntityReport(entity: Entity(id: id, name: named[id]!.name, type: named[id]!.type, aliases: aliases[id] ?? []),
                         facts: factsOf[id] ?? [])
        }
    }
}

/// One CSV row per fact and source.
enum FactCSV {
    static let columns = ["subject", "subject_type", "predicate", "object", "object_type", "qualifiers", "status", "outlets",
                          "article_id", "url", "outlet", "published", "quote", "modality", "scope"]
    static let header = line(columns)

    static func rows(_ fact: Fact) -> String {
        let claim = fact.claim
        let qualifiers = claim.qualifiers.keys.sorted().map { "\($0)=\(claim.qualifiers[$0]!)" }.joined(separator: "; ")
        let outlets = String(Set(fact.sources.map(\.source)).count)
        return fact.sources.map { source in
            line([claim.subject, claim.subjectType.rawValue, claim.predicate.rawValue, claim.object, claim.objectType?.rawValue ?? "",
                  qualifiers, fact.status.rawValue, outlets, source.articleID, source.url ?? "", source.outlet ?? "",
                  source.published ?? "", source.quote, source.modality.rawValue, source.scope.rawValue])
        }.joined()
    }

    /// RFC 4180: fields with commas, quotes or line breaks are quoted; lines end with CRLF.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
