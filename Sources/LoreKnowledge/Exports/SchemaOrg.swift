import Foundation
import LoreExtraction

/// schema.org JSON-LD for pages and exports, safe to embed in `<script type="application/ld+json">`.
///
/// How Lore's model maps onto schema.org:
/// - a work is a `TVSeries` or a `Movie` when its facts say so (episodes, seasons, renewals, or
///   the words its sources use: "series", "episode" against "film", "movie"), else a `CreativeWork`;
///   a season is a `CreativeWorkSeason` in `containsSeason`;
/// - a person is a `Person`; a casting is schema.org's role pattern on the work:
///   `actor: {"@type": "PerformanceRole", "actor": Person, "characterName": "Luke Cage"}`;
/// - a character has no schema.org type: it is a `Thing` whose `additionalType` is Wikidata's
///   "fictional character" (typing it `Person` would claim a real person), linked from works by
///   `character` and named in castings by `characterName`;
/// - crew are `director`, `author` (writer), `creator`, `producer` (and showrunner), `musicBy`
///   (composer); a platform is the `provider`; a franchise (a `CreativeWorkSeries`) is `isPartOf`;
///   a spinoff `isBasedOn` its parent; a filming place is `locationCreated`;
/// - every source article is a `NewsArticle` (headline, url, datePublished, publisher), listed
///   once in the `@graph` and linked from the entities by `subjectOf`.
///
/// JSON-LD states facts as facts, so only confirmed and reported facts about the screen are
/// included (pages show the rumours with their status); relationships between characters have
/// no schema.org property and are left to the graph. Entities are `#entity-ID` and articles their
/// URL (else `#article-ID`), so nodes that appear twice merge.
public enum SchemaOrg {
    /// Wikidata's class "fictional character".
    public static let fictionalCharacter = "https://www.wikidata.org/wiki/Q95074"

    /// The JSON-LD of one entity's page: the entity, the works it is linked to (with its roles in
    /// them), and the articles that state those facts. `related` adds facts between its neighbours
    /// (the castings of a work: `plays` facts whose `work` is it); `headlines` gives article titles.
    public static func jsonLD(_ report: EntityReport, related: [Fact] = [], headlines: [String: String] = [:]) -> String {
        document([report], related: related, headlines: headlines)
    }

    /// One `@graph` with a node for each report's entity, for pages about several entities and
    /// for the whole-database export.
    public static func document(_ reports: [EntityReport], related: [Fact] = [], headlines: [String: String] = [:]) -> String {
        var text = ""
        write(reports, related: related, headlines: headlines) { text += $0 }
        return text
    }

    /// `document`, handed to `write` one node at a time (an export of a large database).
    public static func write(_ reports: [EntityReport], related: [Fact] = [], headlines: [String: String] = [:],
                             to write: (String) throws -> Void) rethrows {
        var facts: [Fact] = []
        var seen: Set<Fact> = []
        for fact in reports.flatMap({ $0.groups.flatMap(\.facts) }) + related where seen.insert(fact).inserted {
            facts.append(fact)
        }
        let builder = GraphBuilder(facts: facts.filter(stands), headlines: headlines)
        try write(#"{"@context":"https://schema.org","@graph":["#)
        var first = true
        try builder.nodes(for: reports.map(\.entity)) { node in
            try write((first ? "" : ",") + node.text)
            first = false
        }
        try write("]}")
    }

    /// A story as an `ItemList` of the `NewsArticle`s that report it, oldest first; a syndicated
    /// near-copy `isBasedOn` the article it copies.
    public static func jsonLD(_ story: Story) -> String {
        let items: [JSONValue] = story.articles.enumerated().map { index, article in
            var node = Node(type: "NewsArticle", id: articleID(article.id, url: article.url))
            node.set("identifier", .string(article.id))
            if let title = article.title { node.set("headline", .string(title)) }
            if let url = article.url { node.set("url", .string(url)) }
            if let published = article.published { node.set("datePublished", .string(published)) }
            if let outlet = article.outlet { node.set("publisher", organization(outlet)) }
            if let original = article.copyOf, let source = story.articles.first(where: { $0.id == original }) {
                node.set("isBasedOn", .object([("@id", .string(articleID(source.id, url: source.url)))]))
            }
            return .object([("@type", "ListItem"), ("position", .integer(Int64(index + 1))), ("item", node.json)])
        }
        var list = Node(type: "ItemList", id: "#story-\(story.id)")
        list.set("name", .string(story.headline))
        list.set("numberOfItems", .integer(Int64(items.count)))
        list.set("itemListElement", .array(items))
        return JSONValue.object([("@context", "https://schema.org")] + list.members).text
    }

    /// Facts a page may state as true: confirmed or reported, about the screen.
    public static func stands(_ fact: Fact) -> Bool {
        (fact.status == .confirmed || fact.status == .reported) && fact.sources.contains { $0.scope == .screen }
    }

    static func articleID(_ id: String, url: String?) -> String {
        url ?? "#article-" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id)
    }

    static func organization(_ name: String) -> JSONValue {
        .object([("@type", "Organization"), ("name", .string(name))])
    }

    /// A schema.org Date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (seasons and quarters are not dates).
    static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count <= 3 && parts.first?.count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

/// A JSON-LD node whose properties keep the order they were first set; a property given
/// several values becomes an array.
struct Node {
    var members: [(String, JSONValue)] = []
    private var values: [String: [JSONValue]] = [:]
    private var order: [String] = []

    init(type: String, id: String) {
        set("@type", .string(type))
        set("@id", .string(id))
    }

    mutating func set(_ key: String, _ value: JSONValue) {
        if values[key] == nil { order.append(key) }
        values[key] = [value]
        rebuild()
    }

    /// Adds one more value to a property (each value once).
    mutating func add(_ key: String, _ value: JSONValue) {
        if values[key] == nil { order.append(key) }
        if values[key, default: []].contains(value) { return }
        values[key, default: []].append(value)
        rebuild()
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    private mutating func rebuild() {
        members = order.map { key in
            let list = values[key]!
            return (key, list.count == 1 ? list[0] : .array(list))
        }
    }

    var json: JSONValue { .object(members) }
}

/// Builds the `@graph` of a page or an export from the facts that stand.
struct GraphBuilder {
    let facts: [Fact]
    let headlines: [String: String]
    /// The schema.org type of each work, from all the facts that mention it.
    var workTypes: [Int64: String] = [:]
    var workIDs: [String: Int64] = [:]
    var workNames: [Int64: String] = [:]
    /// The positions in `facts` of the facts that mention each entity (a casting mentions its work).
    var factsOf: [Int64: [Int]] = [:]

    init(facts: [Fact], headlines: [String: String]) {
        self.facts = facts
        self.headlines = headlines
        var works: [Int64: [Fact]] = [:]
        for fact in facts {
            if fact.claim.subjectType == .work {
                works[fact.subjectID, default: []].append(fact)
                workIDs[fact.claim.subject] = workIDs[fact.claim.subject] ?? fact.subjectID
            }
            if fact.claim.objectType == .work, let id = fact.objectID {
                works[id, default: []].append(fact)
                workIDs[fact.claim.object] = workIDs[fact.claim.object] ?? id
            }
        }
        for (id, about) in works { workTypes[id] = WorkKind.schemaType(of: id, facts: about) }
        for (name, id) in workIDs { workNames[id] = name }
        for (index, fact) in facts.enumerated() {
            var ids = [fact.subjectID]
            if let object = fact.objectID, object != fact.subjectID { ids.append(object) }
            ids += worksOf(fact).filter { !ids.contains($0) }
            for id in ids { factsOf[id, default: []].append(index) }
        }
    }

    /// The entities' nodes, the works they are linked to (with the facts that link them), the
    /// castings whose work is unknown, then the articles: each node once.
    func nodes(for entities: [Entity], emit: (JSONValue) throws -> Void) rethrows {
        let mainIDs = Set(entities.map(\.id))
        var usedFacts: Set<Int> = []
        var rolesPlaced: Set<Int> = []
        for entity in entities {
            let positions = factsOf[entity.id] ?? []
            usedFacts.formUnion(positions)
            var node = Node(type: type(of: entity.type, id: entity.id), id: Self.entityID(entity.id))
            node.set("name", .string(entity.name))
            if entity.type == .character { node.set("additionalType", .string(SchemaOrg.fictionalCharacter)) }
            for alias in entity.aliases { node.add("alternateName", .string(alias.name)) }
            if entity.type == .work { describeWork(entity.id, in: &node, with: positions, placing: &rolesPlaced) }
            for article in articles(of: positions) { node.add("subjectOf", .object([("@id", .string(article))])) }
            try emit(node.json)
            // Linked works that are not entities of their own here (those carry all their facts).
            var linked: [Int64] = []
            for position in positions {
                let fact = facts[position]
                if fact.claim.subjectType == .work { linked.append(fact.subjectID) }
                if fact.claim.objectType == .work, let id = fact.objectID { linked.append(id) }
                linked += worksOf(fact)
            }
            var done: Set<Int64> = []
            for id in linked where !mainIDs.contains(id) && done.insert(id).inserted {
                guard let name = workNames[id] else { continue }
                var work = Node(type: workTypes[id] ?? "CreativeWork", id: Self.entityID(id))
                work.set("name", .string(name))
                describeWork(id, in: &work, with: positions, placing: &rolesPlaced)
                try emit(work.json)
            }
        }
        // Castings whose work is unknown stand as roles of their own.
        for position in usedFacts.sorted() where facts[position].claim.predicate == .plays && !rolesPlaced.contains(position) {
            try emit(performanceRole(facts[position]))
        }
        for node in articleNodes(articles(of: usedFacts.sorted())) { try emit(node) }
    }

    /// The properties `facts` give the work `id`.
    func describeWork(_ id: Int64, in node: inout Node, with positions: [Int], placing rolesPlaced: inout Set<Int>) {
        let isSeries = workTypes[id] == "TVSeries"
        var seasons: [Int: Node] = [:]
        func season(_ number: String?) -> Int? { number.flatMap { Int($0) } }
        // An actor with a role in the work is named by the role, not a second time on their own.
        let castings = positions.filter { facts[$0].claim.predicate == .plays && worksOf(facts[$0]).contains(id) }
        let cast = Set(castings.map { facts[$0].subjectID })
        for position in castings {
            let claim = facts[position].claim
            node.add("actor", performanceRole(facts[position], nested: true))
            node.add("character", ref(facts[position].objectID, claim.object, claim.objectType))
            rolesPlaced.insert(position)
        }
        for position in positions {
            let fact = facts[position], claim = fact.claim
            if fact.objectID == id, fact.subjectID != id {
                // A spinoff says it on its own node, as its isBasedOn.
                if [.appearsIn, .villainOf].contains(claim.predicate), !cast.contains(fact.subjectID) {
                    node.add(claim.subjectType == .character ? "character" : "actor", ref(fact.subjectID, claim.subject, claim.subjectType))
                }
                continue
            }
            guard fact.subjectID == id else { continue }
            let object = ref(fact.objectID, claim.object, claim.objectType)
            switch claim.predicate {
            case .crew:
                let property: String
                switch claim.qualifiers["role"] {
                case "director": property = "director"
                case "writer": property = "author"
                case "creator": property = "creator"
                case "producer", "showrunner": property = "producer"
                case "composer": property = "musicBy"
                default: property = "contributor"
                }
                node.add(property, object)
            case .platform: node.add("provider", object)
            case .partOf: node.add("isPartOf", object)
            case .spinoffOf: node.add("isBasedOn", object)
            case .filming: node.add("locationCreated", object)
            case .alias: node.add("alternateName", .string(claim.object))
            case .release where SchemaOrg.isDate(claim.object):
                if let number = season(claim.qualifiers["season"]) {
                    seasons[number, default: seasonNode(id, number)].set("startDate", .string(claim.object))
                } else {
                    node.set(isSeries ? "startDate" : "datePublished", .string(claim.object))
                }
            case .episodes:
                guard let count = Int64(claim.object) else { break }
                if let number = season(claim.qualifiers["season"]) {
                    seasons[number, default: seasonNode(id, number)].set("numberOfEpisodes", .integer(count))
                } else {
                    node.set("numberOfEpisodes", .integer(count))
                }
            case .renewal:
                if let number = season(claim.object) { seasons[number] = seasons[number] ?? seasonNode(id, number) }
            default:
                break
            }
        }
        if isSeries {
            for number in seasons.keys.sorted() { node.add("containsSeason", seasons[number]!.json) }
        }
    }

    func seasonNode(_ work: Int64, _ number: Int) -> Node {
        var node = Node(type: "CreativeWorkSeason", id: Self.entityID(work) + "-season-\(number)")
        node.set("seasonNumber", .integer(Int64(number)))
        return node
    }

    /// A casting: `{PerformanceRole, actor: Person, characterName}`; on its own (not nested in a
    /// work) it names the character it plays too.
    func performanceRole(_ fact: Fact, nested: Bool = false) -> JSONValue {
        var members: [(String, JSONValue)] = [("@type", "PerformanceRole"),
                                              ("actor", ref(fact.subjectID, fact.claim.subject, fact.claim.subjectType)),
                                              ("characterName", .string(fact.claim.object))]
        if !nested, let work = fact.claim.qualifiers["work"] { members.append(("description", .string("in " + work))) }
        return .object(members)
    }

    /// The works a casting is in: its `work` qualifier.
    func worksOf(_ fact: Fact) -> [Int64] {
        guard fact.claim.predicate == .plays, let work = fact.claim.qualifiers["work"], let id = workID(named: work) else { return [] }
        return [id]
    }

    func workID(named name: String) -> Int64? { workIDs[name] }

    func ref(_ id: Int64?, _ name: String, _ type: EntityType?) -> JSONValue {
        guard let id, let type else { return .string(name) }
        var members: [(String, JSONValue)] = [("@type", .string(self.type(of: type, id: id))), ("@id", .string(Self.entityID(id))),
                                              ("name", .string(name))]
        if type == .character { members.append(("additionalType", .string(SchemaOrg.fictionalCharacter))) }
        return .object(members)
    }

    func type(of type: EntityType, id: Int64) -> String {
        switch type {
        case .work: return workTypes[id] ?? "CreativeWork"
        case .person: return "Person"
        case .character: return "Thing"
        case .organization: return "Organization"
        case .franchise: return "CreativeWorkSeries"
        case .event: return "Event"
        case .place: return "Place"
        }
    }

    static func entityID(_ id: Int64) -> String { "#entity-\(id)" }

    /// The @ids of the articles behind the facts at `positions`, oldest first.
    func articles(of positions: [Int]) -> [String] {
        var byID: [String: Evidence] = [:]
        for position in positions { for source in facts[position].sources { byID[source.articleID] = source } }
        var seen: Set<String> = []
        return byID.values.sorted { ($0.published ?? "9999", $0.articleID) < ($1.published ?? "9999", $1.articleID) }
            .map { SchemaOrg.articleID($0.articleID, url: $0.url) }
            .filter { seen.insert($0).inserted }
    }

    func articleNodes(_ ids: [String]) -> [JSONValue] {
        var sources: [String: Evidence] = [:]
        for fact in facts { for source in fact.sources { sources[SchemaOrg.articleID(source.articleID, url: source.url)] = source } }
        return ids.compactMap { id in
            guard let source = sources[id] else { return nil }
            var node = Node(type: "NewsArticle", id: id)
            node.set("identifier", .string(source.articleID))
            if let headline = headlines[source.articleID] { node.set("headline", .string(headline)) }
            if let url = source.url { node.set("url", .string(url)) }
            if let published = source.published { node.set("datePublished", .string(published)) }
            if let outlet = source.outlet { node.set("publisher", SchemaOrg.organization(outlet)) }
            return node.json
        }
    }
}

/// Whether a work is a series or a film, from its facts and from the words its sources use.
enum WorkKind {
    static let seriesWords: Set<String> = ["series", "show", "season", "seasons", "episode", "episodes", "miniseries",
                                           "sitcom", "showrunner", "renewed"]
    static let filmWords: Set<String> = ["film", "films", "movie", "movies", "theaters", "theatres", "theatrical",
                                         "blockbuster", "sequel", "trilogy", "cinemas"]

    static func schemaType(of id: Int64, facts: [Fact]) -> String {
        let own = facts.filter { $0.subjectID == id }
        if own.contains(where: { [.episodes, .renewal].contains($0.claim.predicate) || $0.claim.qualifiers["season"] != nil }) {
            return "TVSeries"
        }
        var series = 0, film = 0
        for quote in Set(facts.flatMap { $0.sources.map(\.quote) }) {
            for word in quote.lowercased().split(whereSeparator: { !$0.isLetter }) {
                if seriesWords.contains(String(word)) { series += 1 }
                if filmWords.contains(String(word)) { film += 1 }
            }
        }
        if series > film { return "TVSeries" }
        if film > series { return "Movie" }
        return "CreativeWork"
    }
}
