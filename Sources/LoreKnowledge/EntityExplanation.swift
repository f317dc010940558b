import LoreExtraction

extension EntityType {
    /// "a person", "an organization".
    public var withArticle: String { ("aeiou".contains(rawValue.first!) ? "an " : "a ") + rawValue }
}

/// Why two names are, or are not, one entity: what `lore explain A B` prints.
public struct EntityExplanation: Sendable, Hashable, Codable {
    /// One entity a name was found as, and how.
    public struct Match: Sendable, Hashable, Codable {
        public var entity: Entity
        /// True when the name is the entity's own name (after normalisation), false for an alias.
        public var byName: Bool
        /// For an alias: in how many articles it was used for this entity.
        public var aliasArticles: Int
        /// True when the name is another entity's that `lore merge` made part of this one.
        public var merged: Bool

        public init(entity: Entity, byName: Bool, aliasArticles: Int, merged: Bool = false) {
            self.entity = entity
            self.byName = byName
            self.aliasArticles = aliasArticles
            self.merged = merged
        }
    }

    /// Two entities, one for each name, and what connects them.
    public struct Pair: Sendable, Hashable, Codable {
        public var a: Entity
        public var b: Entity
        /// Articles that mention both.
        public var sharedArticles: Int
        /// Facts with one as subject and the other as object ("Mike Colter plays Luke Cage").
        public var linkingFacts: [Claim]

        public init(a: Entity, b: Entity, sharedArticles: Int, linkingFacts: [Claim]) {
            self.a = a
            self.b = b
            self.sharedArticles = sharedArticles
            self.linkingFacts = linkingFacts
        }
    }

    public var nameA: String
    public var nameB: String
    public var keyA: String
    public var keyB: String
    public var matchesA: [Match]
    public var matchesB: [Match]
    /// Pairs of different entities, for the names that are not one entity.
    public var pairs: [Pair]

    public init(nameA: String, nameB: String, matchesA: [Match], matchesB: [Match], pairs: [Pair]) {
        self.nameA = nameA
        self.nameB = nameB
        keyA = EntityKey.normalize(nameA)
        keyB = EntityKey.normalize(nameB)
        self.matchesA = matchesA
        self.matchesB = matchesB
        self.pairs = pairs
    }

    /// The entities both names lead to.
    public var shared: [Entity] {
        let ids = Set(matchesB.map(\.entity.id))
        return matchesA.map(\.entity).filter { ids.contains($0.id) }
    }

    /// The explanation in sentences, one a line.
    public var lines: [String] {
        var lines: [String] = []
        func label(_ entity: Entity) -> String { "\(entity.name) (\(entity.type.rawValue))" }
        func how(_ name: String, _ match: Match) -> String {
            if match.merged { return "\"\(name)\" was merged into \(label(match.entity)) with `lore merge`" }
            return match.byName ? "\"\(name)\" is the name of \(label(match.entity))"
                : "\"\(name)\" is an alias of \(label(match.entity)), used for it in \(match.aliasArticles) article\(match.aliasArticles == 1 ? "" : "s")"
        }
        if matchesA.isEmpty || matchesB.isEmpty {
            for (name, matches) in [(nameA, matchesA), (nameB, matchesB)] where matches.isEmpty {
                lines.append("nothing is known about \"\(name)\"")
            }
            return lines
        }
        if keyA == keyB {
            lines.append("\"\(nameA)\" and \"\(nameB)\" are the same name once case, accents, punctuation and a leading \"the\" are ignored (\"\(keyA)\")")
        }
        for entity in shared {
            lines.append("one entity: \(label(entity))")
            for (name, matches) in [(nameA, matchesA), (nameB, matchesB)] {
                if let match = matches.first(where: { $0.entity.id == entity.id }) { lines.append("  " + how(name, match)) }
            }
        }
        let sharedIDs = Set(shared.map(\.id))
        var unrelated = 0
        for pair in pairs where !sharedIDs.contains(pair.a.id) || !sharedIDs.contains(pair.b.id) {
            let sameName = EntityKey.normalize(pair.a.name) == EntityKey.normalize(pair.b.name)
            // Pairs that nothing connects would only be noise: count them.
            guard pair.sharedArticles > 0 || sameName else {
                unrelated += 1
                continue
            }
            lines.append("different entities: \(label(pair.a)) and \(label(pair.b))")
            if pair.a.type != pair.b.type && EntityKey.normalize(pair.a.name) == EntityKey.normalize(pair.b.name) {
                lines.append("  they share a name but one is \(pair.a.type.withArticle) and the other \(pair.b.type.withArticle): "
                             + "Lore keeps entities of different types apart (Luke Cage the character, Luke Cage the series)")
            } else if pair.a.type != pair.b.type {
                lines.append("  one is \(pair.a.type.withArticle), the other \(pair.b.type.withArticle)")
            } else {
                lines.append("  their names differ (\"\(EntityKey.normalize(pair.a.name))\", \"\(EntityKey.normalize(pair.b.name))\") "
                             + "and no article uses one as an alias of the other")
            }
            lines.append("  \(pair.sharedArticles) article\(pair.sharedArticles == 1 ? " mentions" : "s mention") both")
            var said: Set<String> = []
            for claim in pair.linkingFacts {
                let line = "  linked by a fact: \(claim.subject) \(claim.predicate.rawValue) \(claim.object)"
                if said.insert(line).inserted && said.count <= 5 { lines.append(line) }
            }
        }
        if unrelated > 0 {
            lines.append("\(unrelated) other pair\(unrelated == 1 ? "" : "s") of entities with these names share no article")
        }
        return lines
    }
}
