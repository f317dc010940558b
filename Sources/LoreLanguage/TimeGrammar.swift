/// One recognised expression, by token indices (`end` exclusive).
struct TimeMatch {
    var start: Int
    var end: Int
    var type: TimeExpression.Kind
    var value: String?
    var mod: String? = nil
    /// The resolved point of a date, when there is one.
    var point: TimePoint? = nil
    /// A day, month or season written without its year, with year 0 ("March 17", "in the fall"):
    /// a written year right after it in a span ("to April 6, 2018") replaces the reference's.
    var yearless: TimePoint? = nil
    /// For "a year ago", "the year-ago quarter": how many years back it goes (see `anchorYearsBack`).
    var yearsBack: Int? = nil

    init(_ start: Int, _ end: Int, _ type: TimeExpression.Kind = .date, _ value: String?, mod: String? = nil) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
    }

    init(_ start: Int, _ end: Int, _ point: TimePoint?, mod: String? = nil, yearless: TimePoint? = nil) {
        self.init(start, end, .date, point?.value, mod: mod)
        self.point = point
        self.yearless = yearless
    }
}

/// A count read by `TimeGrammar.count(at:)`, up to token `end`. Its text is made only when asked
/// for: most counts ("a", "one") turn out to have no unit after them.
struct TimeCount {
    /// Nil for an unknown quantity ("several").
    var value: Int?
    /// The digits after a decimal point ("5" in "1.5").
    var fraction: String? = nil
    var isArticle: Bool
    var end: Int

    /// The count as TIMEX3 writes it ("2", "1.5"); nil for an unknown quantity.
    var text: String? {
        guard let value else { return nil }
        guard let fraction else { return String(value) }
        return String(value) + "." + fraction
    }
}

/// A time the rules can build on: "2017", "March", "next year", "the summer".
struct TimeAnchor {
    enum Grain { case year, decade, month, day, season, week, weekend }
    var end: Int
    var grain: Grain
    var point: TimePoint?
    /// Came from a this/next/last phrase or a fixed phrase ("later this year" needs one).
    var relative: Bool
}

/// The rules, run over one text's tokens. Each rule looks at the tokens from a start index and
/// returns the longest expression it can build there; `longest(at:)` keeps the longest of all.
struct TimeGrammar {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [TimeToken]
    let reference: TimeReference
    let lexicon: TimeLexicon

    // MARK: Token tests

    @inline(__always) func word(_ j: Int) -> TimeWord? {
        guard j >= 0 && j < tokens.count else { return nil }
        let e = tokens[j].entry
        return e < 0 ? nil : lexicon.words[Int(e)]
    }

    /// The key of word `j`, nil past either end or for a token that is no word.
    @inline(__always) func key(_ j: Int) -> UInt64? {
        j >= 0 && j < tokens.count && tokens[j].kind == .word ? tokens[j].key : nil
    }

    @inline(__always) func has(_ j: Int, _ role: TimeWord.Roles) -> Bool {
        word(j)?.roles.contains(role) ?? false
    }

    @inline(__always) func mark(_ j: Int, _ m: UInt8) -> Bool {
        j >= 0 && j < tokens.count && tokens[j].kind == .punctuation && tokens[j].mark == m
    }

    /// Token `j` touches the token before it (no space between); a line break touches nothing.
    @inline(__always) func glued(_ j: Int) -> Bool {
        guard j > 0 && j < tokens.count && tokens[j].start == tokens[j - 1].end else { return false }
        return !isLine(j) && !isLine(j - 1)
    }

    @inline(__always) func isLine(_ j: Int) -> Bool {
        tokens[j].kind == .punctuation && tokens[j].mark == 10
    }

    @inline(__always) func kind(_ j: Int) -> TimeToken.Kind? {
        j >= 0 && j < tokens.count ? tokens[j].kind : nil
    }

    func sentenceInitial(_ j: Int) -> Bool {
        if j == 0 { return true }
        let p = tokens[j - 1]
        guard p.kind == .punctuation else { return false }
        switch p.mark {
        case 10, 46, 33, 63, 58, 59, 34, 40, 91, TimeToken.emDash, 39: return true // line . ! ? : ; " ( [ — '
        default: return false
        }
    }

    /// A capitalised word that is not at the start of a sentence: part of a name or a title.
    func capitalisedInside(_ j: Int) -> Bool {
        tokens[j].capitalised && !sentenceInitial(j)
    }

    /// Token `j` is a capitalised word that reads as (part of) a name: "Parker" after "May".
    func nameLike(_ j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].capitalised else { return false }
        return !(word(j)?.isTimeOrFunctionWord ?? false)
    }

    /// A month name at `j` as a month: capitalised; with the end after its abbreviation dot.
    func month(at j: Int) -> (month: Int, end: Int, abbreviated: Bool)? {
        guard let w = word(j), w.month != 0, tokens[j].capitalised else { return nil }
        if w.monthAbbreviation {
            if mark(j + 1, 46) && glued(j + 1) { return (Int(w.month), j + 2, true) }
            return (Int(w.month), j + 1, true)
        }
        return (Int(w.month), j + 1, false)
    }

    /// A four-digit year standing alone at `j`: 1900–2099 (and not far past the reference),
    /// not part of a larger number, an amount, a clock time or a numeric date.
    /// `horizon`: how many years past the reference a year may lie (further after a day and month:
    /// "debentures due March 1, 2011").
    func year(at j: Int, horizon: Int = 20) -> Int? {
        guard j >= 0 && j < tokens.count else { return nil }
        let t = tokens[j]
        guard t.kind == .number, t.digits == 4 else { return nil }
        let y = Int(t.number)
        guard y >= 1900 && y <= 2099 else { return nil }
        if let r = reference.year, y > r + horizon { return nil }
        if glued(j + 1) {
            let next = tokens[j + 1]
            guard next.kind == .punctuation else { return nil }
            switch next.mark {
            case 37: return nil // %
            case 58, 46, 44, 47: if glued(j + 2) && kind(j + 2) == .number { return nil } // : . , /
            default: break
            }
        }
        if glued(j) {
            let before = tokens[j - 1]
            guard before.kind == .punctuation else { return nil }
            switch before.mark {
            case 36, 35, 64, 43: return nil // $ # @ +
            case 58, 46, 44, 47: if glued(j - 1) && kind(j - 2) == .number { return nil }
            default: break
            }
        }
        return y
    }

    /// A day of the month at `j`: 1–31 as one or two digits or with st/nd/rd/th.
    func dayNumber(at j: Int) -> Int? {
        guard j < tokens.count else { return nil }
        let t = tokens[j]
        guard (t.kind == .number || t.kind == .ordinal), t.digits <= 2, t.number >= 1, t.number <= 31 else { return nil }
        if glued(j + 1) {
            let next = tokens[j + 1]
            if next.kind != .punctuation { return nil }
            if (next.mark == 58 || next.mark == 46 || next.mark == 44 || next.mark == 47) && glued(j + 2) && kind(j + 2) == .number { return nil }
            if next.mark == 37 { return nil }
        }
        return Int(t.number)
    }

    /// A decade at `j`: "1990s", or "'90s" / "the 90s" (the apostrophe is part of the match).
    func decade(at j: Int) -> (value: Int, end: Int)? {
        guard j < tokens.count else { return nil }
        var k = j
        let apostrophe = mark(j, 39)
        if apostrophe { k += 1; guard glued(k) else { return nil } }
        guard k < tokens.count, tokens[k].kind == .plural, tokens[k].number >= 0, tokens[k].number % 10 == 0 else { return nil }
        let t = tokens[k]
        if t.digits == 4, !apostrophe, (1900...2090).contains(t.number) { return (Int(t.number) / 10, k + 1) }
        if t.digits == 2, apostrophe || has(j - 1, .the) {
            let d = Int(t.number)
            let pivot = reference.year ?? 2010
            return ((2000 + d <= pivot ? 2000 + d : 1900 + d) / 10, k + 1)
        }
        return nil
    }

    func relative(at j: Int) -> (step: Int, end: Int)? {
        guard let (step, words) = lexicon.relatives.first(at: j, in: tokens) else { return nil }
        return (step, j + words)
    }

    func unit(at j: Int) -> (unit: TimeUnit, plural: Bool)? {
        guard let w = word(j), w.unit != 0 else { return nil }
        return (lexicon.units[Int(w.unit) - 1], w.unitPlural)
    }

    /// A count at `j`: digits ("2", "1,000", "1.5"), number words ("two", "twenty-five") or
    /// quantity phrases ("a few", "several"). Text is nil for an unknown quantity.
    func count(at j: Int) -> TimeCount? {
        guard j < tokens.count else { return nil }
        let t = tokens[j]
        if t.kind == .number {
            guard t.number >= 0 else { return nil }
            if glued(j) {
                let before = tokens[j - 1]
                if before.kind != .punctuation { return nil }
                switch before.mark {
                case 36, 35, 64: return nil
                case 58, 46, 44, 47: if glued(j - 1) && kind(j - 2) == .number { return nil }
                default: break
                }
            }
            var value = Int(t.number)
            var k = j + 1
            if t.digits <= 3 {
                while mark(k, 44) && glued(k) && glued(k + 1) && kind(k + 1) == .number && tokens[k + 1].digits == 3 {
                    value = value * 1000 + Int(tokens[k + 1].number)
                    k += 2
                }
            }
            var fraction: String?
            if mark(k, 46) && glued(k) && glued(k + 1) && kind(k + 1) == .number {
                fraction = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[k + 1].start)..<Int(tokens[k + 1].end)]), as: UTF8.self)
                k += 2
            }
            if glued(k), mark(k, 58) || mark(k, 47) { return nil }
            return TimeCount(value: value, fraction: fraction, isArticle: false, end: k)
        }
        guard let (quantity, words) = lexicon.numbers.first(at: j, in: tokens) else { return nil }
        var end = j + words
        guard var value = quantity.count else { return TimeCount(value: nil, isArticle: false, end: end) }
        // "twenty-five", "twenty five"
        if value >= 20, value % 10 == 0, value < 100 {
            var k = end
            if mark(k, 45) && glued(k) && glued(k + 1) { k += 1 }
            if let more = lexicon.numbers.single(kind(k) == .word ? tokens[k].key : 0),
               let ones = more.count, (1...9).contains(ones) {
                value += ones
                end = k + 1
            }
        }
        return TimeCount(value: value, isArticle: quantity.isArticle, end: end)
    }

    @inline(__always) func endsSentence(_ k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        let m = tokens[k].mark
        return m == 10 || m == 46 || m == 33 || m == 63 || m == 59
    }

    /// A lower-case word outside the lexicon ending in "-ed" ("ordered", "rallied"): a past-tense
    /// verb or participle, the weakest sign that a sentence tells of the past.
    @inline(__always) func regularPast(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.entry < 0, !t.capitalised, t.end - t.start >= 5 else { return false }
        return bytes[Int(t.end) - 1] == 100 && bytes[Int(t.end) - 2] == 101 // "ed"
    }

    // Small key lists are arrays: scanning a few keys costs less than a Set's SipHash.
    static let presentKeys: [UInt64] = [TimeKey.pack("is"), TimeKey.pack("are"), TimeKey.pack("am")]

    /// "is" or "are" in the sentence near `j`.
    func presentAround(_ j: Int) -> Bool {
        var k = j - 1
        while k >= 0 && k >= j - 8 && !endsSentence(k) {
            if tokens[k].kind == .word && Self.presentKeys.contains(tokens[k].key) { return true }
            k -= 1
        }
        k = j + 1
        while k < tokens.count && k <= j + 6 && !endsSentence(k) {
            if tokens[k].kind == .word && Self.presentKeys.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    /// -1 when the sentence around `j` reads as past, +1 as future, 0 when it does not say.
    /// The cue words of `time-tense.txt` decide first, nearest first; failing them, a regular past
    /// form ("ordered", "announced") makes it past.
    /// With `weak` false, a weak future cue ("planned", "scheduled", "set") counts only as
    /// "planned to", and not after "had" ("had been scheduled to expire Friday").
    func tense(around j: Int, weak: Bool = true) -> Int {
        var k = j - 1
        var steps = 0
        var regular = false
        while k >= 0 && steps < 10 {
            if endsSentence(k) { break }
            if let w = word(k) {
                let t = cue(w, at: k, weak: weak)
                if t != 0 { return t }
            } else if !regular && regularPast(k) && !afterBe(k) { regular = true }
            k -= 1
            steps += 1
        }
        k = j + 1
        steps = 0
        while k < tokens.count && steps < 6 {
            if endsSentence(k) { break }
            if let w = word(k) {
                let t = cue(w, at: k, weak: weak)
                if t != 0 { return t }
            } else if !regular && regularPast(k) && !afterBe(k) { regular = true }
            k += 1
            steps += 1
        }
        return regular ? -1 : 0
    }

    static let toKey = TimeKey.pack("to")
    static let hadKey = TimeKey.pack("had")

    static let beKeys: [UInt64] = [TimeKey.pack("be"), TimeKey.pack("been"), TimeKey.pack("being")]

    /// A participle after "be" ("will be released", "would be paid") says nothing of the past.
    @inline(__always) func afterBe(_ k: Int) -> Bool {
        k > 0 && tokens[k - 1].kind == .word && Self.beKeys.contains(tokens[k - 1].key)
    }

    @inline(__always) func cue(_ w: TimeWord, at k: Int, weak: Bool) -> Int {
        if w.roles.contains(.pastCue) { return afterBe(k) ? 0 : -1 }
        guard w.roles.contains(.futureCue) else { return 0 }
        if weak || !w.roles.contains(.weakCue) { return 1 }
        guard kind(k + 1) == .word, tokens[k + 1].key == Self.toKey else { return 0 }
        let had = (kind(k - 1) == .word && tokens[k - 1].key == Self.hadKey) || (kind(k - 2) == .word && tokens[k - 2].key == Self.hadKey)
        return had ? -1 : 1
    }

    static let earlyKey = TimeKey.pack("early")
    static let soonKey = TimeKey.pack("soon")

    /// The direction of a bare day name at `i` (its expression runs from `lead` to `end`). News tells
    /// of days gone by ("Netflix said Monday"), so a day is a past one unless "until", "as early as"
    /// or "as soon as" leads to it, a future cue is near ("will", "planned to"), or the sentence is
    /// in the present ("the trailer is out on Monday").
    func weekdayTense(at i: Int, lead: Int, end: Int) -> Int {
        // "Wednesday's ruling", "Saturday night's debate": a day named for what happened on it.
        if mark(end, 39), glued(end), glued(end + 1), kind(end + 1) == .word, tokens[end + 1].key == Self.sKey { return -1 }
        if has(lead - 1, .ahead) { return 1 }
        if has(lead - 1, .as), has(lead - 3, .as), kind(lead - 2) == .word,
           tokens[lead - 2].key == Self.earlyKey || tokens[lead - 2].key == Self.soonKey { return 1 }
        let t = tense(around: i, weak: false)
        if t == 0 && !presentAround(i) { return -1 }
        return t
    }

    // MARK: Driver

    /// Gives a yearless day, month or season the written year of the time it is joined to
    /// ("Jan. 5 to April 6, 2018"); a month after the later one's belongs to the year before.
    func joinSpans(_ matches: inout [TimeMatch]) {
        guard matches.count > 1 else { return }
        for k in 0..<(matches.count - 1) {
            guard let partial = matches[k].yearless, matches[k + 1].yearless == nil,
                  let next = matches[k + 1].point, next.year == nil, let year = next.writtenYear,
                  matches[k + 1].start == matches[k].end + 1 else { continue }
            let between = matches[k].end
            guard has(between, .connector) || mark(between, 45) else { continue }
            var y = year
            if let a = partial.month, let b = next.month, a > b { y -= 1 }
            guard let point = partial.withYear(y) else { continue }
            matches[k].point = point
            matches[k].value = point.value
            matches[k].yearless = nil
        }
    }

    /// "a year ago", "a year earlier" after a quarter ("third-quarter profit rose 5% from a year
    /// ago") mean that quarter a year before, not the year before the time of writing.
    func anchorYearsBack(_ matches: inout [TimeMatch]) {
        var quarter: (year: Int, q: Int)?
        for k in matches.indices {
            if case .quarter(let y, let q)? = matches[k].point, matches[k].yearsBack == nil {
                quarter = (y, q)
            } else if let back = matches[k].yearsBack, let quarter, matches[k].type == .date, back > 0 {
                let point = TimePoint.quarter(quarter.year - back, quarter.q)
                matches[k].point = point
                matches[k].value = point.value
            }
        }
    }

    /// Whether token `j`, after "the", can go on with one of the rules below that start at "the" (edge,
    /// ordinalOfMonth, centuryDate, partOfYear, quarterPhrase, span, theWeekend, theYear). Each needs it
    /// to be a number or a mark, an edge, ordinal, unit, span, relative or quarter word, or one of the
    /// keys quarterPhrase and theYear name. Most words after "the" ("season", "series") are none of
    /// these, and "the" is everywhere, so the eight rules are then skipped.
    /// (A rule that starts at "the" and reads another kind of word there must be let through here.)
    func canFollowThe(_ j: Int) -> Bool {
        guard j < tokens.count else { return false }
        let t = tokens[j]
        guard t.kind == .word else { return true }
        if Self.theFollowerKeys.contains(t.key) { return true }
        guard let w = word(j) else { return false }
        return w.edge != 0 || w.ordinal != 0 || w.unit != 0 || !w.roles.isDisjoint(with: [.span, .startsRelative, .quarter])
    }

    static let theFollowerKeys = [yearKey, fiscalKey, latestKey, comparableKey, currentKey] + yearKindKeys

    func longest(at i: Int) -> TimeMatch? {
        var best: TimeMatch?
        func consider(_ m: TimeMatch?) {
            if let m, m.end > (best?.end ?? i) { best = m }
        }
        switch tokens[i].kind {
        case .number:
            consider(isoDate(at: i))
            consider(numericDate(at: i))
            consider(dayFirstDate(at: i))
            consider(duration(at: i))
            consider(clockTime(at: i))
            if let y = year(at: i) {
                // "2018 Q1"
                if kind(i + 1) == .quarter { consider(TimeMatch(i, i + 2, .quarter(y, Int(tokens[i + 1].number)))) }
                consider(TimeMatch(i, i + 1, .year(y)))
            }
        case .ordinal:
            consider(dayFirstDate(at: i))
            consider(centuryDate(at: i))
        case .plural:
            if let d = decade(at: i) { consider(TimeMatch(i, d.end, .decade(d.value))) }
        case .quarter:
            consider(quarterToken(at: i))
        case .punctuation:
            if tokens[i].mark == 39, let d = decade(at: i) { consider(TimeMatch(i, d.end, .decade(d.value))) }
        case .word:
            // (Keep `TimeWord.startsExpression` in step with the tests below.)
            guard let w = word(i) else { return nil }
            if w.roles.contains(.startsReference) { consider(referencePhrase(at: i)) }
            if w.month != 0 { consider(monthDate(at: i)) }
            if w.weekday != 0 { consider(weekdayDate(at: i)) }
            if w.season != 0 { consider(seasonDate(at: i)) }
            if w.roles.contains(.startsRelative) { consider(relativeDate(at: i)) }
            if w.mod != 0 { consider(modified(at: i)) }
            let the = w.roles.contains(.the) && canFollowThe(i + 1)
            if w.edge != 0 || the { consider(edge(at: i)) }
            if the { consider(ordinalOfMonth(at: i)) }
            if w.ordinal != 0 || the { consider(centuryDate(at: i)) }
            if w.ordinal != 0 || the { consider(partOfYear(at: i)) }
            if w.ordinal != 0 || the || w.roles.contains(.startsRelative) { consider(quarterPhrase(at: i)) }
            if w.roles.contains(.span) || the { consider(span(at: i)) }
            if the { consider(theWeekend(at: i)); consider(theYear(at: i)) }
            if w.clock != 0 { consider(clockTime(at: i)) }
            if w.unit != 0 { consider(yearAgoAdjective(at: i)) }
            if w.roles.contains(.startsHoliday) { consider(holidayDate(at: i)) }
            if w.roles.contains(.startsNumber) {
                consider(duration(at: i))
                if let y = spokenYear(at: i) { consider(TimeMatch(i, y.end, .year(y.year))) }
            }
            if w.set != 0 && !tokens[i].capitalised { consider(TimeMatch(i, i + 1, .set, lexicon.setValues[Int(w.set) - 1])) }
            if w.roles.contains(.every) { consider(every(at: i)) }
            if w.roles.contains(.once) { consider(once(at: i)) }
        case .other:
            break
        }
        return best
    }
}
