import Foundation

import Hummingbird
import LoreSQLite
import Synchronization

/// Turns every error into the one shape clients see: JSON `{"error": {"status", "message"}}`
/// under `/api/`, an HTML page elsewhere. Also adds the headers every response carries.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let failure = APIError.from(error)
            if failure.status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path): \(failure.message)")
            }
            if request.uri.path.hasPrefix("/api/") {
                response = Response(status: failure.status, headers: [.contentType: "application/json; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: failure.json)))
            } else {
                response = Response(status: failure.status, headers: [.contentType: "text/html; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: Pages.shared.errorPage(failure))))
            }
        }
        // No page loads anything from elsewhere, runs a script or can be framed.
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// Answers 503 when a request takes longer than `limit` (a slow client upload or a very large
/// query), so a stuck request cannot hold a connection forever.
struct TimeoutMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let limit = self.limit
        // `next` is not escaping; a task group runs it beside a timer and takes the first to finish.
        return try await withoutActuallyEscaping(next) { next in
            let work = UnsafeTransfer((next, request, context))
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await work.value.0(work.value.1, work.value.2) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw APIError(.serviceUnavailable, "\(request.method) \(request.uri.path) took longer than \(limit); try a narrower query")
                }
                return response
            }
        }
    }
}

/// Carries a value into a child task that is awaited before the value's scope ends.
struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Rendered GET responses (pages and API), kept until the database changes: by this server's
/// own ingest (`invalidate()`), or by anyone else writing the file (SQLite's `data_version`,
/// looked at no more than every 250 ms so that a busy server does not queue on it).
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var version: Int?
        var checked = ContinuousClock.Instant.now
    }

    /// A bound on memory: past it the cache starts over (pages are a few KB each).
    static let capacity = 2_000
    static let recheck = Duration.milliseconds(250)

    private let state = Mutex(State())
    private let watch: ChangeWatch
    let enabled: Bool

    init(watch: ChangeWatch, enabled: Bool) {
        self.watch = watch
        self.enabled = enabled
    }

    func get(_ key: String) -> Entry? {
        guard enabled else { return nil }
        let now = ContinuousClock.Instant.now
        let due = state.withLock { state -> Bool in
            if state.version == nil || now - state.checked >= Self.recheck {
                state.checked = now
                return true
            }
            return false
        }
        if due {
            let version = try? watch.version()
            state.withLock { state in
                if state.version != version {
                    state.entries.removeAll()
                    state.version = version
                }
            }
        }
        return state.withLock { $0.entries[key] }
    }

    func put(_ key: String, _ entry: Entry) {
        guard enabled else { return }
        state.withLock { state in
            if state.entries.count >= Self.capacity { state.entries.removeAll() }
            state.entries[key] = entry
        }
    }

    /// Forgets everything: called after this server stored articles.
    func invalidate() {
        state.withLock { $0.entries.removeAll() }
    }
}

/// What a GET handler produces: a whole body and its media type, which the cache can keep.
struct Rendered: ResponseGenerator, Sendable {
    var contentType: String
    var body: ByteBuffer
    var status: HTTPResponse.Status = .ok
    var extraHeaders: HTTPFields = [:]

    init(_ contentType: String, _ text: String, status: HTTPResponse.Status = .ok) {
        self.contentType = contentType
        self.body = ByteBuffer(string: text)
        self.status = status
    }

    static func html(_ text: String) -> Rendered { Rendered("text/html; charset=utf-8", text) }

    static func json<T: Encodable>(_ value: T) -> Rendered { Rendered("application/json; charset=utf-8", JSON.text(value)) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = extraHeaders
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}

extension ResponseCache {
    /// The cached answer to this GET request, else `render`'s (kept for next time when it is a 200).
    func respond<Context: RequestContext>(_ request: Request, _ context: Context,
                                          _ render: (Request, Context) async throws -> Rendered) async throws -> Response {
        let key = request.uri.description
        if let entry = get(key) {
            return Response(status: entry.status, headers: entry.headers, body: .init(byteBuffer: entry.body))
        }
        let rendered = try await render(request, context)
        let response = try rendered.response(from: request, context: context)
        if rendered.status == .ok { put(key, .init(status: rendered.status, headers: response.headers, body: rendered.body)) }
        return response
    }
}
