import Foundation
import LoreExtraction
import LoreReading

/// The span of days a release value stands for, and how to say it without claiming more
/// precision than was reported: `2017-SU` is "summer 2017", never a day.
public struct ReleaseWindow: Sendable, Hashable, Codable {
    public enum Precision: String, Sendable, Hashable, Codable, Comparable {
        case year, quarter, season, month, day

        var rank: Int {
            switch self {
            case .year: return 0
            case .quarter, .season: return 1
            case .month: return 2
            case .day: return 3
            }
        }

        public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
    }

    /// The value as stored: `2017`, `2017-SU`, `2017-Q3`, `2017-08`, `2017-08-18`.
    public var value: String
    public var precision: Precision
    /// First day, and the day after the last (as iCalendar's DTEND for all-day events).
    public var start: CalendarDate
    public var end: CalendarDate
    /// EARLY, MID or LATE, when the report said so.
    public var mod: String?

    /// Nil when `value` is not a release value (the error names it).
    public init?(value: String, mod: String? = nil) {
        let parts = value.split(separator: "-").map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        self.value = value
        self.mod = mod
        switch parts.count {
        case 1:
            precision = .year
            start = CalendarDate(year: year, month: 1, day: 1)
            end = CalendarDate(year: year + 1, month: 1, day: 1)
        case 2 where Int(parts[1]) != nil:
            guard let date = CalendarDate(iso: value), let month = date.month else { return nil }
            precision = .month
            start = CalendarDate(year: year, month: month, day: 1)
            end = ReleaseWindow.firstOfMonth(after: year, month)
        case 2:
            let firstMonth: Int, months: Int
            switch parts[1] {
            case "SP": (firstMonth, months) = (3, 3)
            case "SU": (firstMonth, months) = (6, 3)
            case "FA": (firstMonth, months) = (9, 3)
            // Winter starts in December of its year and runs into the next.
            case "WI": (firstMonth, months) = (12, 3)
            case "Q1": (firstMonth, months) = (1, 3)
            case "Q2": (firstMonth, months) = (4, 3)
            case "Q3": (firstMonth, months) = (7, 3)
            case "Q4": (firstMonth, months) = (10, 3)
            case "H1": (firstMonth, months) = (1, 6)
            case "H2": (firstMonth, months) = (7, 6)
            default: return nil
            }
            precision = parts[1].hasPrefix("Q") || parts[1].hasPrefix("H") ? .quarter : .season
            start = CalendarDate(year: year, month: firstMonth, day: 1)
            let last = firstMonth + months - 1
            end = ReleaseWindow.firstOfMonth(after: year + (last - 1) / 12, (last - 1) % 12 + 1)
        case 3:
            guard let date = CalendarDate(iso: value), let month = date.month, let day = date.day else { return nil }
            precision = .day
            start = date
            end = day < CalendarDate.days(inMonth: month, year: year)
                ? CalendarDate(year: year, month: month, day: day + 1) : ReleaseWindow.firstOfMonth(after: year, month)
        default:
            return nil
        }
    }

    static func firstOfMonth(after year: Int, _ month: Int) -> CalendarDate {
        month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
    }

    /// "2017-08-18", "August 2017", "summer 2017", "Q3 2017", "late 2017".
    public var label: String {
        let year = String(start.year)
        var text: String
        switch precision {
        case .day: text = value
        case .month: text = ReleaseWindow.monthNames[start.month! - 1] + " " + year
        case .year: text = year
        case .season, .quarter:
            let part = String(value.split(separator: "-")[1])
            let names = ["SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"]
            text = (names[part] ?? part) + " " + String(value.prefix(4))
        }
        if let mod { text = mod.lowercased() + " " + text }
        return text
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Whether the window shares a day with [from, to) (either bound may be open).
    public func overlaps(from: CalendarDate?, to: CalendarDate?) -> Bool {
        if let from, end <= from { return false }
        if let to, start >= to { return false }
        return true
    }
}

/// One work's release (per season) as the calendar shows it: the best standing value, its
/// status and sources, and the other values still standing.
public struct CalendarEntry: Sendable, Hashable, Codable {
    public var work: String
    public var workID: Int64
    public var season: String?
    public var platform: String?
    public var window: ReleaseWindow
    public var status: ClaimStatus
    /// Distinct outlets behind the value.
    public var outlets: [String]
    public var firstReported: String?
    public var lastReported: String?
    /// Other values that still stand for the same release (contested or less certain).
    public var alternatives: [String]
    /// How many different values this release has had: iCalendar's SEQUENCE is one less.
    public var revisions: Int
    /// The earliest source's URL, if any.
    public var url: String?

    /// A name for the release that stays the same as its date changes: iCalendar UID.
    public var uid: String {
        var key = EntityKey.normalize(work).replacingOccurrences(of: " ", with: "-")
        if key.isEmpty { key = "work-\(workID)" }
        return "release-" + key + (season.map { "-season-\($0)" } ?? "") + "@lore"
    }
}

public enum ReleaseCalendar {
    /// The calendar entries of the release facts in `facts` (statuses already resolved), one per
    /// work and season, whose window overlaps [from, to). Superseded and denied values are left
    /// out; the most precise standing value is shown, the others listed as alternatives.
    public static func entries(_ facts: [Fact], from: CalendarDate? = nil, to: CalendarDate? = nil) -> [CalendarEntry] {
        var slots: [String: [Fact]] = [:]
        for fact in facts where fact.claim.predicate == .release {
            slots["\(fact.subjectID)|\(fact.claim.qualifiers["season"] ?? "")", default: []].append(fact)
        }
        var platformsOf: [Int64: [String]] = [:]
        for fact in facts where fact.claim.predicate == .platform && fact.status != .denied && fact.status != .superseded {
            if !(platformsOf[fact.subjectID] ?? []).contains(fact.claim.object) { platformsOf[fact.subjectID, default: []].append(fact.claim.object) }
        }
        var entries: [CalendarEntry] = []
        for releases in slots.values {
            let standing = releases.filter { $0.status != .superseded && $0.status != .denied }
                .compactMap { fact in ReleaseWindow(value: fact.claim.object, mod: fact.claim.qualifiers["mod"]).map { (fact, $0) } }
            guard let chosen = standing.max(by: { isWorse($0, $1) }) else { continue }
            let (best, window) = chosen
            let outlets = best.sources.reduce(into: [String]()) { if !$0.contains($1.source) { $0.append($1.source) } }
            let platform = best.claim.qualifiers["platform"] ?? platformsOf[best.subjectID]?.joined(separator: " / ")
            let entry = CalendarEntry(
                work: best.claim.subject, workID: best.subjectID, season: best.claim.qualifiers["season"], platform: platform,
                window: window, status: best.status, outlets: outlets, firstReported: best.firstReported,
                lastReported: best.sources.compactMap(\.published).max(),
                alternatives: standing.filter { $0.0 != best }.map { "\($0.1.label) (\($0.0.status.rawValue))" }.sorted(),
                revisions: Set(releases.map(\.claim.object)).count,
                url: best.sources.first { $0.url != nil }?.url)
            if window.overlaps(from: from, to: to) { entries.append(entry) }
        }
        return entries.sorted {
            ($0.window.start, $0.window.end, $0.work, $0.season ?? "") < ($1.window.start, $1.window.end, $1.work, $1.season ?? "")
        }
    }

    /// Less precise first, then less certain, then fewer sources, then reported earlier.
    static func isWorse(_ a: (Fact, ReleaseWindow), _ b: (Fact, ReleaseWindow)) -> Bool {
        func certainty(_ status: ClaimStatus) -> Int {
            switch status {
            case .confirmed: return 5
            case .reported: return 4
            case .contested: return 3
            case .rumored: return 2
            case .speculative: return 1
            case .denied, .superseded: return 0
            }
        }
        let left = (a.1.precision.rank, certainty(a.0.status), a.0.sources.count, a.0.firstReported ?? "", a.0.claim.object)
        let right = (b.1.precision.rank, certainty(b.0.status), b.0.sources.count, b.0.firstReported ?? "", b.0.claim.object)
        return left < right
    }
}

extension CalendarDate {
    /// The first day of the period a `--from` date names (2017 → 2017-01-01).
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day of the period the date names (2017 → 2017-12-31, 2016-02 → 2016-02-29).
    public var lastDay: CalendarDate {
        guard let month else { return CalendarDate(year: year, month: 12, day: 31) }
        return CalendarDate(year: year, month: month, day: day ?? CalendarDate.days(inMonth: month, year: year))
    }

    /// The day after the period a `--to` date names (2017-08 → 2017-09-01), so `--to` includes it.
    public var dayAfter: CalendarDate {
        guard let month else { return CalendarDate(year: year + 1, month: 1, day: 1) }
        guard let day else { return ReleaseWindow.firstOfMonth(after: year, month) }
        return day < CalendarDate.days(inMonth: month, year: year)
            ? CalendarDate(year: year, month: month, day: day + 1) : ReleaseWindow.firstOfMonth(after: year, month)
    }
}
