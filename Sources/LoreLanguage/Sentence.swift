import Foundation
import LoreReading

/// A sentence of a prose block: its tokens and its UTF-8 byte range in the article text.
public struct Sentence: Sendable, Hashable {
    public var tokens: [Token]
    public var range: Range<Int>
    /// The block it came from: headlines are title case and read differently.
    public var block: Block.Kind

    public var isQuestion: Bool {
        tokens.last?.isASCII(UInt8(ascii: "?")) == true || (tokens.count > 1 && tokens[tokens.count - 2].isASCII(UInt8(ascii: "?")))
    }
}

/// Splits prose blocks into sentences; survives abbreviations ("Nov. 18", "Dr.", "vs."),
/// initials ("S.J. Clarkson"), quotes and ellipses.
public enum SentenceSplitter {
    static let abbreviations = Set(WordList.lines("abbreviations", bundle: .module))
    /// The length in bytes of the longest abbreviation.
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
    /// Words that go on a company's name after "Bros.": "Warner Bros. Studios", "Warner Bros. Discovery".
    static let companyWords: Set<String> = ["studios", "studio", "pictures", "television", "discovery", "animation", "games", "entertainment", "records", "theatre", "theater"]

    public static func sentences(in text: String, block: Block) -> [Sentence] {
        var sentences: [Sentence] = []
        text.withUTF8Bytes { append(UnsafeBufferPointer(rebasing: $0[block.range]), block: block, to: &sentences) }
        return sentences
    }

    /// Appends the sentences of `bytes`, the block's text, to `sentences` (an article's, grown in place).
    /// Sentence ends are found on the token spans (by bytes throughout: String comparison is slow and
    /// this sees every token); the tokens are then built once, into their sentence.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, block: Block, to sentences: inout [Sentence]) {
        let tokens = Tokenizer.spans(in: bytes)
        let base = block.range.lowerBound
        var begin = 0
        var i = 0
        func close(_ end: Int) {
            guard end > begin else { return }
            let range = (base + tokens[begin].start)..<(base + tokens[end - 1].end)
            sentences.append(Sentence(tokens: tokens[begin..<end].map { $0.token(in: bytes, base: base) }, range: range, block: block.kind))
            begin = end
        }
        while i < tokens.count {
            let t = tokens[i]
            let isPeriod = t.isASCII(UInt8(ascii: "."), in: bytes)
            guard t.kind == .punctuation, isPeriod || isStop(t, bytes) || isEllipsis(t, bytes) else { i += 1; continue }
            // Closing quotes and brackets belong to the sentence they end.
            var end = i + 1
            while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].spaceBefore || isClosing(tokens[end], bytes),
                  isClosing(tokens[end], bytes) || tokens[end].isASCII(UInt8(ascii: "."), in: bytes) || isStop(tokens[end], bytes) { end += 1 }
            guard end < tokens.count else { break }
            let next = tokens[end]
            if isPeriod, i > 0, tokens[i - 1].kind == .word, !t.spaceBefore {
                // The word's `lower`, but `lowercased()` where it has a folded apostrophe (’ and ‘ start with byte E2).
                let word = UnsafeBufferPointer(rebasing: bytes[tokens[i - 1].start..<tokens[i - 1].end])
                // An ASCII word longer than every abbreviation (lower case keeps its length) needs no String nor look-up.
                let tooLong = word.count > longestAbbreviation && !word.contains { $0 >= 0x80 }
                if !tooLong {
                    let previous = String(decoding: word, as: UTF8.self)
                    let key = word.contains(0xE2) ? previous.lowercased() : Token.lowerCase(previous, bytes: word)
                    if abbreviations.contains(key) { i = end; continue }
                    // "Warner Bros. Studios Leavesden", "Warner Bros. Discovery" (but "… by Warner Bros. The film …" ends there).
                    if key == "bros" {
                        let following = UnsafeBufferPointer(rebasing: bytes[next.start..<next.end])
                        if companyWords.contains(Token.lowerCase(String(decoding: following, as: UTF8.self), bytes: following)) { i = end; continue }
                    }
                }
            }
            // (A digit opens one too, a number's or a word's: "9-1-1: Nashville premieres …", "1990s nostalgia …".)
            let startsNew = next.isCapitalized(in: bytes) || bytes[next.start] &- UInt8(ascii: "0") < 10 || isOpening(next, bytes)
            if next.spaceBefore && startsNew || (!isPeriod && next.spaceBefore) { close(end) }
            i = end
        }
        close(tokens.count)
    }

    /// "!" or "?".
    static func isStop(_ t: TokenSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        t.isASCII(UInt8(ascii: "!"), in: bytes) || t.isASCII(UInt8(ascii: "?"), in: bytes)
    }

    /// "..." or "…".
    static func isEllipsis(_ t: TokenSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count == 3 else { return false }
        let dot = UInt8(ascii: ".")
        return (bytes[t.start] == dot && bytes[t.start + 1] == dot && bytes[t.start + 2] == dot) || t.isPunctuation("…", in: bytes)
    }

    /// A closing quote or bracket: '"', "'", ")", "]", "”" or "’".
    static func isClosing(_ t: TokenSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isMark(t, bytes, ascii: UInt8(ascii: ")"), UInt8(ascii: "]"), typographic: "\u{201D}", "\u{2019}")
    }

    /// An opening quote or bracket: '"', "'", "(", "[", "“" or "‘".
    static func isOpening(_ t: TokenSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isMark(t, bytes, ascii: UInt8(ascii: "("), UInt8(ascii: "["), typographic: "\u{201C}", "\u{2018}")
    }

    /// A straight quote, one of two ASCII brackets, or one of two typographic quotes.
    private static func isMark(_ t: TokenSpan, _ bytes: UnsafeBufferPointer<UInt8>, ascii a: UInt8, _ b: UInt8,
                               typographic c: Unicode.Scalar, _ d: Unicode.Scalar) -> Bool {
        let first = bytes[t.start]
        if first < 0x80 {
            return t.count == 1 && (first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == a || first == b)
        }
        return t.isPunctuation(c, in: bytes) || t.isPunctuation(d, in: bytes)
    }
}

/// An article's prose, ready for extraction: sentences with tokens, and time expressions.
public struct AnnotatedText: Sendable {
    public var document: Document
    public var sentences: [Sentence]
    public var times: [TimeExpression]

    public init(_ document: Document, recognizer: TimeExpressionRecognizer = TimeExpressionRecognizer()) {
        self.document = document
        var sentences: [Sentence] = []
        var times: [TimeExpression] = []
        let reference = document.article.publicationDate
        // Both read each block's bytes in place (a String of the block cost a copy).
        document.article.text.withUTF8Bytes { text in
            for block in document.prose {
                let bytes = UnsafeBufferPointer(rebasing: text[block.range])
                SentenceSplitter.append(bytes, block: block, to: &sentences)
                for var time in recognizer.find(in: bytes, reference: reference) {
                    time.range = (time.range.lowerBound + block.range.lowerBound)..<(time.range.upperBound + block.range.lowerBound)
                    times.append(time)
                }
            }
        }
        self.sentences = sentences
        self.times = times
    }

    /// The time expressions inside a sentence.
    public func times(in sentence: Sentence) -> [TimeExpression] {
        times.filter { sentence.range.contains($0.range.lowerBound) }
    }

    /// The time expressions of each sentence: each goes to the sentence that holds its start, found by
    /// a binary search when the sentences are in text order (`times(in:)` for every sentence costs the
    /// product of the two counts).
    public func timesBySentence() -> [[TimeExpression]] {
        guard zip(sentences, sentences.dropFirst()).allSatisfy({ $0.range.upperBound <= $1.range.lowerBound }) else {
            return sentences.map { times(in: $0) }
        }
        var found = [[TimeExpression]](repeating: [], count: sentences.count)
        for time in times {
            let start = time.range.lowerBound
            // The first sentence that ends after the start.
            var low = 0, high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].range.upperBound <= start { low = mid + 1 } else { high = mid }
            }
            if low < sentences.count, sentences[low].range.contains(start) { found[low].append(time) }
        }
        return found
    }
}
