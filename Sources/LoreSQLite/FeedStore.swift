import Foundation
import GRDB

/// A followed feed, with what the next poll needs: the validators of the copy last read, and
/// after a failure the error and the time of the next attempt.
public struct Subscription: Sendable, Hashable {
    public var id: Int64
    /// What the user followed: the feed, or a site page that names it.
    public var url: String
    public var feedURL: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastChecked: Date?
    public var lastError: String?
    /// Failures in a row; reset by a successful poll.
    public var failures: Int
    /// Not polled before this time (set after a failure); nil when due at every round.
    public var nextAttempt: Date?

    init(row: Row) {
        id = row["id"]
        url = row["url"]
        feedURL = row["feedURL"]
        title = row["title"]
        etag = row["etag"]
        lastModified = row["lastModified"]
        lastChecked = row["lastChecked"]
        lastError = row["lastError"]
        failures = row["failures"]
        nextAttempt = row["nextAttempt"]
    }
}

/// A feed entry whose page is still to be read (new, or failed fewer times than the limit).
public struct PendingEntry: Sendable, Hashable {
    public var entryID: String
    public var url: String
    public var title: String?
    /// `YYYY-MM-DD`, from the feed.
    public var published: String?
    public var attempts: Int
}

/// A fetched page as it came over the network, kept zlib-compressed so that `lore reprocess`
/// can read it again with a newer Lore without fetching it again.
public struct StoredPage: Sendable, Hashable {
    public var url: String
    public var finalURL: String
    public var fetchedAt: Date
    public var status: Int
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// The body, zlib-compressed, and its size before compression.
    public var compressedBody: [UInt8]
    public var size: Int
    /// The article read from it, or why none could be read.
    public var articleID: String?
    public var readError: String?

    public init(url: String, finalURL: String, fetchedAt: Date, status: Int, contentType: String?, etag: String?,
                lastModified: String?, compressedBody: [UInt8], size: Int, articleID: String? = nil, readError: String? = nil) {
        self.url = url
        self.finalURL = finalURL
        self.fetchedAt = fetchedAt
        self.status = status
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.compressedBody = compressedBody
        self.size = size
        self.articleID = articleID
        self.readError = readError
    }

    init(row: Row) {
        url = row["url"]
        finalURL = row["finalURL"]
        fetchedAt = row["fetchedAt"]
        status = row["status"]
        contentType = row["contentType"]
        etag = row["etag"]
        lastModified = row["lastModified"]
        compressedBody = [UInt8](row["body"] as Data)
        size = row["size"]
        articleID = row["articleId"]
        readError = row["readError"]
    }
}

extension SQLiteStore {
    static func registerFeeds(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-feeds") { db in
            try db.create(table: "subscription") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull()
                t.column("feedURL", .text).notNull().unique()
                t.column("title", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("addedAt", .datetime).notNull()
                t.column("lastChecked", .datetime)
                t.column("lastError", .text)
                t.column("failures", .integer).notNull().defaults(to: 0)
                t.column("nextAttempt", .datetime)
            }
            // Every entry a feed has shown: an entry is taken once, however often the feed lists it.
            try db.create(table: "feedEntry") { t in
                t.column("subscriptionId", .integer).notNull().references("subscription", onDelete: .cascade)
                t.column("entryId", .text).notNull()
                t.column("url", .text).notNull()
                t.column("title", .text)
                t.column("published", .text)
                t.column("firstSeen", .datetime).notNull()
                t.column("articleId", .text)        // set once its page was read and stored
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("lastError", .text)
                t.primaryKey(["subscriptionId", "entryId"])
            }
            try db.create(table: "page") { t in
                t.primaryKey("url", .text)
                t.column("finalURL", .text).notNull()
                t.column("fetchedAt", .datetime).notNull()
                t.column("status", .integer).notNull()
                t.column("contentType", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("body", .blob).notNull()    // zlib
                t.column("size", .integer).notNull()
                t.column("articleId", .text)
                t.column("readError", .text)
            }
        }
    }

    // MARK: Subscriptions

    /// Follows `feedURL` (found from `url`); following it again changes nothing.
    /// Returns the subscription and whether it is new.
    public func follow(url: String, feedURL: String, title: String?, at date: Date = Date()) throws -> (Subscription, added: Bool) {
        try write("following \(feedURL)") { db in
            try db.execute(sql: """
                INSERT INTO subscription (url, feedURL, title, addedAt) VALUES (?, ?, ?, ?) ON CONFLICT (feedURL) DO NOTHING
                """, arguments: [url, feedURL, title, date])
            let added = db.changesCount > 0
            let row = try Row.fetchOne(db, sql: "SELECT * FROM subscription WHERE feedURL = ?", arguments: [feedURL])!
            return (Subscription(row: row), added)
        }
    }

    public func subscriptions() throws -> [Subscription] {
        try read("listing subscriptions") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM subscription ORDER BY id").map(Subscription.init(row:))
        }
    }

    /// Stops following the subscription whose URL or feed URL is `url`; false when there is none.
    /// The articles its entries brought stay.
    public func unfollow(_ url: String) throws -> Bool {
        try write("unfollowing \(url)") { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM subscription WHERE url = ? OR feedURL = ?", arguments: [url, url])
            for id in ids {
                try db.execute(sql: "DELETE FROM feedEntry WHERE subscriptionId = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM subscription WHERE id = ?", arguments: [id])
            }
            return !ids.isEmpty
        }
    }

    /// A poll that worked (or found the feed not modified): clears the error and the backoff.
    public func recordPoll(of id: Int64, title: String?, etag: String?, lastModified: String?, at date: Date) throws {
        try write("recording a poll") { db in
            try db.execute(sql: """
                UPDATE subscription SET title = coalesce(?, title), etag = ?, lastModified = ?, lastChecked = ?,
                  lastError = NULL, failures = 0, nextAttempt = NULL WHERE id = ?
                """, arguments: [title, etag, lastModified, date, id])
        }
    }

    /// A poll that failed: the error, and when to try again.
    public func recordFailure(of id: Int64, error: String, at date: Date, nextAttempt: Date) throws {
        try write("recording a failed poll") { db in
            try db.execute(sql: """
                UPDATE subscription SET lastChecked = ?, lastError = ?, failures = failures + 1, nextAttempt = ? WHERE id = ?
                """, arguments: [date, error, nextAttempt, id])
        }
    }

    // MARK: Entries

    /// Remembers the entries a feed listed; returns how many it had never listed before.
    public func addEntries(_ entries: [(id: String, url: String, title: String?, published: String?)], to id: Int64, at date: Date) throws -> Int {
        try write("storing feed entries") { db in
            var added = 0
            for entry in entries {
                try db.execute(sql: """
                    INSERT INTO feedEntry (subscriptionId, entryId, url, title, published, firstSeen) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, arguments: [id, entry.id, entry.url, entry.title, entry.published, date])
                added += db.changesCount
            }
            return added
        }
    }

    /// Entries whose page is still to be read, oldest first.
    public func pendingEntries(of id: Int64, maxAttempts: Int) throws -> [PendingEntry] {
        try read("listing pending entries") { db in
            try Row.fetchAll(db, sql: """
                SELECT entryId, url, title, published, attempts FROM feedEntry
                WHERE subscriptionId = ? AND articleId IS NULL AND attempts < ? ORDER BY firstSeen, rowid
                """, arguments: [id, maxAttempts]).map { row in
                PendingEntry(entryID: row["entryId"], url: row["url"], title: row["title"], published: row["published"], attempts: row["attempts"])
            }
        }
    }

    /// An attempt at an entry's page: the article it gave, or the error.
    public func recordEntry(_ entryID: String, of id: Int64, articleID: String?, error: String?) throws {
        try write("recording a feed entry") { db in
            try db.execute(sql: """
                UPDATE feedEntry SET articleId = ?, lastError = ?, attempts = attempts + 1 WHERE subscriptionId = ? AND entryId = ?
                """, arguments: [articleID, error, id, entryID])
        }
    }

    /// The title and date a feed gave for the page at `url`, for pages that do not say them.
    public func feedDetails(ofPage url: String) throws -> (title: String?, published: String?) {
        try read("reading feed entries") { db in
            let row = try Row.fetchOne(db, sql: "SELECT title, published FROM feedEntry WHERE url = ? ORDER BY firstSeen LIMIT 1", arguments: [url])
            return (row?["title"], row?["published"])
        }
    }

    // MARK: Pages

    /// Keeps a fetched page, replacing an earlier copy of the same URL.
    public func savePage(_ page: StoredPage) throws {
        try write("storing the page \(page.url)") { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO page (url, finalURL, fetchedAt, status, contentType, etag, lastModified, body, size, articleId, readError)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [page.url, page.finalURL, page.fetchedAt, page.status, page.contentType, page.etag,
                                 page.lastModified, Data(page.compressedBody), page.size, page.articleID, page.readError])
        }
    }

    public func page(url: String) throws -> StoredPage? {
        try read("reading the page \(url)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM page WHERE url = ?", arguments: [url]).map(StoredPage.init(row:))
        }
    }

    /// The URLs of every stored page, sorted.
    public func pageURLs() throws -> [String] {
        try read("listing pages") { db in try String.fetchAll(db, sql: "SELECT url FROM page ORDER BY url") }
    }

    /// What reading a stored page gave this time.
    public func recordRead(ofPage url: String, articleID: String?, error: String?) throws {
        try write("recording the page \(url)") { db in
            try db.execute(sql: "UPDATE page SET articleId = ?, readError = ? WHERE url = ?", arguments: [articleID, error, url])
        }
    }
}
