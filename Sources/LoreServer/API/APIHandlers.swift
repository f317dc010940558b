import Foundation
import Hummingbird
import LoreExtraction
import LoreKnowledge
import LoreReading
import LoreSQLite

/// The JSON API's handlers. Reads are public; `ingest` (in ArticlesAPI.swift) needs the token.
/// Each list takes `limit` and `offset` and answers `{"total", "limit", "offset", "items"}`.
struct APIHandlers: Sendable {
    let store: SQLiteStore
    let settings: LoreServer.Settings
    let cache: ResponseCache
}

// MARK: - Search

extension APIHandlers {
    /// `GET /api/v1/search?q=…`: entities by name or alias, articles by title and text.
    @Sendable func search(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        guard let q = query.string("q") else { throw APIError(.badRequest, "parameter q is missing: give the words to search for") }
        let (limit, offset) = try query.paging(default: 20)
        var results = try store.search(q, limit: limit, offset: offset)
        // The API gives plain snippets; the marks are for the HTML page's highlighting.
        for index in results.articles.indices {
            results.articles[index].snippet.removeAll { $0 == SearchResults.markStart || $0 == SearchResults.markEnd }
        }
        return .json(results)
    }
}

// MARK: - Entities and facts

extension APIHandlers {
    /// `GET /api/v1/entities?type=&name=`: most mentioned first; `name` looks up by name or alias.
    @Sendable func entities(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let (limit, offset) = try query.paging()
        return .json(try store.entityList(type: try query.entityType(), name: query.string("name"), limit: limit, offset: offset))
    }

    /// `GET /api/v1/entities/{id}?asOf=`: the entity with its facts (grouped by predicate, each
    /// with its sources and status) and the history of its changing values.
    @Sendable func entity(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = try context.id(of: "entity")
        let asOf = try Query(request).asOf()
        guard let report = try store.report(id: id, asOf: asOf) else {
            throw APIError.notFound("no entity with id \(id)" + (asOf.map { " known on \($0)" } ?? ""))
        }
        return .json(report)
    }

    /// `GET /api/v1/facts?about=&predicate=&asOf=`.
    @Sendable func facts(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let (limit, offset) = try query.paging(default: 100)
        let about = query.string("about"), asOf = try query.asOf(), predicate = try query.predicate()
        if let about, try store.entities(named: about, asOf: asOf).isEmpty {
            throw APIError.notFound("no entity named \"\(about)\"" + (asOf.map { " known on \($0)" } ?? ""))
        }
        let facts = try store.facts(about: about, predicate: predicate, asOf: asOf)
        return .json(Page(total: facts.count, limit: limit, offset: offset, items: Array(facts.dropFirst(offset).prefix(limit))))
    }

    /// `GET /api/v1/changes?since=&about=`: what changed since a date, as `lore changes`.
    @Sendable func changes(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        guard let since = try query.date("since") else {
            throw APIError(.badRequest, "parameter since is missing: give a date, YYYY-MM-DD, YYYY-MM or YYYY")
        }
        let about = query.string("about")
        if let about, try store.entities(named: about).isEmpty { throw APIError.notFound("no entity named \"\(about)\"") }
        return .json(FactChange.between(try store.facts(about: about, asOf: Self.dayBefore(since).description),
                                        try store.facts(about: about)))
    }

    /// The last day before the period `since` names: what was known just before it began.
    static func dayBefore(_ since: CalendarDate) -> CalendarDate {
        let first = since.firstDay
        if let day = first.day, day > 1 { return CalendarDate(year: first.year, month: first.month, day: day - 1) }
        if let month = first.month, month > 1 { return CalendarDate(year: first.year, month: month - 1).lastDay }
        return CalendarDate(year: first.year - 1).lastDay
    }
}

// MARK: - Stories and calendar

extension APIHandlers {
    /// `GET /api/v1/stories`: latest first, each with its articles and the facts it brought.
    @Sendable func stories(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let (limit, offset) = try Query(request).paging(default: 20)
        let stories = try store.stories().reversed()
        return .json(Page(total: stories.count, limit: limit, offset: offset, items: Array(stories.dropFirst(offset).prefix(limit))))
    }

    @Sendable func story(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = try context.id(of: "story")
        guard let story = try store.story(id: id) else { throw APIError.notFound("no story with id \(id)") }
        return .json(story)
    }

    /// `GET /api/v1/calendar?from=&to=&format=json|ics`: releases, as `lore calendar`.
    @Sendable func calendar(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        let from = try query.date("from"), to = try query.date("to")
        if let from, let to, to.dayAfter <= from.firstDay {
            throw APIError.badParameter("to", to.description, "is before from=\(from)")
        }
        let entries = ReleaseCalendar.entries(try store.calendarFacts(), from: from?.firstDay, to: to?.dayAfter)
        switch query.string("format") ?? "json" {
        case "json": return .json(entries)
        case "ics": return Rendered("text/calendar; charset=utf-8", ICalendar.document(entries))
        case let other: throw APIError.badParameter("format", other, "is not a calendar format; use json or ics")
        }
    }
}
