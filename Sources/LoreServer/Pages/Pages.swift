import Foundation
import LoreExtraction
import LoreKnowledge
import LoreSQLite
import Mustache

/// Renders the web UI's pages from the templates in `Templates.swift`: each page renders its
/// body, which the layout wraps with the header, navigation, search form and JSON-LD.
final class Pages: Sendable {
    static let shared: Pages = {
        do { return try Pages() } catch {
            // The templates are constants compiled into the binary: a parse error is a bug the tests catch.
            fatalError("a web UI template does not parse: \(error)")
        }
    }()

    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in Templates.all { try library.register(text, named: name) }
        self.library = library
    }

    /// Which navigation entry is the current page.
    enum Section: String { case home, calendar, stories, entities, articles, search, none }

    /// A whole page: `template` rendered with `context`, inside the layout.
    func page(_ template: String, _ context: [String: Any], title: String, description: String = "",
              section: Section = .none, jsonLD: String? = nil, query: String = "") -> String {
        let body = library.render(Self.clean(context) ?? [:], withTemplate: template) ?? ""
        var layout: [String: Any] = ["title": title, "body": body, "query": query, "nav": [section.rawValue: true],
                                     "description": description.isEmpty ? "Lore: \(title)" : description]
        if let jsonLD { layout["jsonLD"] = jsonLD }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    /// The context without absent values: an optional that is nil, or an empty string, is
    /// left out, so that `{{#name}}…{{/name}}` skips it (Mustache would print "nil" for an
    /// optional wrapped in Any, and takes "" as true).
    static func clean(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return clean(wrapped)
        }
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]: return dictionary.compactMapValues(clean)
        case let array as [[String: Any]]: return array.map { $0.compactMapValues(clean) }
        case let array as [Any]: return array.compactMap(clean)
        default: return value
        }
    }

    func errorPage(_ error: APIError) -> String {
        page("error", ["code": Int(error.status.code), "reason": error.status.reasonPhrase, "message": error.message],
             title: error.status.reasonPhrase)
    }
}

/// Escaping for the few places where the server writes markup itself instead of a template.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A search snippet: the text escaped, then the match marks turned into `<mark>`.
    static func snippet(_ text: String) -> String {
        escape(text).replacingOccurrences(of: String(SearchResults.markStart), with: "<mark>")
            .replacingOccurrences(of: String(SearchResults.markEnd), with: "</mark>")
    }
}

/// The values the templates show, built from the model types.
enum View {
    static let statusHelp: [ClaimStatus: String] = [
        .confirmed: "asserted by two or more outlets", .reported: "asserted by one outlet",
        .rumored: "only attributed to rumours", .speculative: "only hedged", .denied: "only stated not to hold",
        .contested: "reports disagree", .superseded: "a later or more precise report replaced it",
    ]

    static func badge(_ status: ClaimStatus) -> [String: Any] {
        ["status": status.rawValue, "statusHelp": statusHelp[status] ?? ""]
    }

    /// "in Iron Fist, season 2, on Netflix".
    static func qualifiers(_ qualifiers: [String: String], skipping: Set<String> = []) -> String {
        var parts: [String] = []
        if let work = qualifiers["work"], !skipping.contains("work") { parts.append("in \(work)") }
        if let season = qualifiers["season"] { parts.append("season \(season)") }
        if let platform = qualifiers["platform"], !skipping.contains("platform") { parts.append("on \(platform)") }
        if let kind = qualifiers["kind"] { parts.append(kind) }
        if let role = qualifiers["role"] { parts.append(role) }
        if let mod = qualifiers["mod"] { parts.append(mod.lowercased()) }
        return parts.joined(separator: ", ")
    }

    static func predicate(_ predicate: FactPredicate) -> String {
        predicate.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// A URL from an article, only when it is a web address: `javascript:` and the like are never linked.
    static func link(_ url: String?) -> String? {
        guard let url, let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return nil
        }
        return url
    }

    /// `/articles/ID` with the id percent-encoded: ids come from the input and may hold anything.
    static func articlePath(_ id: String) -> String {
        "/articles/" + (id.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? id)
    }

    static let pathCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// A value for a URL's query: letters, digits and `-._~` as they are, the rest percent-encoded.
    static func queryValue(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func sources(_ fact: Fact) -> [String: Any] {
        [
            "sourceCount": fact.evidenceCount, "oneSource": fact.evidenceCount == 1, "firstReported": fact.firstReported as Any,
            "moreSources": fact.evidenceCount > fact.sources.count ? fact.evidenceCount - fact.sources.count : nil as Int? as Any,
            "outletCount": fact.outletCount,
            "sources": fact.sources.map { source -> [String: Any] in
                ["quote": source.quote, "articleID": source.articleID, "articleHref": articlePath(source.articleID), "outlet": source.outlet as Any, "url": link(source.url) as Any,
                 "published": source.published as Any, "modality": source.modality.rawValue, "comics": source.scope == .comics]
            },
        ]
    }

    static func story(_ story: Story) -> [String: Any] {
        ["id": story.id, "headline": story.headline, "firstDate": story.firstDate as Any, "lastDate": story.lastDate as Any,
         "range": story.lastDate != nil && story.lastDate != story.firstDate, "articleCount": story.articles.count,
         "oneArticle": story.articles.count == 1, "factCount": story.facts.count, "hasFacts": !story.facts.isEmpty,
         "oneFact": story.facts.count == 1]
    }

    static func calendarEntry(_ entry: CalendarEntry) -> [String: Any] {
        badge(entry.status).merging([
            "label": entry.window.label, "precision": entry.window.precision.rawValue, "work": entry.work, "workID": entry.workID,
            "season": entry.season as Any, "platform": entry.platform as Any, "sourceCount": entry.outlets.count,
            "alternatives": entry.alternatives.joined(separator: "; "),
        ]) { $1 }
    }

    /// Links to the previous and next pages of a list, keeping the other query parameters.
    static func pager(path: String, query: [String: String], total: Int, limit: Int, offset: Int) -> [String: Any]? {
        guard total > limit || offset > 0 else { return nil }
        func link(_ offset: Int) -> String {
            var parameters = query
            parameters["offset"] = String(offset)
            var components = URLComponents()
            components.path = path
            components.queryItems = parameters.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            return components.string ?? path
        }
        var pager: [String: Any] = ["from": min(offset + 1, total), "to": min(offset + limit, total), "total": total]
        if offset > 0 { pager["previous"] = link(max(offset - limit, 0)) }
        if offset + limit < total { pager["next"] = link(offset + limit) }
        return pager
    }
}
