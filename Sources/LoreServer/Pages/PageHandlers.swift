import Foundation
import Hummingbird
import LoreExtraction
import LoreKnowledge
import LoreReading
import LoreSQLite

/// The web UI's pages. Each handler reads what it shows from the store, turns it into the
/// template's values (`View`) and renders it (`Pages`). Errors become HTML error pages
/// (`ErrorMiddleware`).
struct PageHandlers: Sendable {
    let store: SQLiteStore
    let pages: Pages

    // MARK: Home

    /// Upcoming releases, latest stories, recently changed facts.
    @Sendable func home(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let releaseFacts = try store.calendarFacts()
        let counts = try store.counts()
        let today = CalendarDate.today
        let calendar = ReleaseCalendar.entries(releaseFacts)
        let upcoming = calendar.filter { $0.window.end > today }
        // A corpus of past news has nothing upcoming: then the latest releases it reported.
        let releases = upcoming.isEmpty ? Array(calendar.suffix(8).reversed()) : Array(upcoming.prefix(8))
        let stories = try store.stories(latest: 6).reversed()
        // "Recently": the 90 days before the latest article, from the facts reported in them.
        let latest = try store.latestPublished().flatMap(CalendarDate.init(iso:))
        var changes: [FactChange] = []
        var since = ""
        if let latest {
            let start = latest.firstDay.adding(days: -90)
            since = start.description
            let recent = try store.facts(reportedSince: since)
            var before = recent.compactMap { $0.asOf(start.adding(days: -1).description) }
            ClaimStatus.resolveReleases(&before)
            changes = Array(FactChange.between(before, recent).reversed().prefix(12))
        }
        let context: [String: Any] = [
            "universe": "What the news says about your universe", "articleCount": counts.articles, "entityCount": counts.entities,
            "factCount": counts.claims,
            "releasesHeading": upcoming.isEmpty ? "Latest releases" : "Upcoming releases",
            "releases": releases.map(View.calendarEntry), "hasReleases": !releases.isEmpty,
            "stories": stories.map(View.story),
            "changes": changes.map(Self.change), "hasChanges": !changes.isEmpty, "since": since,
        ]
        let jsonLD = JSONValue.object([
            ("@context", "https://schema.org"), ("@type", "WebSite"), ("name", "Lore"),
            ("potentialAction", .object([("@type", "SearchAction"), ("query-input", "required name=query"), ("target", "/search?q={query}")])),
            ("url", "/"),
        ]).text
        return .html(pages.page("home", context, title: "Home", description: "Upcoming releases, latest stories and changed facts",
                                section: .home, jsonLD: jsonLD))
    }

    static func change(_ change: FactChange) -> [String: Any] {
        let claim = change.fact.claim
        let labels: [FactChange.Kind: String] = [.new: "new", .value: "new value", .status: "status"]
        return View.badge(change.fact.status).merging([
            "kind": change.kind.rawValue, "kindLabel": labels[change.kind] ?? change.kind.rawValue,
            "subject": claim.subject, "subjectID": change.fact.subjectID, "predicate": View.predicate(claim.predicate),
            "object": claim.object, "objectID": change.fact.objectID as Any, "qualifiers": View.qualifiers(claim.qualifiers),
            "was": change.was.joined(separator: ", "),
        ]) { $1 }
    }

    // MARK: Entities

    @Sendable func entities(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let (limit, offset) = try query.paging()
        let type = try query.entityType()
        let page = try store.entityList(type: type, limit: limit, offset: offset)
        let values: [String: Any] = [
            "items": page.items.map(Self.entityItem),
            "types": EntityType.allCases.map { ["value": $0.rawValue, "selected": $0 == type] },
            "pager": View.pager(path: "/entities", query: type.map { ["type": $0.rawValue] } ?? [:], total: page.total,
                                limit: limit, offset: offset) as Any,
        ]
        return .html(pages.page("entities", values, title: "Entities", section: .entities))
    }

    static func entityItem(_ entity: Entity) -> [String: Any] {
        ["id": entity.id, "name": entity.name, "type": entity.type.rawValue, "articleCount": entity.articleCount,
         "oneArticle": entity.articleCount == 1]
    }

    /// Facts grouped by predicate with status badges and sources, the cast of a work, and the
    /// history of changing values. `?asOf=` shows what was known on a date.
    @Sendable func entity(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = try context.id(of: "entity")
        let asOf = try Query(request).asOf()
        guard let report = try store.report(id: id, asOf: asOf, limit: .standard) else {
            throw APIError.notFound("no entity with id \(id)" + (asOf.map { " known on \($0)" } ?? ""))
        }
        let entity = report.entity
        let cast = entity.type == .work ? try store.cast(of: entity, asOf: asOf) : []
        var values: [String: Any] = [
            "id": entity.id, "name": entity.name, "type": entity.type.rawValue, "articleCount": entity.articleCount,
            "oneArticle": entity.articleCount == 1, "firstSeen": entity.firstSeen as Any, "lastSeen": entity.lastSeen as Any,
            "asOf": asOf as Any,
            "aliases": entity.aliases.enumerated().map { index, alias in
                ["name": alias.name, "count": alias.count, "last": index == entity.aliases.count - 1] as [String: Any]
            },
            "hasAliases": !entity.aliases.isEmpty,
            "groups": report.groups.map { Self.group($0, of: entity) },
            "histories": report.histories.map(Self.history), "hasHistories": !report.histories.isEmpty,
        ]
        values["cast"] = cast.map { fact in
            View.badge(fact.status).merging([
                "person": fact.claim.subject, "personID": fact.subjectID, "character": fact.claim.object,
                "characterID": fact.objectID as Any, "sourceCount": fact.sources.count,
            ]) { $1 }
        }
        values["hasCast"] = !cast.isEmpty
        let headlines = try Self.headlines(store, report.groups.flatMap(\.facts) + cast)
        let jsonLD = SchemaOrg.jsonLD(report, related: cast, headlines: headlines)
        let description = "\(entity.name) (\(entity.type.rawValue)): \(report.groups.reduce(0) { $0 + $1.facts.count }) sourced facts"
        return .html(pages.page("entity", values, title: entity.name, description: description, section: .entities, jsonLD: jsonLD))
    }

    /// Article titles for the JSON-LD of the sources.
    static func headlines(_ store: SQLiteStore, _ facts: [Fact]) throws -> [String: String] {
        let ids = Set(facts.flatMap { $0.sources.map(\.articleID) })
        guard !ids.isEmpty else { return [:] }
        return try store.articleTitles(Array(ids))
    }

    static func group(_ group: FactGroup, of entity: Entity) -> [String: Any] {
        [
            "label": group.label.prefix(1).uppercased() + group.label.dropFirst(),
            "slug": group.predicate.rawValue + "-" + group.role.rawValue,
            "moreFacts": group.total > group.facts.count ? group.total - group.facts.count : nil as Int? as Any,
            "allFactsHref": "/api/v1/facts?about=" + View.queryValue(entity.name) + "&predicate=" + group.predicate.rawValue,
            "facts": group.facts.map { fact -> [String: Any] in
                let subjectSide = group.role == .subject
                let other = subjectSide ? fact.claim.object : fact.claim.subject
                let otherID = subjectSide ? fact.objectID : fact.subjectID
                let otherType = subjectSide ? fact.claim.objectType : fact.claim.subjectType
                return View.badge(fact.status).merging(View.sources(fact)) { $1 }.merging([
                    "other": other, "otherID": otherID as Any, "otherType": otherType?.rawValue as Any,
                    "qualifiers": View.qualifiers(fact.claim.qualifiers),
                ]) { $1 }
            },
        ]
    }

    static func history(_ history: FactHistory) -> [String: Any] {
        [
            "predicate": View.predicate(history.predicate).capitalizedFirst, "season": history.season as Any,
            "earlier": history.earlier as Any, "oneEarlier": history.earlier == 1,
            "values": history.values.map { value in
                View.badge(value.status).merging([
                    "value": value.value, "firstReported": value.firstReported as Any, "lastReported": value.lastReported as Any,
                    "range": value.lastReported != nil && value.lastReported != value.firstReported,
                    "outlets": value.outlets, "oneOutlet": value.outlets == 1,
                ]) { $1 }
            },
        ]
    }

    // MARK: Stories

    @Sendable func stories(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let (limit, offset) = try Query(request).paging(default: 25)
        let all = try store.stories().reversed()
        let items = all.dropFirst(offset).prefix(limit)
        let values: [String: Any] = [
            "items": items.map(View.story),
            "pager": View.pager(path: "/stories", query: [:], total: all.count, limit: limit, offset: offset) as Any,
        ]
        return .html(pages.page("stories", values, title: "Stories", section: .stories))
    }

    @Sendable func story(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = try context.id(of: "story")
        guard let story = try store.story(id: id) else { throw APIError.notFound("no story with id \(id)") }
        var values = View.story(story)
        values["articles"] = story.articles.map { article -> [String: Any] in
            ["id": article.id, "href": View.articlePath(article.id), "title": article.title as Any, "outlet": article.outlet as Any,
             "published": article.published as Any, "copyOf": article.copyOf as Any]
        }
        values["facts"] = story.facts.map { fact in
            View.badge(fact.status).merging([
                "change": fact.change.rawValue, "subject": fact.claim.subject, "predicate": View.predicate(fact.claim.predicate),
                "object": fact.claim.object, "qualifiers": View.qualifiers(fact.claim.qualifiers),
                "previous": fact.previous.joined(separator: ", "),
            ]) { $1 }
        }
        return .html(pages.page("story", values, title: story.headline, section: .stories, jsonLD: SchemaOrg.jsonLD(story)))
    }

    // MARK: Search

    @Sendable func search(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let q = query.string("q") ?? ""
        let (limit, offset) = try query.paging(default: 20)
        var values: [String: Any] = ["query": q, "hasQuery": !q.isEmpty]
        if !q.isEmpty {
            let results = try store.search(q, limit: limit, offset: offset)
            values["entities"] = results.entities.map { hit in
                ["id": hit.id, "name": hit.name, "type": hit.type.rawValue, "articleCount": hit.articleCount,
                 "oneArticle": hit.articleCount == 1] as [String: Any]
            }
            values["articles"] = results.articles.map { hit in
                ["id": hit.id, "href": View.articlePath(hit.id), "title": hit.title as Any, "outlet": hit.outlet as Any,
                 "published": hit.published as Any, "snippet": HTML.snippet(hit.snippet)] as [String: Any]
            }
            values["totalEntities"] = results.totalEntities
            values["totalArticles"] = results.totalArticles
            values["pager"] = View.pager(path: "/search", query: ["q": q], total: max(results.totalEntities, results.totalArticles),
                                         limit: limit, offset: offset) as Any
        }
        return .html(pages.page("search", values, title: q.isEmpty ? "Search" : "Search: \(q)", section: .search, query: q))
    }

    // MARK: Calendar

    @Sendable func calendar(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let from = try query.date("from"), to = try query.date("to")
        let entries = ReleaseCalendar.entries(try store.calendarFacts(), from: from?.firstDay, to: to?.dayAfter)
        var years: [(year: Int, entries: [CalendarEntry])] = []
        for entry in entries {
            if years.last?.year == entry.window.start.year { years[years.count - 1].entries.append(entry) }
            else { years.append((entry.window.start.year, [entry])) }
        }
        var icsQuery: [URLQueryItem] = []
        if let from { icsQuery.append(URLQueryItem(name: "from", value: from.description)) }
        if let to { icsQuery.append(URLQueryItem(name: "to", value: to.description)) }
        var ics = URLComponents()
        ics.path = "/calendar.ics"
        ics.queryItems = icsQuery.isEmpty ? nil : icsQuery
        let values: [String: Any] = [
            "years": years.map { ["year": $0.year, "entries": $0.entries.map(View.calendarEntry)] as [String: Any] },
            "from": from?.description ?? "", "to": to?.description ?? "", "icsLink": ics.string ?? "/calendar.ics",
        ]
        let jsonLD = JSONValue.object([
            ("@context", "https://schema.org"), ("@type", "ItemList"),
            ("itemListElement", .array(entries.enumerated().map { index, entry in
                .object([("@type", "ListItem"),
                         ("item", .object([("@type", "CreativeWork"), ("datePublished", .string(entry.window.value)),
                                           ("name", .string(entry.work + (entry.season.map { ", season \($0)" } ?? ""))),
                                           ("url", .string("/entities/\(entry.workID)"))])),
                         ("position", .integer(Int64(index + 1)))])
            })),
            ("name", "Lore release calendar"),
        ]).text
        return .html(pages.page("calendar", values, title: "Release calendar", description: "Releases as precisely as reported",
                                section: .calendar, jsonLD: jsonLD))
    }

    /// The same releases as iCalendar, for calendar apps to subscribe to.
    @Sendable func calendarICS(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let from = try query.date("from"), to = try query.date("to")
        let entries = ReleaseCalendar.entries(try store.calendarFacts(), from: from?.firstDay, to: to?.dayAfter)
        var rendered = Rendered("text/calendar; charset=utf-8", ICalendar.document(entries))
        rendered.extraHeaders[.contentDisposition] = "inline; filename=\"lore-releases.ics\""
        return rendered
    }

    // MARK: Articles

    @Sendable func articles(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let (limit, offset) = try Query(request).paging()
        let page = try store.articleList(limit: limit, offset: offset)
        let values: [String: Any] = [
            "items": page.items.map { article -> [String: Any] in
                ["id": article.id, "href": View.articlePath(article.id), "title": article.title as Any, "outlet": article.outlet as Any,
                 "published": article.published as Any, "storyID": article.storyID as Any]
            },
            "pager": View.pager(path: "/articles", query: [:], total: page.total, limit: limit, offset: offset) as Any,
        ]
        return .html(pages.page("articles", values, title: "Articles", section: .articles))
    }

    @Sendable func article(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = context.text("id")
        guard let detail = try store.article(id: id) else { throw APIError.notFound("no article with id \"\(id)\"") }
        let article = detail.article
        let paragraphs = detail.text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let values: [String: Any] = [
            "id": article.id, "href": View.articlePath(article.id), "title": article.title as Any, "outlet": article.outlet as Any,
            "published": article.published as Any, "url": View.link(article.url) as Any, "storyID": article.storyID as Any, "paragraphs": paragraphs,
            "facts": detail.facts.map { fact in
                View.badge(fact.status).merging([
                    "subject": fact.claim.subject, "subjectID": fact.subjectID, "predicate": View.predicate(fact.claim.predicate),
                    "object": fact.claim.object, "objectID": fact.objectID as Any, "qualifiers": View.qualifiers(fact.claim.qualifiers),
                    "quote": fact.quote, "modality": fact.modality.rawValue,
                ]) { $1 }
            },
            "hasFacts": !detail.facts.isEmpty,
        ]
        var newsArticle: [(String, JSONValue)] = [("@context", "https://schema.org"), ("@type", "NewsArticle")]
        if let published = article.published { newsArticle.append(("datePublished", .string(published))) }
        newsArticle += [("headline", .string(article.title ?? article.id)), ("identifier", .string(article.id))]
        if let outlet = article.outlet { newsArticle.append(("publisher", .object([("@type", "Organization"), ("name", .string(outlet))]))) }
        if let url = View.link(article.url) { newsArticle.append(("url", .string(url))) }
        return .html(pages.page("article", values, title: article.title ?? article.id, section: .articles,
                                jsonLD: JSONValue.object(newsArticle).text))
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension CalendarDate {
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The day `days` after (or before) this one.
    func adding(days: Int) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = firstDay
        let date = calendar.date(from: DateComponents(year: first.year, month: first.month, day: first.day))!
        let moved = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: date)!)
        return CalendarDate(year: moved.year!, month: moved.month!, day: moved.day!)
    }
}
