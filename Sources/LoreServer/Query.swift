import Foundation
import Hummingbird
import LoreExtraction
import LoreKnowledge
import LoreReading

/// Query parameters, read with the checks the CLI's options have: a bad value is a 400 that
/// names the parameter, the value and what would be right.
struct Query {
    let parameters: Parameters

    init(_ request: Request) { parameters = request.uri.queryParameters }

    func string(_ name: String) -> String? {
        guard let value = parameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badParameter(name, text, "is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// `limit` (1–500, default `fallback`) and `offset` (0 or more).
    func paging(default fallback: Int = 50) throws -> (limit: Int, offset: Int) {
        (try integer("limit", default: fallback, range: 1...500), try integer("offset", default: 0, range: 0...Int(Int32.max)))
    }

    /// A date parameter (YYYY, YYYY-MM or YYYY-MM-DD).
    func date(_ name: String) throws -> CalendarDate? {
        guard let text = string(name) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw APIError.badParameter(name, text, "is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        return date
    }

    /// `asOf`, as the CLI's `--as-of`: the last day of the period it names (YYYY-MM-DD).
    func asOf() throws -> String? { try date("asOf")?.lastDay.description }

    func predicate() throws -> FactPredicate? { try oneOf("predicate", "a predicate") }

    func entityType() throws -> EntityType? { try oneOf("type", "an entity type") }

    /// The parameter `name`, which must be one of `Value`'s cases (`what` names them in the error).
    func oneOf<Value: RawRepresentable & CaseIterable>(_ name: String, _ what: String) throws -> Value? where Value.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw APIError.badParameter(name, text, "is not \(what); use one of " + Value.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}

extension RequestContext {
    /// A path parameter, percent-decoded (`/articles/a%2Fb` is the article `a/b`).
    func text(_ name: String) -> String {
        let raw = parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    /// A numeric path id (`/entities/42`); a 400 naming it otherwise.
    func id(_ name: String = "id", of what: String) throws -> Int64 {
        let text = text(name)
        guard let id = Int64(text) else {
            throw APIError(.badRequest, "\(what) id \"\(text)\" is not a number")
        }
        return id
    }
}
