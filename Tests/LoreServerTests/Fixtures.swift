import Foundation
import Hummingbird
import HummingbirdTesting
import LoreReading
import LoreServer
import LoreSQLite
import Testing

/// Stores for the tests: the bundled sample corpus (43 articles) in memory, read from the
/// source tree, plus articles a test adds.
enum Fixtures {
    static let sampleCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/lore/Samples/articles.jsonl")

    static func sampleArticles() throws -> [Article] {
        let data = try Data(contentsOf: sampleCorpus)
        return try ArticleReader().read(jsonLines: [UInt8](data), input: sampleCorpus.path).map { try $0.get() }
    }

    /// A fresh in-memory store with the sample corpus.
    static func sampleStore(extra: [Article] = []) throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try store.ingest(try sampleArticles() + extra)
        return store
    }

    /// One store shared by the read-only tests (extraction of the corpus takes a moment).
    nonisolated(unsafe) static let shared: SQLiteStore = try! sampleStore()

    static func server(_ store: SQLiteStore = shared, token: String? = nil, maxBodyBytes: Int = 16 << 20) throws -> LoreServer {
        try LoreServer(store: store, settings: .init(token: token, maxBodyBytes: maxBodyBytes))
    }

    /// Runs `test` against the server's router in-process.
    static func withRouter<Value: Sendable>(_ server: LoreServer, _ test: @Sendable (any TestClientProtocol) async throws -> Value)
        async throws -> Value {
        let app = Application(router: server.router())
        return try await app.test(.router, test)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// The message of the one error shape, after checking the shape.
    func errorMessage(status expected: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        #expect(status == expected, "\(text)", sourceLocation: sourceLocation)
        #expect(headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        let error = try #require(try json()["error"] as? [String: Any], "no error object in \(text)", sourceLocation: sourceLocation)
        #expect(error["status"] as? Int == Int(expected.code), sourceLocation: sourceLocation)
        return try #require(error["message"] as? String, sourceLocation: sourceLocation)
    }
}
