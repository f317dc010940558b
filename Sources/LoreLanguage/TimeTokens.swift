/// One token of the text, as byte offsets: a word, a number, a number with letters ("18th",
/// "1990s"), a quarter ("Q3") or one punctuation mark. Whitespace separates tokens and is not one,
/// except a line break, which is a punctuation token (mark 10) so that no expression spans lines.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        /// Digits with st/nd/rd/th: "18th".
        case ordinal
        /// Digits with an s: "1990s", "90s".
        case plural
        /// Q and one digit: "Q3".
        case quarter
        /// Anything else made of letters and digits ("4K", "mp3").
        case other
        case punctuation
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// For punctuation: the ASCII mark, with curly quotes folded to `'` and `"`, the en dash to `-`,
    /// the em dash to `TimeToken.emDash`, the ellipsis to `.`; other marks are `TimeToken.otherMark`.
    var mark: UInt8 = 0
    var digits: UInt8 = 0
    /// First byte is an ASCII capital.
    var capitalised = false
    /// The number's value (-1 when it has more than nine digits); the quarter for `.quarter`.
    var number: Int32 = 0
    /// Lexicon key of a word (see `TimeKey`), 0 for none.
    var key: UInt64 = 0
    /// Index into `TimeLexicon.words`, -1 when the word is not in the lexicon.
    var entry: Int32 = -1

    static let emDash: UInt8 = 0x97
    static let otherMark: UInt8 = 0x01
}

enum TimeTokenizer {
    /// Splits UTF-8 bytes into tokens in one pass, looking every word up in the lexicon once.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: TimeLexicon) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 { i += 1; continue }
            if b == 10 {
                if tokens.last?.mark != 10 || tokens.last?.kind != .punctuation {
                    tokens.append(TimeToken(start: Int32(i), end: Int32(i + 1), kind: .punctuation, mark: 10))
                }
                i += 1
                continue
            }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { i += 2; continue } // no-break space
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
                // U+2000...U+203F: spaces, dashes, quotes, ellipsis.
                let c = bytes[i + 2]
                let mark: UInt8
                switch c {
                case 0x80...0x8F, 0xAF: i += 3; continue // spaces, zero-width marks
                case 0xA8, 0xA9: mark = 10 // line and paragraph separators
                case 0x98, 0x99: mark = 39
                case 0x9C, 0x9D: mark = 34
                case 0x90, 0x91, 0x93: mark = 45
                case 0x94, 0x95: mark = TimeToken.emDash
                case 0xA6: mark = 46
                default: mark = TimeToken.otherMark
                }
                tokens.append(TimeToken(start: Int32(i), end: Int32(i + 3), kind: .punctuation, mark: mark))
                i += 3
                continue
            }
            if isWordByte(b) {
                let start = i
                // The word's `TimeKey`, packed as the letters go by (a second pass over them cost as much as this one).
                var key: UInt64 = 0
                // Letters first, in a loop of their own: most words are nothing else.
                while i < n {
                    let c = bytes[i] | 0x20
                    guard c >= 97 && c <= 122 else { break }
                    key = key &<< 5 | UInt64(c - 96)
                    i += 1
                }
                var letters = i - start, digits = 0, other = 0
                var firstLetter = letters > 0 ? start : -1
                while i < n {
                    let c = bytes[i]
                    if c >= 48 && c <= 57 { digits += 1 }
                    else if (c | 0x20) >= 97 && (c | 0x20) <= 122 {
                        if firstLetter < 0 { firstLetter = i }
                        letters += 1
                        key = key &<< 5 | UInt64((c | 0x20) - 96)
                    }
                    else if c >= 0x80 {
                        if c == 0xE2 && i + 1 < n && bytes[i + 1] == 0x80 { break }
                        if c == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { break }
                        other += 1
                    } else { break }
                    i += 1
                }
                var token = TimeToken(start: Int32(start), end: Int32(i), kind: .other)
                token.capitalised = b >= 65 && b <= 90
                if other == 0 && digits == 0 {
                    token.kind = .word
                    token.key = letters <= TimeKey.maxLetters ? key : 0  // as `TimeKey.pack(bytes, start, i)`
                    if token.key != 0, let at = lexicon.index[token.key] { token.entry = at }
                } else if other > 0 && digits == 0 {
                    token.kind = .word
                } else if other == 0 && letters == 0 {
                    token.kind = .number
                    token.digits = UInt8(min(digits, 255))
                    token.number = digits <= 9 ? value(bytes, start, i) : -1
                } else if other == 0 && firstLetter == start + digits {
                    // digits then letters
                    let suffixLength = i - firstLetter
                    let s0 = bytes[firstLetter] | 0x20
                    let s1 = suffixLength == 2 ? bytes[firstLetter + 1] | 0x20 : 0
                    token.digits = UInt8(min(digits, 255))
                    token.number = digits <= 9 ? value(bytes, start, firstLetter) : -1
                    if suffixLength == 1 && s0 == 115 {
                        token.kind = .plural
                    } else if suffixLength == 2 && ((s0 == 115 && s1 == 116) || (s0 == 110 && s1 == 100)
                                                        || (s0 == 114 && s1 == 100) || (s0 == 116 && s1 == 104)) {
                        token.kind = .ordinal
                    }
                } else if other == 0 && letters == 1 && digits == 1 && (b | 0x20) == 113 {
                    let q = Int32(bytes[start + 1]) - 48
                    if (1...4).contains(q) { token.kind = .quarter; token.number = q }
                }
                tokens.append(token)
                continue
            }
            let mark: UInt8 = b < 0x80 ? b : TimeToken.otherMark
            tokens.append(TimeToken(start: Int32(i), end: Int32(i + 1), kind: .punctuation, mark: mark))
            i += 1
            // Skip the rest of a multi-byte character that is not a letter (never reached for
            // letters, which `isWordByte` takes); keeps every token on character boundaries.
            while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
        }
        return tokens
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || ((b | 0x20) >= 97 && (b | 0x20) <= 122) || b >= 0x80
    }

    @inline(__always)
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        var v: Int32 = 0
        for i in start..<end { v = v * 10 + Int32(bytes[i] - 48) }
        return v
    }
}
