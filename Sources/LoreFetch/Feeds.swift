import CLibXML2
import Foundation

/// One item of a feed: the article it points to.
public struct FeedEntry: Sendable, Hashable {
    /// The entry's stable id: RSS guid, Atom id, JSON Feed id (its URL when it has none).
    public var id: String
    /// The article's page, absolute.
    public var url: String
    public var title: String?
    public var published: Date?

    public init(id: String, url: String, title: String? = nil, published: Date? = nil) {
        self.id = id
        self.url = url
        self.title = title
        self.published = published
    }
}

public struct Feed: Sendable, Hashable {
    public enum Format: String, Sendable { case rss = "RSS", atom = "Atom", jsonFeed = "JSON Feed" }

    public var format: Format
    public var title: String?
    public var entries: [FeedEntry]
}

/// What a fetched document turned out to be: a feed, or a web page naming its feeds.
public enum FeedDocument: Sendable, Hashable {
    case feed(Feed)
    /// An HTML page; its `<link rel="alternate">` feeds, absolute, in page order.
    case page(alternates: [String])
}

/// Reads RSS 2.0 (and 1.0), Atom 1.0 and JSON Feed 1.1. XML goes through libxml2 with the
/// network off and no DTD loaded or entity substituted, so a feed cannot make Lore read a local
/// file or another URL (XXE), nor expand entities a billion times over.
public enum FeedParser {
    public static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml", "application/xml", "text/xml",
    ]

    /// Reads `bytes` fetched from `url`; a document that is neither a feed nor a page is an
    /// error naming the URL and what is wrong.
    public static func parse(_ bytes: [UInt8], url: String, contentType: String? = nil) throws(FetchError) -> FeedDocument {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let first = bytes[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw FetchError(url: url, reason: "is empty, not a feed")
        }
        if first == UInt8(ascii: "{") { return .feed(try jsonFeed(bytes, url: url)) }
        guard first == UInt8(ascii: "<") else {
            throw FetchError(url: url, reason: "is not a feed (RSS, Atom or JSON Feed) nor a web page")
        }
        let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if type == "text/html" || head.contains("<!doctype html") || head.contains("<html") {
            return .page(alternates: alternates(bytes, pageURL: url))
        }
        return .feed(try xmlFeed(bytes, url: url))
    }

    // MARK: XML feeds

    static func xmlFeed(_ bytes: [UInt8], url: String) throws(FetchError) -> Feed {
        refuseExternalEntities
        guard let context = xmlNewParserCtxt() else { throw FetchError(url: url, reason: "libxml2 could not start (out of memory)") }
        defer { xmlFreeParserCtxt(context) }
        // No XML_PARSE_NOENT, DTDLOAD or HUGE: entities stay unexpanded and no DTD is read.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            var detail = "libxml2 gave no reason"
            if let error = xmlCtxtGetLastError(context), let message = error.pointee.message {
                detail = "line \(error.pointee.line): " + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            throw FetchError(url: url, reason: "is not a well-formed feed (\(detail))")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw FetchError(url: url, reason: "is an XML document without elements") }
        switch localName(root) {
        case "rss":
            guard let channel = children(root, "channel").first else {
                throw FetchError(url: url, reason: "is an RSS document without a <channel>")
            }
            return Feed(format: .rss, title: childText(channel, "title"), entries: children(channel, "item").compactMap { rssEntry($0, feedURL: url) })
        case "RDF":  // RSS 1.0: items are the channel's siblings.
            let title = children(root, "channel").first.flatMap { childText($0, "title") }
            return Feed(format: .rss, title: title, entries: children(root, "item").compactMap { rssEntry($0, feedURL: url) })
        case "feed":
            return Feed(format: .atom, title: childText(root, "title"), entries: children(root, "entry").compactMap { atomEntry($0, feedURL: url) })
        case let name:
            throw FetchError(url: url, reason: "is not a feed: its root element is <\(name)>; Lore reads RSS 2.0, Atom 1.0 and JSON Feed 1.1")
        }
    }

    private static func rssEntry(_ item: xmlNodePtr, feedURL: String) -> FeedEntry? {
        let guid = children(item, "guid").first
        let guidText = guid.map(text)?.nilIfEmpty
        let guidIsLink = guid.map { attribute($0, "isPermaLink")?.lowercased() != "false" } ?? false
        let link = childText(item, "link") ?? (guidIsLink ? guidText : nil)
        guard let link, let url = absolute(link, base: feedURL) else { return nil }
        let date = childText(item, "pubDate") ?? childText(item, "date") ?? childText(item, "published")
        return FeedEntry(id: guidText ?? url, url: url, title: childText(item, "title"), published: date.flatMap(FeedDate.parse))
    }

    private static func atomEntry(_ entry: xmlNodePtr, feedURL: String) -> FeedEntry? {
        let links = children(entry, "link")
        let alternate = links.first { (attribute($0, "rel") ?? "alternate") == "alternate" }
        guard let href = alternate.flatMap({ attribute($0, "href") }), let url = absolute(href, base: feedURL) else { return nil }
        let date = childText(entry, "published") ?? childText(entry, "updated")
        return FeedEntry(id: childText(entry, "id") ?? url, url: url, title: childText(entry, "title"), published: date.flatMap(FeedDate.parse))
    }

    // MARK: JSON Feed

    static func jsonFeed(_ bytes: [UInt8], url: String) throws(FetchError) -> Feed {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw FetchError(url: url, reason: "is not valid JSON (a JSON Feed is one JSON object)")
        }
        guard let version = object["version"] as? String, version.hasPrefix("https://jsonfeed.org/version/") else {
            throw FetchError(url: url, reason: "is JSON but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")")
        }
        guard let items = object["items"] as? [[String: Any]] else {
            throw FetchError(url: url, reason: "is a JSON Feed without an \"items\" list")
        }
        let entries = items.compactMap { item -> FeedEntry? in
            guard let link = (item["url"] ?? item["external_url"]) as? String, let pageURL = absolute(link, base: url) else { return nil }
            // JSON Feed 1.0 allowed numeric ids.
            let id = (item["id"] as? String) ?? (item["id"] as? NSNumber)?.stringValue ?? pageURL
            let date = (item["date_published"] ?? item["date_modified"]) as? String
            return FeedEntry(id: id, url: pageURL, title: item["title"] as? String, published: date.flatMap(FeedDate.parse))
        }
        return Feed(format: .jsonFeed, title: object["title"] as? String, entries: entries)
    }

    // MARK: Feed discovery

    /// The feeds an HTML page names with `<link rel="alternate" type="…" href="…">`.
    static func alternates(_ bytes: [UInt8], pageURL: String) -> [String] {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        var found: [String] = []
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    if localName(current).lowercased() == "link",
                       let rel = attribute(current, "rel")?.lowercased(), rel.split(separator: " ").contains("alternate"),
                       let type = attribute(current, "type")?.lowercased(), feedTypes.contains(type),
                       let href = attribute(current, "href"), let url = absolute(href, base: pageURL), !found.contains(url) {
                        found.append(url)
                    }
                    visit(current)
                }
                child = current.pointee.next
            }
        }
        if let root = xmlDocGetRootElement(document) { visit(root) }
        return found
    }

    // MARK: libxml2 helpers

    /// Belt and braces: whatever the options, libxml2 may load no external entity or DTD in this
    /// process (LoreHTML's HTML parser loads none either).
    private static let refuseExternalEntities: Void = {
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element children of `node` named `name` (any namespace).
    static func children(_ node: xmlNodePtr, _ name: String) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE && localName(current) == name { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func childText(_ node: xmlNodePtr, _ name: String) -> String? {
        children(node, name).first.map(text)?.nilIfEmpty
    }

    /// The text inside `node`, its whitespace collapsed, at most 64 KB. Entity references are
    /// not substituted by the parser; external ones are never loaded, so they read as nothing.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        func collect(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child, bytes.count < 65_536 {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content))) }
                case XML_ELEMENT_NODE, XML_ENTITY_REF_NODE:
                    collect(current)
                default:
                    break
                }
                child = current.pointee.next
            }
        }
        collect(node)
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName) == name,
               let value = current.pointee.children, let content = value.pointee.content {
                return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// `link` made absolute against `base`; only http(s) URLs count.
    static func absolute(_ link: String, base: String) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: URL(string: base))?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }
}

/// The dates feeds use: RFC 822 in RSS ("Tue, 10 Jun 2025 04:00:00 GMT"), RFC 3339 in Atom and JSON Feed.
enum FeedDate {
    private static let rfc822Formats = [
        "EEE, d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss Z",
        "EEE, d MMM yyyy HH:mm zzz", "EEE, d MMM yy HH:mm:ss zzz", "EEE, d MMM yyyy",
    ]

    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: trimmed) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = iso.date(from: trimmed) { return date }
        iso.formatOptions = [.withFullDate]
        if trimmed.count == 10, let date = iso.date(from: trimmed) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in rfc822Formats {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
