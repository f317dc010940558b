import Testing
@testable import LoreExtraction

/// The word tables every rule looks words up in: a word is found however its String is stored.
@Suite struct WordTableTests {
    /// The same short word kept inside the String and kept in a heap buffer (a long String cut
    /// short keeps its buffer).
    func twoStorages(_ word: String) -> (inline: String, buffered: String) {
        var buffered = word + String(repeating: "x", count: 40)
        buffered.removeLast(40)
        return (word, buffered)
    }

    /// Whether the String keeps its bytes in itself (the premise of the tests below).
    func isInline(_ s: String) -> Bool { unsafeBitCast(s, to: (UInt64, UInt64).self).1 & (1 << 61) != 0 }

    @Test(arguments: ["", "a", "the", "season", "showrunner", "twelve-letter", "fifteen-bytes!!", "café", "Ærøskøbing"])
    func aWordHashesAlikeWhereverItIsStored(_ word: String) {
        let (inline, buffered) = twoStorages(word)
        #expect(inline == buffered)
        #expect(isInline(inline) && !isInline(buffered))
        #expect(WordTable<Bool>.hash(inline) == WordTable<Bool>.hash(buffered))
    }

    @Test func wordsAreFoundWhateverTheirStorage() {
        let words = ["the", "season", "showrunner", "cancelled", "renewal", "a-sixteen-byte-w", "much longer than fifteen bytes"]
        let table = WordTable(words.enumerated().map { ($1, $0) })
        for (k, word) in words.enumerated() {
            let (inline, buffered) = twoStorages(word)
            #expect(table[inline] == k)
            #expect(table[buffered] == k)
        }
        #expect(table["seasons"] == nil)
        #expect(table["th"] == nil)
        #expect(table[""] == nil)
    }

    @Test func wordsThatDifferOnlyPastTheEighthByteHashApart() {
        let words = ["showrunners", "showrunnerz", "screenwriter", "screenwrites", "co-executive", "co-executives"]
        #expect(Set(words.map { WordTable<Bool>.hash($0) }).count == words.count)
    }
}
