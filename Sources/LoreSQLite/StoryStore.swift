import Foundation
import GRDB
import LoreKnowledge
import LoreReading

/// What `updateStories()` did.
public struct StoryUpdate: Sendable, Hashable {
    /// Articles regrouped: those from the block of the earliest change on.
    public var articles = 0
    /// Stories those articles are in now.
    public var stories = 0
    /// Regrouped articles recognised as near-copies of another article.
    public var copies = 0
}

extension SQLiteStore {
    /// Regroups into stories the articles from the block of the earliest article stored,
    /// replaced or removed since the last regroup on (see `StoryRegrouping`); does nothing
    /// when no article changed. A story keeps its id as long as it keeps most of its
    /// articles, so ids stay stable as articles arrive.
    @discardableResult
    public func updateStories(options: StoryClustering.Options = .init()) throws -> StoryUpdate {
        try write("grouping articles into stories") { db in
            var regrouping = try StoryRegrouping(db: db, database: path, options: options)
            return try regrouping.run()
        }
    }

    /// Regroups every article anew, for when the way stories are made has changed (a new
    /// version of Lore, other options): each article's story features are computed again
    /// from its stored text (an article stored without its text keeps the features it has),
    /// then every block is regrouped. Memory stays flat: articles are read one at a time.
    @discardableResult
    public func regroupAllStories(options: StoryClustering.Options = .init()) throws -> StoryUpdate {
        try write("regrouping every article into stories") { db in
            let articles = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.published, t.title, t.text FROM article a JOIN articleText t ON t.articleId = a.id
                WHERE t.text != ''
                """)
            let update = try db.cachedStatement(sql: "UPDATE storyFeatures SET features = ?, sketch = ? WHERE articleId = ?")
            while let row = try articles.next() {
                let title: String = row["title"]
                let article = Article(id: row["id"], title: title.isEmpty ? nil : title, published: row["published"],
                                      text: row["text"])
                let features = EncodedStoryFeatures(article: article)
                try update.execute(arguments: [features.features, features.sketch, features.articleID])
            }
            // From the first article on, whether or not its features changed.
            try StoryRegrouping.regroupFromTheFirstArticle(db)
            var regrouping = try StoryRegrouping(db: db, database: path, options: options)
            return try regrouping.run()
        }
    }

    /// Every story with its articles (oldest first) and the facts it added or changed;
    /// stories in order of their first date. With `latest`, only that many of the latest
    /// stories, read with their own facts only.
    public func stories(latest: Int? = nil) throws -> [Story] {
        var stories = try read("reading stories") { db in
            var stories: [Story] = []
            var index: [Int64: Int] = [:]
            let chosen = latest.map { "ORDER BY COALESCE(firstDate, '~') DESC, id DESC LIMIT \($0)" } ?? ""
            for row in try Row.fetchAll(db, sql: "SELECT id, headline, firstDate, lastDate FROM story " + chosen) {
                index[row["id"]] = stories.count
                stories.append(Story(id: row["id"], headline: row["headline"], firstDate: row["firstDate"],
                                     lastDate: row["lastDate"], articles: []))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT m.storyId, m.copyOf, a.id, \(SQLiteStore.titleOrFirstLine) AS title, a.outlet, a.url, a.published
                FROM storyArticle m JOIN article a ON a.id = m.articleId LEFT JOIN storyFeatures f ON f.articleId = a.id
                \(latest == nil ? "" : "WHERE m.storyId IN (\(index.keys.map(String.init).joined(separator: ",")))")
                ORDER BY a.published IS NULL, a.published, a.id
                """) {
                guard let slot = index[row["storyId"]] else { continue }
                stories[slot].articles.append(StoryArticle(id: row["id"], title: row["title"], outlet: row["outlet"],
                                                           url: row["url"], published: row["published"], copyOf: row["copyOf"]))
            }
            return stories
        }
        let articles = stories.flatMap { $0.articles.map(\.id) }
        Story.attachFacts(latest == nil ? try facts() : try facts(inArticles: articles), to: &stories)
        return stories.sorted { ($0.firstDate ?? "~", $0.id) < ($1.firstDate ?? "~", $1.id) }
    }

    /// SQL for an article's title, else the first line of its text (the first line of its
    /// story features, see StoryFeatureCoding), for articles `a` joined with features `f`.
    static let titleOrFirstLine = "COALESCE(a.title, NULLIF(CAST(substr(f.features, 1, instr(f.features, x'0a') - 1) AS TEXT), ''))"

    /// The story of each stored article: article id → story id.
    public func storyAssignments() throws -> [(article: String, story: Int64)] {
        try read("reading stories") { db in
            try Row.fetchAll(db, sql: "SELECT articleId, storyId FROM storyArticle ORDER BY articleId").map {
                (article: $0["articleId"], story: $0["storyId"])
            }
        }
    }
}
