import LoreReading
import LoreLanguage

/// The whole pipeline for one article: layout → language → extraction.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Extraction {
        extract(PlainTextLayout.standard.layout(article))
    }

    public func extract(_ document: Document) -> Extraction {
        Extraction(id: document.article.id, entities: [], facts: [])
    }
}
