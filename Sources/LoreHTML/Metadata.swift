import Foundation
import LoreReading

/// What a page says about itself: from JSON-LD first (the most deliberate), then Open Graph and
/// article meta tags, then the markup (`<title>`, `<h1>`, `<time>`, `<html lang>`), then the URL.
struct Metadata {
    var title: String?
    var authors: [String] = []
    /// `YYYY-MM-DD` (or `YYYY-MM` from a URL).
    var published: String?
    var modified: String?
    var site: String?
    var url: String?
    /// The primary language subtag, lowercase: "en", "pt".
    var language: String?

    /// The page's first `<time datetime>`.
    private var firstTime: String?

    /// Dates a page that declares no date by its markup: the `<time>` of the article's own
    /// container (`articleTime`; the page's first `<time>` may date a teaser in a sidebar),
    /// else the page's first `<time>`, else the date in its URL.
    mutating func dateByMarkup(articleTime: String?) {
        guard published == nil else { return }
        published = [articleTime, firstTime].lazy.compactMap { $0.flatMap(Self.isoDate) }.first
            ?? url.flatMap(Self.dateInURL)
    }

    /// The `<meta>` names and properties worth keeping (lowercase).
    static let metaKeys: Set<String> = [
        "og:title", "og:site_name", "og:url", "og:locale", "og:updated_time", "twitter:title", "application-name",
        "article:published_time", "article:modified_time", "article:author", "article:published", "article:modified",
        "author", "byl", "date", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished", "datemodified",
        "dc.date", "dc.date.issued", "dc.creator", "dcterms.created", "dcterms.modified", "sailthru.date",
        "parsely-pub-date", "parsely-author", "citation_publication_date", "last-modified", "headline",
        "content-language", "language",
    ]

    init(_ raw: RawMetadata, h1s: [String], authorTexts: [String]) {
        var ld = LinkedData()
        for script in raw.jsonLD { ld.read(script) }
        // Declared values are plain text, but some sites escape them twice ("&#8217;").
        var metas: [String: String] = [:]
        for (key, content) in raw.metas where metas[key] == nil { metas[key] = content }
        func meta(_ keys: String...) -> String? {
            for key in keys {
                if let content = metas[key], let value = Self.plainText(content) { return value }
            }
            return nil
        }
        ld.clean(Self.plainText)

        url = [raw.canonical, meta("og:url"), ld.url].compactMap { $0 }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        title = Self.chooseTitle(h1s: h1s, declared: ld.headline ?? meta("og:title", "twitter:title", "headline"),
                                 document: raw.title.flatMap(Self.plainText))
        var names = ld.authors
        if names.isEmpty, let listed = meta("author", "parsely-author", "dc.creator", "byl", "article:author") {
            names = [listed]  // "Jane Doe, Staff Writer" is one author: commas do not separate names here
        }
        if names.isEmpty { names = authorTexts }
        var seen = Set<String>()
        authors = names.compactMap(Self.cleanAuthor).filter { seen.insert($0.lowercased()).inserted }

        published = [ld.published, meta("article:published_time", "article:published", "datepublished", "pubdate",
                                         "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
                                         "dc.date.issued", "dc.date", "dcterms.created", "citation_publication_date", "date")]
            .lazy.compactMap { $0.flatMap(Self.isoDate) }.first
        firstTime = raw.times.first?.datetime
        modified = [ld.modified, meta("article:modified_time", "article:modified", "og:updated_time", "datemodified",
                                      "dcterms.modified", "last-modified")].lazy.compactMap { $0.flatMap(Self.isoDate) }.first
        site = meta("og:site_name") ?? ld.publisher ?? meta("application-name") ?? url.flatMap(Self.host)
        language = [raw.language, meta("og:locale", "content-language", "language"), ld.language].lazy
            .compactMap { $0.flatMap(Self.primaryLanguage) }.first
    }

    /// The headline: the page's `<h1>` that the declared title or `<title>` repeats (with a site
    /// name at most), else the declared title, else `<title>` less its site name.
    static func chooseTitle(h1s: [String], declared: String?, document: String?) -> String? {
        for h1 in h1s where h1.count >= 10 {
            let lowerH1 = h1.lowercased()
            for other in [declared, document].compactMap({ $0 })
            where other.count < h1.count * 2 && other.lowercased().contains(lowerH1) { return h1 }
        }
        if let declared = declared?.trimmingCharacters(in: .whitespacesAndNewlines), !declared.isEmpty { return declared }
        if let document {
            // "Headline | Site" or "Headline - Site": the longest part is the headline.
            for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] where document.contains(separator) {
                return document.components(separatedBy: separator).max { $0.count < $1.count }
            }
            return document
        }
        return h1s.first
    }

    /// Text with character references decoded and white space collapsed; nil when empty.
    static func plainText(_ value: String) -> String? {
        var text = value
        if text.utf8.contains(UInt8(ascii: "&")) { text = decodeCharacterReferences(text) }
        // Collapse white space by bytes (ASCII white space and no-break spaces).
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var pendingSpace = false
        var i = 0
        while i < input.count {
            let byte = input[i]
            if byte == 0xC2 && i + 1 < input.count && input[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12 {
                pendingSpace = true
            } else {
                if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte)
            }
            i += 1
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// "&#8217;", "&#x2019;", "&amp;"… → the characters they stand for.
    static func decodeCharacterReferences(_ text: String) -> String {
        let named: [Substring: String] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ",
                                          "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–",
                                          "mdash": "—", "hellip": "…"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = named[name]
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    /// "By Jane Doe" → "Jane Doe"; URLs and long texts are not names.
    static func cleanAuthor(_ text: String) -> String? {
        var name = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for prefix in ["By ", "by ", "BY "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        // "Jane Doe | The Daily Example": the name, not the outlet.
        if let bar = name.range(of: " | ") { name = String(name[..<bar.lowerBound]) }
        let separators: Set<Character> = [" ", ",", "|", "•", "·"]
        while let last = name.last, separators.contains(last) { name.removeLast() }
        while let first = name.first, separators.contains(first) { name.removeFirst() }
        guard !name.isEmpty, name.count <= 60, !name.contains("://"), !name.hasPrefix("@") || name.count > 1 else { return nil }
        return name
    }

    /// The calendar date at the start of an ISO 8601 or similar stamp: "2019-11-18T10:00:00Z" → "2019-11-18".
    static func isoDate(_ value: String) -> String? {
        let bytes = Array(value.utf8.prefix(10))
        guard bytes.count == 10 else { return nil }
        let separator = bytes[4]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/"), bytes[7] == separator else { return nil }
        let iso = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "/", with: "-")
        // Placeholders such as "0001-01-01" date nothing.
        guard let date = CalendarDate(iso: iso), (1990...2100).contains(date.year) else { return nil }
        return iso
    }

    /// A date written in a URL's path: `/2019/11/18/`, `/2019-11-18`, or `/2019/11/`.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(separator: "/").dropFirst(2)
        var iterator = parts.makeIterator()
        while let part = iterator.next() {
            if part.count >= 10, let date = isoDate(String(part.prefix(10))) { return date }
            guard part.count == 4, let year = Int(part), (1990...2100).contains(year) else { continue }
            guard let month = iterator.next(), month.count == 2, let m = Int(month), (1...12).contains(m) else { continue }
            if let day = iterator.next(), day.count == 2, let d = Int(day),
               CalendarDate(iso: "\(part)-\(month)-\(day)") != nil, d > 0 {
                return "\(part)-\(month)-\(day)"
            }
            return "\(part)-\(month)"
        }
        return nil
    }

    static func host(_ url: String) -> String? {
        guard let host = URL(string: url)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// "en-US", "en_US", "EN" → "en".
    static func primaryLanguage(_ value: String) -> String? {
        let primary = value.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first.map { $0.lowercased() }
        guard let primary, (2...3).contains(primary.count), primary.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return primary
    }
}

/// The article described by a page's JSON-LD (`NewsArticle`, `BlogPosting`…, also inside `@graph`).
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var url: String?
    var language: String?
    private var foundArticle = false

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
        "SocialMediaPosting", "Report", "WebPage", "VideoObject",
    ]

    mutating func read(_ script: String) {
        guard !foundArticle || publisher == nil,
              let data = script.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 6 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        let isArticle = types.contains { Self.articleTypes.contains($0) }
        // A WebPage describes the article only when nothing better does.
        let isPage = types == ["WebPage"] || types == ["VideoObject"]
        guard isArticle, !(foundArticle && isPage) else { return }
        if !isPage { foundArticle = true }
        headline = (object["headline"] as? String) ?? (isPage ? headline : object["name"] as? String) ?? headline
        let names = Self.names(object["author"]) + Self.names(object["creator"])
        if !names.isEmpty { authors = names }
        published = (object["datePublished"] as? String) ?? (object["dateCreated"] as? String) ?? published
        modified = (object["dateModified"] as? String) ?? modified
        publisher = Self.names(object["publisher"]).first ?? publisher
        url = (object["url"] as? String) ?? Self.id(object["mainEntityOfPage"]) ?? url
        language = (object["inLanguage"] as? String) ?? language
    }

    /// Applies `clean` to every text value (nil when it comes out empty).
    mutating func clean(_ clean: (String) -> String?) {
        headline = headline.flatMap(clean)
        authors = authors.compactMap(clean)
        publisher = publisher.flatMap(clean)
    }

    /// Names from a string, a `{"name"}` object, or a list of either.
    static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [name] }
        if let object = value as? [String: Any] { return (object["name"] as? String).map { [$0] } ?? [] }
        if let list = value as? [Any] { return list.flatMap { names($0) } }
        return []
    }

    static func id(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        return (value as? [String: Any])?["@id"] as? String
    }
}
