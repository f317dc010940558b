import LoreReading

/// A word, number or punctuation mark; offsets are UTF-8 bytes into the article text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }
    public var kind: Kind
    public var text: String {
        didSet { (firstByte, isCapitalized) = Self.firstByteAndCapital(text) }
    }
    public var start: Int
    public var end: Int
    /// Whitespace (or the start of a block) comes right before it.
    public var spaceBefore: Bool
    /// The first UTF-8 byte of the text (0 when empty), and whether the text begins with an upper-case
    /// letter. Stored (in what was padding): a rule testing `tokens[i].isCapitalized` from another
    /// module loads a field, where a computed getter made it copy the token and its two Strings.
    public private(set) var firstByte: UInt8
    public private(set) var isCapitalized: Bool

    public init(kind: Kind, text: String, start: Int, end: Int, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.lower = Self.lowerCase(text)
        (firstByte, isCapitalized) = Self.firstByteAndCapital(text)
    }

    /// A token whose lower case and first byte are already known (the tokenizer reads them off the bytes).
    init(kind: Kind, text: String, lower: String, firstByte: UInt8, start: Int, end: Int, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.firstByte = firstByte
        isCapitalized = Self.isCapital(text, firstByte: firstByte)
    }

    /// `firstByte` and `isCapitalized` of a text. `utf8.first` goes through a generic specialisation
    /// in FoundationEssentials, several times slower than the subscript.
    static func firstByteAndCapital(_ text: String) -> (UInt8, Bool) {
        guard !text.isEmpty else { return (0, false) }
        let first = text.utf8[text.utf8.startIndex]
        return (first, isCapital(text, firstByte: first))
    }

    /// Whether a non-empty text whose first byte is `firstByte` begins with an upper-case letter.
    static func isCapital(_ text: String, firstByte: UInt8) -> Bool {
        if firstByte < 0x80 { return firstByte >= 65 && firstByte <= 90 }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// `text.lowercased()` with a typographic apostrophe folded to "'", computed on the bytes:
    /// `lowercased()` builds a String per scalar and costs many times more.
    static func lowerCase(_ text: String) -> String {
        text.withUTF8Bytes { lowerCase(text, bytes: $0) }
    }

    /// `lowerCase(text)` when the text's UTF-8 bytes are at hand (the tokenizer has them): ASCII is
    /// lowered straight from them (walking the String's UTF-8 view costs several times more).
    static func lowerCase(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true, hasUpper = false
        for b in bytes {
            if b >= 0x80 { ascii = false; break }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        if ascii { return hasUpper ? asciiLowerCase(bytes) : text }
        var lower: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let (scalar, length) = UTF8Bytes.scalar(at: i, in: bytes)
            // A lone "‘" is an opening quote, not an apostrophe.
            if scalar == "\u{2019}" || scalar == "\u{2018}" && text.count > 1 {
                lower.append(UInt8(ascii: "'"))
            } else {
                UTF8Bytes.appendLowercase(scalar, to: &lower)
            }
            i += length
        }
        return String(decoding: lower, as: UTF8.self)
    }

    /// The lower case of ASCII `bytes`, written straight into the new String (no array in between:
    /// most words fit in a small String).
    static func asciiLowerCase(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (i, b) in bytes.enumerated() { buffer[i] = b >= 65 && b <= 90 ? b | 0x20 : b }
            return bytes.count
        }
    }

    public var range: Range<Int> { start..<end }
    /// The text in lower case, with a typographic apostrophe folded to "'" (computed once: rules compare it often).
    public var lower: String
    /// (Inlinable for the same reason as the stored fields above: no copy of the token to call it.)
    @inlinable public var isWord: Bool { kind == .word }

    /// The token is exactly `byte`, an ASCII character (a byte test, cheaper than `text == "."`).
    public func isASCII(_ byte: UInt8) -> Bool {
        let utf8 = text.utf8
        return utf8.count == 1 && utf8.first == byte
    }

    /// The token is exactly `scalar`, a character of the General Punctuation block (“ ” ‘ ’ …).
    public func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        // U+2000–U+2FFF take three bytes in UTF-8, the first E2: decode the other two.
        let utf8 = text.utf8
        guard utf8.count == 3 else { return false }
        var i = utf8.startIndex
        let b0 = utf8[i]; utf8.formIndex(after: &i)
        let b1 = utf8[i]; utf8.formIndex(after: &i)
        return Self.isPunctuation(scalar, b0, b1, utf8[i])
    }

    /// Whether three UTF-8 bytes are `scalar`, a character of U+2000–U+2FFF (first byte E2).
    static func isPunctuation(_ scalar: Unicode.Scalar, _ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        b0 == 0xE2 && UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F) == scalar.value - 0x2000
    }

    /// "'", "’" or "‘".
    var isApostrophe: Bool { isASCII(UInt8(ascii: "'")) || isPunctuation("\u{2019}") || isPunctuation("\u{2018}") }
}

extension String {
    /// `self == word`, inlined, for the rules' hot paths. Nearly every word is a small ASCII
    /// String (up to 15 bytes kept in the String itself, zero-padded), and two of those are equal
    /// exactly when their bits are, where `==` calls into the runtime to find that they differ.
    @inline(__always)
    public func `is`(_ word: String) -> Bool {
        #if _endian(little) && _pointerBitWidth(_64)
        let a = unsafeBitCast(self, to: (UInt64, UInt64).self), b = unsafeBitCast(word, to: (UInt64, UInt64).self)
        if a == b { return true }
        // The top three bits of the second word: immortal, ASCII, small.
        if (a.1 & b.1) >> 61 == 0b111 { return false }
        #endif
        return self == word
    }
}

extension String.UTF8View {
    /// Whether the bytes hold `byte`. Preferred over `Sequence.contains`, which resolves to a
    /// generic specialisation in FoundationEssentials that walks the view index by index.
    public func contains(_ byte: UInt8) -> Bool {
        if let found = withContiguousStorageIfAvailable({ bytes -> Bool in
            for b in bytes where b == byte { return true }
            return false
        }) { return found }
        return contains(where: { $0 == byte })
    }
}

extension Array where Element == Token {
    /// "Finn Jones' Danny Rand", "the series' villain": a bare apostrophe glued to a word in -s is a possessive.
    public func isBarePossessive(at i: Int) -> Bool {
        // The token is read in place (a copy would retain and release its Strings).
        guard i > 0, i < count, !self[i].spaceBefore, self[i].isApostrophe else { return false }
        // Compared by bytes: String comparison is costly and this runs for every token.
        let previous = self[i - 1].lower.utf8
        guard previous.last == UInt8(ascii: "s") else { return false }
        // After an ASCII character the final "s" is a character of its own; otherwise ask String.
        let beforeLast = previous.dropLast().last
        return beforeLast == nil || beforeLast! < 0x80 || self[i - 1].lower.hasSuffix("s")
    }
}

/// Scalars read by index, with each one's UTF-8 offset (`offset(count)` is the end).
protocol ScalarSequence {
    var count: Int { get }
    subscript(i: Int) -> Unicode.Scalar { get }
    func offset(_ i: Int) -> Int
}

/// Where a token lies in the bytes it was found in, and its kind: what the tokenizer finds before
/// any String is made. The sentence splitter decides on these, so that each `Token` is built once,
/// straight into its sentence's array (copying the tokens of a block into sentences cost a retain
/// per String, and destroying the block's array a release).
struct TokenSpan {
    var start: Int
    var end: Int
    var kind: Token.Kind
    var spaceBefore: Bool

    var count: Int { end - start }

    /// The token of this span of `bytes`, whose first byte is at offset `base` of the text.
    func token(in bytes: UnsafeBufferPointer<UInt8>, base: Int) -> Token {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // The copy into the String also tells whether the bytes are ASCII and hold a capital, so that
        // the lower case of an ASCII token needs no second scan (most tokens are lower-case ASCII).
        var all: UInt8 = 0
        var hasUpper = false
        let text = String(unsafeUninitializedCapacity: slice.count) { buffer in
            for i in 0..<slice.count {
                let b = slice[i]
                buffer[i] = b
                all |= b
                hasUpper = hasUpper || b &- 65 < 26
            }
            return slice.count
        }
        let lower: String
        if all >= 0x80 {
            lower = Token.lowerCase(text, bytes: slice)
        } else if hasUpper {
            lower = Token.asciiLowerCase(slice)
        } else {
            lower = text
        }
        return Token(kind: kind, text: text, lower: lower, firstByte: slice[0],
                     start: base + start, end: base + end, spaceBefore: spaceBefore)
    }

    /// The token is exactly `byte`, an ASCII character.
    func isASCII(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        count == 1 && bytes[start] == byte
    }

    /// The token is exactly `scalar`, a character of the General Punctuation block (three bytes, E2 80–81 xx).
    func isPunctuation(_ scalar: Unicode.Scalar, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        count == 3 && Token.isPunctuation(scalar, bytes[start], bytes[start + 1], bytes[start + 2])
    }

    /// Whether the text begins with an upper-case letter (as `Token.isCapitalized`).
    func isCapitalized(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[start]
        if first < 0x80 { return first >= 65 && first <= 90 }
        return UTF8Bytes.scalar(at: start, in: bytes).scalar.properties.isUppercase
    }
}

/// Splits text into tokens by scanning its Unicode scalars once.
public enum Tokenizer {
    /// Tokens of `text[range]` (a UTF-8 byte range); offsets stay relative to the whole text.
    public static func tokens(in text: String, range: Range<Int>) -> [Token] {
        text.withUTF8Bytes { all in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            return spans(in: bytes).map { $0.token(in: bytes, base: range.lowerBound) }
        }
    }

    /// The tokens of `bytes` (valid UTF-8), as spans of them.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [TokenSpan] {
        // Most paragraphs are plain ASCII: their bytes are their scalars, with no decoding and no arrays.
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii { return spans(in: bytes, scalars: ASCIIScalars(bytes: bytes)) }
        return spans(in: bytes, scalars: DecodedScalars(bytes))
    }

    /// The scalars of an ASCII text: one per byte.
    struct ASCIIScalars: ScalarSequence {
        let bytes: UnsafeBufferPointer<UInt8>
        var count: Int { bytes.count }
        subscript(i: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[i]) }
        func offset(_ i: Int) -> Int { i }
    }

    /// The scalars of any text, decoded by hand with their byte offsets: the String views are much slower.
    struct DecodedScalars: ScalarSequence {
        private let scalars: [Unicode.Scalar]
        private let offsets: [Int]

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            (scalars, offsets) = UTF8Bytes.scalarsWithOffsets(bytes)
        }

        var count: Int { scalars.count }
        subscript(i: Int) -> Unicode.Scalar { scalars[i] }
        func offset(_ i: Int) -> Int { offsets[i] }
    }

    /// The tokens of `bytes`, read as `scalars`.
    static func spans<Scalars: ScalarSequence>(in bytes: UnsafeBufferPointer<UInt8>, scalars: Scalars) -> [TokenSpan] {
        var tokens: [TokenSpan] = []
        tokens.reserveCapacity(scalars.count / 4 + 8)  // about one token per four or five scalars: fewer regrowths
        var i = 0
        var spaceBefore = true
        // ASCII first: Unicode property look-ups are the slow path.
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
            return s.properties.isAlphabetic
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isUppercase(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return s.value >= 65 && s.value <= 90 }
            return s.properties.isUppercase
        }
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
            tokens.append(TokenSpan(start: scalars.offset(from), end: scalars.offset(to), kind: kind, spaceBefore: spaceBefore))
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
                    // The run of word scalars in a loop of its own: most of the text, and kept tight.
                    var c = scalars[j]
                    while isWordScalar(c) {
                        allDigits = allDigits && isDigit(c)
                        j += 1
                        guard j < n else { break }
                        c = scalars[j]
                    }
                    guard j < n else { break }
                    let next = j + 1 < n ? scalars[j + 1] : " "
                    // Hyphenated words and numbers: "13-episode", "Spider-Man", "08:18".
                    if (c == "-" || c == "\u{2010}" || c == "\u{2011}") && isWordScalar(next) { allDigits = false; j += 1; continue }
                    if (c == "," || c == "." || c == ":") && allDigits && isDigit(next) && isDigit(scalars[j - 1]) { j += 1; continue }
                    // Initials and acronyms: "S.J.", "S.H.I.E.L.D.", "G.I.".
                    // The segment's length is computed only after a ".": it scans back over the word.
                    if c == "." && isLetter(next) && j - ((i..<j).last { scalars[$0] == "." }.map { $0 + 1 } ?? i) == 1 && (j + 2 >= n || !isLetter(scalars[j + 2]) || scalars[j + 2] == ".") { j += 1; continue }
                    if c == "." && j - i == 1 && isUppercase(scalars[i]) { j += 1; break }
                    // (Not after a decimal number: "in M3GAN 2.0." ends the sentence.)
                    if c == "." && j >= 2 && scalars[j - 2] == "." && !allDigits { j += 1; break }
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
