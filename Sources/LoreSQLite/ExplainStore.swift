import GRDB
import LoreExtraction
import LoreKnowledge

extension SQLiteStore {
    /// Why the names `a` and `b` are, or are not, one entity.
    public func explain(_ a: String, _ b: String) throws -> EntityExplanation {
        let matchesA = try matches(a), matchesB = try matches(b)
        // Entities called by the name itself speak for it; aliases only when there are none.
        func candidates(_ matches: [EntityExplanation.Match]) -> [Entity] {
            let named = matches.filter(\.byName)
            return (named.isEmpty ? matches : named).map(\.entity)
        }
        var pairs: [EntityExplanation.Pair] = []
        for x in candidates(matchesA) {
            for y in candidates(matchesB) where x.id != y.id {
                pairs.append(try pair(x, y))
            }
        }
        pairs.sort { ($0.sharedArticles, $1.a.id, $1.b.id) > ($1.sharedArticles, $0.a.id, $0.b.id) }
        return EntityExplanation(nameA: a, nameB: b, matchesA: matchesA, matchesB: matchesB, pairs: pairs)
    }

    private func matches(_ name: String) throws -> [EntityExplanation.Match] {
        let key = EntityKey.normalize(name)
        return try entities(named: name).map { entity in
            let byName = EntityKey.normalize(entity.name) == key
            return try read("counting the articles of an alias") { db in
                let members = try EntityGroups.load(db).memberIDs(entity.id).map(String.init).joined(separator: ",")
                let articles = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT articleId) FROM alias WHERE entityId IN (\(members)) AND key = ?",
                                                arguments: [key]) ?? 0
                let merged = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entityMerge WHERE fromKey = ? AND toKey = ? AND toType = ?)",
                                               arguments: [key, EntityKey.normalize(entity.name), entity.type.rawValue]) ?? false
                return EntityExplanation.Match(entity: entity, byName: byName, aliasArticles: articles, merged: merged)
            }
        }
    }

    private func pair(_ a: Entity, _ b: Entity) throws -> EntityExplanation.Pair {
        let shared = try read("counting the articles two entities share") { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT x.articleId) FROM alias x JOIN alias y ON y.articleId = x.articleId
                WHERE x.entityId = ? AND y.entityId = ?
                """, arguments: [a.id, b.id]) ?? 0
        }
        let linking = try facts(aboutEntityIDs: [a.id], predicate: nil)
            .filter { ($0.subjectID == a.id && $0.objectID == b.id) || ($0.subjectID == b.id && $0.objectID == a.id) }
            .map(\.claim)
        return EntityExplanation.Pair(a: a, b: b, sharedArticles: shared, linkingFacts: linking)
    }
}
