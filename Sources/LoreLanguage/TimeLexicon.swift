import Foundation
import LoreReading

/// A lowercase ASCII word packed into an integer: five bits a letter, up to twelve letters.
/// Zero means "not a lexicon word" (too long, or not all letters). Keys are computed straight
/// from UTF-8 bytes, so looking a token up costs one hash of a `UInt64` and no `String`.
enum TimeKey {
    static let maxLetters = 12

    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard end - start <= maxLetters else { return 0 }
        var key: UInt64 = 0
        var i = start
        while i < end {
            let b = bytes[i] | 0x20
            guard b >= 97 && b <= 122 else { return 0 }
            key = key << 5 | UInt64(b - 96)
            i += 1
        }
        return key
    }

    static func pack(_ word: Substring) -> UInt64 {
        var copy = String(word)
        return copy.withUTF8 { pack($0, 0, $0.count) }
    }
}

/// A unit of time as the lexicon names it: `Y`, `M`, `W`, `WE`, `D`, `DE`, `CE`, or `TH`, `TM`, `TS`.
struct TimeUnit: Sendable, Hashable {
    enum Grain: Sendable { case year, month, week, weekend, day, decade, century, hour, minute, second }
    let code: String
    let grain: Grain

    init?(code: String) {
        switch code {
        case "Y": grain = .year
        case "M": grain = .month
        case "W": grain = .week
        case "WE": grain = .weekend
        case "D": grain = .day
        case "DE": grain = .decade
        case "CE": grain = .century
        case "TH": grain = .hour
        case "TM": grain = .minute
        case "TS": grain = .second
        default: return nil
        }
        self.code = code
    }

    /// The TIMEX3 duration of `count` and a half of this unit, the half in the next smaller unit:
    /// `P2Y6M`, `PT1H30M`, `P15Y` (a decade and a half); nil for a unit with no even half (a week).
    func durationAndAHalf(_ count: Int) -> String? {
        let n = String(count)
        switch grain {
        case .year: return "P" + n + "Y6M"
        case .decade: return "P" + String(count * 10 + 5) + "Y"
        case .century: return "P" + String(count * 100 + 50) + "Y"
        case .month: return "P" + n + "M15D"
        case .day: return "P" + n + "DT12H"
        case .hour: return "PT" + n + "H30M"
        case .minute: return "PT" + n + "M30S"
        default: return nil
        }
    }

    /// The TIMEX3 duration for `count` of this unit: `P2Y`, `PT3H`, `PXY`.
    func duration(_ count: String) -> String {
        // TIMEX3 writes decades in years: "two decades" is P20Y, "decades" PXY.
        if grain == .decade {
            if let n = Int(count) { return "P" + String(n * 10) + "Y" }
            if count == "X" { return "PXY" }
        }
        // A clock unit ("TH") is written after "PT" without its "T": spelled out here, since `+` of
        // `code.dropFirst()` (a Substring) cost thousands of instructions.
        switch grain {
        case .hour: return "PT" + count + "H"
        case .minute: return "PT" + count + "M"
        case .second: return "PT" + count + "S"
        default: return "P" + count + code
        }
    }
}

/// Everything the lexicon says about one lowercase word.
struct TimeWord: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        static let trigger = Roles(rawValue: 1 << 0)
        static let function = Roles(rawValue: 1 << 1)
        static let counter = Roles(rawValue: 1 << 2)
        static let dayPart = Roles(rawValue: 1 << 3)
        static let pastCue = Roles(rawValue: 1 << 4)
        static let futureCue = Roles(rawValue: 1 << 5)
        static let the = Roles(rawValue: 1 << 6)
        static let of = Roles(rawValue: 1 << 7)
        static let `in` = Roles(rawValue: 1 << 8)
        static let ago = Roles(rawValue: 1 << 9)
        static let quarter = Roles(rawValue: 1 << 10)
        static let half = Roles(rawValue: 1 << 11)
        static let every = Roles(rawValue: 1 << 12)
        static let once = Roles(rawValue: 1 << 13)
        static let other = Roles(rawValue: 1 << 14)
        static let per = Roles(rawValue: 1 << 15)
        static let `as` = Roles(rawValue: 1 << 16)
        static let span = Roles(rawValue: 1 << 17)
        static let startsNumber = Roles(rawValue: 1 << 18)
        static let startsReference = Roles(rawValue: 1 << 19)
        static let startsRelative = Roles(rawValue: 1 << 20)
        static let determiner = Roles(rawValue: 1 << 21)
        static let connector = Roles(rawValue: 1 << 22)
        /// Makes a day name after it part of a name ("Black Friday").
        static let namesDay = Roles(rawValue: 1 << 23)
        /// A future cue that places months but not bare day names ("would", "expected").
        static let weakCue = Roles(rawValue: 1 << 24)
        /// A day name right after it lies ahead ("until Tuesday").
        static let ahead = Roles(rawValue: 1 << 25)
        static let startsHoliday = Roles(rawValue: 1 << 26)
    }

    var month: Int8 = 0
    var monthAbbreviation = false
    var weekday: Int8 = 0
    var weekdayPlural = false
    /// 1 spring, 2 summer, 3 fall, 4 winter (see `TimeLexicon.seasonCodes`).
    var season: Int8 = 0
    var ordinal: Int8 = 0
    /// Index into `TimeLexicon.units` plus one; 0 when not a unit.
    var unit: Int8 = 0
    var unitPlural = false
    /// Index into `TimeLexicon.setValues` plus one; 0 when not a set word.
    var set: Int8 = 0
    /// 1 EARLY, 2 MID, 3 LATE, 4 no mod (`TimeLexicon.modNames`).
    var mod: Int8 = 0
    var edge: Int8 = 0
    /// Index into `TimeLexicon.clockTimes` plus one ("noon" -> 12:00); 0 when not a clock word.
    var clock: Int8 = 0
    /// Index into `TimeLexicon.dayParts` plus one ("night" -> NI); 0 when not a part of a day.
    var dayPart: Int8 = 0
    var roles: Roles = []

    /// Whether a rule can start at the word: `TimeGrammar.longest(at:)` tries one for each of these.
    /// Tested before calling it: most lexicon words in a text are tense cues and function words.
    var startsExpression: Bool {
        month != 0 || weekday != 0 || season != 0 || mod != 0 || edge != 0 || ordinal != 0 || clock != 0 || unit != 0 || set != 0
            || !roles.isDisjoint(with: [.startsReference, .startsRelative, .the, .span, .startsHoliday, .startsNumber, .every, .once])
    }

    /// Words that make a capitalised word after a month or day name not a name.
    var isTimeOrFunctionWord: Bool {
        month != 0 || weekday != 0 || season != 0 || unit != 0 || ordinal != 0 || mod != 0 || edge != 0
            || !roles.isDisjoint(with: [.trigger, .function, .the, .of, .in, .startsRelative, .startsReference, .startsNumber])
    }
}

/// A phrase of one or more lexicon words, with what it means.
struct TimePhrase<Value: Sendable>: Sendable {
    let keys: [UInt64]
    let value: Value
}

/// A quantity from `time-numbers.txt`: a number, or nil for an unknown one ("several").
struct TimeQuantity: Sendable {
    let count: Int?
    let isArticle: Bool
}

/// A holiday from `time-holidays.txt`: its month and day, or the first `weekday` on or after them.
struct TimeHoliday: Sendable {
    let month: Int
    let day: Int
    let weekday: Int
}

/// A fixed phrase's meaning from `time-references.txt`.
enum TimeReferenceValue: Sendable {
    case literal(String)
    /// A duration written out in the list ("recent months" -> PXM).
    case duration(String)
    case day(Int), week(Int), month(Int), year(Int)
    /// A part of a day: the step and its TIMEX3 code ("last night" -> -1, "TNI").
    case dayPart(Int, String)
}

/// Word keys (`TimeKey`, never 0) to indices into `TimeLexicon.words`. Every word of every article is
/// looked up here: open addressing with a multiplicative hash costs a fraction of `Dictionary`'s SipHash.
struct TimeKeyIndex: Sendable {
    /// 0 marks an empty slot.
    private var keys = [UInt64](repeating: 0, count: 16)
    private var values = [Int32](repeating: 0, count: 16)
    private var count = 0

    private func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product spread the packed letters over the table.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (keys.count - 1)
    }

    subscript(key: UInt64) -> Int32? {
        // Inlined: the time tokenizer looks up every word, and the call cost as much as the look-up.
        @inline(__always) get {
            var i = slot(key)
            while keys[i] != 0 {
                if keys[i] == key { return values[i] }
                i = (i + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue, key != 0 else { return }  // entries are only added
            var i = slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & (keys.count - 1) }
            if keys[i] == 0 { count += 1 }
            keys[i] = key
            values[i] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Int32](repeating: 0, count: keys.count)
        count = 0
        for (key, value) in old { self[key] = value }
    }
}

/// Phrases by the key of their first word, longest first. Every word of the text that starts a
/// phrase ("a", "the", "last") is matched here, so the table is flat: a `TimeKeyIndex` instead of a
/// `Dictionary` (SipHash cost more than the rest of a failed rule), and the phrases' keys in one array
/// (reading a phrase's own `keys` array retained and released it for every phrase tried).
struct TimePhraseTable<Value: Sendable>: Sendable {
    /// First word's key to its group, an index into `groups`.
    private var index = TimeKeyIndex()
    /// Each first word's phrases, longest first, as a range of phrase numbers.
    private var groups: [Range<Int>] = []
    /// For each group, a bit for each of its phrases' second words (`secondBit`), or all bits when one
    /// of its phrases is a single word: a word after "the" that no phrase has next is turned down at once.
    private var seconds: [UInt64] = []
    /// Phrase `p`'s keys are `keys[bounds[p]]`; its value is `values[p]`.
    private var keys: [UInt64] = []
    private var bounds: [Range<Int>] = []
    private var values: [Value] = []

    /// The table of `phrases`; each first word's are sorted longest first, so that the first match is the longest.
    init(_ phrases: [TimePhrase<Value>]) {
        var byFirst: [UInt64: [TimePhrase<Value>]] = [:]
        var firstKeys: [UInt64] = []
        for phrase in phrases {
            if byFirst[phrase.keys[0]] == nil { firstKeys.append(phrase.keys[0]) }
            byFirst[phrase.keys[0], default: []].append(phrase)
        }
        for first in firstKeys {
            var group = byFirst[first]!
            group.sort { $0.keys.count > $1.keys.count }
            index[first] = Int32(groups.count)
            groups.append(values.count..<(values.count + group.count))
            seconds.append(group.reduce(0) { $0 | ($1.keys.count > 1 ? Self.secondBit($1.keys[1]) : ~0) })
            for phrase in group {
                bounds.append(keys.count..<(keys.count + phrase.keys.count))
                keys += phrase.keys
                values.append(phrase.value)
            }
        }
    }

    /// The first (longest) phrase whose words are the word tokens from `j` on: its value and its length in words.
    func first(at j: Int, in tokens: [TimeToken]) -> (value: Value, words: Int)? {
        guard j >= 0, j < tokens.count, tokens[j].kind == .word, let g = index[tokens[j].key] else { return nil }
        // The second word turns most phrases down ("the" starts seventeen): compared first, with no loop.
        let second = j + 1 < tokens.count && tokens[j + 1].kind == .word ? tokens[j + 1].key : 0
        guard seconds[Int(g)] & Self.secondBit(second) != 0 else { return nil }
        phrases: for p in groups[Int(g)] {
            let words = bounds[p]
            if words.count > 1 && keys[words.lowerBound + 1] != second { continue }
            guard j + words.count <= tokens.count else { continue }
            // The first word is the group's, the second is checked.
            for k in 2..<max(words.count, 2) {
                let t = tokens[j + k]
                if t.kind != .word || t.key != keys[words.lowerBound + k] { continue phrases }
            }
            return (values[p], words.count)
        }
        return nil
    }

    /// One of 64 bits, picked by the top bits of a multiplicative hash of `key`.
    @inline(__always) static func secondBit(_ key: UInt64) -> UInt64 {
        1 &<< ((key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The value of the one-word phrase `key`, if there is one.
    func single(_ key: UInt64) -> Value? {
        guard let g = index[key] else { return nil }
        for p in groups[Int(g)] where bounds[p].count == 1 { return values[p] }
        return nil
    }

    /// The phrases that start with `key`, longest first.
    subscript(key: UInt64) -> [TimePhrase<Value>]? {
        index[key].map { groups[Int($0)].map { TimePhrase(keys: Array(keys[bounds[$0]]), value: values[$0]) } }
    }
}

/// The recogniser's tables, read once from the `time-*.txt` files in `Lexicon/`. A class: the grammar
/// keeps the lexicon for every text it scans, and a struct copy retained and released its thirty-odd arrays.
final class TimeLexicon: Sendable {
    static let shared = TimeLexicon.load()
    static let seasonCodes = ["", "SP", "SU", "FA", "WI"]
    static let modNames: [String?] = [nil, "EARLY", "MID", "LATE", nil]

    let index: TimeKeyIndex
    let words: [TimeWord]
    let units: [TimeUnit]
    let setValues: [String]
    let clockTimes: [String]
    /// TIMEX3 part-of-day codes: "MO", "AF", "EV", "NI".
    let dayParts: [String]
    let numbers: TimePhraseTable<TimeQuantity>
    let references: TimePhraseTable<TimeReferenceValue>
    let relatives: TimePhraseTable<Int>
    let holidays: TimePhraseTable<TimeHoliday>

    private init(_ b: Builder) {
        index = b.index
        words = b.words
        units = b.units
        setValues = b.setValues
        clockTimes = b.clockTimes
        dayParts = b.dayParts
        numbers = TimePhraseTable(b.numbers)
        references = TimePhraseTable(b.references)
        relatives = TimePhraseTable(b.relatives)
        holidays = TimePhraseTable(b.holidays)
    }

    func word(_ key: UInt64) -> TimeWord? {
        index[key].map { words[Int($0)] }
    }

    /// The tables as the files are read.
    private struct Builder {
        var index = TimeKeyIndex()
        var words: [TimeWord] = []
        var units: [TimeUnit] = []
        var setValues: [String] = []
        var clockTimes: [String] = []
        var dayParts: [String] = []
        var numbers: [TimePhrase<TimeQuantity>] = []
        var references: [TimePhrase<TimeReferenceValue>] = []
        var relatives: [TimePhrase<Int>] = []
        var holidays: [TimePhrase<TimeHoliday>] = []

        mutating func update(_ name: Substring, _ change: (inout TimeWord) -> Void) {
            let key = TimeKey.pack(name)
            guard key != 0 else { return }
            if let at = index[key] {
                change(&words[Int(at)])
            } else {
                var word = TimeWord()
                change(&word)
                index[key] = Int32(words.count)
                words.append(word)
            }
        }

        mutating func addPhrase<Value>(_ phrase: [Substring], _ value: Value,
                                       to table: WritableKeyPath<Builder, [TimePhrase<Value>]>,
                                       role: TimeWord.Roles) {
            let keys = phrase.map(TimeKey.pack)
            guard !keys.contains(0) else { return }
            self[keyPath: table].append(TimePhrase(keys: keys, value: value))
            update(phrase[0]) { $0.roles.insert(role) }
        }
    }

    static func load(bundle: Bundle = .module) -> TimeLexicon {
        var lexicon = Builder()
        func entries(_ name: String) -> [(phrase: [Substring], value: Substring)] {
            WordList.lines(name, bundle: bundle).compactMap { line in
                let fields = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard let last = fields.last else { return nil }
                return (Array(fields.dropLast()), last)
            }
        }
        func single(_ name: String) -> [Substring] {
            WordList.lines(name, bundle: bundle).map { Substring($0.lowercased()) }
        }

        for (phrase, value) in entries("time-months") {
            guard var name = phrase.first, phrase.count == 1, let month = Int8(value), (1...12).contains(month) else { continue }
            let abbreviated = name.hasSuffix(".")
            if abbreviated { name = name.dropLast() }
            lexicon.update(name) { $0.month = month; $0.monthAbbreviation = abbreviated }
        }
        for (phrase, value) in entries("time-weekdays") {
            guard let name = phrase.first, phrase.count == 1, let day = Int8(value), (1...7).contains(day) else { continue }
            lexicon.update(name) { $0.weekday = day }
            lexicon.update(Substring(name + "s")) { $0.weekday = day; $0.weekdayPlural = true }
        }
        for (phrase, value) in entries("time-seasons") {
            guard let name = phrase.first, phrase.count == 1,
                  let code = seasonCodes.firstIndex(of: value.uppercased()), code > 0 else { continue }
            lexicon.update(name) { $0.season = Int8(code) }
        }
        for (phrase, value) in entries("time-units") {
            guard phrase.count == 2, let unit = TimeUnit(code: value.uppercased()) else { continue }
            lexicon.units.append(unit)
            let number = Int8(lexicon.units.count)
            lexicon.update(phrase[0]) { $0.unit = number; $0.unitPlural = false }
            lexicon.update(phrase[1]) { $0.unit = number; $0.unitPlural = true }
        }
        for (phrase, value) in entries("time-numbers") {
            guard !phrase.isEmpty else { continue }
            let count = value == "x" ? nil : Int(value)
            if value != "x" && count == nil { continue }
            let isArticle = phrase.count == 1 && (phrase[0] == "a" || phrase[0] == "an")
            lexicon.addPhrase(phrase, TimeQuantity(count: count, isArticle: isArticle), to: \.numbers, role: .startsNumber)
        }
        for (phrase, value) in entries("time-ordinals") {
            guard let name = phrase.first, phrase.count == 1, let n = Int8(value) else { continue }
            lexicon.update(name) { $0.ordinal = n }
        }
        for (phrase, value) in entries("time-sets") {
            guard let name = phrase.first, phrase.count == 1 else { continue }
            lexicon.setValues.append(value.uppercased())
            let n = Int8(lexicon.setValues.count)
            lexicon.update(name) { $0.set = n }
        }
        for (phrase, value) in entries("time-references") {
            guard !phrase.isEmpty, let meaning = referenceValue(value.uppercased()) else { continue }
            lexicon.addPhrase(phrase, meaning, to: \.references, role: .startsReference)
        }
        for (phrase, value) in entries("time-relatives") {
            guard !phrase.isEmpty, let step = Int(value.hasPrefix("+") ? value.dropFirst() : value) else { continue }
            lexicon.addPhrase(phrase, step, to: \.relatives, role: .startsRelative)
        }
        for (phrase, value) in entries("time-holidays") {
            // "11-22+4": November 22, moved to the first Thursday on or after it.
            let parts = value.split(separator: "+")
            let date = parts[0].split(separator: "-")
            guard !phrase.isEmpty, date.count == 2, let m = Int(date[0]), let d = Int(date[1]), (1...12).contains(m),
                  (1...31).contains(d) else { continue }
            let weekday = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
            guard (0...7).contains(weekday) else { continue }
            lexicon.addPhrase(phrase, TimeHoliday(month: m, day: d, weekday: weekday), to: \.holidays, role: .startsHoliday)
        }
        for (phrase, value) in entries("time-modifiers") {
            guard let name = phrase.first, phrase.count == 1 else { continue }
            let mod = value == "-" ? 4 : modNames.firstIndex(of: value.uppercased()) ?? 0
            guard mod > 0 else { continue }
            lexicon.update(name) { $0.mod = Int8(mod) }
        }
        for (phrase, value) in entries("time-edges") {
            guard let name = phrase.first, phrase.count == 1,
                  let mod = modNames.firstIndex(of: value.uppercased()), mod > 0 else { continue }
            lexicon.update(name) { $0.edge = Int8(mod) }
        }
        for name in single("time-triggers") { lexicon.update(name) { $0.roles.insert(.trigger) } }
        for name in single("time-function-words") { lexicon.update(name) { $0.roles.insert(.function) } }
        for name in single("time-day-names") { lexicon.update(name) { $0.roles.insert(.namesDay) } }
        for name in single("time-counters") { lexicon.update(name) { $0.roles.insert(.counter) } }
        for (phrase, value) in entries("time-day-parts") {
            guard let name = phrase.first, phrase.count == 1 else { continue }
            lexicon.dayParts.append(value.uppercased())
            let n = Int8(lexicon.dayParts.count)
            lexicon.update(name) { $0.roles.insert(.dayPart); $0.dayPart = n }
        }
        for (phrase, value) in entries("time-clock-words") {
            guard let name = phrase.first, phrase.count == 1, value.count == 5 else { continue }
            lexicon.clockTimes.append(String(value))
            let n = Int8(lexicon.clockTimes.count)
            lexicon.update(name) { $0.clock = n }
        }
        for name in single("time-connectors") { lexicon.update(name) { $0.roles.insert(.connector) } }
        for name in single("time-determiners") { lexicon.update(name) { $0.roles.insert(.determiner) } }
        for (phrase, value) in entries("time-tense") {
            guard let name = phrase.first, phrase.count == 1 else { continue }
            let role: TimeWord.Roles? = value == "past" ? .pastCue : value == "future" ? .futureCue
                : value == "weak" ? [.futureCue, .weakCue] : nil
            if let role { lexicon.update(name) { $0.roles.insert(role) } }
        }
        let grammar: [String: TimeWord.Roles] = [
            "THE": .the, "OF": .of, "IN": .in, "AGO": .ago, "QUARTER": .quarter, "HALF": .half,
            "EVERY": .every, "ONCE": .once, "OTHER": .other, "PER": .per, "AS": .as, "SPAN": .span, "AHEAD": .ahead,
        ]
        for (phrase, value) in entries("time-grammar") {
            guard let name = phrase.first, phrase.count == 1, let role = grammar[value.uppercased()] else { continue }
            lexicon.update(name) { $0.roles.insert(role) }
        }
        return TimeLexicon(lexicon)
    }

    private static func referenceValue(_ text: String) -> TimeReferenceValue? {
        if text.hasSuffix("_REF") { return .literal(text) }
        if text.hasPrefix("P"), text.count >= 3 { return .duration(text) }
        guard let sign = text.firstIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let rest = text[text.index(after: sign)...]
        let digits = rest.prefix { $0.isNumber }
        let part = rest.dropFirst(digits.count)
        guard var step = Int(digits) else { return nil }
        if text[sign] == "-" { step = -step }
        if !part.isEmpty {
            guard text[..<sign] == "DAY", ["TMO", "TAF", "TEV", "TNI"].contains(part) else { return nil }
            return .dayPart(step, String(part))
        }
        switch text[..<sign] {
        case "DAY": return .day(step)
        case "WEEK": return .week(step)
        case "MONTH": return .month(step)
        case "YEAR": return .year(step)
        default: return nil
        }
    }
}
