import Foundation
import Hummingbird
import LoreReading
import LoreSQLite

extension APIHandlers {
    /// `GET /api/v1/articles`: latest first.
    @Sendable func articles(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let (limit, offset) = try Query(request).paging()
        return .json(try store.articleList(limit: limit, offset: offset))
    }

    /// `GET /api/v1/articles/{id}`: the article, its text and the facts it is a source of.
    @Sendable func article(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = context.text("id")
        guard let article = try store.article(id: id) else { throw APIError.notFound("no article with id \"\(id)\"") }
        return .json(article)
    }

    /// What `POST /api/v1/articles` did: the store's counts, and each line it could not read.
    struct IngestResult: Encodable {
        struct Rejected: Encodable {
            var line: Int?
            var reason: String
        }
        var read: Int
        var added: Int
        var replaced: Int
        var unchanged: Int
        var newEntities: Int
        var newFacts: Int
        var rejected: [Rejected]
    }

    /// `POST /api/v1/articles`: JSON lines, one article a line (`{"id", "url"?, "outlet"?,
    /// "title"?, "published"?, "text"}`). Needs `Authorization: Bearer TOKEN`. Lines that cannot
    /// be read are reported (line and reason) and the others are stored: 200 when all were
    /// read, 207 when some were rejected, 400 when none could be.
    @Sendable func ingest(_ request: Request, context: some RequestContext) async throws -> Response {
        guard let token = settings.token else {
            throw APIError(.forbidden, "ingest over HTTP is turned off: start the server with --token TOKEN or set LORE_API_TOKEN")
        }
        guard let authorization = request.headers[.authorization] else {
            throw APIError(.unauthorized, "this endpoint needs the header Authorization: Bearer TOKEN")
        }
        guard authorization.hasPrefix("Bearer "), Self.constantTimeEqual(String(authorization.dropFirst(7)), token) else {
            throw APIError(.unauthorized, "the bearer token is not the one this server was started with")
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: settings.maxBodyBytes) } catch {
            throw APIError(.contentTooLarge, "the request body is larger than \(settings.maxBodyBytes / (1 << 20)) MB; post the articles in smaller batches")
        }
        let results = ArticleReader().read(jsonLines: body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? [], input: "request body")
        var articles: [Article] = []
        var rejected: [IngestResult.Rejected] = []
        for result in results {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): rejected.append(.init(line: error.line, reason: error.reason))
            }
        }
        if articles.isEmpty && rejected.isEmpty {
            throw APIError(.badRequest, "the request body holds no article: post JSON lines, one {\"id\", \"text\", ...} object a line")
        }
        // Extraction and the write block a thread for a while: keep them off the server's event loops.
        let store = self.store
        let report = try await Task.detached { try store.ingest(articles) }.value
        if report.added + report.replaced > 0 { cache.invalidate() }
        let result = IngestResult(read: articles.count, added: report.added, replaced: report.replaced, unchanged: report.unchanged,
                                  newEntities: report.newEntities, newFacts: report.newClaims, rejected: rejected)
        let status: HTTPResponse.Status = articles.isEmpty ? .badRequest : rejected.isEmpty ? .ok : .init(code: 207, reasonPhrase: "Multi-Status")
        return JSON.response(result, status: status)
    }

    /// Compares every byte, so the time taken says nothing about how much of a guess was right.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}
