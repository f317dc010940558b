import Foundation
import LoreExtraction
import LoreKnowledge
import LoreReading

extension SQLiteStore {
    /// Extracts and stores articles read from anywhere (files, an HTTP request, a fetched page):
    /// one transaction for the whole batch. Stories are regrouped when `updatingStories` is set;
    /// a long run of batches regroups once at its end instead.
    public func ingest(_ articles: [Article], extractor: Extractor = Extractor(), updatingStories: Bool = true) throws -> IngestReport {
        try ingest(Self.extractInParallel(articles, with: extractor), texts: Self.texts(of: articles), updatingStories: updatingStories)
    }

    /// Article id → text, for the search index.
    public static func texts(of articles: [Article]) -> [String: String] {
        Dictionary(articles.map { ($0.id, $0.text) }, uniquingKeysWith: { _, last in last })
    }

    /// Extraction is the costly step and articles are independent: use every core.
    public static func extractInParallel(_ articles: [Article], with extractor: Extractor) -> [ArticleRecords] {
        // Each iteration writes only its own slot, so sharing the buffer is safe.
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<ArticleRecords?>.allocate(capacity: articles.count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            let article = articles[index]
            slots[index] = ArticleRecords(article: article, extraction: extractor.extract(article))
        }
        return slots.map { $0! }
    }
}
