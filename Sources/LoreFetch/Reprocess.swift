import Foundation
import LoreExtraction
import LoreHTML
import LoreReading
import LoreSQLite

/// `lore reprocess`: reads every stored page again with the current Lore and stores what it
/// finds. Nothing is fetched; an article whose text came out the same is left unchanged, one
/// that reads differently now replaces its earlier version.
public struct Reprocessing: Sendable {
    public var store: SQLiteStore
    public var reader = HTMLReader()
    public var extractor = Extractor()
    public var batchSize = 100

    public init(store: SQLiteStore) {
        self.store = store
    }

    public struct Report: Sendable {
        public var pages = 0
        public var articles = 0
        public var failed: [ReadingError] = []
        public var stored = IngestReport()
    }

    public func run() throws -> Report {
        var report = Report()
        var batch: [Article] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            report.stored += try store.ingest(batch, extractor: extractor, updatingStories: false)
            batch.removeAll(keepingCapacity: true)
        }
        for url in try store.pageURLs() {
            guard let page = try store.page(url: url) else { continue }
            report.pages += 1
            let result: Result<Article, ReadingError>
            do {
                let body = try Zlib.decompress(page.compressedBody, limit: WebPage.maxBytes)
                result = WebPage.read(body, contentType: page.contentType, url: url, finalURL: page.finalURL, reader: reader,
                                      fallback: try store.feedDetails(ofPage: url))
            } catch let error as CompressionError {
                result = .failure(ReadingError(input: url, reason: "its stored copy \(error.reason)"))
            }
            switch result {
            case .success(let article):
                report.articles += 1
                batch.append(article)
                try store.recordRead(ofPage: url, articleID: article.id, error: nil)
                if batch.count >= batchSize { try flush() }
            case .failure(let error):
                report.failed.append(error)
                try store.recordRead(ofPage: url, articleID: nil, error: error.reason)
            }
        }
        try flush()
        try store.updateStories()
        return report
    }
}
