import Foundation
import LoreReading

/// What the words of an element's class and id say about it (`Lexicon/class-hints.txt`).
struct ClassHints: OptionSet {
    let rawValue: UInt8
    static let furniture = ClassHints(rawValue: 1)
    static let keep = ClassHints(rawValue: 2)
    static let negative = ClassHints(rawValue: 4)
    static let positive = ClassHints(rawValue: 8)
    static let hidden = ClassHints(rawValue: 16)

    /// Readability's class weight: ±25 for a negative or positive word.
    var weight: Float {
        (contains(.positive) ? 25 : 0) - (contains(.negative) ? 25 : 0)
    }

    /// Furniture to drop: a furniture word and no word that names the article.
    var isFurniture: Bool { contains(.furniture) && !contains(.keep) }
}

/// Finds the words of a list in short byte strings: the words are bucketed by first byte,
/// so each position of the input is tried against only the few words that could start there.
struct WordMatcher: Sendable {
    /// All words end to end; word `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hintOfWord: [UInt8] = []
    /// The words that begin with byte `b`: `wordsByFirstByte[firstWord[b]..<firstWord[b + 1]]`.
    private var wordsByFirstByte: [Int32] = []
    private var firstWord = [Int32](repeating: 0, count: 257)
    /// One bit per pair of first two bytes that begins a word: most positions fail this test.
    private var pairs = [UInt64](repeating: 0, count: 1024)

    init(_ entries: [(word: String, hint: UInt8)]) {
        var buckets: [[Int32]] = Array(repeating: [], count: 256)
        for (word, hint) in entries where word.utf8.count >= 2 {
            buckets[Int(word.utf8.first!)].append(Int32(hintOfWord.count))
            let pair = Self.pair(Array(word.utf8), 0)
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            bytes.append(contentsOf: word.utf8)
            starts.append(Int32(bytes.count))
            hintOfWord.append(hint)
        }
        for byte in 0..<256 {
            firstWord[byte] = Int32(wordsByFirstByte.count)
            wordsByFirstByte.append(contentsOf: buckets[byte])
        }
        firstWord[256] = Int32(wordsByFirstByte.count)
    }

    private static func pair<C: RandomAccessCollection>(_ bytes: C, _ i: C.Index) -> Int where C.Element == UInt8 {
        let next = bytes.index(after: i)
        return Int(bytes[i]) << 8 | (next < bytes.endIndex ? Int(bytes[next]) : 0)
    }

    /// The union of the hints of every word found in `input` (lowercase ASCII expected).
    func hints(in input: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var found: UInt8 = 0
        let n = input.count
        guard n >= 2 else { return 0 }  // every word has two bytes or more
        bytes.withUnsafeBufferPointer { words in
        starts.withUnsafeBufferPointer { starts in
        wordsByFirstByte.withUnsafeBufferPointer { bucket in
        firstWord.withUnsafeBufferPointer { firstWord in
        hintOfWord.withUnsafeBufferPointer { hintOfWord in
        pairs.withUnsafeBufferPointer { pairs in
            for i in 0..<n - 1 {
                let pair = Int(input[i]) << 8 | Int(input[i + 1])
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                let first = Int(input[i])
                for slot in Int(firstWord[first])..<Int(firstWord[first + 1]) {
                    let word = Int(bucket[slot])
                    let start = Int(starts[word]), length = Int(starts[word + 1]) - start
                    guard found & hintOfWord[word] == 0, length <= n - i else { continue }
                    var k = 1
                    while k < length && input[i + k] == words[start + k] { k += 1 }
                    if k == length { found |= hintOfWord[word] }
                }
            }
        }}}}}}
        return found
    }

    /// Whether `input` begins with one of the words.
    func hasPrefix(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = input.first.map(Int.init) else { return false }
        for slot in Int(firstWord[first])..<Int(firstWord[first + 1]) {
            let word = Int(wordsByFirstByte[slot])
            let start = Int(starts[word]), length = Int(starts[word + 1]) - start
            if length <= input.count && (0..<length).allSatisfy({ input[$0] == bytes[start + $0] }) { return true }
        }
        return false
    }
}

/// The word lists of `Lexicon/`, loaded once.
enum Lexicon {
    static let classHints: WordMatcher = {
        var entries: [(String, UInt8)] = []
        var hint: UInt8 = 0
        for line in lines("class-hints") {
            switch line {
            case "[furniture]": hint = ClassHints.furniture.rawValue
            case "[keep]": hint = ClassHints.keep.rawValue
            case "[negative]": hint = ClassHints.negative.rawValue
            case "[positive]": hint = ClassHints.positive.rawValue
            case "[hidden]": hint = ClassHints.hidden.rawValue
            default: entries.append((line.lowercased(), hint))
            }
        }
        return WordMatcher(entries)
    }()

    static let captionCredits = WordMatcher(lines("caption-credits").map { ($0.lowercased(), 1) })

    static let boilerplateLines = WordMatcher(lines("boilerplate-lines").map { ($0.lowercased(), 1) })

    /// The entries of a list: the bundled file, plus a file of the same name in `LORE_LEXICON`.
    static func lines(_ name: String) -> [String] {
        WordList.lines(name, bundle: .module)
    }
}
