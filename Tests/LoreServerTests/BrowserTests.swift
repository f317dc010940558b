import Foundation
import Hummingbird
import HummingbirdTesting
import LoreExtraction
import LoreServer
import LoreSQLite
import Testing

/// The web UI in a real browser: Debian's headless Chromium (installed by scripts/bootstrap)
/// loads pages from the server on a loopback port, takes screenshots (kept in
/// `.build/screenshots/`, or LORE_SCREENSHOTS) and dumps the DOM it built.
@Suite(.serialized) struct BrowserTests {
    static let screenshots: URL = {
        if let folder = ProcessInfo.processInfo.environment["LORE_SCREENSHOTS"] { return URL(fileURLWithPath: folder) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/screenshots")
    }()

    static func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) { return path }
        throw Python.Failure(message: "no Chromium found: the browser tests need Debian's chromium package (scripts/bootstrap installs it: apt-get install chromium)")
    }

    static func browse(_ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lore-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try Python.run(try chromium(), ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                     "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments)
        guard result.status == 0 else { throw Python.Failure(message: "chromium \(arguments.joined(separator: " ")) failed: \(result.output)") }
        return result.output
    }

    /// Takes a screenshot and checks that it is a real picture: a PNG of the asked width with
    /// enough bytes to hold more than a blank page.
    static func screenshot(_ url: String, name: String, width: Int, height: Int) throws -> URL {
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let file = screenshots.appendingPathComponent(name + ".png")
        try? FileManager.default.removeItem(at: file)
        _ = try browse(["--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
        let data = try Data(contentsOf: file)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is not a PNG")
        // IHDR: width and height, big-endian, at bytes 16–23.
        let pngWidth = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(pngWidth == width, "\(name) is \(pngWidth) px wide")
        #expect(data.count > 20_000, "\(name) is only \(data.count) bytes: a blank page?")
        print("screenshot: \(file.path)")
        return file
    }

    @Test func pagesInHeadlessChromium() async throws {
        _ = try Self.chromium()
        let store = Fixtures.shared
        let luke = try #require(try store.entities(named: "Luke Cage", type: .character).first).id
        let defenders = try #require(try store.entities(named: "The Defenders", type: .work).first).id
        let app = Application(router: try Fixtures.server().router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(try #require(client.port))"
            _ = try Self.screenshot(base + "/", name: "home", width: 1280, height: 1400)
            _ = try Self.screenshot(base + "/entities/\(luke)", name: "entity", width: 1280, height: 1800)
            _ = try Self.screenshot(base + "/entities/\(defenders)", name: "entity-phone", width: 390, height: 1600)
            _ = try Self.screenshot(base + "/calendar", name: "calendar", width: 1280, height: 1400)
            _ = try Self.screenshot(base + "/entities/\(defenders)/graph", name: "graph", width: 1280, height: 1200)

            // The DOM Chromium built: landmarks, the facts with badges, the cast, the JSON-LD.
            let home = try Self.browse(["--dump-dom", base + "/"])
            #expect(home.contains("<main id=\"main\""))
            #expect(home.contains("Latest stories") && home.contains("Recently changed facts"))
            #expect(home.contains("releases-title"))
            let entity = try Self.browse(["--dump-dom", base + "/entities/\(luke)"])
            #expect(entity.contains("<h1 id=\"entity-title\">Luke Cage</h1>"))
            #expect(entity.contains(">Played by</h2>"))
            #expect(entity.range(of: #"Mike Colter</a>[^<]*(<span[^>]*>[^<]*</span>)?[^<]*(<span class="qualifiers">[^<]*</span>)?\s*<span class="badge status-confirmed""#,
                                 options: .regularExpression) != nil, "the casting of Mike Colter shows a confirmed badge")
            #expect(entity.contains("<blockquote"))
            #expect(entity.contains("application/ld+json"))
            let work = try Self.browse(["--dump-dom", base + "/entities/\(defenders)"])
            #expect(work.contains("<h2 id=\"cast-title\">Cast</h2>"))
            let calendar = try Self.browse(["--dump-dom", base + "/calendar"])
            #expect(calendar.contains("href=\"/calendar.ics\""))
            #expect(calendar.contains("The Defenders"))
            let graph = try Self.browse(["--dump-dom", base + "/entities/\(defenders)/graph"])
            #expect(graph.contains("<svg"))
        }
    }
}
