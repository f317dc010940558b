import Foundation
import LoreReading
import LoreSQLite
import Testing

/// The FTS5 index follows the articles: a replaced article is found by its new text only, and
/// entities that went with it are no longer found.
@Suite struct SearchIndexTests {
    @Test func replacingAnArticleLeavesTheIndexRight() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lore-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("t.sqlite").path)
        let first = Article(id: "a1", url: "https://news.example/a1", title: "Zephyrine Quell cast", published: "2020-01-02",
                            text: "Zephyrine Quell cast\n\nOctavia Brightwater plays Zephyrine Quell in Moonlit Harbor, the studio said.")
        _ = try store.ingest([first])
        #expect(try store.search("brightwater").articles.map(\.id) == ["a1"])
        #expect(try store.search("octavia").entities.map(\.name).contains("Octavia Brightwater"))
        let snippet = try #require(try store.search("moonlit").articles.first?.snippet)
        #expect(snippet.contains("\u{2}Moonlit\u{3}"))

        // Same URL, new text: the old words and the entity only the old text named are gone.
        let second = Article(id: "a1", url: "https://news.example/a1", title: "Harbor news", published: "2020-01-03",
                             text: "Harbor news\n\nRosalind Featherstone joins Moonlit Harbor as its new lead.")
        let report = try store.ingest([second])
        #expect(report.replaced == 1)
        #expect(try store.search("brightwater").articles.isEmpty)
        #expect(try store.search("octavia").entities.isEmpty)
        #expect(try store.search("featherstone").articles.map(\.id) == ["a1"])
        #expect(try store.search("Rosalind Feather").entities.map(\.name) == ["Rosalind Featherstone"])
        #expect(try store.search("moonlit harbor").totalArticles == 1)
        // Words the person typed are never FTS5 syntax.
        #expect(try store.search("\"moonlit* OR NEAR(").articles.isEmpty)
        #expect(try store.search("  ").articles.isEmpty)

        // The article's text is kept for its page and the API.
        let detail = try #require(try store.article(id: "a1"))
        #expect(detail.text == second.text)

        // A store reopened finds the same (the index is on disk, not rebuilt in memory).
        let reopened = try SQLiteStore(path: store.path)
        #expect(try reopened.search("featherstone").articles.map(\.id) == ["a1"])
    }

    @Test func anArticleReplacedWithinOneBatchIsFoundByItsLastTextOnly() throws {
        let store = try SQLiteStore.inMemory()
        // b2 replaces b1 (same URL, another id); b3 comes twice; all in one batch.
        _ = try store.ingest([
            Article(id: "b1", url: "https://news.example/b", title: "Quillon first", text: "Quillon first\n\nMarisol Quillon joins Tidewater."),
            Article(id: "b2", url: "https://news.example/b", title: "Quillon second", text: "Quillon second\n\nMarisol Quillon leaves Tidewater."),
            Article(id: "b3", title: "Vantreece early", text: "Vantreece early\n\nDorian Vantreece is cast in Saltmarsh."),
            Article(id: "b3", title: "Vantreece final", text: "Vantreece final\n\nDorian Vantreece is cast in Saltmarsh, the studio said."),
        ])
        #expect(try store.search("joins").articles.isEmpty)
        #expect(try store.search("leaves").articles.map(\.id) == ["b2"])
        #expect(try store.search("early").articles.isEmpty)
        #expect(try store.search("vantreece").articles.map(\.id) == ["b3"])
        #expect(try store.search("vantreece").articles.first?.title == "Vantreece final")
    }

    @Test func searchPagesAndCounts() throws {
        let store = try SQLiteStore.inMemory()
        let articles = (1...7).map { index in
            Article(id: "p\(index)", title: "Lantern report \(index)", published: "2021-0\(index)-01",
                    text: "Lantern report \(index)\n\nThe Glass Lantern crew filmed scene \(index) in Vancouver.")
        }
        _ = try store.ingest(articles)
        let page = try store.search("lantern", limit: 3, offset: 3)
        #expect(page.totalArticles == 7)
        #expect(page.articles.count == 3)
        let all = try store.search("lantern", limit: 50).articles.map(\.id)
        #expect(Set(all).count == 7)
        #expect(Array(all[3..<6]) == page.articles.map(\.id))
    }
}
