import LoreExtraction

/// What `lore demo` prints about a universe: its works with platform and release, who plays
/// whom, the villains, the relationships and the counts. Built from facts, so any store
/// can produce it.
public struct UniverseSummary: Sendable, Hashable, Codable {
    public struct Work: Sendable, Hashable, Codable {
        public var name: String
        public var platforms: [String]
        /// Release values still standing (not superseded or denied), with season and status.
        public var releases: [Release]
        public var franchise: String?
    }

    public struct Release: Sendable, Hashable, Codable {
        public var value: String
        public var season: String?
        public var status: ClaimStatus
    }

    public struct Casting: Sendable, Hashable, Codable {
        public var person: String
        public var character: String
        public var work: String?
        public var status: ClaimStatus
    }

    public struct Villain: Sendable, Hashable, Codable {
        public var villain: String
        public var work: String
        public var status: ClaimStatus
    }

    public struct Relationship: Sendable, Hashable, Codable {
        public var a: String
        public var kind: String
        public var b: String
        public var scope: Scope
        public var status: ClaimStatus
    }

    public var counts: StoreCounts
    public var works: [Work]
    public var castings: [Casting]
    public var villains: [Villain]
    public var relationships: [Relationship]

    public init(counts: StoreCounts, facts: [Fact]) {
        self.counts = counts
        let standing = facts.filter { $0.status != .denied && $0.status != .superseded }

        var works: [String: Work] = [:]
        func work(_ name: String) -> Work { works[name] ?? Work(name: name, platforms: [], releases: [], franchise: nil) }
        for fact in standing {
            let claim = fact.claim
            switch claim.predicate {
            case .platform where claim.subjectType == .work:
                var entry = work(claim.subject)
                if !entry.platforms.contains(claim.object) { entry.platforms.append(claim.object) }
                works[claim.subject] = entry
            case .release where claim.subjectType == .work:
                var entry = work(claim.subject)
                entry.releases.append(Release(value: claim.object, season: claim.qualifiers["season"], status: fact.status))
                works[claim.subject] = entry
            case .partOf where claim.subjectType == .work:
                var entry = work(claim.subject)
                entry.franchise = entry.franchise ?? claim.object
                works[claim.subject] = entry
            default:
                break
            }
        }
        self.works = works.values.map { entry in
            var entry = entry
            entry.releases.sort { ($0.season ?? "", $0.value) < ($1.season ?? "", $1.value) }
            return entry
        }.sorted { $0.name < $1.name }

        castings = standing.filter { $0.claim.predicate == .plays }.map {
            Casting(person: $0.claim.subject, character: $0.claim.object, work: $0.claim.qualifiers["work"], status: $0.status)
        }.sorted { ($0.work ?? "~", $0.character, $0.person) < ($1.work ?? "~", $1.character, $1.person) }

        villains = standing.filter { $0.claim.predicate == .villainOf }.map {
            Villain(villain: $0.claim.subject, work: $0.claim.object, status: $0.status)
        }.sorted { ($0.work, $0.villain) < ($1.work, $1.villain) }

        relationships = standing.filter { $0.claim.predicate == .relationship }.map {
            Relationship(a: $0.claim.subject, kind: $0.claim.qualifiers["kind"] ?? "related", b: $0.claim.object,
                         scope: $0.sources.first?.scope ?? .screen, status: $0.status)
        }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
