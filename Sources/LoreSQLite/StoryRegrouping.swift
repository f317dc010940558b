import Foundation
import GRDB
import LoreKnowledge

/// Regroups stories block by block, so that memory stays flat as the database grows and a
/// stream of recent news regroups only its last block.
///
/// Articles are ordered by date, then by id, and cut into blocks of `blockSize` counted from
/// the first article: a block holds the same articles however they arrived. Undated articles
/// come last ('~' sorts after every date), so they are clustered with the latest news, which
/// is what a file given without a date usually is. Stories never link articles more than
/// `unrelatedDays` apart, so a block needs only the articles just before it: each block is
/// clustered together with the `contextArticles` before it (the context, whose stories are
/// settled). A group that takes in context articles goes on with their story, so stories
/// cross block boundaries; the other groups become stories of their own, keeping the id
/// most of their articles had where they can.
///
/// Only the blocks from the one holding the earliest article stored, replaced or removed
/// since the last regroup (kept in `storyRegroup` by triggers) are regrouped: earlier blocks
/// and their stories stay as they are. A collection of one block is clustered whole, as before.
struct StoryRegrouping {
    let db: Database
    let database: String
    let options: StoryClustering.Options
    var update = StoryUpdate()
    /// The stories regrouped articles went to (a story crossing blocks counts once).
    var storiesWritten: Set<Int64> = []
    var nextID: Int64

    init(db: Database, database: String, options: StoryClustering.Options) throws {
        self.db = db
        self.database = database
        self.options = options
        nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM story") ?? 0) + 1
    }

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-story-blocks") { db in
            try db.execute(sql: "CREATE INDEX article_storyOrder ON article (COALESCE(published, '~'), id)")
            // At most one row: the earliest article (in the order above) whose story may have
            // changed since the last regroup.
            try db.execute(sql: """
                CREATE TABLE storyRegroup (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    published TEXT NOT NULL,
                    articleId TEXT NOT NULL)
                """)
            // Triggers, so that every way of storing or removing an article counts.
            func markChange(_ published: String, _ articleID: String) -> String {
                """
                INSERT INTO storyRegroup (id, published, articleId) VALUES (1, COALESCE(\(published), '~'), \(articleID))
                ON CONFLICT (id) DO UPDATE SET published = excluded.published, articleId = excluded.articleId
                WHERE (excluded.published, excluded.articleId) < (storyRegroup.published, storyRegroup.articleId);
                """
            }
            let featuresChanged = markChange("(SELECT published FROM article WHERE id = NEW.articleId)", "NEW.articleId")
            // A removed article's whole story is regrouped, so that its dates and headline
            // no longer come from the article: from the story's first article on.
            let storyOfRemoved = """
                INSERT INTO storyRegroup (id, published, articleId)
                SELECT 1, COALESCE(a.published, '~'), a.id FROM storyArticle removed
                JOIN storyArticle m ON m.storyId = removed.storyId JOIN article a ON a.id = m.articleId
                WHERE removed.articleId = OLD.id ORDER BY 2, 3 LIMIT 1
                ON CONFLICT (id) DO UPDATE SET published = excluded.published, articleId = excluded.articleId
                WHERE (excluded.published, excluded.articleId) < (storyRegroup.published, storyRegroup.articleId);
                """
            try db.execute(sql: """
                CREATE TRIGGER storyFeatures_regroup_insert AFTER INSERT ON storyFeatures BEGIN \(featuresChanged) END;
                CREATE TRIGGER storyFeatures_regroup_update AFTER UPDATE ON storyFeatures BEGIN \(featuresChanged) END;
                CREATE TRIGGER article_regroup_delete BEFORE DELETE ON article BEGIN
                    \(markChange("OLD.published", "OLD.id")) \(storyOfRemoved)
                END;
                CREATE TRIGGER article_regroup_update AFTER UPDATE OF id, published ON article BEGIN
                    \(markChange("OLD.published", "OLD.id")) \(markChange("NEW.published", "NEW.id"))
                END;
                """)
            // Stories made before blocks were grouped all at once: they are regrouped block by block once.
            try regroupFromTheFirstArticle(db)
        }
    }

    /// Marks every article's story as changed: the next regroup starts from the first block.
    static func regroupFromTheFirstArticle(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO storyRegroup (id, published, articleId)
            SELECT 1, COALESCE(published, '~'), id FROM article ORDER BY COALESCE(published, '~'), id LIMIT 1
            ON CONFLICT (id) DO UPDATE SET published = excluded.published, articleId = excluded.articleId
            """)
    }

    /// A place in the order of articles: the date ("~" when undated), then the id.
    struct Key {
        var published: String
        var articleID: String

        func arguments(_ prefix: String) -> [String: any DatabaseValueConvertible] {
            [prefix + "Published": published, prefix + "ID": articleID]
        }
    }

    static let order = "COALESCE(a.published, '~')"

    /// Articles `a` at or after the key named `prefix` (the first test lets SQLite seek in the index).
    static func atOrAfter(_ prefix: String) -> String {
        "\(order) >= :\(prefix)Published AND (\(order), a.id) >= (:\(prefix)Published, :\(prefix)ID)"
    }

    static func before(_ prefix: String) -> String {
        "\(order) <= :\(prefix)Published AND (\(order), a.id) < (:\(prefix)Published, :\(prefix)ID)"
    }

    mutating func run() throws -> StoryUpdate {
        guard let row = try Row.fetchOne(db, sql: "SELECT published, articleId FROM storyRegroup") else { return update }
        let changed = Key(published: row["published"], articleID: row["articleId"])
        let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE \(Self.before("changed"))",
                                        arguments: StatementArguments(changed.arguments("changed")))!
        if let first = try key(offset: position / options.blockSize * options.blockSize, from: nil) {
            try setAsideStories(from: first)
            var start: Key? = first
            while let blockStart = start {
                let next = try key(offset: options.blockSize, from: blockStart)
                try regroupBlock(from: blockStart, to: next)
                start = next
            }
            try db.execute(sql: "DROP TABLE temp.storyPrevious")
        }
        // Stories left without articles: those no group went on with, and those of removed
        // articles. A scan of the story table, cheap beside clustering a block.
        try db.execute(sql: "DELETE FROM story WHERE NOT EXISTS (SELECT 1 FROM storyArticle m WHERE m.storyId = story.id)")
        try db.execute(sql: "DELETE FROM storyRegroup")
        update.stories = storiesWritten.count
        return update
    }

    /// The key of the article `offset` places after `start` (after the first article when nil).
    func key(offset: Int, from start: Key?) throws -> Key? {
        let row = try Row.fetchOne(db, sql: """
            SELECT \(Self.order) AS published, a.id FROM article a \(start == nil ? "" : "WHERE " + Self.atOrAfter("start"))
            ORDER BY \(Self.order), a.id LIMIT 1 OFFSET :offset
            """, arguments: StatementArguments((start?.arguments("start") ?? [:]).merging(["offset": offset]) { $1 }))
        return row.map { Key(published: $0["published"], articleID: $0["id"]) }
    }

    /// Moves the story of every article from `start` on into `storyPrevious`, where its
    /// articles vote for it: what is left in `storyArticle` is settled.
    func setAsideStories(from start: Key) throws {
        try db.execute(sql: "CREATE TEMP TABLE storyPrevious (articleId TEXT PRIMARY KEY, storyId INTEGER NOT NULL)")
        try db.execute(sql: """
            INSERT INTO storyPrevious SELECT m.articleId, m.storyId FROM storyArticle m JOIN article a ON a.id = m.articleId
            WHERE \(Self.atOrAfter("start"))
            """, arguments: StatementArguments(start.arguments("start")))
        try db.execute(sql: "DELETE FROM storyArticle WHERE articleId IN (SELECT articleId FROM storyPrevious)")
    }

    /// An article being clustered: one of the block, or of the context before it.
    struct Member {
        var features: InternedStoryFeatures
        var isContext: Bool
        /// A context article's settled story, or the story a block article had before (its vote).
        var story: Int64?
    }

    mutating func regroupBlock(from start: Key, to end: Key?) throws {
        var vocabulary = StoryVocabulary()
        var members = try context(before: start, vocabulary: &vocabulary)
        var range = Self.atOrAfter("start"), arguments = start.arguments("start")
        if let end {
            range += " AND " + Self.before("end")
            arguments.merge(end.arguments("end")) { $1 }
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, f.features, f.sketch, p.storyId FROM article a JOIN storyFeatures f ON f.articleId = a.id
            LEFT JOIN temp.storyPrevious p ON p.articleId = a.id WHERE \(range)
            """, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            members.append(Member(features: try decode(row, vocabulary: &vocabulary), isContext: false, story: row["storyId"]))
        }
        // In id order, as SQLite sorts them: a whole collection clustered as one block is
        // clustered exactly as it was before blocks.
        members.sort { $0.features.articleID.utf8.lexicographicallyPrecedes($1.features.articleID.utf8) }
        let clustering = StoryClustering(members.map(\.features), vocabulary: vocabulary, options: options)

        // Largest groups choose first, so a story that grew keeps its id.
        let bySize = clustering.groups.indices.sorted {
            (-clustering.groups[$0].members.count, $0) < (-clustering.groups[$1].members.count, $1)
        }
        var taken: Set<Int64> = []
        for index in bySize {
            let group = clustering.groups[index]
            let regrouped = group.members.filter { !members[$0].isContext }
            // Context articles alone: their stories stay as they are.
            guard !regrouped.isEmpty else { continue }
            let id: Int64
            if let continued = Self.continuedStory(group, members, taken: taken) {
                id = continued
                try write(group, regrouped, of: members, intoSettled: id)
            } else {
                id = try storyID(regrouped: regrouped.compactMap { members[$0].story }.filter { !taken.contains($0) },
                                 of: regrouped.count)
                try write(group, regrouped, of: members, intoNew: id)
            }
            taken.insert(id)
            storiesWritten.insert(id)
            update.articles += regrouped.count
        }
    }

    /// The `contextArticles` articles just before the block, with their settled stories.
    /// Whatever their dates: an article months older rarely links (the clustering weakens
    /// links across `distantDays`), but it still counts in the background of the block.
    func context(before start: Key, vocabulary: inout StoryVocabulary) throws -> [Member] {
        guard options.contextArticles > 0 else { return [] }
        var members: [Member] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, f.features, f.sketch, m.storyId FROM article a JOIN storyFeatures f ON f.articleId = a.id
            LEFT JOIN storyArticle m ON m.articleId = a.id WHERE \(Self.before("start"))
            ORDER BY \(Self.order) DESC, a.id DESC LIMIT :limit
            """, arguments: StatementArguments(start.arguments("start").merging(["limit": options.contextArticles]) { $1 }))
        while let row = try rows.next() {
            members.append(Member(features: try decode(row, vocabulary: &vocabulary), isContext: true, story: row["storyId"]))
        }
        return members
    }

    func decode(_ row: Row, vocabulary: inout StoryVocabulary) throws -> InternedStoryFeatures {
        let id: String = row["id"]
        do {
            return try StoryFeatureCoding.decode(articleID: id, features: row["features"], sketch: row["sketch"],
                                                 vocabulary: &vocabulary)
        } catch {
            throw StoreError(database: database, reason: "the story features of article \(id) cannot be read (\(error)); "
                             + "re-ingest the article to rebuild them")
        }
    }

    /// The settled story most of the group's context articles have (not taken by a larger
    /// group). On a tie, the story of the oldest of them, not the lowest id: which articles
    /// end up together must not depend on the ids their stories happened to get.
    static func continuedStory(_ group: StoryClustering.Group, _ members: [Member], taken: Set<Int64>) -> Int64? {
        var votes: [Int64: Int] = [:], best: Int64?
        // Members are oldest first.
        for member in group.members where members[member].isContext {
            guard let story = members[member].story, !taken.contains(story) else { continue }
            votes[story, default: 0] += 1
            if best == nil || votes[story]! > votes[best!]! { best = story }
        }
        return best
    }

    /// The id of a group that goes on with no settled story: the story most of its `count`
    /// articles had before (the lowest id on a tie), unless that story has settled articles
    /// (it goes on only through its context articles); else a new id.
    mutating func storyID(regrouped previous: [Int64], of count: Int) throws -> Int64 {
        let settled = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM storyArticle WHERE storyId = ?)")
        var votes: [Int64: Int] = [:]
        for story in previous { votes[story, default: 0] += 1 }
        for story in Array(votes.keys) where try Bool.fetchOne(settled, arguments: [story]) == true { votes[story] = nil }
        if let best = votes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), 2 * best.value >= count { return best.key }
        defer { nextID += 1 }
        return nextID
    }

    /// Writes a group's regrouped articles as a new story (or one whose id they kept).
    mutating func write(_ group: StoryClustering.Group, _ regrouped: [Int], of members: [Member], intoNew id: Int64) throws {
        // The central article, unless it is a context article of another story.
        let central = members[members[group.central].isContext ? regrouped[0] : group.central].features
        let dates = regrouped.compactMap { members[$0].features.published }
        try db.cachedStatement(sql: """
            INSERT INTO story (id, headline, firstDate, lastDate) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
            headline = excluded.headline, firstDate = excluded.firstDate, lastDate = excluded.lastDate
            """).execute(arguments: [id, central.title ?? central.articleID, dates.min(), dates.max()])
        try insert(group, regrouped, of: members, into: id)
    }

    /// Adds a group's regrouped articles to the settled story its context articles have.
    mutating func write(_ group: StoryClustering.Group, _ regrouped: [Int], of members: [Member], intoSettled id: Int64) throws {
        let settled = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM storyArticle WHERE storyId = ?"),
                                       arguments: [id]) ?? 0
        let part = group.members.filter { !members[$0].isContext || members[$0].story == id }
        // The larger part of a story chooses its headline: a story that grows takes the
        // central article of its new articles and the context, one long settled keeps its own.
        if part.count >= settled, part.contains(group.central) {
            let central = members[group.central].features
            try db.cachedStatement(sql: "UPDATE story SET headline = ? WHERE id = ?")
                .execute(arguments: [central.title ?? central.articleID, id])
        }
        try insert(group, regrouped, of: members, into: id)
        try db.cachedStatement(sql: """
            UPDATE story SET
            firstDate = (SELECT MIN(a.published) FROM storyArticle m JOIN article a ON a.id = m.articleId WHERE m.storyId = story.id),
            lastDate = (SELECT MAX(a.published) FROM storyArticle m JOIN article a ON a.id = m.articleId WHERE m.storyId = story.id)
            WHERE id = ?
            """).execute(arguments: [id])
    }

    mutating func insert(_ group: StoryClustering.Group, _ regrouped: [Int], of members: [Member], into id: Int64) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO storyArticle (articleId, storyId, copyOf) VALUES (?, ?, ?)")
        for member in regrouped {
            let copyOf = group.copies[member].map { members[$0].features.articleID }
            if copyOf != nil { update.copies += 1 }
            try insert.execute(arguments: [members[member].features.articleID, id, copyOf])
        }
    }
}
