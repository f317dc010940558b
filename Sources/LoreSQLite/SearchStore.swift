import Foundation
import GRDB
import LoreExtraction
import LoreKnowledge

/// Full-text search (SQLite FTS5) over entity names and aliases, and over article titles and
/// texts.
///
/// - `articleText(id, articleId, title, text)` keeps each article's text (the article table
///   keeps only a hash of it); `articleSearch` is an FTS5 index over it (external content,
///   written with each new article's text, its rows removed by a trigger; no prefix indexes,
///   which cost as much as the index itself).
///   A trigger deletes an article's text whenever its article row goes (replaced by a new
///   version), so the index never answers with text no longer stored.
/// - `entitySearch(entityId, name, aliases)`, one row per entity with the entity's id as its
///   rowid, its other names taken from the entity's summary: at the end of a batch's
///   transaction the entities that got a new name, or lost mentions to a replaced article,
///   are indexed anew, so ingest cost does not grow with the graph.
///
/// Merged entities answer as the entity they were merged into (merges are applied when reading).
extension SQLiteStore {
    static func registerSearch(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-search") { db in
            // An INTEGER PRIMARY KEY, so the FTS rowids stay put through VACUUM.
            try db.execute(sql: """
                CREATE TABLE articleText (id INTEGER PRIMARY KEY, articleId TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL);
                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, text, content = 'articleText', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                CREATE TRIGGER articleTextInsert AFTER INSERT ON articleText BEGIN
                    INSERT INTO articleSearch (rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER articleTextDelete AFTER DELETE ON articleText BEGIN
                    INSERT INTO articleSearch (articleSearch, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                END;
                CREATE TRIGGER articleDeleteText AFTER DELETE ON article BEGIN
                    DELETE FROM articleText WHERE articleId = old.id;
                END;
                CREATE VIRTUAL TABLE entitySearch USING fts5(
                    entityId UNINDEXED, name, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                """)
            // Articles stored before search existed are found by their title (their text was
            // not kept); re-ingesting them indexes the text too.
            try db.execute(sql: "INSERT INTO articleText (articleId, title, text) SELECT id, COALESCE(title, ''), '' FROM article")
            try rebuildEntitySearch(db)
        }
    }

    static func registerLeanArticleSearch(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12-article-search-without-prefix-index") { db in
            // The prefix indexes of every word of every article were half the cost of indexing
            // one; a typed word still matches as a prefix, from the index of whole words.
            try db.execute(sql: """
                DROP TABLE articleSearch;
                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, text, content = 'articleText', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO articleSearch (articleSearch) VALUES ('rebuild');
                """)
        }
    }

    static func registerDirectSearchWrites(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v16-search-written-directly") { db in
            // indexArticle writes the index itself (see there).
            try db.execute(sql: "DROP TRIGGER articleTextInsert")
        }
    }

    /// Indexes a newly stored article (its earlier version's text went with the old article row).
    /// The index row is written by a statement of its own, with values: written by a trigger
    /// or an INSERT … SELECT, FTS5 flushes its pending terms at every statement, which cost
    /// three times as much.
    static func indexArticle(_ db: Database, _ article: ArticleRecord, text: String?) throws {
        let title = article.title ?? "", text = text ?? ""
        try db.cachedStatement(sql: "INSERT INTO articleText (articleId, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [article.id, title, text])
        try db.cachedStatement(sql: "INSERT INTO articleSearch (rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [db.lastInsertedRowID, title, text])
    }

    static func rebuildEntitySearch(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entitySearch; INSERT INTO entitySearch (rowid, entityId, name, aliases) " + entityRows + ";")
    }

    /// Indexes `entities` anew; one that is gone leaves the index.
    static func refreshEntitySearch(_ db: Database, entities: some Sequence<Int64>) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM entitySearch WHERE rowid = ?")
        // The other names from the entity's summary (EntitySummaries), not from its every mention: spellings
        // of one key differ only in case, accents and punctuation, which the index folds anyway.
        let names = try db.cachedStatement(sql: """
            SELECT e.name, COALESCE((SELECT group_concat(n.name, ' | ') FROM entityName n WHERE n.entityId = e.id AND n.key <> e.key), '')
            FROM entity e WHERE e.id = ?
            """)
        // Read, then written as values: an INSERT … SELECT into FTS5 flushes its pending terms (indexArticle).
        let insert = try db.cachedStatement(sql: "INSERT INTO entitySearch (rowid, entityId, name, aliases) VALUES (?1, ?1, ?2, ?3)")
        for id in entities {
            try delete.execute(arguments: [id])
            guard let row = try Row.fetchOne(names, arguments: [id]) else { continue }   // the entity is gone
            try insert.execute(arguments: [id, row[0] as String, row[1] as String])
        }
    }

    /// Each entity with its other names.
    private static let entityRows = """
        SELECT e.id, e.id, e.name, COALESCE((SELECT group_concat(name, ' | ') FROM (SELECT DISTINCT al.name FROM alias al
                                            WHERE al.entityId = e.id AND al.key <> e.key)), '')
        FROM entity e
        """

    /// Entities and articles that match `query`, best first. Every word of the query must
    /// match (a word matches as a prefix: "defend" finds The Defenders); FTS5 operators typed
    /// by the user are taken as plain words. Snippets mark matches with `SearchHit.markStart`
    /// and `markEnd`, which callers turn into highlighting after escaping the text.
    public func search(_ query: String, limit: Int = 20, offset: Int = 0) throws -> SearchResults {
        guard let match = Self.matchExpression(query) else {
            return SearchResults(query: query, entities: [], articles: [], totalEntities: 0, totalArticles: 0)
        }
        return try read("searching for \(query)") { db in
            let groups = try EntityGroups.load(db)
            var seen: Set<Int64> = []
            var entities: [SearchResults.EntityHit] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT s.entityId, e.name, e.type, e.articleCount AS articles
                FROM entitySearch s JOIN entity e ON e.id = s.entityId
                WHERE entitySearch MATCH ? ORDER BY bm25(entitySearch, 0, 10, 3), articles DESC, e.name
                """, arguments: [match]) {
                let id = groups.canonicalID(row["entityId"])
                guard seen.insert(id).inserted else { continue }
                var name: String = row["name"], type: String = row["type"]
                if let target = groups.names[id], id != row["entityId"] { (name, type) = target }
                entities.append(.init(id: id, name: name, type: EntityType(rawValue: type) ?? .work, articleCount: row["articles"]))
            }
            let totalArticles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch WHERE articleSearch MATCH ?",
                                                 arguments: [match]) ?? 0
            let articles = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.outlet, a.url, a.published,
                       snippet(articleSearch, 1, char(2), char(3), '…', 24) AS snippet
                FROM articleSearch JOIN articleText t ON t.id = articleSearch.rowid JOIN article a ON a.id = t.articleId
                WHERE articleSearch MATCH ? ORDER BY bm25(articleSearch, 5, 1), a.published DESC, a.id
                LIMIT ? OFFSET ?
                """, arguments: [match, limit, offset]).map { row in
                SearchResults.ArticleHit(id: row["id"], title: row["title"], outlet: row["outlet"], url: row["url"],
                                         published: row["published"], snippet: row["snippet"])
            }
            let page = entities.count > offset ? Array(entities[offset..<min(entities.count, offset + limit)]) : []
            return SearchResults(query: query, entities: page, articles: articles, totalEntities: entities.count,
                                 totalArticles: totalArticles)
        }
    }

    /// The FTS5 query for what a person typed: each word quoted (so `"`, `*`, `NEAR`, `-` and
    /// column filters are only text) and matched as a prefix; nil when there is no word.
    static func matchExpression(_ query: String) -> String? {
        let words = query.split { !($0.isLetter || $0.isNumber) }.prefix(16)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}

/// What `search` found: a page of entities and a page of articles, with the totals.
public struct SearchResults: Sendable, Hashable, Codable {
    public struct EntityHit: Sendable, Hashable, Codable {
        public var id: Int64
        public var name: String
        public var type: EntityType
        public var articleCount: Int
    }

    public struct ArticleHit: Sendable, Hashable, Codable {
        public var id: String
        public var title: String?
        public var outlet: String?
        public var url: String?
        public var published: String?
        /// A passage of the text around the matches, matches between `markStart` and `markEnd`.
        public var snippet: String
    }

    /// The characters that surround a match in a snippet (STX and ETX: never in article text
    /// that a person reads, and left alone by HTML and JSON escaping).
    public static let markStart: Character = "\u{2}"
    public static let markEnd: Character = "\u{3}"

    public var query: String
    public var entities: [EntityHit]
    public var articles: [ArticleHit]
    public var totalEntities: Int
    public var totalArticles: Int
}
