import LoreReading

/// What extraction produces for one article (DESIGN contract 2), as `lore extract` prints it.
public struct Extraction: Sendable, Hashable, Codable {
    public var id: String
    public var entities: [ExtractedEntity]
    public var facts: [ExtractedFact]

    public init(id: String, entities: [ExtractedEntity], facts: [ExtractedFact]) {
        self.id = id
        self.entities = entities
        self.facts = facts
    }
}

public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, character, work, organization, franchise, event, place
}

public enum FactPredicate: String, Sendable, Hashable, Codable, CaseIterable {
    case plays, appearsIn = "appears_in", alias, release, platform, partOf = "part_of", spinoffOf = "spinoff_of"
    case villainOf = "villain_of", relationship, crew, episodes, filming, renewal

}

public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    case asserted, hedged, rumored, negated
}

public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
    case screen, comics
}

public struct ExtractedEntity: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]

    public init(name: String, type: EntityType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

public struct ExtractedFact: Sendable, Hashable, Codable {
    public var s: String
    public var p: FactPredicate
    /// An entity name, or a literal: a TIMEX value for `release`, a number for `episodes`
    /// and `renewal`, the other name for `alias`.
    public var o: String
    /// Qualifiers: `work`, `season`, `platform`, `mod`, `kind`, `role`.
    public var q: [String: String]?
    public var modality: Modality
    public var scope: Scope
    /// The sentence that states the fact.
    public var evidence: String
    /// The type of the subject, so that a character and a work of the same name stay apart.
    public var sType: EntityType
    /// The type of the object, nil for a literal.
    public var oType: EntityType?
    /// UTF-8 byte range of the evidence sentence in the article text.
    public var start: Int
    public var end: Int
    /// Stated by the studio or platform itself ("Netflix announced …", an article the studio
    /// published), which confirms a fact on its own. Not part of `lore extract`'s output.
    public var official = false

    public init(s: String, sType: EntityType, p: FactPredicate, o: String, oType: EntityType?, q: [String: String]? = nil,
                modality: Modality = .asserted, scope: Scope = .screen, evidence: String, start: Int, end: Int) {
        self.s = s
        self.sType = sType
        self.p = p
        self.o = o
        self.oType = oType
        self.q = q
        self.modality = modality
        self.scope = scope
        self.evidence = evidence
        self.start = start
        self.end = end
    }
}
