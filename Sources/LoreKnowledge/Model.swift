import LoreExtraction

/// One thing in a universe: a work, a character, a person, a studio…
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    /// The name the entity was first stored under ("Luke Cage", "The Defenders").
    public var name: String
    public var type: EntityType
    /// The other names articles use for it, most used first.
    public var aliases: [Alias]
    /// The earliest and latest publication date of an article that mentions it.
    public var firstSeen: String?
    public var lastSeen: String?
    /// How many articles mention it.
    public var articleCount: Int

    public init(id: Int64, name: String, type: EntityType, aliases: [Alias] = [], firstSeen: String? = nil,
                lastSeen: String? = nil, articleCount: Int = 0) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.articleCount = articleCount
    }
}

/// A surface form and the number of articles that use it.
public struct Alias: Sendable, Hashable, Codable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// A statement about the universe: (subject, predicate, object, qualifiers). The same fact
/// stated by many articles is one claim with many pieces of evidence.
public struct Claim: Sendable, Hashable, Codable {
    public var subject: String
    public var subjectType: EntityType
    public var predicate: FactPredicate
    /// An entity name, or a literal (a time value, a number, another name) when `objectType` is nil.
    public var object: String
    public var objectType: EntityType?
    /// `work`, `season`, `platform`, `mod`, `kind`, `role`.
    public var qualifiers: [String: String]

    public init(subject: String, subjectType: EntityType, predicate: FactPredicate, object: String,
                objectType: EntityType?, qualifiers: [String: String] = [:]) {
        self.subject = subject
        self.subjectType = subjectType
        self.predicate = predicate
        self.object = object
        self.objectType = objectType
        self.qualifiers = qualifiers
    }
}

/// Who extracted a piece of evidence, so that evidence can be traced to a rule set.
public struct ExtractorSignature: Sendable, Hashable, Codable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    /// The rule extractor this build runs: the signature comes from the extractor itself.
    public static let lore = ExtractorSignature(name: Extractor.name, version: Extractor.version)
}

/// One article's support for a claim: where it was said, how certain, and about what continuity.
public struct Evidence: Sendable, Hashable, Codable {
    public var articleID: String
    public var outlet: String?
    public var url: String?
    public var published: String?
    /// The sentence that states the claim.
    public var quote: String
    /// UTF-8 byte range of the sentence in the article text.
    public var start: Int
    public var end: Int
    public var modality: Modality
    public var scope: Scope
    public var extractor: ExtractorSignature
    /// Stated by the studio or platform itself: it confirms the claim on its own.
    public var official: Bool

    public init(articleID: String, outlet: String?, url: String?, published: String?, quote: String,
                start: Int, end: Int, modality: Modality, scope: Scope, extractor: ExtractorSignature, official: Bool = false) {
        self.articleID = articleID
        self.outlet = outlet
        self.url = url
        self.published = published
        self.quote = quote
        self.start = start
        self.end = end
        self.modality = modality
        self.scope = scope
        self.extractor = extractor
        self.official = official
    }

    /// What makes two pieces of evidence independent: the outlet, else the article.
    public var source: String { outlet ?? url ?? articleID }
}

/// A claim with all its evidence and the status derived from it.
public struct Fact: Sendable, Hashable, Codable {
    public var claim: Claim
    /// The store's ids of the subject and of the object entity (nil for a literal).
    public var subjectID: Int64
    public var objectID: Int64?
    public var status: ClaimStatus
    /// Oldest first.
    public var sources: [Evidence]
    /// All the evidence behind the fact when `sources` holds only the first few (a bounded
    /// `show` of a much-reported entity); nil when `sources` is complete.
    public var totals: SourceTotals?

    public init(claim: Claim, subjectID: Int64, objectID: Int64?, status: ClaimStatus, sources: [Evidence],
                totals: SourceTotals? = nil) {
        self.claim = claim
        self.subjectID = subjectID
        self.objectID = objectID
        self.status = status
        self.sources = sources
        self.totals = totals
    }

    /// The modality most of the sources state it with (asserted wins ties).
    public var modality: Modality {
        var counts: [Modality: Int] = [:]
        for source in sources { counts[source.modality, default: 0] += 1 }
        return Modality.allCases.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .asserted
    }

    /// The publication date of the earliest source.
    public var firstReported: String? {
        if let totals { return totals.firstReported }
        return sources.compactMap(\.published).min()
    }

    /// How many pieces of evidence support the fact, listed or not.
    public var evidenceCount: Int { totals?.evidence ?? sources.count }

    /// How many distinct outlets reported it.
    public var outletCount: Int { totals?.outlets ?? outlets.count }
}

/// What all of a fact's evidence adds up to, kept with each claim so that a fact can be shown
/// with a few of its sources without reading them all.
public struct SourceTotals: Sendable, Hashable, Codable {
    public var evidence: Int
    public var outlets: Int
    public var firstReported: String?
    public var lastReported: String?

    public init(evidence: Int, outlets: Int, firstReported: String?, lastReported: String?) {
        self.evidence = evidence
        self.outlets = outlets
        self.firstReported = firstReported
        self.lastReported = lastReported
    }
}

/// Everything known about one entity, for `lore show`.
public struct EntityReport: Sendable, Hashable, Codable {
    public var entity: Entity
    /// One group per predicate and side (facts where the entity is the subject come first).
    public var groups: [FactGroup]
    /// The values of its releases and episode counts that changed, in the order they were reported.
    public var histories: [FactHistory]

    public init(entity: Entity, groups: [FactGroup], histories: [FactHistory] = []) {
        self.entity = entity
        self.groups = groups
        self.histories = histories
    }

    /// Groups the facts that mention `entity` by predicate and by the side it is on, each in
    /// the order given. A fact about the entity itself is on the subject side.
    public init(entity: Entity, facts: [Fact]) {
        // One pass over the facts (a pass per group copied each fact many times).
        var grouped: [FactGroup.Role: [FactPredicate: [Fact]]] = [:]
        for fact in facts {
            let role: FactGroup.Role
            if fact.subjectID == entity.id { role = .subject } else if fact.objectID == entity.id { role = .object } else { continue }
            grouped[role, default: [:]][fact.claim.predicate, default: []].append(fact)
        }
        var groups: [FactGroup] = []
        for role in [FactGroup.Role.subject, .object] {
            for predicate in FactPredicate.allCases {
                if let matching = grouped[role]?[predicate] { groups.append(FactGroup(predicate: predicate, role: role, facts: matching)) }
            }
        }
        self.init(entity: entity, groups: groups, histories: FactHistory.histories(facts.filter { $0.subjectID == entity.id }))
    }
}

public struct FactGroup: Sendable, Hashable, Codable {
    /// Which side of the claims the reported entity is on.
    public enum Role: String, Sendable, Hashable, Codable { case subject, object }

    public var predicate: FactPredicate
    public var role: Role
    public var facts: [Fact]
    /// How many facts the group has in all: more than `facts` when a bounded `show` lists only
    /// the best supported.
    public var total: Int

    public init(predicate: FactPredicate, role: Role, facts: [Fact], total: Int? = nil) {
        self.predicate = predicate
        self.role = role
        self.facts = facts
        self.total = total ?? facts.count
    }

    /// How the group reads from the entity's side: "plays", "played by", "villains"…
    public var label: String {
        switch (predicate, role) {
        case (.plays, .subject): return "plays"
        case (.plays, .object): return "played by"
        case (.appearsIn, .subject): return "appears in"
        case (.appearsIn, .object): return "features"
        case (.alias, _): return "also known as"
        case (.release, _): return "release"
        case (.platform, .subject): return "platform"
        case (.platform, .object): return "platform of"
        case (.partOf, .subject): return "part of"
        case (.partOf, .object): return "includes"
        case (.spinoffOf, .subject): return "spinoff of"
        case (.spinoffOf, .object): return "spinoffs"
        case (.villainOf, .subject): return "villain of"
        case (.villainOf, .object): return "villains"
        case (.relationship, _): return "relationships"
        case (.crew, .subject): return "crew"
        case (.crew, .object): return "works on"
        case (.episodes, _): return "episodes"
        case (.filming, .subject): return "filming"
        case (.filming, .object): return "filming location of"
        case (.renewal, _): return "renewed for season"
        }
    }
}

/// Totals for a store.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var articles: Int
    public var entities: Int
    public var claims: Int
    public var evidence: Int
    /// Keyed by the type's raw value ("work", "character"…).
    public var entitiesByType: [String: Int]

    public init(articles: Int, entities: Int, claims: Int, evidence: Int, entitiesByType: [String: Int] = [:]) {
        self.articles = articles
        self.entities = entities
        self.claims = claims
        self.evidence = evidence
        self.entitiesByType = entitiesByType
    }
}
