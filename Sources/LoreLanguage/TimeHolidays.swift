import LoreReading

/// Holidays from `time-holidays.txt`: "Thanksgiving Day", "Christmas 1998", "since Christmas",
/// "last Thanksgiving". A holiday without a year is placed like a day written without one.
extension TimeGrammar {
    static let onKey = TimeKey.pack("on")

    /// The capitalised holiday name at `j`: its rule, where it ends and how many words it has.
    func holiday(at j: Int) -> (rule: TimeHoliday, end: Int, words: Int)? {
        guard j >= 0, j < tokens.count, tokens[j].capitalised,
              let (rule, words) = lexicon.holidays.first(at: j, in: tokens) else { return nil }
        return (rule, j + words, words)
    }

    /// The holiday's day in `year`.
    func holidayDay(_ h: TimeHoliday, year: Int) -> TimePoint? {
        guard h.day <= CalendarDate.days(inMonth: h.month, year: year) else { return nil }
        var d = TimeCalendar.days(year, h.month, h.day)
        if h.weekday > 0 { d += (h.weekday - TimeCalendar.weekday(d) + 7) % 7 }
        let t = TimeCalendar.date(d)
        return .day(t.year, t.month, t.day)
    }

    /// "Thanksgiving Day", "Christmas 1998", "on Christmas": a one-word name needs "on" or a
    /// trigger word before it ("a Christmas special" is not a date).
    func holidayDate(at i: Int) -> TimeMatch? {
        guard let h = holiday(at: i) else { return nil }
        let y = trailingYear(at: h.end)
        if let year = y.year { return TimeMatch(i, y.end, holidayDay(h.rule, year: year)) }
        let led = has(i - 1, .trigger) || (kind(i - 1) == .word && tokens[i - 1].key == Self.onKey)
        guard h.words > 1 || led else { return nil }
        // The year comes from the month and day as for "Nov. 22" (the weekday moves it a few days at most).
        guard let year = reference.day(month: h.rule.month, day: min(h.rule.day, 28), tense: tense(around: i))?.writtenYear else { return nil }
        return TimeMatch(i, h.end, holidayDay(h.rule, year: year))
    }

    /// "last Thanksgiving", "next Christmas", "this Christmas": the one before, after, or in the
    /// reference's year.
    func holidayAnchor(step: Int, at j: Int) -> TimeAnchor? {
        guard let h = holiday(at: j), let now = reference.days, var year = reference.year,
              case .day(let y, let m, let d)? = holidayDay(h.rule, year: year) else { return nil }
        let day = TimeCalendar.days(y, m, d)
        if step < 0 && day >= now { year -= 1 }
        if step > 0 && day <= now { year += 1 }
        return TimeAnchor(end: h.end, grain: .day, point: holidayDay(h.rule, year: year), relative: true)
    }
}
