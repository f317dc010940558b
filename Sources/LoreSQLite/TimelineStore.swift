import GRDB
import LoreExtraction
import LoreKnowledge

extension SQLiteStore {
    /// The production timeline of each work called `name` (by name or alias).
    public func timelines(named name: String) throws -> [ProductionTimeline] {
        let works = try entities(named: name, type: .work)
        if works.isEmpty { return [] }
        let castings = try facts(predicate: .plays)
        let stories = try stories()
        return try works.map { work in
            // Castings name the work in a qualifier ("plays Danny Rand in Iron Fist"), not as a side.
            let key = EntityKey.normalize(work.name)
            let workCastings = castings.filter { fact in fact.claim.qualifiers["work"].map(EntityKey.normalize) == key }
            let facts = try facts(aboutEntityIDs: [work.id], predicate: nil).filter { $0.claim.predicate != .plays } + workCastings
            return ProductionTimeline(work: work, facts: facts, mentions: try mentions(of: work.id), stories: stories)
        }
    }

    /// The articles that mention an entity.
    func mentions(of entityID: Int64) throws -> [ProductionTimeline.Mention] {
        try read("reading the articles that mention an entity") { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT a.id, a.outlet, a.published, \(SQLiteStore.titleOrFirstLine) AS title
                FROM alias al JOIN article a ON a.id = al.articleId LEFT JOIN storyFeatures f ON f.articleId = a.id
                WHERE al.entityId = ? ORDER BY a.published, a.id
                """, arguments: [entityID]).map {
                ProductionTimeline.Mention(articleID: $0["id"], outlet: $0["outlet"], published: $0["published"], title: $0["title"])
            }
        }
    }
}
