import Foundation
import Hummingbird
import LoreSQLite
import Logging

/// Lore's HTTP server: the JSON API under `/api/v1` and the server-rendered web UI, over one
/// `SQLiteStore`.
///
/// Where things are:
/// - `Server.swift` (this file): settings, and the router with every route in one place;
/// - `API/*.swift`: the JSON handlers, one file per resource; `OpenAPI.swift` describes them;
/// - `Pages/*.swift`: the HTML pages (Mustache templates in `Templates.swift`, the stylesheet
///   in `Style.swift`);
/// - `Middleware.swift`: errors in one shape, time limits, the cache of rendered responses;
/// - `APIError.swift`, `Query.swift`: the error type and query-parameter parsing.
public struct LoreServer: Sendable {
    public struct Settings: Sendable {
        /// The bearer token `POST /api/v1/articles` requires; nil refuses ingest over HTTP.
        public var token: String?
        /// The largest request body accepted (JSON lines posted for ingest).
        public var maxBodyBytes: Int
        /// How long a request may take before the server answers 503.
        public var requestTimeout: Duration
        /// Whether GET responses are kept until the database changes.
        public var caching: Bool

        public init(token: String? = nil, maxBodyBytes: Int = 16 << 20, requestTimeout: Duration = .seconds(30), caching: Bool = true) {
            self.token = token
            self.maxBodyBytes = maxBodyBytes
            self.requestTimeout = requestTimeout
            self.caching = caching
        }
    }

    public let store: SQLiteStore
    public let settings: Settings
    let cache: ResponseCache
    let pages: Pages

    public init(store: SQLiteStore, settings: Settings = Settings()) throws {
        self.store = store
        self.settings = settings
        self.cache = ResponseCache(watch: try ChangeWatch(store), enabled: settings.caching)
        self.pages = try Pages()
    }

    public typealias Context = BasicRequestContext

    /// Every route of the server. The OpenAPI test enumerates this router's routes under
    /// `/api/v1` and checks each against `OpenAPI.document`.
    public func router() -> Router<Context> {
        let router = Router(context: Context.self)
        // Outermost first: errors become one shape, then the time limit.
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: TimeoutMiddleware(limit: settings.requestTimeout))
        let cache = self.cache
        // GET handlers produce a `Rendered` body, answered from the cache until the database changes.
        func get(_ group: RouterGroup<Context>, _ path: RouterPath,
                 _ handler: @escaping @Sendable (Request, Context) async throws -> Rendered) {
            group.get(path) { request, context in try await cache.respond(request, context, handler) }
        }

        let api = router.group("api/v1")
        let root = router.group()
        let handlers = APIHandlers(store: store, settings: settings, cache: cache)
        get(api, "openapi.json") { _, _ in OpenAPI.rendered }
        get(api, "search", handlers.search)
        get(api, "entities", handlers.entities)
        get(api, "entities/:id", handlers.entity)
        get(api, "facts", handlers.facts)
        get(api, "stories", handlers.stories)
        get(api, "stories/:id", handlers.story)
        get(api, "calendar", handlers.calendar)
        get(api, "changes", handlers.changes)
        get(api, "articles", handlers.articles)
        get(api, "articles/:id", handlers.article)
        api.post("articles", use: handlers.ingest)
        get(api, "export", handlers.export)

        let ui = PageHandlers(store: store, pages: pages)
        get(root, "/", ui.home)
        get(root, "style.css") { _, _ in Style.rendered }
        get(root, "search", ui.search)
        get(root, "entities", ui.entities)
        get(root, "entities/:id", ui.entity)
        get(root, "entities/:id/graph", ui.graph)
        get(root, "stories", ui.stories)
        get(root, "stories/:id", ui.story)
        get(root, "calendar", ui.calendar)
        get(root, "calendar.ics", ui.calendarICS)
        get(root, "articles", ui.articles)
        get(root, "articles/:id", ui.article)
        return router
    }

    /// The application listening on `host:port` (port 0 picks a free one; `onServerRunning`
    /// learns which).
    public func application(host: String = "127.0.0.1", port: Int = 8080, logger: Logger? = nil,
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "lore.serve")
        // Our own line says where the server listens; the framework's info lines would repeat it.
        if logger.logLevel < .notice { logger.logLevel = .notice }
        return Application(
            router: router(),
            // Idle keep-alive connections are closed after a minute.
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(host, port: port), serverName: "Lore"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}
