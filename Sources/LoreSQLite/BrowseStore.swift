import Foundation
import GRDB
import LoreExtraction
import LoreKnowledge

/// A slice of a longer list, with the total so that a client can page through it.
public struct Page<Item: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var total: Int
    public var limit: Int
    public var offset: Int
    public var items: [Item]

    public init(total: Int, limit: Int, offset: Int, items: [Item]) {
        self.total = total
        self.limit = limit
        self.offset = offset
        self.items = items
    }
}

/// A stored article as lists show it.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: String?
    public var storyID: Int64?
}

/// A stored article with its text (when it was ingested with one) and what it states.
public struct ArticleDetail: Sendable, Hashable, Codable {
    public var article: ArticleSummary
    public var text: String
    public var ingestedAt: String
    /// The facts this article is a source of, with its quote for each.
    public var facts: [ArticleFact]
}

public struct ArticleFact: Sendable, Hashable, Codable {
    public var claim: Claim
    public var subjectID: Int64
    public var objectID: Int64?
    public var status: ClaimStatus
    public var quote: String
    public var modality: Modality
    public var scope: Scope
}

/// The reads the web server and API need besides the ones the CLI uses: lists with paging,
/// and lookups by id.
extension SQLiteStore {
    /// Entities, most mentioned first, optionally of one type or called `name` (name or alias).
    /// Entities merged into another are listed as that one.
    public func entityList(type: EntityType? = nil, name: String? = nil, limit: Int, offset: Int) throws -> Page<Entity> {
        if let name {
            let all = try entities(named: name, type: type)
            return Page(total: all.count, limit: limit, offset: offset, items: Array(all.dropFirst(offset).prefix(limit)))
        }
        return try read("listing entities") { db in
            let groups = try EntityGroups.load(db)
            let merged = groups.canonical.keys.map(String.init).joined(separator: ",")
            var conditions = ["e.id NOT IN (\(merged))"]
            var arguments: StatementArguments = []
            if let type {
                conditions.append("e.type = ?")
                arguments += [type.rawValue]
            }
            let whereClause = "WHERE " + conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity e \(whereClause)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, e.type, COUNT(DISTINCT al.articleId) AS articles, MIN(a.published) AS first, MAX(a.published) AS last
                FROM entity e LEFT JOIN alias al ON al.entityId = e.id LEFT JOIN article a ON a.id = al.articleId
                \(whereClause) GROUP BY e.id ORDER BY articles DESC, e.name, e.id LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            let items = rows.map { row in
                Entity(id: row["id"], name: row["name"], type: EntityType(rawValue: row["type"]) ?? .work,
                       firstSeen: row["first"], lastSeen: row["last"], articleCount: row["articles"])
            }
            return Page(total: total, limit: limit, offset: offset, items: items)
        }
    }

    /// The entity with this id (an entity merged into another answers as that one), with its
    /// aliases and mentions; nil when there is none (or, with `asOf`, none mentioned by then).
    public func entity(id: Int64, asOf: String? = nil) throws -> Entity? {
        let row = try read("looking up entity \(id)") { db -> (name: String, type: String)? in
            let groups = try EntityGroups.load(db)
            let canonical = groups.canonicalID(id)
            guard let row = try Row.fetchOne(db, sql: "SELECT name, type FROM entity WHERE id = ?", arguments: [canonical]) else {
                return nil
            }
            return (row["name"], row["type"])
        }
        guard let row else { return nil }
        let canonical = try read("reading merges") { db in try EntityGroups.load(db).canonicalID(id) }
        return try entities(named: row.name, type: EntityType(rawValue: row.type), asOf: asOf).first { $0.id == canonical }
    }

    /// Everything known about the entity with this id, as `reports(named:)` gives it; with a
    /// `limit`, its best-supported facts and their first sources, as `show` lists them.
    public func report(id: Int64, asOf: String? = nil, limit: ReportLimit? = nil) throws -> EntityReport? {
        guard let entity = try entity(id: id, asOf: asOf) else { return nil }
        if let limit, asOf == nil, let report = try boundedReport(of: entity, limit: limit) { return report }
        return EntityReport(entity: entity, facts: try facts(aboutEntityIDs: [entity.id], predicate: nil, asOf: asOf))
    }

    /// Articles, latest first.
    public func articleList(limit: Int, offset: Int) throws -> Page<ArticleSummary> {
        try read("listing articles") { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            let items = try Row.fetchAll(db, sql: """
                SELECT a.id, \(SQLiteStore.titleOrFirstLine) AS title, a.outlet, a.url, a.published, m.storyId
                FROM article a LEFT JOIN storyFeatures f ON f.articleId = a.id LEFT JOIN storyArticle m ON m.articleId = a.id
                ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map(Self.articleSummary)
            return Page(total: total, limit: limit, offset: offset, items: items)
        }
    }

    /// One article with its text and the facts it is a source of; nil when there is no such article.
    public func article(id: String) throws -> ArticleDetail? {
        let found = try read("reading article \(id)") { db -> (ArticleSummary, String, String)? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.id, \(SQLiteStore.titleOrFirstLine) AS title, a.outlet, a.url, a.published, a.ingestedAt, m.storyId,
                       t.text
                FROM article a LEFT JOIN storyFeatures f ON f.articleId = a.id LEFT JOIN storyArticle m ON m.articleId = a.id
                LEFT JOIN articleText t ON t.articleId = a.id
                WHERE a.id = ?
                """, arguments: [id]) else { return nil }
            return (Self.articleSummary(row), row["text"] ?? "", row["ingestedAt"])
        }
        guard let (summary, text, ingestedAt) = found else { return nil }
        // Facts are read whole (statuses depend on all their evidence), then this article's part is kept.
        let claimIDs = try read("reading article \(id)") { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT claimId FROM evidence WHERE articleId = ?", arguments: [id])
        }
        var stated: [ArticleFact] = []
        if !claimIDs.isEmpty {
            let subjects = try read("reading article \(id)") { db in
                try Int64.fetchAll(db, sql: "SELECT DISTINCT subjectId FROM claim WHERE id IN (\(claimIDs.map(String.init).joined(separator: ",")))")
            }
            for fact in try facts(aboutEntityIDs: subjects, predicate: nil) {
                guard let source = fact.sources.first(where: { $0.articleID == id }) else { continue }
                let entry = ArticleFact(claim: fact.claim, subjectID: fact.subjectID, objectID: fact.objectID, status: fact.status,
                                        quote: source.quote, modality: source.modality, scope: source.scope)
                if !stated.contains(entry) { stated.append(entry) }
            }
        }
        return ArticleDetail(article: summary, text: text, ingestedAt: ingestedAt, facts: stated)
    }

    /// The story with this id, with its articles and facts; nil when there is none.
    public func story(id: Int64) throws -> Story? {
        try stories().first { $0.id == id }
    }

    private static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(id: row["id"], title: row["title"], outlet: row["outlet"], url: row["url"], published: row["published"],
                       storyID: row["storyId"])
    }
}

/// Tells whether the database changed, whoever changed it (this process or another `lore
/// ingest` on the same file): SQLite's `data_version`, read on a connection of its own, moves
/// whenever another connection commits. Caches of rendered pages compare it before answering.
public final class ChangeWatch: Sendable {
    private let queue: DatabaseQueue?

    /// Watches the store's file; a store in memory changes only through the store itself.
    public init(_ store: SQLiteStore) throws {
        if store.path == ":memory:" {
            queue = nil
        } else {
            var config = Configuration()
            config.readonly = true
            do { queue = try DatabaseQueue(path: store.path, configuration: config) } catch {
                throw StoreError.wrapping(error, database: store.path, while: "opening the database to watch it")
            }
        }
    }

    /// A number that differs from the previous answer when the database changed since.
    public func version() throws -> Int {
        guard let queue else { return 0 }
        return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}

extension SQLiteStore {
    /// Facts that mention any of these entities (on either side), with their statuses.
    public func facts(aboutIDs ids: [Int64], predicate: FactPredicate? = nil, asOf: String? = nil) throws -> [Fact] {
        ids.isEmpty ? [] : try facts(aboutEntityIDs: ids, predicate: predicate, asOf: asOf)
    }

    /// The cast of a work: `plays` facts whose `work` qualifier names it.
    public func cast(of work: Entity, asOf: String? = nil) throws -> [Fact] {
        let key = EntityKey.normalize(work.name)
        let named = ClaimFilter(sql: "\(SQLiteStore.keyFunction.name)(CASE WHEN c.qualifiers = '' THEN NULL ELSE json_extract(c.qualifiers, '$.work') END) = ?",
                                arguments: [key])
        return try facts(aboutEntityIDs: nil, predicate: .plays, asOf: asOf, filter: named)
    }
}

extension SQLiteStore {
    /// Article id → title (or first line), for the articles that have one.
    public func articleTitles(_ ids: [String]) throws -> [String: String] {
        try read("reading article titles") { db in
            var titles: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT a.id, \(SQLiteStore.titleOrFirstLine) AS title FROM article a LEFT JOIN storyFeatures f ON f.articleId = a.id
                    WHERE a.id IN (\(marks))
                    """, arguments: StatementArguments(part)) {
                    if let title: String = row["title"] { titles[row["id"]] = title }
                }
            }
            return titles
        }
    }
}
