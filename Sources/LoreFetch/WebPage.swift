import Foundation
import LoreHTML
import LoreReading
import LoreSQLite

/// Turns page bytes into an article: checks the media type, decodes the charset to UTF-8 and
/// reads the page with LoreHTML. The same steps serve a page just fetched and one read again
/// from the database by `lore reprocess`.
public enum WebPage {
    /// The largest page kept or decompressed from the database.
    public static let maxBytes = 16 << 20

    /// The article id of a page: its URL without the scheme, fragment or trailing slash
    /// (`example.com/news/iron-fist-premiere`), so that the same URL always gives the same id.
    public static func articleID(for url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return url }
        var id = host.lowercased() + (components.port.map { ":\($0)" } ?? "") + components.percentEncodedPath
        if let query = components.percentEncodedQuery, !query.isEmpty { id += "?" + query }
        while id.hasSuffix("/") { id.removeLast() }
        return id
    }

    /// Media types Lore reads as web pages; a page without one is sniffed by the reader.
    static func isReadable(contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(), !type.isEmpty else {
            return true
        }
        return type == "text/html" || type == "application/xhtml+xml" || type == "text/plain" || type.hasSuffix("/xml")
    }

    /// Reads `body`, fetched from `url`. `fallback` gives the feed's title and date for pages that lack them.
    public static func read(_ body: [UInt8], contentType: String?, url: String, finalURL: String,
                            reader: HTMLReader = HTMLReader(), fallback: (title: String?, published: String?) = (nil, nil)) -> Result<Article, ReadingError> {
        guard isReadable(contentType: contentType) else {
            return .failure(ReadingError(input: url, reason: "is \(contentType ?? "?"), not a web page"))
        }
        let decoded = TextDecoding.utf8(body, contentType: contentType).bytes
        let html: HTMLArticle
        do {
            html = try reader.read(Data(decoded), id: articleID(for: url), input: url)
        } catch {
            return .failure(error)
        }
        var article = html.article
        article.url = html.url ?? finalURL
        article.outlet = html.site ?? URL(string: finalURL)?.host
        if article.title == nil, let title = fallback.title {
            // The pipeline reads the first line of the text as the headline.
            article.title = title
            article.text = title + "\n\n" + article.text
        }
        if article.published == nil { article.published = fallback.published }
        return .success(article)
    }
}

/// Fetches article pages, keeps them compressed in the database and reads them. A page already
/// stored is asked for conditionally: when the server says it has not changed, the stored
/// copy is read again.
public struct PageFetching: Sendable {
    public var fetcher: Fetcher
    public var store: SQLiteStore
    public var reader: HTMLReader

    public init(fetcher: Fetcher, store: SQLiteStore, reader: HTMLReader = HTMLReader()) {
        self.fetcher = fetcher
        self.store = store
        self.reader = reader
    }

    /// The article at `url`, or why there is none. Throws only when the database fails.
    public func article(at url: String, fallback: (title: String?, published: String?) = (nil, nil)) async throws -> Result<Article, ReadingError> {
        let stored = try store.page(url: url)
        let validators = stored.map { Validators(etag: $0.etag, lastModified: $0.lastModified) } ?? Validators()
        let resource: FetchedResource
        do {
            resource = try await fetcher.fetch(url, accept: Fetcher.Accept.page, validators: validators)
        } catch {
            return .failure(ReadingError(input: url, reason: error.reason))
        }
        var page: StoredPage
        let body: [UInt8]
        if resource.notModified, let stored {
            page = stored
            do { body = try Zlib.decompress(stored.compressedBody, limit: WebPage.maxBytes) } catch {
                return .failure(ReadingError(input: url, reason: "its stored copy \(error.reason)"))
            }
        } else {
            body = resource.body
            page = StoredPage(url: url, finalURL: resource.finalURL, fetchedAt: resource.fetchedAt, status: resource.status,
                              contentType: resource.contentType, etag: resource.validators.etag,
                              lastModified: resource.validators.lastModified, compressedBody: Zlib.compress(body), size: body.count)
        }
        let result = WebPage.read(body, contentType: page.contentType, url: url, finalURL: page.finalURL, reader: reader, fallback: fallback)
        switch result {
        case .success(let article): page.articleID = article.id; page.readError = nil
        case .failure(let error): page.articleID = nil; page.readError = error.reason
        }
        try store.savePage(page)
        return result
    }
}
