import LoreReading

/// A resolved time point, written out as a TIMEX3 value.
enum TimePoint: Sendable, Hashable {
    case year(Int)
    /// The first three digits of the decade's years: 199 for the 1990s.
    case decade(Int)
    case month(Int, Int)
    case day(Int, Int, Int)
    case season(Int, Int8)
    case quarter(Int, Int)
    case half(Int, Int)
    case week(Int, Int)
    case weekend(Int, Int)

    var value: String {
        TimeValueWriter.text { out in
            switch self {
            case .year(let y): out.append(y, width: 4)
            case .decade(let d): out.append(d, width: 3)
            case .month(let y, let m): out.append(y, width: 4); out.append("-"); out.append(m, width: 2)
            case .day(let y, let m, let d): out.append(y, width: 4); out.append("-"); out.append(m, width: 2); out.append("-"); out.append(d, width: 2)
            case .season(let y, let s): out.append(y, width: 4); out.append("-"); out.append(TimeLexicon.seasonCodes[Int(s)])
            case .quarter(let y, let q): out.append(y, width: 4); out.append("-Q"); out.append(q, width: 1)
            case .half(let y, let h): out.append(y, width: 4); out.append("-H"); out.append(h, width: 1)
            case .week(let y, let w): out.append(y, width: 4); out.append("-W"); out.append(w, width: 2)
            case .weekend(let y, let w): out.append(y, width: 4); out.append("-W"); out.append(w, width: 2); out.append("-WE")
            }
        }
    }

    /// The year of a point with one, for "the third quarter of <year>".
    var year: Int? {
        if case .year(let y) = self { return y }
        return nil
    }

    /// The calendar year a day, month, season, quarter or year point lies in.
    var writtenYear: Int? {
        switch self {
        case .year(let y), .month(let y, _), .day(let y, _, _), .season(let y, _), .quarter(let y, _), .half(let y, _): return y
        default: return nil
        }
    }

    var month: Int? {
        switch self {
        case .month(_, let m), .day(_, let m, _): return m
        default: return nil
        }
    }

    /// The same day, month or season in another year; nil for other points or a day the year lacks.
    func withYear(_ year: Int) -> TimePoint? {
        switch self {
        case .day(_, let m, let d): return d <= CalendarDate.days(inMonth: m, year: year) ? .day(year, m, d) : nil
        case .month(_, let m): return .month(year, m)
        case .season(_, let s): return .season(year, s)
        default: return nil
        }
    }
}

/// Proleptic Gregorian day arithmetic without Foundation: days are counted from 1970-01-01.
enum TimeCalendar {
    /// `String(value)`, with zeros in front up to `width` characters.
    static func pad(_ value: Int, _ width: Int) -> String {
        TimeValueWriter.text { $0.append(value, width: width) }
    }

    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO weekday: Monday 1 ... Sunday 7.
    static func weekday(_ days: Int) -> Int {
        ((days % 7) + 7 + 3) % 7 + 1
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ days: Int) -> (year: Int, week: Int) {
        let thursday = days - weekday(days) + 4
        let year = date(thursday).year
        return (year, (thursday - Self.days(year, 1, 1)) / 7 + 1)
    }
}

/// The publication date that relative expressions are resolved against.
struct TimeReference: Sendable {
    let date: CalendarDate?

    var year: Int? { date?.year }

    func year(_ step: Int) -> TimePoint? {
        date.map { .year($0.year + step) }
    }

    func month(_ step: Int) -> TimePoint? {
        guard let date, let month = date.month else { return nil }
        let total = date.year * 12 + (month - 1) + step
        return .month(total / 12, total % 12 + 1)
    }

    /// The reference's own day number, when it has a day.
    var days: Int? {
        guard let date, let month = date.month, let day = date.day else { return nil }
        return TimeCalendar.days(date.year, month, day)
    }

    func day(_ step: Int) -> TimePoint? {
        guard let days else { return nil }
        let d = TimeCalendar.date(days + step)
        return .day(d.year, d.month, d.day)
    }

    func week(_ step: Int) -> TimePoint? {
        guard let days else { return nil }
        let w = TimeCalendar.isoWeek(days + 7 * step)
        return .week(w.year, w.week)
    }

    func weekend(_ step: Int) -> TimePoint? {
        guard let days else { return nil }
        let w = TimeCalendar.isoWeek(days + 7 * step)
        return .weekend(w.year, w.week)
    }

    /// The reference date at its own precision ("today" in an article dated only to a month).
    var point: TimePoint? {
        guard let date else { return nil }
        guard let month = date.month else { return .year(date.year) }
        guard let day = date.day else { return .month(date.year, month) }
        return .day(date.year, month, day)
    }

    /// A month named without a year ("in March"): the reference year's.
    func month(named month: Int) -> TimePoint? {
        date.map { .month($0.year, month) }
    }

    /// A month moved by this/next/last: "next March" is the first March after the reference month,
    /// "last March" the last one before it.
    func month(named month: Int, step: Int) -> TimePoint? {
        guard let date else { return nil }
        guard step != 0 else { return .month(date.year, month) }
        guard let current = date.month else { return .month(date.year + step, month) }
        if step > 0 { return .month(month > current ? date.year : date.year + 1, month) }
        return .month(month < current ? date.year : date.year - 1, month)
    }

    /// A month named without a year ("in March", "December"), placed by the tense around it:
    /// past tense takes the last such month up to the reference month, future tense the next one
    /// from it, and otherwise the nearest one (news from January 1999 saying "December" means 1998-12).
    func month(named month: Int, tense: Int) -> TimePoint? {
        guard let date else { return nil }
        guard let current = date.month else { return .month(date.year, month) }
        return .month(date.year + Self.yearShift(month * 31 + 15, current * 31 + 15, tense: tense), month)
    }

    /// A day and month without a year ("18 August"), placed like `month(named:tense:)`.
    func day(month: Int, day: Int, tense: Int = 0) -> TimePoint? {
        guard let date else { return nil }
        var year = date.year
        if let current = date.month {
            year += Self.yearShift(month * 31 + day, current * 31 + (date.day ?? 15), tense: tense)
        }
        guard day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        return .day(year, month, day)
    }

    /// -1, 0 or +1 years for a yearless time at `target` (month * 31 + day) seen from `now`.
    static func yearShift(_ target: Int, _ now: Int, tense: Int) -> Int {
        // A date a few weeks off is more often a plain past or future one than a year away.
        if tense < 0 { return target > now + 2 * 31 ? -1 : 0 }
        if tense > 0 { return target < now - 2 * 31 ? 1 : 0 }
        // Without a tense, news still more often looks back: up to seven months back, four ahead.
        if target - now > 4 * 31 + 15 { return -1 }
        if now - target > 7 * 31 + 15 { return 1 }
        return 0
    }

    /// A day of the week near the reference. `step` 0 is the nearest one (this week's or
    /// the coming one), +1 strictly after, -1 strictly before; `tense` breaks a bare day's tie.
    func weekday(_ weekday: Int, step: Int, tense: Int) -> TimePoint? {
        guard let days else { return nil }
        let forward = (weekday - TimeCalendar.weekday(days) + 7) % 7
        let backward = forward == 0 ? 0 : forward - 7
        let offset: Int
        switch step {
        case 1...: offset = forward == 0 ? 7 : forward
        case ..<0: offset = forward == 0 ? -7 : backward
        default:
            if tense > 0 { offset = forward }
            else if tense < 0 { offset = backward }
            else { offset = forward <= 3 ? forward : backward }
        }
        return day(offset)
    }
}

/// Puts a short ASCII text (a TIMEX3 value: "2017-03-18", "2017-W11-WE") together from numbers and
/// literals in a stack buffer, and makes one String of it. Joining `String(value)`s with `+` made a
/// String per part, and padding them counted Characters: several thousand instructions a value.
struct TimeValueWriter {
    /// Three numbers of twenty characters and their literals fit; past it the text is cut (never in practice).
    static let capacity = 96
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    static func text(_ write: (inout TimeValueWriter) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var writer = TimeValueWriter(buffer: buffer)
            write(&writer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<writer.count]), as: UTF8.self)
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { for b in $0 { append(byte: b) } }
    }

    mutating func append(_ text: String) {
        for b in text.utf8 { append(byte: b) }
    }

    /// `String(value)` with zeros in front up to `width` characters ("-5" at width 4 is "00-5", as
    /// `TimeCalendar.pad` always wrote it).
    mutating func append(_ value: Int, width: Int) {
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let length = digits + (value < 0 ? 1 : 0)
        for _ in length..<max(length, width) { append(byte: UInt8(ascii: "0")) }
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        guard count + digits <= buffer.count else { return }
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            buffer[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        count += digits
    }

    private mutating func append(byte: UInt8) {
        guard count < buffer.count else { return }
        buffer[count] = byte
        count += 1
    }
}
