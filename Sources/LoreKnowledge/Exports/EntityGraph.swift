import LoreExtraction

/// The entities and the facts between them, ready to draw (`GraphSVG`, `GraphViz`): the
/// neighbourhood of one entity (its cast and roles, relationships, villains, works…) or the
/// whole graph. Facts whose object is a literal (a date, a number) are not edges.
public struct EntityGraph: Sendable, Hashable, Codable {
    public struct Node: Sendable, Hashable, Codable, Identifiable {
        public var id: Int64
        public var name: String
        public var type: EntityType

        public init(id: Int64, name: String, type: EntityType) {
            self.id = id
            self.name = name
            self.type = type
        }
    }

    /// A fact from its subject to its object.
    public struct Edge: Sendable, Hashable, Codable {
        public var from: Int64
        public var to: Int64
        public var predicate: FactPredicate
        /// How the fact reads from subject to object: "plays", "villain of", "romantic", "director"…
        public var label: String
        public var status: ClaimStatus

        public init(from: Int64, to: Int64, predicate: FactPredicate, label: String, status: ClaimStatus) {
            self.from = from
            self.to = to
            self.predicate = predicate
            self.label = label
            self.status = status
        }
    }

    /// The entity the graph is about (drawn in the middle), or nil for a whole graph.
    public var centre: Int64?
    /// The centre first, then the others by type and name.
    public var nodes: [Node]
    public var edges: [Edge]

    public init(centre: Int64?, nodes: [Node], edges: [Edge]) {
        self.centre = centre
        self.nodes = nodes
        self.edges = edges
    }

    /// The graph of every entity the facts link: one edge per fact.
    public init(facts: [Fact]) {
        self.init(centre: nil, facts: facts)
    }

    /// The entity of `report` and its neighbours, with the report's facts as edges; `related`
    /// adds the facts between two of those neighbours (the relationships between a work's
    /// characters) and, for a work, its castings (who plays whom in it).
    public init(_ report: EntityReport, related: [Fact] = []) {
        let own = report.groups.flatMap(\.facts)
        let neighbours = Set(own.flatMap { [$0.subjectID] + ($0.objectID.map { [$0] } ?? []) })
        let between = related.filter { fact in
            guard let object = fact.objectID else { return false }
            let castInWork = report.entity.type == .work && fact.claim.predicate == .plays
                && fact.claim.qualifiers["work"] == report.entity.name
            return castInWork || (neighbours.contains(fact.subjectID) && neighbours.contains(object))
        }
        self.init(centre: report.entity.id, facts: own + between,
                  centreNodes: [Node(id: report.entity.id, name: report.entity.name, type: report.entity.type)])
    }

    /// The graph of `facts`, with `centre` in the middle; `centreNodes` are drawn even when no
    /// fact links them (an entity with no facts yet).
    public init(centre: Int64?, facts: [Fact], centreNodes: [Node] = []) {
        var nodes: [Int64: Node] = [:]
        for node in centreNodes { nodes[node.id] = node }
        var edges: [Edge] = []
        var seen: Set<Edge> = []
        for fact in facts {
            guard let objectID = fact.objectID, let objectType = fact.claim.objectType, objectID != fact.subjectID else { continue }
            nodes[fact.subjectID] = nodes[fact.subjectID] ?? Node(id: fact.subjectID, name: fact.claim.subject, type: fact.claim.subjectType)
            nodes[objectID] = nodes[objectID] ?? Node(id: objectID, name: fact.claim.object, type: objectType)
            let edge = Edge(from: fact.subjectID, to: objectID, predicate: fact.claim.predicate,
                            label: Self.label(fact.claim), status: fact.status)
            if seen.insert(edge).inserted { edges.append(edge) }
        }
        let typeOrder = Dictionary(uniqueKeysWithValues: EntityType.allCases.enumerated().map { ($1, $0) })
        self.centre = centre
        self.nodes = nodes.values.sorted { a, b in
            (a.id == centre ? 0 : 1, typeOrder[a.type]!, a.name, a.id) < (b.id == centre ? 0 : 1, typeOrder[b.type]!, b.name, b.id)
        }
        self.edges = edges.sorted { ($0.from, $0.to, $0.predicate.rawValue, $0.label) < ($1.from, $1.to, $1.predicate.rawValue, $1.label) }
    }

    /// How a claim reads from its subject to its object.
    public static func label(_ claim: Claim) -> String {
        switch claim.predicate {
        case .plays: return "plays"
        case .appearsIn: return "appears in"
        case .alias: return "also known as"
        case .platform: return "on"
        case .partOf: return "part of"
        case .spinoffOf: return "spinoff of"
        case .villainOf: return "villain of"
        case .relationship: return (claim.qualifiers["kind"] ?? "relationship").replacingOccurrences(of: "_", with: " ")
        case .crew: return claim.qualifiers["role"] ?? "crew"
        case .filming: return "filmed in"
        case .release, .episodes, .renewal: return claim.predicate.rawValue
        }
    }

    /// The colour each type of entity is drawn in (SVG and DOT), light enough for black text.
    public static func colour(_ type: EntityType) -> String {
        switch type {
        case .work: return "#f6c177"
        case .character: return "#f4a6a6"
        case .person: return "#9ec5ef"
        case .organization: return "#a8dadc"
        case .franchise: return "#b5e0a0"
        case .event: return "#f3e48f"
        case .place: return "#d7b8e6"
        }
    }
}
