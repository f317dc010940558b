import Foundation
import Hummingbird
import HummingbirdTesting
import LoreExtraction
import LoreServer
import LoreSQLite
import Testing

@Suite struct APITests {
    let server: LoreServer

    init() throws { server = try Fixtures.server() }

    func id(of name: String, _ type: EntityType) throws -> Int64 {
        try #require(try Fixtures.shared.entities(named: name, type: type).first).id
    }

    @Test func searchFindsEntitiesByAliasAndArticlesByText() async throws {
        try await Fixtures.withRouter(server) { client in
            let response = try await client.execute(uri: "/api/v1/search?q=defend", method: .get)
            #expect(response.status == .ok)
            let json = try response.json()
            let entities = try #require(json["entities"] as? [[String: Any]])
            #expect(entities.contains { $0["name"] as? String == "The Defenders" && $0["type"] as? String == "work" })
            let articles = try #require(json["articles"] as? [[String: Any]])
            #expect(!articles.isEmpty)
            #expect((json["totalArticles"] as? Int ?? 0) >= articles.count)
            // Plain snippets in the API: no highlight marks.
            #expect(articles.allSatisfy { ($0["snippet"] as? String)?.contains("\u{2}") == false })
            // A word that only the text of an article has (not a name).
            let text = try await client.execute(uri: "/api/v1/search?q=unbreakable", method: .get).json()
            #expect(!(text["articles"] as? [Any] ?? []).isEmpty)
            // FTS5 syntax typed by a person is only text.
            let odd = try await client.execute(uri: "/api/v1/search?q=%22NEAR(%20*%20-", method: .get)
            #expect(odd.status == .ok)
            let missing = try await client.execute(uri: "/api/v1/search", method: .get)
            #expect(try missing.errorMessage(status: .badRequest).contains("parameter q is missing"))
        }
    }

    @Test func entitiesPageAndLookUpByName() async throws {
        try await Fixtures.withRouter(server) { client in
            let page = try await client.execute(uri: "/api/v1/entities?limit=5&offset=5", method: .get).json()
            #expect(page["limit"] as? Int == 5 && page["offset"] as? Int == 5)
            #expect((page["items"] as? [Any])?.count == 5)
            #expect((page["total"] as? Int ?? 0) > 10)
            let works = try await client.execute(uri: "/api/v1/entities?type=work&limit=500", method: .get).json()
            #expect((works["items"] as? [[String: Any]] ?? []).allSatisfy { $0["type"] as? String == "work" })
            let named = try await client.execute(uri: "/api/v1/entities?name=luke%20cage", method: .get).json()
            let types = Set((named["items"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String })
            #expect(types.isSuperset(of: ["character", "work"]))
            let badType = try await client.execute(uri: "/api/v1/entities?type=robot", method: .get)
            #expect(try badType.errorMessage(status: .badRequest).contains("type=robot is not an entity type"))
            let badLimit = try await client.execute(uri: "/api/v1/entities?limit=0", method: .get)
            #expect(try badLimit.errorMessage(status: .badRequest) == "parameter limit=0 is not a whole number from 1 to 500")
        }
    }

    @Test func entityReportHasFactsSourcesStatusAndHistory() async throws {
        let luke = try id(of: "Luke Cage", .character)
        let show = try id(of: "Luke Cage", .work)
        try await Fixtures.withRouter(server) { client in
            let json = try await client.execute(uri: "/api/v1/entities/\(luke)", method: .get).json()
            let entity = try #require(json["entity"] as? [String: Any])
            #expect(entity["name"] as? String == "Luke Cage" && entity["type"] as? String == "character")
            let groups = try #require(json["groups"] as? [[String: Any]])
            let playedBy = try #require(groups.first { $0["predicate"] as? String == "plays" && $0["role"] as? String == "object" })
            let facts = try #require(playedBy["facts"] as? [[String: Any]])
            let colter = facts.filter { ($0["claim"] as? [String: Any])?["subject"] as? String == "Mike Colter" }
            #expect(colter.contains { $0["status"] as? String == "confirmed" && ($0["sources"] as? [Any] ?? []).count >= 2 })
            let work = try await client.execute(uri: "/api/v1/entities/\(show)", method: .get).json()
            #expect(!(work["histories"] as? [Any] ?? []).isEmpty, "Luke Cage (work) has a release history")
            // As known on a date before the show was announced: not mentioned yet.
            let early = try await client.execute(uri: "/api/v1/entities/\(show)?asOf=2013", method: .get)
            #expect(try early.errorMessage(status: .notFound) == "no entity with id \(show) known on 2013-12-31")
            let badDate = try await client.execute(uri: "/api/v1/entities/\(show)?asOf=soon", method: .get)
            #expect(try badDate.errorMessage(status: .badRequest).contains("asOf=soon is not a date"))
            let unknown = try await client.execute(uri: "/api/v1/entities/999999", method: .get)
            #expect(try unknown.errorMessage(status: .notFound) == "no entity with id 999999")
            let notNumber = try await client.execute(uri: "/api/v1/entities/Luke", method: .get)
            #expect(try notNumber.errorMessage(status: .badRequest) == "entity id \"Luke\" is not a number")
        }
    }

    @Test func factsStoriesCalendarChangesArticles() async throws {
        try await Fixtures.withRouter(server) { client in
            let facts = try await client.execute(uri: "/api/v1/facts?about=The%20Defenders&predicate=appears_in&limit=3", method: .get).json()
            let items = try #require(facts["items"] as? [[String: Any]])
            #expect(items.count == 3 && (facts["total"] as? Int ?? 0) > 3)
            #expect(items.allSatisfy { ($0["claim"] as? [String: Any])?["predicate"] as? String == "appears_in" })
            let nobody = try await client.execute(uri: "/api/v1/facts?about=Nobody%20Atall", method: .get)
            #expect(try nobody.errorMessage(status: .notFound) == "no entity named \"Nobody Atall\"")
            let badPredicate = try await client.execute(uri: "/api/v1/facts?predicate=likes", method: .get)
            #expect(try badPredicate.errorMessage(status: .badRequest).hasPrefix("parameter predicate=likes is not a predicate"))

            let stories = try await client.execute(uri: "/api/v1/stories?limit=2", method: .get).json()
            let first = try #require((stories["items"] as? [[String: Any]])?.first)
            let storyID = try #require(first["id"] as? Int)
            let story = try await client.execute(uri: "/api/v1/stories/\(storyID)", method: .get).json()
            #expect(story["headline"] as? String == first["headline"] as? String)
            let noStory = try await client.execute(uri: "/api/v1/stories/424242", method: .get)
            #expect(try noStory.errorMessage(status: .notFound) == "no story with id 424242")

            let calendar = try await client.execute(uri: "/api/v1/calendar?from=2017&to=2017-12", method: .get)
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(calendar.text.utf8)) as? [[String: Any]])
            #expect(entries.contains { $0["work"] as? String == "The Defenders" })
            let ics = try await client.execute(uri: "/api/v1/calendar?format=ics", method: .get)
            #expect(ics.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(ics.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            let backwards = try await client.execute(uri: "/api/v1/calendar?from=2018&to=2017", method: .get)
            #expect(try backwards.errorMessage(status: .badRequest) == "parameter to=2017 is before from=2018")

            let changes = try await client.execute(uri: "/api/v1/changes?since=2017-01", method: .get)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(changes.text.utf8)) as? [[String: Any]])
            #expect(list.contains { $0["kind"] as? String == "new" })
            let noSince = try await client.execute(uri: "/api/v1/changes", method: .get)
            #expect(try noSince.errorMessage(status: .badRequest).hasPrefix("parameter since is missing"))

            let articles = try await client.execute(uri: "/api/v1/articles?limit=50", method: .get).json()
            #expect(articles["total"] as? Int == 43)
            let article = try await client.execute(uri: "/api/v1/articles/sample-003", method: .get).json()
            #expect((article["text"] as? String)?.contains("Krysten Ritter") == true)
            #expect(!(article["facts"] as? [Any] ?? []).isEmpty)
            let none = try await client.execute(uri: "/api/v1/articles/nope", method: .get)
            #expect(try none.errorMessage(status: .notFound) == "no article with id \"nope\"")
            let route = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            _ = try route.errorMessage(status: .notFound)
        }
    }

    @Test func pagesRenderAndUnknownPagesAreHTMLErrors() async throws {
        let luke = try id(of: "Luke Cage", .character)
        try await Fixtures.withRouter(server) { client in
            for uri in ["/", "/entities", "/entities/\(luke)", "/stories", "/stories/1", "/search?q=jessica", "/calendar",
                        "/articles", "/articles/sample-001", "/style.css", "/calendar.ics"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri): \(response.text.prefix(300))")
            }
            let page = try await client.execute(uri: "/entities/\(luke)", method: .get).text
            #expect(page.contains("<h1 id=\"entity-title\">Luke Cage</h1>"))
            #expect(page.contains("class=\"badge status-confirmed\""))
            #expect(page.contains("<script type=\"application/ld+json\">"))
            let missing = try await client.execute(uri: "/entities/999999", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(missing.text.contains("no entity with id 999999"))
        }
    }
}
