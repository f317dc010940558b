import Foundation
import LoreExtraction
import LoreHTML
import LoreReading
import LoreSQLite

/// One round of `lore watch`: polls every subscription that is due (conditionally), remembers
/// the entries each feed lists, fetches and reads the pages of those not yet taken, and stores
/// their articles in one batch. A feed or page that fails is recorded with its error and the
/// time of its next attempt; it never stops the others.
public struct Watcher: Sendable {
    public var fetcher: Fetcher
    public var store: SQLiteStore
    public var reader = HTMLReader()
    public var extractor = Extractor()
    /// How often an entry's page is tried before it is given up.
    public var maxEntryAttempts = 3
    /// The wait after a feed's first failure; it doubles with each failure in a row, up to a day.
    public var firstBackoff: TimeInterval = 300

    public init(fetcher: Fetcher, store: SQLiteStore) {
        self.fetcher = fetcher
        self.store = store
    }

    public struct FeedReport: Sendable {
        public enum Outcome: Sendable {
            /// The feed was read; `newEntries` it had not listed before.
            case updated(newEntries: Int)
            case notModified
            case failed(FetchError, nextAttempt: Date)
            /// Not polled: still waiting after a failure.
            case waiting(until: Date)
        }

        public var subscription: Subscription
        public var outcome: Outcome
        /// Articles read from the feed's entries this round.
        public var articles: [String] = []
        /// Entry pages that could not be read.
        public var pageErrors: [ReadingError] = []
    }

    public struct RoundReport: Sendable {
        public var feeds: [FeedReport] = []
        public var stored = IngestReport()

        public var hasFailures: Bool {
            feeds.contains { report in
                if case .failed = report.outcome { return true }
                return !report.pageErrors.isEmpty
            }
        }
    }

    public func runRound(now: Date = Date()) async throws -> RoundReport {
        var round = RoundReport()
        var articles: [Article] = []
        var taken: [(subscription: Int64, entry: String, article: String)] = []
        let pages = PageFetching(fetcher: fetcher, store: store, reader: reader)

        for subscription in try store.subscriptions() {
            if let next = subscription.nextAttempt, next > now {
                round.feeds.append(FeedReport(subscription: subscription, outcome: .waiting(until: next)))
                continue
            }
            var report = FeedReport(subscription: subscription, outcome: .notModified)
            do {
                report.outcome = try await poll(subscription, at: now)
            } catch let error as FetchError {
                let next = nextAttempt(after: error, failures: subscription.failures + 1, now: now)
                try store.recordFailure(of: subscription.id, error: error.reason, at: now, nextAttempt: next)
                report.outcome = .failed(error, nextAttempt: next)
                round.feeds.append(report)
                continue
            }
            for entry in try store.pendingEntries(of: subscription.id, maxAttempts: maxEntryAttempts) {
                switch try await pages.article(at: entry.url, fallback: (entry.title, entry.published)) {
                case .success(let article):
                    articles.append(article)
                    taken.append((subscription.id, entry.entryID, article.id))
                    report.articles.append(article.id)
                case .failure(let error):
                    try store.recordEntry(entry.entryID, of: subscription.id, articleID: nil, error: error.reason)
                    report.pageErrors.append(error)
                }
            }
            round.feeds.append(report)
        }
        if !articles.isEmpty {
            round.stored = try store.ingest(articles, extractor: extractor)
            // Marked only once stored: a failed write leaves the entries pending for the next round.
            for item in taken {
                try store.recordEntry(item.entry, of: item.subscription, articleID: item.article, error: nil)
            }
        }
        return round
    }

    /// Fetches the feed if it changed and remembers its entries. A feed that cannot be fetched
    /// or read throws a `FetchError`; a database failure throws its own error and ends the round.
    private func poll(_ subscription: Subscription, at now: Date) async throws -> FeedReport.Outcome {
        let validators = Validators(etag: subscription.etag, lastModified: subscription.lastModified)
        let resource = try await fetcher.fetch(subscription.feedURL, accept: Fetcher.Accept.feed, validators: validators)
        if resource.notModified {
            try store.recordPoll(of: subscription.id, title: nil, etag: subscription.etag, lastModified: subscription.lastModified, at: now)
            return .notModified
        }
        guard case .feed(let feed) = try FeedParser.parse(resource.body, url: subscription.feedURL, contentType: resource.contentType) else {
            throw FetchError(url: subscription.feedURL, reason: "is a web page now, not a feed")
        }
        let entries = feed.entries.map { ($0.id, $0.url, $0.title, $0.published.map(Self.day)) }
        let added = try store.addEntries(entries, to: subscription.id, at: now)
        try store.recordPoll(of: subscription.id, title: feed.title, etag: resource.validators.etag,
                             lastModified: resource.validators.lastModified, at: now)
        return .updated(newEntries: added)
    }

    /// Retry-After when the server gave one, else exponential backoff; whichever is later.
    func nextAttempt(after error: FetchError, failures: Int, now: Date) -> Date {
        let backoff = min(firstBackoff * pow(2, Double(max(0, failures - 1))), 86_400)
        let byBackoff = now.addingTimeInterval(backoff)
        guard let retryAfter = error.retryAfter else { return byBackoff }
        return max(retryAfter, byBackoff)
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
