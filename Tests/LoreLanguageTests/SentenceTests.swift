import Testing
import LoreReading
@testable import LoreLanguage

@Suite struct SentenceTests {
    func split(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text, block: Block(kind: .paragraph, range: 0..<text.utf8.count)).map { text.utf8Slice($0.range) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(split("The show returns Nov. 18 on Netflix. Fans are thrilled.") == ["The show returns Nov. 18 on Netflix.", "Fans are thrilled."])
        #expect(split("Dr. Strange meets Mr. Rand. It goes well.").count == 2)
        #expect(split("It is Daredevil vs. The Hand. Who wins?").count == 2)
    }

    @Test func aCompanyAfterBrosStaysInTheSentence() {
        #expect(split("It films at Warner Bros. Studios Leavesden. Fans wait.") == ["It films at Warner Bros. Studios Leavesden.", "Fans wait."])
        // Near-miss: a sentence that ends with the company's short name.
        #expect(split("It is distributed by Warner Bros. The film did well.") == ["It is distributed by Warner Bros.", "The film did well."])
    }

    @Test func initialsStayInsideTheName() {
        #expect(split("The first two episodes are directed by S.J. Clarkson. Filming starts soon.") ==
                ["The first two episodes are directed by S.J. Clarkson.", "Filming starts soon."])
    }

    @Test func quotesAndEllipsesEndWithTheirSentence() {
        #expect(split("“It’s going down,” she said. “Soon.” Then it ended.") .count == 3)
        #expect(split("Wait for it… The Defenders arrive.") == ["Wait for it…", "The Defenders arrive."])
    }

    @Test func questionsAreMarked() {
        let text = "Will Elektra return? Nobody knows."
        let sentences = SentenceSplitter.sentences(in: text, block: Block(kind: .paragraph, range: 0..<text.utf8.count))
        #expect(sentences.map { $0.isQuestion } == [true, false])
    }

    @Test func tokensKeepPossessivesAndHyphensApart() {
        let text = "Netflix’s 13-episode Marvel's Agents of S.H.I.E.L.D."
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map(\.text)
        #expect(tokens == ["Netflix", "’s", "13-episode", "Marvel", "'s", "Agents", "of", "S.H.I.E.L.D."])
    }

    @Test func aSentenceEndingInADecimalNumberKeepsItsFullStopApart() {
        let text = "She returns in M3GAN 2.0. It cost 12.5."
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map(\.text)
        #expect(tokens == ["She", "returns", "in", "M3GAN", "2.0", ".", "It", "cost", "12.5", "."])
        #expect(split(text) == ["She returns in M3GAN 2.0.", "It cost 12.5."])
    }

    @Test func lowerCaseFoldsApostrophesAndBarePossessivesAreFound() {
        let text = "ZOË’s Ñandú ‘Quote’ İstanbul Jones’ dog"
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count)
        for t in tokens {
            let expected = Token(kind: t.kind, text: t.text, start: t.start, end: t.end, spaceBefore: t.spaceBefore).lower
            #expect(t.lower == expected)
        }
        #expect(tokens.map(\.lower) == ["zoë", "'s", "ñandú", "‘", "quote", "'", "i̇stanbul", "jones", "'", "dog"])
        #expect(tokens.indices.filter { tokens.isBarePossessive(at: $0) } == [8])
        // ASCII tokens take the tokenizer's shortcut: the same lower case and text.
        let ascii = "The NASA-run show's 2nd Season, AT 9PM."
        let asciiTokens = Tokenizer.tokens(in: ascii, range: 0..<ascii.utf8.count)
        #expect(asciiTokens.map(\.text) == ["The", "NASA-run", "show", "'s", "2nd", "Season", ",", "AT", "9PM", "."])
        #expect(asciiTokens.map(\.lower) == ["the", "nasa-run", "show", "'s", "2nd", "season", ",", "at", "9pm", "."])
        #expect(asciiTokens.map(\.isCapitalized) == [true, true, false, false, false, true, false, true, false, false])
    }
}
