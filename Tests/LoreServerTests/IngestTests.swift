import Foundation
import Hummingbird
import HummingbirdTesting
import LoreReading
import LoreServer
import LoreSQLite
import Testing

@Suite struct IngestTests {
    static let line = #"{"id": "hb-1", "outlet": "wire.example", "title": "Glass Lanterns Dated", "published": "2023-05-02", "text": "Glass Lanterns\n\nStreamwave announced today that Glass Lanterns will premiere on July 21, 2023."}"#

    func post(_ client: any TestClientProtocol, _ body: String, token: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-ndjson"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: "/api/v1/articles", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func ingestIsOffWithoutAToken() async throws {
        let server = try LoreServer(store: try SQLiteStore.inMemory(), settings: .init(token: nil))
        try await Fixtures.withRouter(server) { client in
            let response = try await post(client, Self.line, token: "anything")
            #expect(try response.errorMessage(status: .forbidden).contains("--token TOKEN or set LORE_API_TOKEN"))
        }
    }

    @Test func missingOrWrongTokenIs401() async throws {
        let server = try LoreServer(store: try SQLiteStore.inMemory(), settings: .init(token: "s3cret"))
        try await Fixtures.withRouter(server) { client in
            let missing = try await post(client, Self.line, token: nil)
            #expect(try missing.errorMessage(status: .unauthorized) == "this endpoint needs the header Authorization: Bearer TOKEN")
            let wrong = try await post(client, Self.line, token: "s3creT")
            #expect(try wrong.errorMessage(status: .unauthorized) == "the bearer token is not the one this server was started with")
            let list = try await client.execute(uri: "/api/v1/articles", method: .get)
            #expect(try list.json()["total"] as? Int == 0)
        }
    }

    @Test func goodLinesAreStoredAndBadLinesReportedWithTheirNumbers() async throws {
        let store = try SQLiteStore.inMemory()
        let server = try LoreServer(store: store, settings: .init(token: "s3cret"))
        try await Fixtures.withRouter(server) { client in
            // Seen (and cached) before the ingest: the cache must not hide what comes next.
            let searchBefore = try await client.execute(uri: "/api/v1/search?q=lanterns", method: .get)
            #expect(try searchBefore.json()["totalArticles"] as? Int == 0)
            let before = try await client.execute(uri: "/calendar", method: .get).text
            #expect(!before.contains("Glass Lanterns"))

            let body = Self.line + "\n{not json}\n\n" + #"{"id": "hb-2"}"# + "\n"
            let response = try await post(client, body, token: "s3cret")
            #expect(response.status.code == 207, "\(response.text)")
            let json = try response.json()
            #expect(json["read"] as? Int == 1 && json["added"] as? Int == 1)
            let rejected = try #require(json["rejected"] as? [[String: Any]])
            #expect(rejected.map { $0["line"] as? Int } == [2, 4])
            #expect((rejected.first?["reason"] as? String)?.contains("malformed JSON") == true)
            #expect((rejected.last?["reason"] as? String)?.contains("text") == true)

            let searchAfter = try await client.execute(uri: "/api/v1/search?q=lanterns", method: .get)
            #expect(try searchAfter.json()["totalArticles"] as? Int == 1)
            let after = try await client.execute(uri: "/calendar", method: .get)
            #expect(after.text.contains("Glass Lanterns"))
            // The same article again changes nothing.
            let again = try await post(client, Self.line, token: "s3cret")
            #expect(again.status == .ok)
            #expect(try again.json()["unchanged"] as? Int == 1)
            let nothing = try await post(client, "{oops", token: "s3cret")
            #expect(nothing.status == .badRequest)
            #expect(try nothing.json()["read"] as? Int == 0)
            let empty = try await post(client, "\n  \n", token: "s3cret")
            #expect(try empty.errorMessage(status: .badRequest).contains("holds no article"))
        }
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        let server = try LoreServer(store: try SQLiteStore.inMemory(), settings: .init(token: "s3cret", maxBodyBytes: 1 << 20))
        try await Fixtures.withRouter(server) { client in
            let big = String(repeating: Self.line + "\n", count: (1 << 20) / Self.line.utf8.count + 10)
            let response = try await post(client, big, token: "s3cret")
            #expect(try response.errorMessage(status: .contentTooLarge).contains("larger than 1 MB"))
        }
    }
}
