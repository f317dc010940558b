import LoreReading

/// Finds time expressions in text and normalises them against a reference date.
///
/// The text is split into tokens once, scanning its UTF-8 bytes; words are looked up in the
/// tables read from `Lexicon/time-*.txt` (built once for the process). Only digits and lexicon
/// words start a rule, and each rule looks a few tokens around its start. At each place the
/// longest expression wins, expressions do not overlap, and results come in text order.
/// Prepositions are not part of an expression ("in March" gives "March"); "the" is, where the
/// shape needs it ("the end of 2017", "the 18th of August", "the past two years").
public struct TimeExpressionRecognizer: Sendable {
    public init() {}

    /// Every time expression in `text`, in order, resolved against `reference` (the article's publication date).
    public func find(in text: String, reference: CalendarDate?) -> [TimeExpression] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ Self.scan($0, reference: reference) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { Self.scan($0, reference: reference) }
    }

    /// Every time expression in `bytes` (valid UTF-8), with byte ranges into them.
    func find(in bytes: UnsafeBufferPointer<UInt8>, reference: CalendarDate?) -> [TimeExpression] {
        Self.scan(bytes, reference: reference)
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, reference: CalendarDate?) -> [TimeExpression] {
        let lexicon = TimeLexicon.shared
        let tokens = TimeTokenizer.tokenize(bytes, lexicon: lexicon)
        let grammar = TimeGrammar(bytes: bytes, tokens: tokens, reference: TimeReference(date: reference), lexicon: lexicon)
        var matches: [TimeMatch] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            switch t.kind {
            case .word where t.entry < 0 || !lexicon.words[Int(t.entry)].startsExpression, .other:
                i += 1
                continue
            case .punctuation where t.mark != 39:
                i += 1
                continue
            default:
                break
            }
            guard let match = grammar.longest(at: i) else {
                i += 1
                continue
            }
            matches.append(match)
            i = match.end
        }
        grammar.joinSpans(&matches)
        grammar.anchorYearsBack(&matches)
        var found: [TimeExpression] = []
        found.reserveCapacity(matches.count)
        for match in matches {
            let start = Int(tokens[match.start].start), end = Int(tokens[match.end - 1].end)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            found.append(TimeExpression(range: start..<end, text: text, type: match.type, value: match.value, mod: match.mod))
        }
        return found
    }
}
