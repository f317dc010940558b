import Foundation

/// Which URLs Lore may fetch: http and https only, and only hosts that resolve to public
/// addresses unless private ones are allowed. A feed or a redirect must not be able to make
/// Lore read a router's admin page, a cloud metadata service or a database on localhost.
///
/// The check runs before every request and every redirect hop. (The HTTP client resolves the
/// name again when it connects; a name whose address changes between the two lookups could
/// still slip through, which is why private addresses are refused by default rather than
/// trusted to the check alone.)
public struct AddressPolicy: Sendable {
    public var allowPrivate: Bool

    public init(allowPrivate: Bool = false) {
        self.allowPrivate = allowPrivate
    }

    /// What kind of network an address belongs to.
    public enum AddressKind: String, Sendable {
        case global = "a public address"
        case loopback = "a loopback address"
        case privateNetwork = "a private-network address"
        case linkLocal = "a link-local address"
        case uniqueLocal = "a unique-local address"
        case unspecified = "the unspecified address"
        case multicast = "a multicast address"
        case reserved = "a reserved address"
    }

    /// Refuses a URL Lore must not fetch, naming the reason; returns the parsed URL otherwise.
    public func check(_ text: String) async throws(FetchError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            throw FetchError(url: text, reason: "is not a URL; write it in full, e.g. https://example.com/news/article")
        }
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(url: text, reason: "uses \(scheme):, and Lore fetches only http: and https: URLs")
        }
        guard let host = url.host, !host.isEmpty else {
            throw FetchError(url: text, reason: "names no host")
        }
        let addresses: [String]
        do { addresses = try await Self.resolve(host) } catch {
            throw FetchError(url: text, reason: "its host \(host) could not be resolved (\(error.reason))")
        }
        guard !allowPrivate else { return url }
        for address in addresses {
            let kind = Self.kind(of: address) ?? .reserved
            if kind != .global {
                let what = Self.kind(of: host) != nil ? "\(address) is" : "\(host) resolves to \(address),"
                throw FetchError(url: text, reason: "refused: \(what) \(kind.rawValue); Lore fetches only public addresses unless --allow-private is given")
            }
        }
        return url
    }

    // MARK: Classifying addresses

    /// The kind of a literal IPv4 or IPv6 address, or nil when `text` is not one.
    public static func kind(of text: String) -> AddressKind? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return kind(ipv4: withUnsafeBytes(of: &v4) { Array($0) })
        }
        var v6 = in6_addr()
        let literal = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        if inet_pton(AF_INET6, literal, &v6) == 1 {
            return kind(ipv6: withUnsafeBytes(of: &v6) { Array($0) })
        }
        return nil
    }

    static func kind(ipv4 b: [UInt8]) -> AddressKind {
        switch (b[0], b[1]) {
        case (0, _): return .unspecified                            // 0.0.0.0/8, "this network"
        case (127, _): return .loopback
        case (10, _), (172, 16...31), (192, 168): return .privateNetwork
        case (100, 64...127): return .privateNetwork                // carrier-grade NAT
        case (169, 254): return .linkLocal                          // and cloud metadata services
        case (192, 0) where b[2] == 0, (198, 18...19): return .reserved
        case (224...239, _): return .multicast
        case (240...255, _): return .reserved
        default: return .global
        }
    }

    static func kind(ipv6 b: [UInt8]) -> AddressKind {
        if b[0..<15].allSatisfy({ $0 == 0 }) { return b[15] == 1 ? .loopback : .unspecified }
        // ::ffff:a.b.c.d and the NAT64 prefix 64:ff9b::/96 reach IPv4 addresses.
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF { return kind(ipv4: Array(b[12..<16])) }
        if b[0..<12] == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return kind(ipv4: Array(b[12..<16])) }
        if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return .linkLocal }  // fe80::/10
        if b[0] & 0xFE == 0xFC { return .uniqueLocal }                 // fc00::/7
        if b[0] == 0xFF { return .multicast }
        return .global
    }

    // MARK: Resolving names

    struct ResolutionError: Error { var reason: String }

    /// Every address `host` resolves to (getaddrinfo runs on a thread of its own: it blocks).
    static func resolve(_ host: String) async throws(ResolutionError) -> [String] {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if kind(of: bare) != nil { return [bare] }
        let result: Result<[String], ResolutionError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: lookUp(bare)) }
        }
        return try result.get()
    }

    private static func lookUp(_ host: String) -> Result<[String], ResolutionError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let list else {
            return .failure(ResolutionError(reason: String(cString: gai_strerror(status))))
        }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let current = entry {
            var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(current.pointee.ai_addr, current.pointee.ai_addrlen, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) == 0 {
                addresses.append(String(cString: name))
            }
            entry = current.pointee.ai_next
        }
        return addresses.isEmpty ? .failure(ResolutionError(reason: "no addresses")) : .success(addresses)
    }
}

/// A URL Lore could not fetch, or a feed it could not read: names the URL and says why.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public var url: String
    public var reason: String
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// When the server asked to be left alone until (Retry-After on 429 and 503).
    public var retryAfter: Date?

    public init(url: String, reason: String, status: Int? = nil, retryAfter: Date? = nil) {
        self.url = url
        self.reason = reason
        self.status = status
        self.retryAfter = retryAfter
    }

    public var description: String { "\(url): \(reason)" }
}
