import Foundation
import Hummingbird
import HummingbirdTesting
import LoreExtraction
import LoreReading
import LoreServer
import LoreSQLite
import Testing

/// Article text is whatever the news (or an attacker) wrote: every page and every API response
/// must carry it as text, never as markup.
@Suite struct HostileInputTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "</script><script>alert(3)</script>",
        "<svg onload=alert(4)>",
        "javascript:alert(5)",
    ]

    static let article = Article(
        id: "evil-1\"><b>x</b>", url: "javascript:alert(6)", outlet: "<i>outlet</i>.example",
        title: "Mike Colter <script>alert(1)</script> returns as Luke Cage \"><img src=x onerror=alert(2)>",
        published: "2018-12-01",
        text: """
            Mike Colter <script>alert(1)</script> returns as Luke Cage "><img src=x onerror=alert(2)>

            Mike Colter plays Luke Cage in Luke Cage </script><script>alert(3)</script>, the studio confirmed. <svg onload=alert(4)>
            Netflix announced that Luke Cage will premiere on June 22, 2018. Click javascript:alert(5) for more.
            """)

    /// Markup that would run if it reached a page unescaped.
    static let live = ["<script>alert", "<img src=x", "<svg onload", "<b>x</b>", "<i>outlet</i>", "href=\"javascript:"]

    @Test func everyPageAndResponseEscapesArticleText() async throws {
        let store = try Fixtures.sampleStore(extra: [Self.article])
        let server = try Fixtures.server(store)
        let luke = try #require(try store.entities(named: "Luke Cage", type: .character).first).id
        let show = try #require(try store.entities(named: "Luke Cage", type: .work).first).id
        let colter = try #require(try store.entities(named: "Mike Colter").first).id
        let storyID = try #require(try store.stories().first { $0.articles.contains { $0.id == Self.article.id } }).id
        let articleID = Self.article.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let pages = ["/", "/entities", "/entities/\(luke)", "/entities/\(show)", "/entities/\(colter)", "/stories",
                     "/stories/\(storyID)", "/search?q=alert", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/calendar",
                     "/articles", "/articles/\(articleID)", "/entities/\(show)/graph", "/entities/\(luke)/graph",
                     "/nope%3Cscript%3Ealert(1)%3C/script%3E"]
        let api = ["/api/v1/search?q=alert", "/api/v1/entities/\(luke)", "/api/v1/entities/\(show)", "/api/v1/facts?about=Luke%20Cage",
                   "/api/v1/stories", "/api/v1/stories/\(storyID)", "/api/v1/articles", "/api/v1/articles/\(articleID)",
                   "/api/v1/changes?since=2018-11", "/api/v1/calendar", "/api/v1/entities?name=%3Cscript%3E",
                   "/api/v1/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E"]
        try await Fixtures.withRouter(server) { client in
            var sawText = 0
            for uri in pages {
                let response = try await client.execute(uri: uri, method: .get)
                let html = response.text
                for bad in Self.live { #expect(!html.contains(bad), "\(uri) has \(bad) unescaped") }
                // Inside JSON-LD, `</script>` would end the script element early.
                let scripts = html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst()
                for script in scripts {
                    let body = script.components(separatedBy: "</script>")[0]
                    #expect(!body.contains("<"), "\(uri): JSON-LD holds a raw <")
                }
                if html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { sawText += 1 }
            }
            // The text is shown (escaped), not dropped: the article page, the search and the entity pages show it.
            #expect(sawText >= 3)
            for uri in api {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                for bad in Self.live { #expect(!response.text.contains(bad), "\(uri) has \(bad) unescaped") }
                #expect(!response.text.contains("<"), "\(uri) has a raw <")
            }
            let article = try await client.execute(uri: "/api/v1/articles/\(articleID)", method: .get)
            let decoded = try #require(try article.json()["text"] as? String)
            #expect(decoded == Self.article.text, "JSON escapes decode back to the same text")
        }
    }
}
