import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// How Lore fetches: politely (a real User-Agent, robots.txt, one request per host per
/// interval, Retry-After honoured) and safely (public http(s) addresses only, a timeout, a
/// size cap that holds after decompression too, a redirect limit).
public struct FetchSettings: Sendable {
    public var userAgent = "Lore/0.1 (entertainment news reader; +https://github.com/lore-news/lore)"
    /// The product token robots.txt groups are matched against.
    public var robotsAgent = "Lore"
    /// For a whole request, from sending it to the last byte of the body (pacing waits aside).
    public var timeout: Duration = .seconds(30)
    public var connectTimeout: Duration = .seconds(10)
    /// The largest body Lore takes, before and after decompression (LoreHTML reads up to 16 MB).
    public var maxBodyBytes = 16 << 20
    public var maxRedirects = 5
    /// The least time between two requests to the same host.
    public var hostInterval: Duration = .seconds(1)
    public var allowPrivate = false
    public var honourRobots = true

    public init() {}
}

/// What makes a request conditional: the ETag and Last-Modified of the copy Lore already has.
public struct Validators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// A fetched URL: its body (decompressed) or, for a conditional request, "not modified".
public struct FetchedResource: Sendable {
    /// The URL asked for.
    public var url: String
    /// The URL the body came from, after redirects.
    public var finalURL: String
    /// 2xx, or 304 when the copy Lore has is still current.
    public var status: Int
    public var contentType: String?
    /// The validators to send next time.
    public var validators: Validators
    public var body: [UInt8]
    public var fetchedAt: Date

    public var notModified: Bool { status == 304 }
}

/// Fetches URLs with one HTTP client. Call `shutdown()` when done, or use `Fetcher.with`.
public final class Fetcher: Sendable {
    public let settings: FetchSettings
    private let client: HTTPClient
    private let policy: AddressPolicy
    private let pacer: HostPacer
    private let robots = RobotsCache()

    public enum Accept {
        public static let page = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
        public static let feed = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/html;q=0.5,*/*;q=0.1"
    }

    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
        policy = AddressPolicy(allowPrivate: settings.allowPrivate)
        pacer = HostPacer(interval: settings.hostInterval)
        var configuration = HTTPClient.Configuration(
            // Redirects are followed here, so that each hop is checked against the policy.
            redirectConfiguration: .disallow,
            timeout: .init(connect: .init(settings.connectTimeout), read: .init(settings.timeout)),
            decompression: .disabled
        )
        configuration.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// Runs `body` with a fetcher and shuts it down afterwards, whatever happens.
    public static func with<T>(_ settings: FetchSettings, _ body: (Fetcher) async throws -> T) async throws -> T {
        let fetcher = Fetcher(settings: settings)
        do {
            let result = try await body(fetcher)
            try await fetcher.shutdown()
            return result
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
    }

    public func shutdown() async throws { try await client.shutdown() }

    /// Fetches `url`, following up to `maxRedirects` redirects, each hop checked against the
    /// address policy and robots.txt and paced per host.
    public func fetch(_ url: String, accept: String = Accept.page, validators: Validators = Validators()) async throws(FetchError) -> FetchedResource {
        try await fetch(url, accept: accept, validators: validators, checkingRobots: settings.honourRobots)
    }

    private func fetch(_ url: String, accept: String, validators: Validators, checkingRobots: Bool) async throws(FetchError) -> FetchedResource {
        var current = url
        var visited: [String] = []
        while true {
            let target = try await policy.check(current)
            visited.append(current)
            if checkingRobots { try await checkRobots(target, asked: url) }
            let host = Self.hostKey(target)
            if let until = await pacer.blocked(host) {
                throw FetchError(url: url, reason: "\(host) asked Lore to wait until \(Self.timestamp(until)) (Retry-After)", retryAfter: until)
            }
            do { try await pacer.waitForTurn(host) } catch {
                throw FetchError(url: url, reason: "cancelled")
            }
            let hop = try await withTimeout(url: current) { [self] in
                try await send(target, asking: url, accept: accept, validators: validators)
            }
            switch hop {
            case .resource(var resource):
                resource.url = url
                return resource
            case .redirect(let location):
                guard let next = URL(string: location, relativeTo: target)?.absoluteURL.absoluteString else {
                    throw FetchError(url: url, reason: "redirects to \(location), which is not a URL")
                }
                if visited.contains(next) {
                    throw FetchError(url: url, reason: "redirect loop: " + (visited + [next]).joined(separator: " → "))
                }
                if visited.count > settings.maxRedirects {
                    throw FetchError(url: url, reason: "too many redirects (more than \(settings.maxRedirects)); the last went to \(next)")
                }
                current = next
            }
        }
    }

    private enum Hop: Sendable {
        case resource(FetchedResource)
        case redirect(String)
    }

    /// One request and its body.
    private func send(_ target: URL, asking url: String, accept: String, validators: Validators) async throws -> Hop {
        var request = HTTPClientRequest(url: target.absoluteString)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }

        let response = try await client.execute(request, timeout: .init(settings.timeout))
        let status = Int(response.status.code)
        let headers = response.headers
        switch status {
        case 301, 302, 303, 307, 308:
            guard let location = headers.first(name: "Location") else {
                throw FetchError(url: url, reason: "HTTP \(status) redirect without a Location", status: status)
            }
            return .redirect(location)
        case 304:
            return .resource(FetchedResource(url: url, finalURL: target.absoluteString, status: 304, contentType: nil,
                                             validators: validators, body: [], fetchedAt: Date()))
        case 429, 503:
            let retryAfter = headers.first(name: "Retry-After").flatMap { Self.retryDate($0, now: Date()) }
            if let retryAfter { await pacer.block(Self.hostKey(target), until: retryAfter) }
            let wait = retryAfter.map { "; it asks to retry after \(Self.timestamp($0))" } ?? ""
            throw FetchError(url: url, reason: "HTTP \(status) \(response.status.reasonPhrase)\(wait)", status: status, retryAfter: retryAfter)
        case 200..<300:
            break
        default:
            throw FetchError(url: url, reason: "HTTP \(status) \(response.status.reasonPhrase)", status: status)
        }

        if let length = headers.first(name: "Content-Length").flatMap(Int.init), length > settings.maxBodyBytes {
            throw FetchError(url: url, reason: "is \(Inflater.describe(bytes: length)), larger than the \(Inflater.describe(bytes: settings.maxBodyBytes)) Lore takes", status: status)
        }
        let body = try await readBody(response, encoding: headers.first(name: "Content-Encoding"), url: url)
        let validators = Validators(etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"))
        return .resource(FetchedResource(url: url, finalURL: target.absoluteString, status: status,
                                         contentType: headers.first(name: "Content-Type"), validators: validators,
                                         body: body, fetchedAt: Date()))
    }

    /// The body, decompressed as it streams in; both the compressed and the decompressed size are capped.
    private func readBody(_ response: HTTPClientResponse, encoding: String?, url: String) async throws -> [UInt8] {
        let limit = settings.maxBodyBytes
        let coding = encoding?.lowercased().trimmingCharacters(in: .whitespaces) ?? "identity"
        guard ["identity", "", "gzip", "x-gzip", "deflate"].contains(coding) else {
            throw FetchError(url: url, reason: "is sent with Content-Encoding \(coding), which Lore cannot decode")
        }
        let compressed = coding != "identity" && coding != ""
        var inflater: Inflater?
        var received = 0
        var raw: [UInt8] = []
        do {
            for try await buffer in response.body {
                received += buffer.readableBytes
                if received > limit {
                    throw FetchError(url: url, reason: "is larger than the \(Inflater.describe(bytes: limit)) Lore takes")
                }
                guard compressed else {
                    raw.append(contentsOf: buffer.readableBytesView)
                    continue
                }
                if inflater == nil {
                    // gzip and zlib streams carry headers; some servers send raw deflate for "deflate".
                    let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) ?? 0
                    inflater = try Inflater(format: coding == "deflate" && first & 0x0F != 8 ? .raw : .gzipOrZlib, limit: limit)
                }
                try buffer.withUnsafeReadableBytes { try inflater!.append($0) }
            }
            return try inflater?.finish() ?? raw
        } catch let error as CompressionError {
            throw FetchError(url: url, reason: error.reason)
        }
    }

    /// Runs one hop with the overall timeout; a slow server is cut off however it trickles.
    private func withTimeout<T: Sendable>(url: String, _ work: @escaping @Sendable () async throws -> T) async throws(FetchError) -> T {
        let timeout = settings.timeout
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await work() }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let value = try await group.next()! else {
                    throw FetchError(url: url, reason: "timed out: no complete answer within \(Self.seconds(timeout))")
                }
                return value
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError(url: url, reason: Self.describe(error, settings: settings))
        }
    }

    // MARK: robots.txt

    private func checkRobots(_ target: URL, asked url: String) async throws(FetchError) {
        guard target.path != "/robots.txt" else { return }
        let origin = Self.origin(target)
        let rules: RobotsRules
        if let cached = await robots.rules(for: origin) {
            rules = cached
        } else {
            rules = try await fetchRobots(origin)
            await robots.store(rules, for: origin)
        }
        var path = target.path.isEmpty ? "/" : target.path
        if let query = target.query { path += "?" + query }
        if !rules.allows(path) {
            throw FetchError(url: url, reason: "refused by \(origin)/robots.txt, which disallows \(path) for \(settings.robotsAgent)")
        }
    }

    /// RFC 9309: a missing robots.txt (4xx) allows everything; one the server fails to give (5xx) allows nothing for now.
    private func fetchRobots(_ origin: String) async throws(FetchError) -> RobotsRules {
        do throws(FetchError) {
            let resource = try await fetch(origin + "/robots.txt", accept: "text/plain", validators: Validators(), checkingRobots: false)
            // Only the first 500 KB count, as RFC 9309 allows.
            return RobotsRules(parsing: String(decoding: resource.body.prefix(500 << 10), as: UTF8.self), agent: settings.robotsAgent)
        } catch {
            guard let status = error.status else { throw error }
            return (400..<500).contains(status) && status != 429 ? .allowAll : .disallowAll
        }
    }

    // MARK: Helpers

    /// Host and port: pacing and robots.txt are per origin server.
    static func hostKey(_ url: URL) -> String {
        let host = url.host ?? ""
        return url.port.map { "\(host):\($0)" } ?? host
    }

    static func origin(_ url: URL) -> String {
        "\(url.scheme?.lowercased() ?? "http")://\(hostKey(url))"
    }

    /// Retry-After is either seconds or an HTTP date.
    static func retryDate(_ value: String, now: Date) -> Date? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return now.addingTimeInterval(TimeInterval(max(0, seconds))) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed)
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }

    static func describe(_ error: any Error, settings: FetchSettings) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "could not connect within \(seconds(settings.connectTimeout)) (timeout)"
            case .readTimeout, .deadlineExceeded: return "timed out: no complete answer within \(seconds(settings.timeout))"
            case .remoteConnectionClosed: return "the server closed the connection before answering"
            default: break
            }
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused (is the server up?)" }
        return "could not be fetched: \(text)"
    }
}

/// robots.txt rules per origin, kept for a day.
private actor RobotsCache {
    private var entries: [String: (rules: RobotsRules, fetched: Date)] = [:]

    func rules(for origin: String) -> RobotsRules? {
        guard let entry = entries[origin], Date().timeIntervalSince(entry.fetched) < 86_400 else { return nil }
        return entry.rules
    }

    func store(_ rules: RobotsRules, for origin: String) {
        entries[origin] = (rules, Date())
    }
}

private extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
