import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import LoreFetch
import NIOCore

/// What the tests' server saw and what it serves next.
actor ServerState {
    /// Every request: path and the headers the tests look at.
    struct Seen: Sendable {
        var path: String
        var ifNoneMatch: String?
        var ifModifiedSince: String?
        var userAgent: String?
    }

    private(set) var requests: [Seen] = []
    /// Which version of /feeds/rss.xml is served: 1 lists two entries, 2 adds a third.
    var rssVersion = 1

    func record(_ seen: Seen) { requests.append(seen) }
    func setRSSVersion(_ version: Int) { rssVersion = version }
    func requests(to path: String) -> [Seen] { requests.filter { $0.path == path } }
}

/// A local HTTP server on 127.0.0.1 (an ephemeral port) serving the fixtures written for
/// these tests, with one route per case the fetcher must handle.
struct FixtureServer: Sendable {
    let port: Int
    let state: ServerState

    var base: String { "http://127.0.0.1:\(port)" }
    func url(_ path: String) -> String { base + path }

    static func fixture(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
        return try! Data(contentsOf: url)
    }

    /// 32 MB of zeros, gzipped to about 32 KB.
    static let gzipBomb: [UInt8] = Zlib.compress([UInt8](repeating: 0, count: 32 << 20), gzip: true, level: 9)

    /// Runs `body` with a fresh server; the server stops when it returns.
    static func run<T: Sendable>(_ body: @escaping @Sendable (FixtureServer) async throws -> T) async throws -> T {
        let state = ServerState()
        let router = Router()
        addRoutes(to: router, state: state)
        var logger = Logger(label: "fixture-server")
        logger.logLevel = .error
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        return try await app.test(.live) { client in
            try await body(FixtureServer(port: client.port!, state: state))
        }
    }

    private static func addRoutes(to router: Router<BasicRequestContext>, state: ServerState) {
        router.middlewares.add(RecordingMiddleware(state: state))

        router.get("/robots.txt") { _, _ in text(fixture("robots.txt"), type: "text/plain") }
        router.get("/site/") { _, _ in text(fixture("site.html"), type: "text/html; charset=utf-8") }
        router.get("/plain-site/") { _, _ in text(fixture("site-without-feed.html"), type: "text/html; charset=utf-8") }

        // The RSS feed changes when a test moves it to version 2; its ETag follows.
        router.get("/feeds/rss.xml") { request, _ in
            let version = await state.rssVersion
            let etag = "\"rss-v\(version)\""
            if request.headers[.ifNoneMatch] == etag {
                return Response(status: .notModified, headers: [.eTag: etag])
            }
            let body = String(decoding: fixture(version == 1 ? "rss.xml" : "rss-updated.xml"), as: UTF8.self)
                .replacingOccurrences(of: "{{BASE}}", with: "http://\(request.head.authority ?? "")")
            return Response(status: .ok, headers: [.contentType: "application/rss+xml", .eTag: etag,
                                                   .lastModified: "Mon, 02 Dec 2024 09:00:00 GMT"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/feeds/atom.xml") { _, _ in text(fixture("atom.xml"), type: "application/atom+xml") }
        router.get("/feeds/feed.json") { request, _ in
            let body = String(decoding: fixture("feed.json"), as: UTF8.self)
                .replacingOccurrences(of: "{{BASE}}", with: "http://\(request.head.authority ?? "")")
            return text(Data(body.utf8), type: "application/feed+json")
        }
        router.get("/feeds/malformed.xml") { _, _ in text(fixture("malformed.xml"), type: "application/rss+xml") }
        router.get("/feeds/busy.xml") { _, _ in
            Response(status: .tooManyRequests, headers: [.retryAfter: "120"])
        }
        router.get("/feeds/broken.xml") { _, _ in Response(status: .internalServerError) }

        // Article pages, with ETags so that a second fetch can be conditional.
        router.get("/news/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            guard Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") != nil, name.hasSuffix(".html") else {
                return Response(status: .notFound)
            }
            let etag = "\"\(name)\""
            if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: [.eTag: etag]) }
            var response = text(fixture(name), type: "text/html; charset=utf-8")
            response.headers[.eTag] = etag
            return response
        }
        router.get("/private/page.html") { _, _ in text(fixture("private-page.html"), type: "text/html") }
        router.get("/latin1.html") { _, _ in text(fixture("latin1-undeclared.html"), type: "text/html") }
        router.get("/gzipped/first.html") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentEncoding: "gzip"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Zlib.compress(Array(fixture("first.html")), gzip: true))))
        }
        router.get("/bomb.html") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html", .contentEncoding: "gzip"],
                     body: .init(byteBuffer: ByteBuffer(bytes: gzipBomb)))
        }
        router.get("/image.png") { _, _ in
            Response(status: .ok, headers: [.contentType: "image/png"],
                     body: .init(byteBuffer: ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])))
        }
        router.get("/slow.html") { _, _ in
            try await Task.sleep(for: .seconds(2))
            return text(fixture("first.html"), type: "text/html")
        }
        router.get("/server-error.html") { _, _ in Response(status: .internalServerError) }

        // Redirects: two hops to a page, a loop, and an endless chain.
        router.get("/moved/first.html") { _, _ in redirect("/moved-again/first.html", status: .found) }
        router.get("/moved-again/first.html") { _, _ in redirect("/news/first.html", status: .movedPermanently) }
        router.get("/loop/a") { _, _ in redirect("/loop/b", status: .found) }
        router.get("/loop/b") { _, _ in redirect("/loop/a", status: .found) }
        router.get("/chain/:step") { _, context in
            let step = Int(context.parameters.get("step") ?? "0") ?? 0
            return redirect("/chain/\(step + 1)", status: .temporaryRedirect)
        }
    }

    private static func text(_ data: Data, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func redirect(_ location: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.location: location])
    }
}

/// Records each request's path and conditional headers before it is answered.
struct RecordingMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let state: ServerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        await state.record(.init(path: request.uri.path, ifNoneMatch: request.headers[.ifNoneMatch],
                                 ifModifiedSince: request.headers[.ifModifiedSince], userAgent: request.headers[.userAgent]))
        return try await next(request, context)
    }
}

extension FetchSettings {
    /// The local server is on 127.0.0.1: allowed here, with short waits between requests so the
    /// tests stay quick, and the default timeout: a machine busy with the other suites can keep
    /// a local answer waiting for seconds.
    static var forTests: FetchSettings {
        var settings = FetchSettings()
        settings.allowPrivate = true
        settings.hostInterval = .milliseconds(10)
        return settings
    }
}
