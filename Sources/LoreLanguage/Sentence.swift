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

    public static func sentences(in text: String, block: Block) -> [Sentence] {
        let tokens = Tokenizer.tokens(in: text, range: block.range)
        var sentences: [Sentence] = []
        var begin = 0
        var i = 0
        func close(_ end: Int) {
            guard end > begin else { return }
            let slice = Array(tokens[begin..<end])
            sentences.append(Sentence(tokens: slice, range: slice.first!.start..<slice.last!.end, block: block.kind))
            begin = end
        }
        while i < tokens.count {
            let t = tokens[i]
            // Tokens are tested by bytes throughout: String comparison is slow and this sees every token.
            let isPeriod = t.isASCII(UInt8(ascii: "."))
            guard t.kind == .punctuation, isPeriod || isStop(t) || t.text.utf8.elementsEqual("...".utf8) || t.isPunctuation("…") else { i += 1; continue }
            // Closing quotes and brackets belong to the sentence they end.
            var end = i + 1
            while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].spaceBefore || isClosing(tokens[end]),
                  isClosing(tokens[end]) || tokens[end].isASCII(UInt8(ascii: ".")) || isStop(tokens[end]) { end += 1 }
            guard end < tokens.count else { break }
            let next = tokens[end]
            if isPeriod, i > 0, tokens[i - 1].isWord, !tokens[i].spaceBefore {
                // `lower` is `lowercased()` but for folded apostrophes (’ and ‘ start with byte E2).
                let previous = tokens[i - 1]
                let key = previous.text.utf8.contains(0xE2) ? previous.text.lowercased() : previous.lower
                if abbreviations.contains(key) { i = end; continue }
            }
            let startsNew = next.isCapitalized || next.kind == .number || isOpening(next)
            if next.spaceBefore && startsNew || (!isPeriod && next.spaceBefore) { close(end) }
            i = end
        }
        close(tokens.count)
        return sentences
    }

    /// "!" or "?".
    static func isStop(_ t: Token) -> Bool { t.isASCII(UInt8(ascii: "!")) || t.isASCII(UInt8(ascii: "?")) }

    static func isClosing(_ t: Token) -> Bool {
        guard let b = t.text.utf8.first else { return false }
        if b < 0x80 { return t.isASCII(UInt8(ascii: "\"")) || t.isASCII(UInt8(ascii: "'")) || t.isASCII(UInt8(ascii: ")")) || t.isASCII(UInt8(ascii: "]")) }
        return t.isPunctuation("\u{201D}") || t.isPunctuation("\u{2019}")
    }

    static func isOpening(_ t: Token) -> Bool {
        guard let b = t.text.utf8.first else { return false }
        if b < 0x80 { return t.isASCII(UInt8(ascii: "\"")) || t.isASCII(UInt8(ascii: "'")) || t.isASCII(UInt8(ascii: "(")) || t.isASCII(UInt8(ascii: "[")) }
        return t.isPunctuation("\u{201C}") || t.isPunctuation("\u{2018}")
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
        for block in document.prose {
            sentences += SentenceSplitter.sentences(in: document.article.text, block: block)
            let blockText = document.article.text.utf8Slice(block.range)
            for var time in recognizer.find(in: blockText, reference: reference) {
                time.range = (time.range.lowerBound + block.range.lowerBound)..<(time.range.upperBound + block.range.lowerBound)
                times.append(time)
            }
        }
        self.sentences = sentences
        self.times = times
    }

    /// The time expressions inside a sentence.
    public func times(in sentence: Sentence) -> [TimeExpression] {
        times.filter { sentence.range.contains($0.range.lowerBound) }
    }
}
