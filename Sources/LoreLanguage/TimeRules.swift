import LoreReading

/// The shapes of time expressions. Every rule starts at token `i` and looks only a few tokens
/// around it; it returns nil when the tokens there do not make its shape.
extension TimeGrammar {
    static let oldKey = TimeKey.pack("old")
    static let asKey = TimeKey.pack("as"), lateKey = TimeKey.pack("late")

    /// "as early as June", "as soon as May", "as late as the fall": a bound that lets a bare month or season count.
    func asEarlyAs(before i: Int) -> Bool {
        guard key(i - 1) == Self.asKey, key(i - 3) == Self.asKey, let bound = key(i - 2) else { return false }
        return bound == Self.earlyKey || bound == Self.soonKey || bound == Self.lateKey
    }
    // MARK: Full dates

    /// `2017-08-18`.
    func isoDate(at i: Int) -> TimeMatch? {
        guard tokens[i].digits == 4, mark(i + 1, 45), glued(i + 1), glued(i + 2), kind(i + 2) == .number,
              tokens[i + 2].digits == 2, mark(i + 3, 45), glued(i + 3), glued(i + 4), kind(i + 4) == .number,
              tokens[i + 4].digits == 2 else { return nil }
        if glued(i + 5), mark(i + 5, 45) || kind(i + 5) == .number { return nil }
        let y = Int(tokens[i].number), m = Int(tokens[i + 2].number), d = Int(tokens[i + 4].number)
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y) else { return nil }
        return TimeMatch(i, i + 5, .day(y, m, d))
    }

    /// `08/18/2017` (month first, or day first when the first number cannot be a month), `8-18-2017`.
    func numericDate(at i: Int) -> TimeMatch? {
        guard tokens[i].digits <= 2, i + 4 < tokens.count, tokens[i + 1].kind == .punctuation else { return nil }
        let separator = tokens[i + 1].mark
        guard separator == 47 || separator == 45, glued(i + 1), glued(i + 2), kind(i + 2) == .number,
              tokens[i + 2].digits <= 2, mark(i + 3, separator), glued(i + 3), glued(i + 4),
              kind(i + 4) == .number, tokens[i + 4].digits == 4 else { return nil }
        if glued(i + 5), mark(i + 5, separator) || mark(i + 5, 58) || kind(i + 5) == .number { return nil }
        if glued(i), tokens[i - 1].kind != .punctuation || tokens[i - 1].mark == separator { return nil }
        let a = Int(tokens[i].number), b = Int(tokens[i + 2].number), y = Int(tokens[i + 4].number)
        guard (1900...2099).contains(y) else { return nil }
        if (1...12).contains(a), b >= 1, b <= CalendarDate.days(inMonth: a, year: y) {
            return TimeMatch(i, i + 5, .day(y, a, b))
        }
        if (1...12).contains(b), a >= 1, a <= CalendarDate.days(inMonth: b, year: y) {
            return TimeMatch(i, i + 5, .day(y, b, a))
        }
        return nil
    }

    /// A day-month-year date ending at `end`; without a year, the nearest such date to the reference.
    func dated(_ start: Int, _ end: Int, month: Int, day: Int, year: Int?) -> TimeMatch? {
        if let year {
            guard day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
            return TimeMatch(start, end, .day(year, month, day))
        }
        guard day <= CalendarDate.days(inMonth: month, year: 2000) else { return nil }
        return TimeMatch(start, end, reference.day(month: month, day: day, tense: tense(around: start)), yearless: .day(0, month, day))
    }

    /// An optional year after a date: "2017" or ", 2017". Returns the year and the new end.
    func trailingYear(at j: Int) -> (year: Int?, end: Int) {
        if let y = year(at: j, horizon: 60) { return (y, j + 1) }
        if mark(j, 44), let y = year(at: j + 1, horizon: 60) { return (y, j + 2) }
        return (nil, j)
    }

    /// "March 17, 2017", "March 17 2017", "Nov. 18", "August 18th".
    func monthDay(at i: Int) -> TimeMatch? {
        guard let m = month(at: i), let d = dayNumber(at: m.end) else { return nil }
        let y = trailingYear(at: m.end + 1)
        return dated(i, y.end, month: m.month, day: d, year: y.year)
    }

    /// "17 March 2017", "18 August", "18th of August". `guarded` checks the words before the day
    /// ("Season 2 May 2018" has no 2 May).
    func dayFirstDate(at i: Int, guarded: Bool = true) -> TimeMatch? {
        guard let d = dayNumber(at: i) else { return nil }
        if guarded && i > 0 {
            if glued(i) {
                let before = tokens[i - 1]
                guard before.kind == .punctuation, before.mark == 40 || before.mark == 34 || before.mark == 39 else { return nil }
            }
            if has(i - 1, .counter) { return nil }
            if tokens[i - 1].kind == .word, capitalisedInside(i - 1), !(word(i - 1)?.isTimeOrFunctionWord ?? false) { return nil }
        }
        var j = i + 1
        if has(j, .of) {
            guard tokens[i].kind == .ordinal else { return nil }
            j += 1
        }
        guard let m = month(at: j) else { return nil }
        let y = trailingYear(at: m.end)
        return dated(i, y.end, month: m.month, day: d, year: y.year)
    }

    /// "the 20th century", "11th century": TimeML writes a century as its first two digits ("19").
    func centuryDate(at i: Int) -> TimeMatch? {
        let j = has(i, .the) ? i + 1 : i
        guard j < tokens.count else { return nil }
        var n = 0
        if tokens[j].kind == .ordinal, tokens[j].digits <= 2 { n = Int(tokens[j].number) }
        else if let w = word(j), w.ordinal > 0 { n = Int(w.ordinal) }
        guard (1...21).contains(n), let u = unit(at: j + 1), u.unit.grain == .century, !u.plural,
              !capitalisedInside(j + 1) else { return nil }
        return TimeMatch(i, j + 2, .date, TimeCalendar.pad(n - 1, 2))
    }

    /// "the 18th of August", "the first of March 2018".
    func ordinalOfMonth(at i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < tokens.count else { return nil }
        var day = 0
        if tokens[j].kind == .ordinal, let d = dayNumber(at: j) { day = d }
        else if let w = word(j), w.ordinal > 0 { day = Int(w.ordinal) }
        guard day > 0, has(j + 1, .of), let m = month(at: j + 2) else { return nil }
        let y = trailingYear(at: m.end)
        return dated(i, y.end, month: m.month, day: day, year: y.year)
    }

    // MARK: Months, days of the week, seasons

    /// Nothing after a bare month or season makes it part of a name or title
    /// ("May Parker", "March of the Penguins").
    func bareFree(after j: Int) -> Bool {
        !nameLike(j) && !(has(j, .of) && has(j + 1, .the))
    }

    /// A month with a day or a year, or after a word like "in" ("in March", "until May").
    func monthDate(at i: Int) -> TimeMatch? {
        guard let m = month(at: i) else { return nil }
        if let date = monthDay(at: i) { return date }
        let j = m.end
        if let y = year(at: j) { return TimeMatch(i, j + 1, .month(y, m.month)) }
        if let y = spokenYear(at: j) { return TimeMatch(i, y.end, .month(y.year, m.month)) }
        if has(j, .of) || mark(j, 44), let y = year(at: j + 1) { return TimeMatch(i, j + 2, .month(y, m.month)) }
        // "June last year", "January this year", "March of next year"
        let r0 = has(j, .of) ? j + 1 : j
        if let r = relative(at: r0), let u = unit(at: r.end), !u.plural, u.unit.grain == .year, let ry = reference.year {
            return TimeMatch(i, r.end + 1, .month(ry + r.step, m.month))
        }
        guard !m.abbreviated || j == i + 2, has(i - 1, .trigger) || asEarlyAs(before: i), bareFree(after: j) else { return nil }
        return TimeMatch(i, j, reference.month(named: m.month, tense: tense(around: i)), yearless: .month(0, m.month))
    }

    /// "Friday", "on Friday", "Friday night", "Friday, March 17", "Fridays" (a set).
    func weekdayDate(at i: Int, lead: Int? = nil) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        let day = Int(w.weekday)
        if w.weekdayPlural { return TimeMatch(i, i + 1, .set, "XXXX-WXX-" + String(day)) }
        // "Friday the 13th" is a film; "Black Friday", "Wednesday Addams" are names.
        if has(i + 1, .the), kind(i + 2) == .ordinal || (word(i + 2)?.ordinal ?? 0) > 0 { return nil }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalised, !(word(i - 1)?.isTimeOrFunctionWord ?? false) {
            // "in Miami Wednesday, demanding", "the Czech Republic Friday formally joined": a place
            // or a name, then the day, then a comma, a stop or a lower-case word.
            guard !has(i - 1, .namesDay), !sentenceInitial(i - 1), i + 1 < tokens.count else { return nil }
            let next = tokens[i + 1]
            let closes = next.kind == .punctuation && (next.mark == 44 || next.mark == 46 || next.mark == 59)
            guard closes || (next.kind == .word && !next.capitalised) else { return nil }
        }
        let j = mark(i + 1, 44) ? i + 2 : i + 1
        if var date = monthDay(at: j) ?? dayFirstDate(at: j, guarded: false) {
            date.start = i
            // "Thursday, Dec. 26" without its year: of the guessed year and the ones either side,
            // the one where that date is a Thursday (at most one of the three is).
            if case .day(0, let month, let dayOfMonth)? = date.yearless, case .day(let year, _, _)? = date.point,
               let fitting = [year, year + 1, year - 1].first(where: { TimeCalendar.weekday(TimeCalendar.days($0, month, dayOfMonth)) == day }),
               fitting != year, dayOfMonth <= CalendarDate.days(inMonth: month, year: fitting) {
                date.point = .day(fitting, month, dayOfMonth)
                date.value = date.point?.value
            }
            return date
        }
        if nameLike(i + 1) { return nil }
        let end = has(i + 1, .dayPart) ? i + 2 : i + 1
        return withDayPart(TimeMatch(i, end, reference.weekday(day, step: 0, tense: weekdayTense(at: i, lead: lead ?? i, end: end))), at: i + 1)
    }

    /// "Friday night": the day's value with TimeML's part-of-day code (`2017-03-17TNI`), still a DATE.
    func withDayPart(_ match: TimeMatch, at j: Int) -> TimeMatch {
        guard let p = word(j)?.dayPart, p > 0, let v = match.value, v.count == 10 || v.hasPrefix("XXXX-WXX-") else { return match }
        var m = match
        m.value = v + "T" + lexicon.dayParts[Int(p) - 1]
        return m
    }

    /// The word after token `i` is "season": "the Summer season".
    func followedBySeasonWord(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word else { return false }
        let t = tokens[i + 1]
        return Array(bytes[Int(t.start)..<Int(t.end)]) == Array("season".utf8)
    }

    /// "summer 2017", "summer of 2017", "in the fall", "during the summer".
    func seasonDate(at i: Int) -> TimeMatch? {
        guard let s = word(i)?.season, s > 0 else { return nil }
        if let y = year(at: i + 1) { return TimeMatch(i, i + 2, .season(y, s)) }
        if has(i + 1, .of), let y = year(at: i + 2) { return TimeMatch(i, i + 3, .season(y, s)) }
        if has(i + 1, .of), let y = spokenYear(at: i + 2) { return TimeMatch(i, y.end, .season(y.year, s)) }
        // "the Winter Soldier", "Summer Glau" are names; "the Summer season" is still the season.
        if capitalisedInside(i), !followedBySeasonWord(i) { return nil }
        let triggered = has(i - 1, .trigger) || (has(i - 1, .the) && has(i - 2, .trigger)) || asEarlyAs(before: i) || has(i - 1, .the) && asEarlyAs(before: i - 1)
        guard triggered, bareFree(after: i + 1), !has(i + 1, .of) else { return nil }
        return TimeMatch(i, i + 1, reference.year.map { .season($0, s) }, yearless: .season(0, s))
    }

    // MARK: Relative and modified times

    /// "next year", "this summer", "last March", "this Friday", "next week".
    func relativeDate(at i: Int) -> TimeMatch? {
        guard !has(i - 1, .determiner), let r = relative(at: i), let a = relativeAnchor(step: r.step, at: r.end) else { return nil }
        let m = TimeMatch(i, a.end, a.point)
        return a.grain == .day ? withDayPart(m, at: a.end - 1) : m
    }

    func relativeAnchor(step: Int, at j: Int) -> TimeAnchor? {
        guard j < tokens.count else { return nil }
        if let u = unit(at: j), !u.plural {
            switch u.unit.grain {
            case .year: return TimeAnchor(end: j + 1, grain: .year, point: reference.year(step), relative: true)
            case .month: return TimeAnchor(end: j + 1, grain: .month, point: reference.month(step), relative: true)
            case .week: return TimeAnchor(end: j + 1, grain: .week, point: reference.week(step), relative: true)
            case .weekend: return TimeAnchor(end: j + 1, grain: .weekend, point: reference.weekend(step), relative: true)
            case .decade:
                return TimeAnchor(end: j + 1, grain: .decade, point: reference.year.map { .decade(($0 + 10 * step) / 10) }, relative: true)
            default: return nil
            }
        }
        if let w = word(j), w.season > 0 {
            if tokens[j].capitalised && nameLike(j + 1) { return nil }
            return TimeAnchor(end: j + 1, grain: .season, point: reference.year.map { .season($0 + step, w.season) }, relative: true)
        }
        if let m = month(at: j) {
            guard !m.abbreviated || m.end == j + 2, bareFree(after: m.end) else { return nil }
            return TimeAnchor(end: m.end, grain: .month, point: reference.month(named: m.month, step: step), relative: true)
        }
        if let w = word(j), w.weekday > 0, !w.weekdayPlural, !nameLike(j + 1) {
            let end = has(j + 1, .dayPart) ? j + 2 : j + 1
            // "this Friday" is the coming one; "next Friday" after it; "last Friday" before.
            let point = reference.weekday(Int(w.weekday), step: step, tense: 1)
            return TimeAnchor(end: end, grain: .day, point: point, relative: true)
        }
        return holidayAnchor(step: step, at: j)
    }

    /// A time that early/mid/late, "the end of" or a quarter can narrow: a year, a decade, a month,
    /// a season, a this/next/last phrase, or with `allowThe` "the year", "the month", "the summer".
    func anchor(at j: Int, allowThe: Bool) -> TimeAnchor? {
        guard j < tokens.count else { return nil }
        if let y = year(at: j) { return TimeAnchor(end: j + 1, grain: .year, point: .year(y), relative: false) }
        if let d = decade(at: j) { return TimeAnchor(end: d.end, grain: .decade, point: .decade(d.value), relative: false) }
        if let m = month(at: j) {
            if let y = year(at: m.end) { return TimeAnchor(end: m.end + 1, grain: .month, point: .month(y, m.month), relative: false) }
            if has(m.end, .of), let y = year(at: m.end + 1) {
                return TimeAnchor(end: m.end + 2, grain: .month, point: .month(y, m.month), relative: false)
            }
            guard !m.abbreviated || m.end == j + 2, bareFree(after: m.end) else { return nil }
            return TimeAnchor(end: m.end, grain: .month, point: reference.month(named: m.month, tense: tense(around: j)), relative: false)
        }
        if let s = seasonAnchor(at: j, relative: false) { return s }
        if let r = relative(at: j) { return relativeAnchor(step: r.step, at: r.end) }
        if allowThe && has(j, .the) {
            if let u = unit(at: j + 1), !u.plural {
                switch u.unit.grain {
                case .year: return TimeAnchor(end: j + 2, grain: .year, point: reference.year(0), relative: true)
                case .month: return TimeAnchor(end: j + 2, grain: .month, point: reference.month(0), relative: true)
                case .week: return TimeAnchor(end: j + 2, grain: .week, point: reference.week(0), relative: true)
                default: return nil
                }
            }
            if let s = seasonAnchor(at: j + 1, relative: true) { return s }
        }
        if let p = referenceAnchor(at: j) { return p }
        return nil
    }

    func seasonAnchor(at j: Int, relative: Bool) -> TimeAnchor? {
        guard let s = word(j)?.season, s > 0 else { return nil }
        if let y = year(at: j + 1) { return TimeAnchor(end: j + 2, grain: .season, point: .season(y, s), relative: false) }
        if has(j + 1, .of), let y = year(at: j + 2) { return TimeAnchor(end: j + 3, grain: .season, point: .season(y, s), relative: false) }
        guard !capitalisedInside(j), bareFree(after: j + 1), !has(j + 1, .of) else { return nil }
        return TimeAnchor(end: j + 1, grain: .season, point: reference.year.map { .season($0, s) }, relative: relative)
    }

    /// "early 2017", "mid-2017", "late next year", "early March", "the late '90s", "later this year",
    /// "later in the year".
    func modified(at i: Int) -> TimeMatch? {
        guard let w = word(i), w.mod > 0 else { return nil }
        let plain = w.mod == 4
        var j = i + 1
        if mark(j, 45), glued(j), glued(j + 1) { j += 1 }
        let viaIn = has(j, .in)
        if viaIn { j += 1 }
        guard let a = anchor(at: j, allowThe: viaIn) else { return nil }
        if plain && !viaIn && !a.relative { return nil }
        return TimeMatch(i, a.end, a.point, mod: TimeLexicon.modNames[Int(w.mod)])
    }

    /// "the end of 2017", "end of the year", "the beginning of next year", "the middle of March".
    func edge(at i: Int) -> TimeMatch? {
        var j = i
        if has(j, .the) { j += 1 }
        guard let e = word(j)?.edge, e > 0, has(j + 1, .of), let a = anchor(at: j + 2, allowThe: true) else { return nil }
        return TimeMatch(i, a.end, a.point, mod: TimeLexicon.modNames[Int(e)])
    }

    /// "the third quarter of 2017", "the first half of next year".
    func partOfYear(at i: Int) -> TimeMatch? {
        var j = i
        if has(j, .the) { j += 1 }
        guard let ordinal = word(j)?.ordinal, ordinal > 0 else { return nil }
        let quarter = has(j + 1, .quarter), half = has(j + 1, .half)
        guard (quarter && ordinal <= 4) || (half && ordinal <= 2), has(j + 2, .of),
              let a = anchor(at: j + 3, allowThe: true), a.grain == .year else { return nil }
        let n = Int(ordinal)
        let point: TimePoint? = a.point?.year.map { quarter ? .quarter($0, n) : .half($0, n) }
        return TimeMatch(i, a.end, point)
    }

    static let fiscalKey = TimeKey.pack("fiscal")
    static let latestKey = TimeKey.pack("latest")
    static let currentKey = TimeKey.pack("current")
    static let comparableKey = TimeKey.pack("comparable")
    static let yearKey = TimeKey.pack("year")
    static let agoKey = TimeKey.pack("ago")
    static let earlierKey = TimeKey.pack("earlier")
    static let periodKey = TimeKey.pack("period")
    static let sKey = TimeKey.pack("s")

    /// A quarter named without its year, as business news writes it: "the third quarter",
    /// "third-quarter (profit)", "the fiscal first quarter", "the quarter" and "the latest quarter"
    /// (the last one finished before the reference), "the current quarter", "last quarter",
    /// "the year-ago quarter" (the same quarter a year before).
    func quarterPhrase(at i: Int) -> TimeMatch? {
        guard let date = reference.date, let month = date.month else { return nil }
        var j = i
        let withThe = has(j, .the)
        if withThe { j += 1 }
        var n = 0, back = 0, step = -1
        var named = withThe
        var relativeEnd = -1
        if let r = relative(at: j) {
            step = r.step
            j = r.end
            relativeEnd = j
            named = true
        }
        var guardSteps = 0
        var latest = false
        // "the 1988 third quarter", "the 1988 quarter": a written year; "next year's first quarter",
        // "last year's quarter": the reference year moved.
        var written: Int?
        var shift = 0
        // "the year-ago period", "the latest period": in a report on a quarter, that quarter.
        // (The flags are passed in: a nested function capturing the vars made every access a dynamic exclusivity check.)
        func isPeriod(_ j: Int, _ back: Int, _ latest: Bool) -> Bool { (back > 0 || latest) && kind(j) == .word && tokens[j].key == Self.periodKey }
        while j < tokens.count && !has(j, .quarter) && !isPeriod(j, back, latest) && guardSteps < 6 {
            guardSteps += 1
            if mark(j, 45), glued(j) { j += 1; continue }
            if written == nil, shift == 0, withThe, let y = year(at: j) {
                written = y
                j += 1
                continue
            }
            guard kind(j) == .word else { return nil }
            let key = tokens[j].key
            if key == Self.yearKey, j == relativeEnd, mark(j + 1, 39), glued(j + 1),
               glued(j + 2), kind(j + 2) == .word, tokens[j + 2].key == Self.sKey {
                shift = step
                step = -1
                named = true
                j += 3
            } else if key == Self.fiscalKey || key == Self.latestKey || key == Self.comparableKey {
                if key == Self.latestKey { latest = true }
                j += 1
            } else if key == Self.currentKey {
                step = 0
                j += 1
            } else if key == Self.yearKey, mark(j + 1, 45), glued(j + 1), glued(j + 2),
                      kind(j + 2) == .word, tokens[j + 2].key == Self.agoKey || tokens[j + 2].key == Self.earlierKey {
                back = 1
                j += 3
            } else if let o = word(j)?.ordinal, (1...4).contains(o), n == 0 {
                n = Int(o)
                named = true
                j += 1
            } else {
                return nil
            }
        }
        guard named, has(j, .quarter) || (n == 0 && isPeriod(j, back, latest)), !capitalisedInside(j) else { return nil }
        // "the third quarter of 2017" is `partOfYear`'s.
        if has(j + 1, .of), anchor(at: j + 2, allowThe: true) != nil { return nil }
        let current = (month - 1) / 3 + 1
        var year = date.year - back, q: Int
        if n > 0 {
            q = n
            if back == 0 && shift == 0 && written == nil && n > current && tense(around: i) < 0 { year -= 1 }
        } else {
            let total = date.year * 4 + (current - 1) + step - back * 4
            year = total / 4
            q = total % 4 + 1
        }
        if let written { year = written } else { year += shift }
        var m = TimeMatch(i, j + 1, .quarter(year, q))
        if back > 0 { m.yearsBack = 0 }
        return m
    }

    /// "year-earlier" and "year-ago" as adjectives ("a year-earlier loss", "the year-ago results"):
    /// the year before, or after a quarter that quarter a year before (see `anchorYearsBack`).
    func yearAgoAdjective(at i: Int) -> TimeMatch? {
        guard tokens[i].key == Self.yearKey, mark(i + 1, 45), glued(i + 1), glued(i + 2), kind(i + 2) == .word,
              tokens[i + 2].key == Self.agoKey || tokens[i + 2].key == Self.earlierKey else { return nil }
        // "the year-earlier nine months" is the nine months'.
        if let c = count(at: i + 3), unit(at: c.end) != nil { return nil }
        var m = TimeMatch(i, i + 3, reference.year(-1))
        m.yearsBack = 1
        return m
    }

    static let nineteenKey = TimeKey.pack("nineteen")
    static let twoKey = TimeKey.pack("two")
    static let thousandKey = TimeKey.pack("thousand")
    static let andKey = TimeKey.pack("and")

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "two thousand".
    func spokenYear(at j: Int) -> (year: Int, end: Int)? {
        guard kind(j) == .word, !capitalisedInside(j) else { return nil }
        if tokens[j].key == Self.nineteenKey, kind(j + 1) == .word, let c = count(at: j + 1), !c.isArticle,
           let n = c.text.flatMap(Int.init), (10...99).contains(n) {
            return (1900 + n, c.end)
        }
        if tokens[j].key == Self.twoKey, kind(j + 1) == .word, tokens[j + 1].key == Self.thousandKey {
            var k = j + 2
            if kind(k) == .word, tokens[k].key == Self.andKey { k += 1 }
            if kind(k) == .word, let c = count(at: k), !c.isArticle, let n = c.text.flatMap(Int.init), (1...99).contains(n) {
                return (2000 + n, c.end)
            }
            return (2000, j + 2)
        }
        return nil
    }

    static let endedKeys: [UInt64] = [TimeKey.pack("ended"), TimeKey.pack("ending")]
    static let forKeys: [UInt64] = [TimeKey.pack("for"), TimeKey.pack("of")]
    static let notThisYearKeys: [UInt64] = [TimeKey.pack("before"), TimeKey.pack("after"), TimeKey.pack("earlier"),
                                               TimeKey.pack("later"), TimeKey.pack("ago"), TimeKey.pack("when")]

    /// "the year" in business news: "for the year ended June 30" is a year's span (P1Y); "for the
    /// year" or "the first nine months of the year" is the year of writing.
    func theYear(at i: Int) -> TimeMatch? {
        guard has(i, .the), !tokens[i].capitalised || sentenceInitial(i) else { return nil }
        // "the full year", "the fiscal year" read the same.
        let y = kind(i + 1) == .word && Self.yearKindKeys.contains(tokens[i + 1].key) ? i + 2 : i + 1
        guard let u = unit(at: y), u.unit.grain == .year, !u.plural, !tokens[y].capitalised else { return nil }
        if y == i + 1, let spoken = spokenYear(at: y + 1) { return TimeMatch(i, spoken.end, .year(spoken.year)) } // "the year two thousand"
        let next = kind(y + 1) == .word ? tokens[y + 1].key : 0
        if Self.endedKeys.contains(next) { return TimeMatch(i, y + 1, .duration, "P1Y") }
        guard i > 0, kind(i - 1) == .word, Self.forKeys.contains(tokens[i - 1].key), !Self.notThisYearKeys.contains(next),
              kind(y + 1) != .number else { return nil }
        return TimeMatch(i, y + 1, reference.year(0))
    }

    static let yearKindKeys: [UInt64] = [TimeKey.pack("full"), TimeKey.pack("fiscal")]

    /// "the weekend": the one just gone in a sentence about the past, else the coming one.
    func theWeekend(at i: Int) -> TimeMatch? {
        guard has(i, .the), let u = unit(at: i + 1), u.unit.grain == .weekend, !u.plural, !capitalisedInside(i + 1),
              let days = reference.days else { return nil }
        let past = tense(around: i + 1) < 0 && TimeCalendar.weekday(days) < 6
        return TimeMatch(i, i + 2, reference.weekend(past ? -1 : 0))
    }

    /// "9 a.m.", "10:35 p.m.", "noon", "5 p.m. EST, Nov. 9", "10 p.m. Wednesday", "midnight Friday":
    /// a clock time (TIME), on the day written after it or else the reference day.
    func clockTime(at i: Int) -> TimeMatch? {
        var hour = 0, minute = 0, j = i
        var text: String
        if let c = word(i)?.clock, c > 0 {
            guard !tokens[i].capitalised || sentenceInitial(i) else { return nil }
            text = lexicon.clockTimes[Int(c) - 1]
            j = i + 1
        } else {
            guard kind(i) == .number, tokens[i].digits <= 2, (1...12).contains(tokens[i].number) else { return nil }
            if glued(i), !mark(i - 1, 40) { return nil }
            hour = Int(tokens[i].number)
            j = i + 1
            if mark(j, 58), glued(j), glued(j + 1), kind(j + 1) == .number, tokens[j + 1].digits == 2, tokens[j + 1].number < 60 {
                minute = Int(tokens[j + 1].number)
                j += 2
            }
            // "a.m." / "p.m." (the last dot may be the sentence's), "am" / "pm"
            guard kind(j) == .word else { return nil }
            let t = tokens[j]
            let first = bytes[Int(t.start)] | 0x20
            guard first == 97 || first == 112 else { return nil }
            if t.end - t.start == 1 {
                guard mark(j + 1, 46), glued(j + 1), glued(j + 2), kind(j + 2) == .word, tokens[j + 2].end - tokens[j + 2].start == 1,
                      bytes[Int(tokens[j + 2].start)] | 0x20 == 109 else { return nil }
                j += 3
                if mark(j, 46), glued(j) { j += 1 }
            } else {
                guard t.end - t.start == 2, bytes[Int(t.start) + 1] | 0x20 == 109 else { return nil }
                j += 1
            }
            if first == 112 && hour < 12 { hour += 12 }
            if first == 97 && hour == 12 { hour = 0 }
            text = TimeCalendar.pad(hour, 2) + ":" + TimeCalendar.pad(minute, 2)
        }
        var end = j
        // A time zone ("EST", "EDT", "GMT") and then a day.
        if kind(j) == .word, tokens[j].end - tokens[j].start == 3, bytes[Int(tokens[j].end) - 1] == 84,
           bytes[Int(tokens[j].start)] >= 65, bytes[Int(tokens[j].start)] <= 90, bytes[Int(tokens[j].start) + 1] <= 90 {
            j += 1
        }
        var k = j
        if mark(k, 44) { k += 1 }
        var day = reference.point?.value
        if let w = word(k), w.weekday > 0, !w.weekdayPlural, let d = weekdayDate(at: k, lead: i), let v = d.value, v.count >= 10 {
            day = String(v.prefix(10)); end = d.end
        } else if let d = monthDay(at: k), let v = d.value, v.count == 10 {
            day = v; end = d.end
        } else if let d = referencePhrase(at: k), let v = d.value, v.count >= 10, let c = v.utf8.first, c >= 48 && c <= 57 { // a day, not PAST_REF
            day = String(v.prefix(10)); end = d.end
        }
        guard let day, day.count == 10 else { return nil }
        return TimeMatch(i, end, .time, day + "T" + text)
    }

    /// "Q3 2017", "Q3 of 2017", "Q3".
    func quarterToken(at i: Int) -> TimeMatch? {
        let q = Int(tokens[i].number)
        if let y = year(at: i + 1) { return TimeMatch(i, i + 2, .quarter(y, q)) }
        if has(i + 1, .of), let y = year(at: i + 2) { return TimeMatch(i, i + 3, .quarter(y, q)) }
        return TimeMatch(i, i + 1, reference.year.map { .quarter($0, q) })
    }

    // MARK: Fixed phrases

    func referencePhrase(at i: Int) -> TimeMatch? {
        guard let (value, end) = reference(at: i) else { return nil }
        switch value {
        case .literal(let v): return TimeMatch(i, end, .date, v)
        case .duration(let v): return TimeMatch(i, end, .duration, v)
        case .dayPart(let k, let code):
            guard let day = resolve(.day(k)), case .day = day else { return nil }
            return TimeMatch(i, end, .time, day.value + code)
        default: return TimeMatch(i, end, resolve(value))
        }
    }

    /// A fixed phrase from `time-references.txt` at `i`, unless it is capitalised inside a sentence
    /// ("USA Today"), an "as soon as", or "now-defunct".
    func reference(at i: Int) -> (TimeReferenceValue, Int)? {
        guard let (value, words) = lexicon.references.first(at: i, in: tokens), !capitalisedInside(i) else { return nil }
        let end = i + words
        if has(i - 1, .as) && has(end, .as) { return nil }
        if mark(end, 45) && glued(end) { return nil }
        return (value, end)
    }

    func resolve(_ value: TimeReferenceValue) -> TimePoint? {
        switch value {
        case .literal, .duration: return nil
        case .day(let k), .dayPart(let k, _): return k == 0 ? reference.point : reference.day(k)
        case .week(let k): return reference.week(k)
        case .month(let k): return reference.month(k)
        case .year(let k): return reference.year(k)
        }
    }

    func referenceAnchor(at j: Int) -> TimeAnchor? {
        guard let (value, end) = reference(at: j) else { return nil }
        let grain: TimeAnchor.Grain
        switch value {
        case .literal, .duration: return nil
        case .day, .dayPart: grain = .day
        case .week: grain = .week
        case .month: grain = .month
        case .year: grain = .year
        }
        return TimeAnchor(end: end, grain: grain, point: resolve(value), relative: true)
    }

    // MARK: Durations and sets

    /// "two years", "2 years", "a week", "16-second", "several years"; "two years ago" is a date.
    func duration(at i: Int) -> TimeMatch? {
        guard let c = count(at: i) else { return nil }
        if tokens[i].kind == .word && capitalisedInside(i) { return nil } // "Two Weeks Notice"
        var k = c.end
        // "two and a half years", "2 1/2 hours": a half more, said before the unit.
        var andAHalf = false
        if !c.isArticle, key(k) == Self.andKey && key(k + 1) == Self.aKey && key(k + 2) == Self.halfKey
            || kind(k) == .number && tokens[k].number == 1 && mark(k + 1, 47) && glued(k + 1) && glued(k + 2) && kind(k + 2) == .number && tokens[k + 2].number == 2 {
            andAHalf = true
            k += 3
        }
        if mark(k, 45), glued(k), glued(k + 1) { k += 1 }
        guard let u = unit(at: k), !capitalisedInside(k) else { return nil } // "A Year in the Life"
        if c.isArticle && (u.plural || u.unit.grain == .second) { return nil } // "a second season"
        // "a 6-year-old boy", "44 years old": an age, which TimeML leaves unmarked.
        if mark(k + 1, 45), glued(k + 1), kind(k + 2) == .word, tokens[k + 2].key == TimeGrammar.oldKey { return nil }
        if kind(k + 1) == .word, tokens[k + 1].key == TimeGrammar.oldKey { return nil }
        // "a year-earlier loss" is `yearAgoAdjective`'s.
        if mark(k + 1, 45), glued(k + 1), kind(k + 2) == .word, tokens[k + 2].key == Self.agoKey || tokens[k + 2].key == Self.earlierKey {
            return nil
        }
        // "two years ago"; "a year earlier" in the same sense (news counts it from the time of writing).
        let earlier = kind(k + 1) == .word && tokens[k + 1].key == Self.earlierKey
        if has(k + 1, .ago) || earlier {
            var m = TimeMatch(i, k + 2, .date, ago(c.text, u.unit))
            if u.unit.grain == .year, let n = c.text.flatMap(Int.init) { m.yearsBack = n }
            return m
        }
        if let n = c.text.flatMap(Int.init) {
            if andAHalf, let value = u.unit.durationAndAHalf(n) { return TimeMatch(i, k + 1, .duration, value) }
            // "a year and a half", "an hour and a half".
            // (Not "two years and a half-hearted revival".)
            if key(k + 1) == Self.andKey, key(k + 2) == Self.aKey, key(k + 3) == Self.halfKey, !(mark(k + 4, 45) && glued(k + 4)),
               let value = u.unit.durationAndAHalf(n) {
                return TimeMatch(i, k + 4, .duration, value)
            }
        }
        if andAHalf { return nil }
        return TimeMatch(i, k + 1, .duration, u.unit.duration(c.text ?? "X"))
    }

    static let aKey = TimeKey.pack("a"), halfKey = TimeKey.pack("half")

    func ago(_ count: String?, _ unit: TimeUnit) -> String? {
        guard let count, let n = Int(count) else { return "PAST_REF" }
        let point: TimePoint?
        switch unit.grain {
        case .year: point = reference.year(-n)
        case .month: point = reference.month(-n)
        case .week: point = reference.week(-n)
        case .weekend: point = reference.weekend(-n)
        case .day: point = reference.day(-n)
        case .decade: point = reference.year.map { .decade(($0 - 10 * n) / 10) }
        case .century: return "PAST_REF"
        case .hour, .minute, .second: point = reference.point
        }
        return point?.value
    }

    /// "the past two years", "the last few months", "the next year", "past two weeks".
    func span(at i: Int) -> TimeMatch? {
        var j = i
        let withThe = has(j, .the)
        if withThe { j += 1 }
        guard has(j, .span) else { return nil }
        j += 1
        if let c = count(at: j), !c.isArticle, let u = unit(at: c.end), !capitalisedInside(c.end) {
            return TimeMatch(i, c.end + 1, .duration, u.unit.duration(c.text ?? "X"))
        }
        // "the past year", "the next month"; "the next day" is a narrative date, not a span.
        guard withThe, let u = unit(at: j), !u.plural else { return nil }
        switch u.unit.grain {
        case .year, .month, .week, .decade, .century: break
        default: return nil
        }
        return TimeMatch(i, j + 1, .duration, u.unit.duration("1"))
    }

    /// "every week", "each year", "every two weeks", "every other week", "every Friday", "every summer".
    func every(at i: Int) -> TimeMatch? {
        var j = i + 1
        if let w = word(j), w.weekday > 0, !w.weekdayPlural {
            let end = has(j + 1, .dayPart) ? j + 2 : j + 1
            return withDayPart(TimeMatch(i, end, .set, "XXXX-WXX-" + String(w.weekday)), at: j + 1)
        }
        var n: String? = "1"
        if has(j, .other) {
            n = "2"
            j += 1
        } else if let c = count(at: j), !c.isArticle {
            n = c.text
            j = c.end
        }
        if let u = unit(at: j), !capitalisedInside(j) { return TimeMatch(i, j + 1, .set, u.unit.duration(n ?? "X")) }
        guard n == "1", j == i + 1 else { return nil }
        if let s = word(j)?.season, s > 0 { return TimeMatch(i, j + 1, .set, "XXXX-" + TimeLexicon.seasonCodes[Int(s)]) }
        if let m = month(at: j), !m.abbreviated { return TimeMatch(i, m.end, .set, "XXXX-" + TimeCalendar.pad(m.month, 2)) }
        return nil
    }

    /// "once a week", "twice a year", "once per month", "once every two years".
    func once(at i: Int) -> TimeMatch? {
        let j = i + 1
        if has(j, .every), let m = every(at: j) { return TimeMatch(i, m.end, m.type, m.value) }
        let article = count(at: j).map { $0.isArticle && $0.end == j + 1 } ?? false
        guard article || has(j, .per), let u = unit(at: j + 1), !u.plural else { return nil }
        return TimeMatch(i, j + 2, .set, u.unit.duration("1"))
    }
}
