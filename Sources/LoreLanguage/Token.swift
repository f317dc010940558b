/// A word, number or punctuation mark; offsets are UTF-8 bytes into the article text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }
    public var kind: Kind
    public var text: String
    public var start: Int
    public var end: Int
    /// Whitespace (or the start of a block) comes right before it.
    public var spaceBefore: Bool

    public init(kind: Kind, text: String, start: Int, end: Int, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        var lower = text.lowercased()
        if lower.utf8.contains(0xE2) { lower = String(lower.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" && text.count > 1 ? "'" : Character($0) }) }
        self.lower = lower
    }

    public var range: Range<Int> { start..<end }
    /// Begins with an upper-case letter (or is a number-led title word such as "2").
    public var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 65 && first <= 90 }
        return text.unicodeScalars.first!.properties.isUppercase
    }
    /// The text in lower case, with a typographic apostrophe folded to "'" (computed once: rules compare it often).
    public var lower: String
    public var isWord: Bool { kind == .word }
}

extension Array where Element == Token {
    /// "Finn Jones' Danny Rand", "the series' villain": a bare apostrophe glued to a word in -s is a possessive.
    public func isBarePossessive(at i: Int) -> Bool {
        guard i > 0, i < count else { return false }
        let t = self[i]
        return (t.text == "\u{2019}" || t.text == "'" || t.text == "\u{2018}") && !t.spaceBefore && self[i - 1].lower.hasSuffix("s")
    }
}

/// Splits text into tokens by scanning its Unicode scalars once.
public enum Tokenizer {
    /// Tokens of `text[range]` (a UTF-8 byte range); offsets stay relative to the whole text.
    public static func tokens(in text: String, range: Range<Int>) -> [Token] {
        let utf8 = text.utf8
        let startIndex = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let endIndex = utf8.index(startIndex, offsetBy: range.count)
        let scalars = Array(text[startIndex..<endIndex].unicodeScalars)
        let bytes = Array(text.utf8[startIndex..<endIndex])
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var position = range.lowerBound
        for (i, scalar) in scalars.enumerated() {
            offsets[i] = position
            position += scalar.utf8.count
        }
        offsets[scalars.count] = position

        var tokens: [Token] = []
        var i = 0
        var spaceBefore = true
        // ASCII first: Unicode property look-ups are the slow path.
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
            return s.properties.isAlphabetic
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return isLetter(s) || isDigit(s) }
            return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
        }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return s == " " || s == "\n" || s == "\t" || s == "\r" }
            return s.properties.isWhitespace || s == "\u{00A0}"
        }
        // "‘" stands in for an apostrophe often enough in the wild ("Jessica Henwick‘s").
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{2018}" }
        func emit(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let t = String(decoding: bytes[(offsets[from] - range.lowerBound)..<(offsets[to] - range.lowerBound)], as: UTF8.self)
            tokens.append(Token(kind: kind, text: t, start: offsets[from], end: offsets[to], spaceBefore: spaceBefore))
            spaceBefore = false
        }
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isSpace(s) {
                spaceBefore = true; i += 1; continue
            }
            if isWordScalar(s) {
                var j = i + 1
                var allDigits = isDigit(s)
                while j < n {
                    let c = scalars[j]
                    if isWordScalar(c) { allDigits = allDigits && isDigit(c); j += 1; continue }
                    let next = j + 1 < n ? scalars[j + 1] : " "
                    // Hyphenated words and numbers: "13-episode", "Spider-Man", "08:18".
                    if (c == "-" || c == "\u{2010}" || c == "\u{2011}") && isWordScalar(next) { allDigits = false; j += 1; continue }
                    if (c == "," || c == "." || c == ":") && allDigits && isDigit(next) && isDigit(scalars[j - 1]) { j += 1; continue }
                    // Initials and acronyms: "S.J.", "S.H.I.E.L.D.", "G.I.".
                    let segment = j - ((i..<j).last { scalars[$0] == "." }.map { $0 + 1 } ?? i)
                    if c == "." && isLetter(next) && segment == 1 && (j + 2 >= n || !isLetter(scalars[j + 2]) || scalars[j + 2] == ".") { j += 1; continue }
                    if c == "." && j - i == 1 && scalars[i].properties.isUppercase { j += 1; break }
                    if c == "." && j >= 2 && scalars[j - 2] == "." { j += 1; break }
                    // Contractions stay whole ("won't", "it's" split below), possessive "'s" is its own token.
                    if isApostrophe(c) && isLetter(next) {
                        let after = j + 2 < n ? scalars[j + 2] : " "
                        if (next == "s" || next == "S") && !isWordScalar(after) { break }
                        j += 1; continue
                    }
                    break
                }
                emit(i, j, allDigits ? .number : .word)
                i = j
                continue
            }
            // Possessive "'s" / "’s" and the bare possessive "s’" end.
            if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", i + 2 >= n || !isWordScalar(scalars[i + 2]), !spaceBefore {
                emit(i, i + 2, .word)
                i += 2
                continue
            }
            // "..." is one mark.
            if s == ".", i + 2 < n, scalars[i + 1] == ".", scalars[i + 2] == "." {
                emit(i, i + 3, .punctuation); i += 3; continue
            }
            emit(i, i + 1, .punctuation)
            i += 1
        }
        return tokens
    }
}
