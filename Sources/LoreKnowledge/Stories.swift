import Foundation
import LoreReading

/// What story clustering needs to know about one article: its words, the names it uses and a
/// sketch of its wording. Computed once per article (at ingest) and stored, so that the
/// stories of a growing collection can be recomputed without reading the articles again.
public struct StoryFeatures: Sendable, Hashable, Codable {
    public var articleID: String
    public var title: String?
    public var published: String?
    /// Stemmed content words and pairs of adjacent content words ("tony thompson"), with
    /// counts; the first two lines (headline, dateline or lead) count twice.
    public var terms: [String: Int]
    /// Stemmed capitalised words that do not start a line: the people, places and titles
    /// that tell two events of the same kind apart.
    public var names: [String: Int]
    /// The smallest hashes of the article's five-word shingles (a bottom-k sketch): two
    /// articles whose sketches mostly agree are copies of one text.
    public var sketch: [UInt64]

    public init(articleID: String, title: String?, published: String?, terms: [String: Int], names: [String: Int],
                sketch: [UInt64]) {
        self.articleID = articleID
        self.title = title
        self.published = published
        self.terms = terms
        self.names = names
        self.sketch = sketch
    }

    public init(article: Article) {
        let (counter, title) = StoryWordCounter.counting(article)
        let (terms, names, sketch) = counter.features()
        self.init(articleID: article.id, title: title, published: article.published, terms: terms, names: names, sketch: sketch)
    }
}

/// An article's story features as the store keeps them (see `StoryFeatureCoding`), written
/// straight from its words: what ingest makes of every article, without the dictionaries
/// of `StoryFeatures`.
public struct EncodedStoryFeatures: Sendable, Hashable {
    public var articleID: String
    public var features: Data
    public var sketch: Data

    public init(article: Article) {
        let (counter, title) = StoryWordCounter.counting(article)
        articleID = article.id
        features = counter.encoded(title: title, published: article.published)
        sketch = StoryFeatureCoding.encode(sketch: counter.sketch)
    }
}

/// Counts an article's words for `StoryFeatures`, reading its UTF-8 bytes: ingest does this
/// for every article. A stem met again is found by its bytes in `ByteStringIDs`, a pair of
/// stems by the ids of its two stems; bytes become a `String` only for a word with a
/// non-ASCII letter, which takes the slower path through `String`.
struct StoryWordCounter {
    /// A distinct stem or pair of stems ("tony thompson"), with its counts.
    private struct Entry {
        /// A stem's id in `stems`, or a pair's first stem (an entry index).
        var first: Int32
        /// A pair's second stem (an entry index), or -1 for a stem.
        var second: Int32
        /// Only for an entry with a non-ASCII letter: two such may be equal Strings of different bytes.
        var text: String?
        /// Pairs, and stems of two characters or more that are not stop words.
        var isTerm: Bool
        var count = 0
        var nameCount = 0

        var isPair: Bool { second >= 0 }
    }

    /// Every stem met, stop words too: they are told apart once, then found by id.
    private var stems = ByteStringIDs()
    /// Every pair of terms met, by the entries of its two stems (8 bytes).
    private var pairs = ByteStringIDs()
    /// The entry of each stem id and of each pair id.
    private var entryOfStem: [Int32] = [], entryOfPair: [Int32] = []
    private var entries: [Entry] = []
    /// Entries counted as names, in the order first counted.
    private var nameIDs: [Int] = []
    /// The term before in the line, which the next term makes a pair with; -1 at the start of
    /// a line and after a stop word.
    private var previousTerm = -1
    /// The smallest distinct shingle hashes so far, ascending.
    private(set) var sketch: [UInt64] = []
    /// The lowered words, across lines, each followed by 0x1F (as `StoryText.hash` reads them):
    /// the last five start at `windowStart`. Words before it are dropped now and then, not one
    /// at a time (moving the window's bytes for every word cost more than hashing them).
    private var window: [UInt8] = []
    private var windowStart = 0
    /// Where each of the last five words starts in `window`, a ring: `oldest` is where the
    /// next word's start goes once there are five.
    private var wordStarts: [Int] = []
    private var oldest = 0
    /// A stem that is not the start of its lowered word ("studies" → "study", or any stem of
    /// a non-ASCII word).
    private var stem: [UInt8] = []

    /// A counter that has counted the article's words, and the article's title (its first
    /// line when it has none of its own).
    static func counting(_ article: Article) -> (counter: StoryWordCounter, title: String?) {
        var text = article.text
        // A title given apart from the text is its first line.
        if let title = article.title, !title.isEmpty, !text.hasPrefix(title) { text = title + "\n" + text }
        text.makeContiguousUTF8()
        var counter = StoryWordCounter()
        counter.window.reserveCapacity(min(text.utf8.count, 4096) + 256)
        let firstLine = text.utf8.withContiguousStorageIfAvailable { counter.count($0) } ?? nil
        return (counter, article.title ?? firstLine)
    }

    /// Counts the words of every non-empty line and returns the first line. Lines end at "\n"
    /// but not at "\r\n", one character for Swift, as `split(separator: "\n")` sees it.
    mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var firstLine: String?
        var lineStart = 0, lineIndex = 0
        for index in 0...bytes.count {
            guard index == bytes.count || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) else { continue }
            if index > lineStart {
                if lineIndex == 0 { firstLine = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), as: UTF8.self) }
                countLine(bytes, from: lineStart, to: index, weight: lineIndex < 2 ? 2 : 1)
                lineIndex += 1
            }
            lineStart = index + 1
        }
        return firstLine
    }

    /// The terms and names counted, and the sketch. Strings that are equal but differ in
    /// bytes ("é" composed or not) add up, as they did in a dictionary keyed by `String`,
    /// under the bytes met first.
    func features() -> (terms: [String: Int], names: [String: Int], sketch: [UInt64]) {
        var terms: [String: Int] = [:], names: [String: Int] = [:]
        terms.reserveCapacity(entries.count)
        names.reserveCapacity(nameIDs.count)
        withEntryBytes { bytesOf in
            func text(_ id: Int) -> String { entries[id].text ?? String(decoding: bytesOf(id), as: UTF8.self) }
            for id in entries.indices where entries[id].count > 0 { terms[text(id), default: 0] += entries[id].count }
            for id in nameIDs { names[text(id), default: 0] += entries[id].nameCount }
        }
        return (terms, names, sketch)
    }

    /// `StoryFeatureCoding.encode` of the features, byte for byte, written from the entries:
    /// sorted by their bytes, with no String made or hashed.
    func encoded(title: String?, published: String?) -> Data {
        let terms = merged(entries.indices.lazy.filter { entries[$0].count > 0 }) { entries[$0].count }
        let names = merged(nameIDs) { entries[$0].nameCount }
        var bytes = StoryFeatureCoding.header(title: title, published: published, entries: terms.count + names.count)
        withEntryBytes { bytesOf in
            for list in [terms, names] {
                StoryFeatureCoding.appendVarint(UInt64(list.count), to: &bytes)
                // By the first eight bytes, and only on a tie by all of them.
                let sorted = list.map { (prefix: StoryFeatureCoding.sortPrefix(bytesOf($0.id)), entry: $0) }.sorted { a, b in
                    a.prefix != b.prefix ? a.prefix < b.prefix : bytesOf(a.entry.id).lexicographicallyPrecedes(bytesOf(b.entry.id))
                }
                var coded = StoryFeatureCoding.FrontCodedList()
                for (_, entry) in sorted { coded.append(bytesOf(entry.id), count: entry.count, to: &bytes) }
            }
        }
        return Data(bytes)
    }

    /// Runs `body` with a function that gives the bytes of an entry, a pair's spelled out as
    /// "first second" (valid only inside `body`).
    private func withEntryBytes<Result>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var all: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(entries.count)
        stems.withBytes { stemBytes in
            all.reserveCapacity(16 * entries.count)
            for entry in entries {
                if entry.isPair {
                    all.append(contentsOf: stemBytes(Int(entries[Int(entry.first)].first)))
                    all.append(0x20)
                    all.append(contentsOf: stemBytes(Int(entries[Int(entry.second)].first)))
                } else {
                    all.append(contentsOf: stemBytes(Int(entry.first)))
                }
                ends.append(all.count)
            }
        }
        return all.withUnsafeBufferPointer { all in
            body { id in UnsafeBufferPointer(rebasing: all[(id == 0 ? 0 : ends[id - 1])..<ends[id]]) }
        }
    }

    /// The entries with their counts, where Strings that are equal but differ in bytes ("é"
    /// composed or not, never ASCII) add up under the entry met first, as in `features()`.
    private func merged(_ ids: some Sequence<Int>, count: (Int) -> Int) -> [(id: Int, count: Int)] {
        var list: [(id: Int, count: Int)] = []
        var placeOfText: [String: Int] = [:]
        for id in ids {
            guard let text = entries[id].text else {
                list.append((id, count(id)))
                continue
            }
            if let place = placeOfText[text] {
                list[place].count += count(id)
            } else {
                placeOfText[text] = list.count
                list.append((id, count(id)))
            }
        }
        return list
    }

    /// Runs of letters (with inner apostrophes and hyphens) and numbers (with a decimal part).
    private mutating func countLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, weight: Int) {
        previousTerm = -1
        var tokenIndex = 0
        var tokenStart = -1, isNumber = false, isASCII = true
        var index = start
        func finish(at tokenEnd: Int) {
            var last = tokenEnd
            // Trailing apostrophes (' and ’), hyphens and dots go.
            while last > tokenStart {
                let byte = bytes[last - 1]
                if byte == 0x27 || byte == 0x2D || byte == 0x2E {
                    last -= 1
                } else if byte == 0x99, last - 3 >= tokenStart, bytes[last - 3] == 0xE2, bytes[last - 2] == 0x80 {
                    last -= 3
                } else {
                    break
                }
            }
            if last > tokenStart {
                take(UnsafeBufferPointer(rebasing: bytes[tokenStart..<last]), isASCII: isASCII, tokenIndex: tokenIndex, weight: weight)
                tokenIndex += 1
            }
            tokenStart = -1
        }
        while index < end {
            let byte = bytes[index]
            var length = 1, isLetter = false, isApostrophe = false
            if byte < 0x80 {
                isLetter = (byte | 0x20) &- 0x61 < 26
                isApostrophe = byte == 0x27
            } else {
                let (scalar, size) = UTF8Bytes.scalar(at: index, in: bytes)
                length = size
                isLetter = scalar.properties.isAlphabetic
                isApostrophe = scalar == "\u{2019}"
            }
            let isDigit = byte &- 0x30 < 10
            if tokenStart >= 0 {
                let continues = isNumber ? (isDigit || byte == 0x2E) : (isLetter || isApostrophe || byte == 0x2D)
                if continues {
                    if byte >= 0x80 { isASCII = false }
                } else {
                    finish(at: index)
                }
            }
            if tokenStart < 0, isLetter || isDigit {
                tokenStart = index
                isNumber = isDigit
                isASCII = byte < 0x80
            }
            index += length
        }
        if tokenStart >= 0 { finish(at: end) }
    }

    /// Adds the token's lowered word to the window and counts its stem, and the pair it makes
    /// with the term before.
    private mutating func take(_ token: UnsafeBufferPointer<UInt8>, isASCII: Bool, tokenIndex: Int, weight: Int) {
        let wordStart = startWord()
        let startsUppercase: Bool, id: Int
        if isASCII {
            startsUppercase = token[0] &- 0x41 < 26
            window.append(contentsOf: token)
            // The stem is the lowered word or its start, and "studies" → "study".
            let (length, endsInY) = window.withUnsafeMutableBufferPointer { word in
                for index in wordStart..<word.count where word[index] &- 0x41 < 26 { word[index] |= 0x20 }
                return Self.stem(UnsafeBufferPointer(rebasing: word[wordStart...]))
            }
            if endsInY {
                stem.removeAll(keepingCapacity: true)
                stem.append(contentsOf: window[wordStart..<(wordStart + length)])
                stem.append(UInt8(ascii: "y"))
                id = stem.withUnsafeBufferPointer { stemEntry($0) }
            } else {
                id = window.withUnsafeBufferPointer { stemEntry(UnsafeBufferPointer(rebasing: $0[wordStart..<(wordStart + length)])) }
            }
        } else {
            let original = String(decoding: token, as: UTF8.self)
            let lowered = original.lowercased()
            startsUppercase = StoryText.startsUppercase(original)
            window.append(contentsOf: lowered.utf8)
            stem.removeAll(keepingCapacity: true)
            stem.append(contentsOf: StoryText.stem(lowered).utf8)
            id = stem.withUnsafeBufferPointer { stemEntry($0) }
        }
        endWord()

        guard entries[id].isTerm else {
            previousTerm = -1
            return
        }
        entries[id].count += weight
        if previousTerm >= 0 { entries[pairEntry(previousTerm, id)].count += weight }
        previousTerm = id
        if tokenIndex > 0, startsUppercase {
            if entries[id].nameCount == 0 { nameIDs.append(id) }
            entries[id].nameCount += 1
        }
    }

    /// Where the next word goes in the window, once the oldest of five words is out of it.
    private mutating func startWord() -> Int {
        let isFull = wordStarts.count == StoryText.shingleLength
        if isFull { windowStart = wordStarts[(oldest + 1) % StoryText.shingleLength] }
        if windowStart >= 4096 {
            window.removeSubrange(..<windowStart)
            for k in wordStarts.indices { wordStarts[k] -= windowStart }
            windowStart = 0
        }
        if isFull {
            wordStarts[oldest] = window.count
            oldest = (oldest + 1) % StoryText.shingleLength
        } else {
            wordStarts.append(window.count)
        }
        return window.count
    }

    /// Ends the word added to the window and, once it holds five words, adds their shingle's
    /// hash to the sketch.
    private mutating func endWord() {
        window.append(StoryText.wordSeparator)
        if wordStarts.count == StoryText.shingleLength {
            addToSketch(window.withUnsafeBufferPointer { StoryText.hash(bytes: UnsafeBufferPointer(rebasing: $0[windowStart...])) })
        }
    }

    /// Keeps `hash` if it is one of the `sketchSize` smallest met: most are not, once the
    /// sketch is full, so this costs less than sorting every hash of the article.
    private mutating func addToSketch(_ hash: UInt64) {
        if sketch.count == StoryText.sketchSize, hash >= sketch[sketch.count - 1] { return }
        let index = sketch.firstIndex { $0 >= hash } ?? sketch.count
        guard index == sketch.count || sketch[index] != hash else { return }
        sketch.insert(hash, at: index)
        if sketch.count > StoryText.sketchSize { sketch.removeLast() }
    }

    /// The entry of the stem `key`, made when first met.
    private mutating func stemEntry(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let (stemID, isNew) = stems.insert(key)
        guard isNew else { return Int(entryOfStem[stemID]) }
        let isASCII = key.allSatisfy { $0 < 0x80 }
        let text = isASCII ? nil : String(decoding: key, as: UTF8.self)
        let isTerm = if let text { text.count >= 2 && !StoryText.stopWords.contains(text) }
            else { key.count >= 2 && !StoryText.stopWordSpellings.contains(key) }
        entryOfStem.append(Int32(entries.count))
        entries.append(Entry(first: Int32(stemID), second: -1, text: text, isTerm: isTerm))
        return entries.count - 1
    }

    /// The entry of the pair of the terms `first` and `second`, made when first met.
    private mutating func pairEntry(_ first: Int, _ second: Int) -> Int {
        let key = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
        let (pairID, isNew) = withUnsafeBytes(of: key) { pairs.insert($0.bindMemory(to: UInt8.self)) }
        guard isNew else { return Int(entryOfPair[pairID]) }
        var text: String?
        if entries[first].text != nil || entries[second].text != nil { text = stemText(first) + " " + stemText(second) }
        entryOfPair.append(Int32(entries.count))
        entries.append(Entry(first: Int32(first), second: Int32(second), text: text, isTerm: true))
        return entries.count - 1
    }

    /// The text of a stem's entry.
    private func stemText(_ id: Int) -> String {
        entries[id].text ?? stems.withBytes { String(decoding: $0(Int(entries[id].first)), as: UTF8.self) }
    }

    /// The length of `StoryText.stem` of a lowered ASCII word, which is the word's start, and
    /// whether a "y" follows it ("studies" → "study").
    private static func stem(_ word: UnsafeBufferPointer<UInt8>) -> (length: Int, endsInY: Bool) {
        var length = word.count
        func ends(with suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard length >= count else { return false }
            return (0..<count).allSatisfy { word[length - count + $0] == suffix.utf8Start[$0] }
        }
        if ends(with: "'s") { length -= 2 }
        if length > 4, ends(with: "ies") { return (length - 3, true) }
        if length > 3, ends(with: "s"), !ends(with: "ss") { length -= 1 }
        return (length, false)
    }
}

/// Dense ids (0, 1, 2… in the order first met) for byte strings: a word met again is found
/// by a hash of its bytes, without building a `String` or running `Hasher`.
struct ByteStringIDs {
    /// The bytes of every id, one after the other: id `i` ends at `ends[i]`.
    private var storage: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing: an id, or -1 for an empty slot. A power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 256)

    var count: Int { ends.count }

    /// The id of `key`, and whether it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let (slot, found) = find(key, hash: hash)
        if let found { return (found, false) }
        let id = ends.count
        storage.append(contentsOf: key)
        ends.append(storage.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if 2 * ends.count > slots.count { grow() }
        return (id, true)
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { find(key, hash: Self.hash(key)).id != nil }

    /// Runs `body` with a function that gives the bytes of an id (valid only inside `body`).
    func withBytes<Result>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { storage in
            try body { id in UnsafeBufferPointer(rebasing: storage[(id == 0 ? 0 : ends[id - 1])..<ends[id]]) }
        }
    }

    /// The id of `key`, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, bytes(of: id, equal: key) { return (slot, id) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    private func bytes(of id: Int, equal key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == key.count else { return false }
        guard let keyStart = key.baseAddress else { return true }
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, keyStart, key.count) == 0 }
    }

    /// Eight bytes a step (it is never stored, unlike the shingles' FNV-1a), mixed so that
    /// the low bits, which choose the slot, depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(key.count) &* multiplier
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ UnsafeRawBufferPointer(key).loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < key.count {
            tail = tail << 8 | UInt64(key[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 29)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}

/// Terms and names of many articles as small ids into one list of strings.
public struct StoryVocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    public private(set) var terms: [String] = []
    /// The id of each UTF-8 spelling met by `id(ofUTF8:)`, by its `ByteStringIDs` id.
    private var spellings = ByteStringIDs()
    private var idOfSpelling: [Int32] = []

    public init() {}

    public mutating func id(of term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        ids[term] = id
        terms.append(term)
        return id
    }

    /// `id(of:)` of a term given as UTF-8: regrouping reads thousands of stored terms, most
    /// of them met before, and makes a `String` only for bytes it has not met.
    public mutating func id(ofUTF8 term: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (spelling, isNew) = spellings.insert(term)
        if isNew { idOfSpelling.append(id(of: String(decoding: term, as: UTF8.self))) }
        return idOfSpelling[spelling]
    }

    /// Each id's place in the alphabetical order of the terms.
    func alphabeticalRanks() -> [Int32] {
        var ranks = [Int32](repeating: 0, count: terms.count)
        for (rank, id) in terms.indices.sorted(by: { terms[$0] < terms[$1] }).enumerated() { ranks[id] = Int32(rank) }
        return ranks
    }
}

/// `StoryFeatures` with its terms and names as ids into a `StoryVocabulary`: 8 bytes a term
/// instead of a dictionary entry and a string. The terms are most of what clustering
/// thousands of articles holds in memory.
public struct InternedStoryFeatures: Sendable, Hashable {
    public struct TermCount: Sendable, Hashable {
        public var term: Int32
        public var count: Int32

        public init(term: Int32, count: Int32) {
            self.term = term
            self.count = count
        }
    }

    public var articleID: String
    public var title: String?
    public var published: String?
    public var terms: [TermCount]
    public var names: [TermCount]
    public var sketch: [UInt64]

    public init(articleID: String, title: String?, published: String?, terms: [TermCount], names: [TermCount],
                sketch: [UInt64]) {
        self.articleID = articleID
        self.title = title
        self.published = published
        self.terms = terms
        self.names = names
        self.sketch = sketch
    }

    public init(_ features: StoryFeatures, vocabulary: inout StoryVocabulary) {
        func interned(_ counts: [String: Int]) -> [TermCount] {
            counts.map { TermCount(term: vocabulary.id(of: $0.key), count: Int32(clamping: $0.value)) }
        }
        self.init(articleID: features.articleID, title: features.title, published: features.published,
                  terms: interned(features.terms), names: interned(features.names), sketch: features.sketch)
    }
}

/// How a collection of articles falls into stories.
public struct StoryClustering: Sendable, Hashable {
    /// One story: indices into the clustered articles.
    public struct Group: Sendable, Hashable {
        /// Oldest first (by publication date, then id).
        public var members: [Int]
        /// The member whose title best represents the story: the one most similar to the others.
        public var central: Int
        /// Members that are near-copies (syndicated) of an earlier member: copy → original.
        public var copies: [Int: Int]
    }

    public var groups: [Group]
}

extension StoryClustering {
    /// The knobs of the clustering. The defaults were chosen on ECB+ (news grouped by event,
    /// two events of each kind) and hold on Lore's entertainment-news dev articles.
    public struct Options: Sendable, Hashable {
        /// Two articles are linked when their similarity reaches this…
        public var similarity = 0.04
        /// …or when it stands this many standard deviations above what each of them shares
        /// with the rest of the collection (short articles share little with anything)…
        public var standardScores = 2.0
        /// …provided it reaches this at least.
        public var minimumSimilarity = 0.01
        /// Added to the name similarity, so that articles without names can still match.
        public var nameSmoothing = 0.05
        /// Estimated share of common shingles above which two articles are copies of one text.
        public var copyOverlap = 0.6
        /// Articles published further apart than this are unlikely to report one event: their
        /// similarity is multiplied by `distantDays / days apart`…
        public var distantDays = 30
        /// …and beyond this they are never linked, however alike (a renewal each year).
        public var unrelatedDays = 180
        /// A store regroups its articles in date order, this many at a time, so that memory
        /// stays the same however many articles it holds. Word weights and each article's
        /// background are then taken within a block (and its context): months of news, which
        /// is what a story's articles stand out against.
        public var blockSize = 4000
        /// Each block after the first is clustered together with this many articles just
        /// before it: their stories go on in the block, and they are part of its background.
        public var contextArticles = 1000

        public init() {}

        public init(blockSize: Int, contextArticles: Int) {
            precondition(blockSize > 0 && contextArticles >= 0, "a block holds at least one article")
            self.blockSize = blockSize
            self.contextArticles = contextArticles
        }
    }

    /// Groups articles that report the same event: TF-IDF cosine of words and word pairs,
    /// times the agreement of the names they use, turned into a link strength in [0, 3]
    /// (absolute and relative to each article's background), then average-link clustering:
    /// two groups join while the mean link strength between their members is at least 1.
    /// Near-copies are always in one story. Deterministic: the same input gives the same groups.
    public init(_ articles: [StoryFeatures], options: Options = Options()) {
        var vocabulary = StoryVocabulary()
        let interned = articles.map { InternedStoryFeatures($0, vocabulary: &vocabulary) }
        self.init(interned, vocabulary: vocabulary, options: options)
    }

    /// The same clustering, of articles whose terms and names are ids into `vocabulary`.
    public init(_ articles: [InternedStoryFeatures], vocabulary: StoryVocabulary, options: Options = Options()) {
        let count = articles.count
        guard count > 0 else {
            groups = []
            return
        }
        let alphabetical = vocabulary.alphabeticalRanks()
        let words = WeightedVectors(articles.map(\.terms), alphabetical: alphabetical)
        let names = WeightedVectors(articles.map(\.names), alphabetical: alphabetical)
        let days = articles.map { $0.published.flatMap(CalendarDate.init(iso:)).flatMap(StoryText.dayNumber) }

        // Pairwise similarity through the inverted index: only pairs that share a word.
        var similarity: [[Int: Double]] = Array(repeating: [:], count: count)
        var sum = Array(repeating: 0.0, count: count), sumOfSquares = Array(repeating: 0.0, count: count)
        var copies: [(Int, Int)] = []
        var wordScores = SparseScores(count: count), nameScores = SparseScores(count: count)
        for i in 0..<count {
            words.addDotProducts(of: i, into: &wordScores)
            names.addDotProducts(of: i, into: &nameScores)
            // Sorted, so that the sums come out the same on every run.
            wordScores.sortTouched()
            defer {
                wordScores.clear()
                nameScores.clear()
            }
            for j in wordScores.touched {
                let wordScore = wordScores.values[j]
                var score = wordScore * (nameScores.values[j] + options.nameSmoothing)
                var distant = false
                if let a = days[i], let b = days[j], abs(a - b) > options.distantDays {
                    if abs(a - b) > options.unrelatedDays { continue }
                    score *= Double(options.distantDays) / Double(abs(a - b))
                    distant = true
                }
                sum[i] += score; sum[j] += score
                sumOfSquares[i] += score * score; sumOfSquares[j] += score * score
                if score >= options.minimumSimilarity { similarity[i][j] = score }
                // A syndicated copy runs within days of the original; old text reused later is not one.
                if wordScore >= 0.5, !distant, StoryText.overlap(articles[i].sketch, articles[j].sketch) >= options.copyOverlap {
                    copies.append((i, j))
                }
            }
        }
        // Each article's background: the mean and spread of its similarity to all the others.
        let others = Double(max(count - 1, 1))
        let mean = sum.map { $0 / others }
        let spread = zip(sumOfSquares, mean).map { squares, mean in (max(squares / others - mean * mean, 0)).squareRoot() }
        func standardScore(_ score: Double, _ i: Int) -> Double { spread[i] > 1e-9 ? (score - mean[i]) / spread[i] : 0 }

        var links: [[Int: Double]] = Array(repeating: [:], count: count)
        for i in 0..<count {
            for (j, score) in similarity[i] {
                let relative = (standardScore(score, i) + standardScore(score, j)) / 2 / options.standardScores
                let strength = min(max(score / options.similarity, relative, 0), 3)
                if strength >= 0.05 { links[i][j] = strength; links[j][i] = strength }
            }
        }
        for (i, j) in copies { links[i][j] = 3; links[j][i] = 3 }

        let order = articles.indices.sorted { StoryText.earlier(articles[$0], articles[$1]) }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var result: [Group] = []
        for members in AverageLink.cluster(links, cutoff: 1) {
            let sorted = members.sorted { rank[$0]! < rank[$1]! }
            let memberSet = Set(sorted)
            let central = sorted.max { a, b in
                let scoreA = sorted.reduce(0) { $0 + (links[a][$1] ?? 0) }, scoreB = sorted.reduce(0) { $0 + (links[b][$1] ?? 0) }
                return scoreA != scoreB ? scoreA < scoreB : rank[a]! > rank[b]!
            }!
            var groupCopies: [Int: Int] = [:]
            for (i, j) in copies where memberSet.contains(i) {
                let (original, copy) = rank[i]! < rank[j]! ? (i, j) : (j, i)
                // A copy of a copy points at the first text.
                if groupCopies[copy] == nil || rank[groupCopies[copy]!]! > rank[original]! { groupCopies[copy] = original }
            }
            for (copy, original) in groupCopies {
                var first = original
                while let earlier = groupCopies[first], earlier != copy { first = earlier }
                groupCopies[copy] = first
            }
            result.append(Group(members: sorted, central: central, copies: groupCopies))
        }
        groups = result.sorted { rank[$0.members[0]]! < rank[$1.members[0]]! }
    }
}

/// Sparse TF-IDF vectors, L2-normalised, with an inverted index for the dot products.
private struct WeightedVectors {
    /// Each article's terms that are in the index and in another article too: a term of one
    /// article adds nothing to a product, and most word pairs are met once.
    var vectors: [[(term: Int32, weight: Double)]]
    /// The inverted index: the articles of term `t`, in article order, and their weights are
    /// at `postingStarts[t]..<postingStarts[t + 1]` in `postingArticles` and `postingWeights`.
    /// One array rather than one per term: the dot products read a list for every term of
    /// every article, mostly only its articles.
    var postingStarts: [Int]
    var postingArticles: [Int32]
    var postingWeights: [Double]

    /// `alphabetical` ranks the vocabulary's terms: each vector is in that order, so that the
    /// sums (and so the groups) are the same bit for bit whatever order the terms were met in.
    init(_ bags: [[InternedStoryFeatures.TermCount]], alphabetical: [Int32]) {
        var frequency = [Int](repeating: 0, count: alphabetical.count)
        for bag in bags {
            for entry in bag { frequency[Int(entry.term)] += 1 }
        }
        let documents = Double(bags.count)
        // Words in more than one article in twelve of a large collection, and in more articles
        // than a big story has, say little about which event an article reports but cost the
        // most (each pair of articles that shares one): they count in the norms, not in the
        // products. Summed over many pairs, their small products also made articles of one show
        // that report different events look alike (generated news: stories B-cubed F1 0.50
        // with a third, 0.90 with a twelfth; ECB+ 0.933 → 0.947). In a small collection a
        // story's own words are in more than a twelfth of it: up to fifty articles they count.
        let indexedFrequency = bags.count >= 100 ? max(bags.count / 12, 50) : bags.count
        func isIndexed(_ term: Int32) -> Bool { frequency[Int(term)] >= 2 && frequency[Int(term)] <= indexedFrequency }
        vectors = []
        vectors.reserveCapacity(bags.count)
        for bag in bags {
            var vector: [(term: Int32, weight: Double)] = []
            vector.reserveCapacity(bag.count)
            for entry in bag.sorted(by: { alphabetical[Int($0.term)] < alphabetical[Int($1.term)] }) {
                let idf = log((documents + 1) / (Double(frequency[Int(entry.term)]) + 1))
                let weight = (1 + log(Double(entry.count))) * idf
                if weight > 0 { vector.append((entry.term, weight)) }
            }
            let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { vector = vector.map { ($0.term, $0.weight / norm) } }
            vectors.append(vector.filter { isIndexed($0.term) })
        }
        // Each term's list starts where the lists of the terms before it end.
        postingStarts = [Int](repeating: 0, count: frequency.count + 1)
        for vector in vectors {
            for entry in vector { postingStarts[Int(entry.term) + 1] += 1 }
        }
        for term in frequency.indices { postingStarts[term + 1] += postingStarts[term] }
        var ends = postingStarts
        postingArticles = Array(repeating: 0, count: postingStarts[frequency.count])
        postingWeights = Array(repeating: 0, count: postingStarts[frequency.count])
        for (article, vector) in vectors.enumerated() {
            for entry in vector {
                postingArticles[ends[Int(entry.term)]] = Int32(article)
                postingWeights[ends[Int(entry.term)]] = entry.weight
                ends[Int(entry.term)] += 1
            }
        }
    }

    /// Adds the cosine of article `i` with every later article that shares a term with it.
    func addDotProducts(of i: Int, into scores: inout SparseScores) {
        // On buffers, without a bounds check or a copy per step: this loop is most of
        // clustering's time. The products are added in the same order as ever.
        var touched = scores.touched
        scores.touched = []
        scores.values.withUnsafeMutableBufferPointer { values in
            postingArticles.withUnsafeBufferPointer { articles in
                postingWeights.withUnsafeBufferPointer { weights in
                    for (term, weight) in vectors[i] {
                        // Lists are in article order: walk back from the end down to the later articles.
                        let start = postingStarts[Int(term)]
                        var index = postingStarts[Int(term) + 1] - 1
                        while index >= start, articles[index] > i {
                            let article = Int(articles[index])
                            if values[article] == 0 { touched.append(article) }
                            values[article] += weight * weights[index]
                            index -= 1
                        }
                    }
                }
            }
        }
        scores.touched = touched
    }
}

/// Scores for some of `count` articles: a dense array (fast to add to) and the list of the
/// articles that got one (fast to clear).
struct SparseScores {
    var values: [Double]
    var touched: [Int] = []
    /// One bit per article, all clear between calls of `sortTouched`.
    private var marks: [UInt64]

    init(count: Int) {
        values = Array(repeating: 0, count: count)
        marks = Array(repeating: 0, count: count / 64 + 1)
    }

    /// Puts `touched` in ascending order: marked in a bitset and read back a word at a time,
    /// which costs less than sorting thousands of articles for every article.
    mutating func sortTouched() {
        guard touched.count > 1 else { return }
        var low = Int.max, high = 0
        for article in touched {
            marks[article >> 6] |= 1 << UInt64(article & 63)
            low = min(low, article)
            high = max(high, article)
        }
        var next = 0
        for word in (low >> 6)...(high >> 6) {
            var bits = marks[word]
            marks[word] = 0
            while bits != 0 {
                touched[next] = word << 6 | bits.trailingZeroBitCount
                next += 1
                bits &= bits - 1
            }
        }
    }

    mutating func clear() {
        for article in touched { values[article] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}

/// Average-link agglomerative clustering over a sparse similarity graph (absent pairs count 0).
enum AverageLink {
    /// Groups of indices; two groups merge while the mean similarity between their members
    /// is at least `cutoff`, the most similar pair first.
    static func cluster(_ similarity: [[Int: Double]], cutoff: Double) -> [[Int]] {
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: similarity.indices.map { ($0, [$0]) })
        // Sum of the similarities between the members of two groups, for each linked pair.
        var linkSums: [Int: [Int: Double]] = Dictionary(uniqueKeysWithValues: similarity.indices.map { ($0, similarity[$0]) })
        var version = Array(repeating: 0, count: similarity.count)
        var queue = MergeQueue()
        for (a, row) in linkSums {
            for (b, sum) in row where a < b && sum >= cutoff { queue.push(MergeCandidate(score: sum, a: a, b: b, versionA: 0, versionB: 0)) }
        }
        while let best = queue.pop() {
            let (a, b) = (best.a, best.b)
            guard members[a] != nil, members[b] != nil, version[a] == best.versionA, version[b] == best.versionB else { continue }
            // Merge b into a.
            members[a]! += members.removeValue(forKey: b)!
            version[a] += 1
            var merged = linkSums.removeValue(forKey: a) ?? [:]
            for (other, sum) in linkSums.removeValue(forKey: b) ?? [:] { merged[other, default: 0] += sum }
            merged[a] = nil; merged[b] = nil
            for (other, sum) in merged {
                linkSums[other]![b] = nil
                linkSums[other]![a] = sum
            }
            linkSums[a] = merged
            let size = Double(members[a]!.count)
            for (other, sum) in merged {
                let mean = sum / (size * Double(members[other]!.count))
                if mean >= cutoff {
                    let (x, y) = a < other ? (a, other) : (other, a)
                    queue.push(MergeCandidate(score: mean, a: x, b: y, versionA: version[x], versionB: version[y]))
                }
            }
        }
        return members.keys.sorted().map { members[$0]!.sorted() }
    }
}

struct MergeCandidate {
    var score: Double
    var a: Int, b: Int
    var versionA: Int, versionB: Int

    /// Higher score first; ties go to the lower indices, so the result never depends on hashing.
    func isBefore(_ other: MergeCandidate) -> Bool {
        score != other.score ? score > other.score : (a, b) < (other.a, other.b)
    }
}

/// A binary heap of merge candidates, best first.
struct MergeQueue {
    private var heap: [MergeCandidate] = []

    mutating func push(_ candidate: MergeCandidate) {
        heap.append(candidate)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].isBefore(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> MergeCandidate? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let best = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count, heap[left].isBefore(heap[first]) { first = left }
            if right < heap.count, heap[right].isBefore(heap[first]) { first = right }
            if first == parent { break }
            heap.swapAt(parent, first)
            parent = first
        }
        return best
    }
}

/// Tokens, stems and hashes for story features.
enum StoryText {
    static let shingleLength = 5
    static let sketchSize = 64

    /// Words that say nothing about which event an article reports. In code rather than in a
    /// lexicon file: this target has no resource bundle.
    static let stopWords: Set<String> = Set("""
        a about above after again against all also am an and any are as at be because been before being below between \
        both but by can could did do does doing down during each few for from further had has have having he her here \
        hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off \
        on once only or other our ours out over own same she should so some such than that the their theirs them \
        themselves then there these they this those through to too under until up very was we were what when where \
        which while who whom why will with would you your yours said say told according one two new u may like get got \
        year time first last week day
        """.split(separator: " ").map(String.init))

    /// The stop words (all ASCII) by their bytes.
    static let stopWordSpellings: ByteStringIDs = {
        var spellings = ByteStringIDs()
        for word in stopWords { _ = Array(word.utf8).withUnsafeBufferPointer { spellings.insert($0) } }
        return spellings
    }()

    /// "Hadley", "Élan" (an ASCII first letter is checked without Unicode's tables).
    static func startsUppercase(_ token: String) -> Bool {
        guard let first = token.utf8.first else { return false }
        return first < 0x80 ? (0x41...0x5A).contains(first) : token.first?.isUppercase == true
    }

    /// A light stemmer: possessives and plurals go ("studios" → "studio", "series" stays).
    static func stem(_ lowered: String) -> String {
        var word = lowered
        // Most words hold no typographic apostrophe, and Foundation's replace costs more than the rest.
        if word.utf8.contains(0xE2) { word = word.replacingOccurrences(of: "\u{2019}", with: "'") }
        if word.hasSuffix("'s") { word.removeLast(2) }
        if word.count > 4, word.hasSuffix("ies") {
            word.removeLast(3)
            word += "y"
        } else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") {
            word.removeLast()
        }
        return word
    }

    /// Follows each word of a shingle in what is hashed.
    static let wordSeparator: UInt8 = 0x1F

    /// 64-bit FNV-1a of the words, each followed by `wordSeparator`.
    static func hash(_ words: [String]) -> UInt64 {
        var bytes: [UInt8] = []
        for word in words {
            bytes += word.utf8
            bytes.append(wordSeparator)
        }
        return bytes.withUnsafeBufferPointer { hash(bytes: $0) }
    }

    /// 64-bit FNV-1a.
    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices {
            hash ^= UInt64(bytes[index])
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// The share of common shingles estimated from two bottom-k sketches: of the k smallest
    /// hashes of the union, the fraction that both sketches hold.
    static func overlap(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let setA = Set(a), setB = Set(b)
        let union = Array(setA.union(setB).sorted().prefix(min(sketchSize, max(a.count, b.count))))
        let both = union.filter { setA.contains($0) && setB.contains($0) }.count
        return Double(both) / Double(union.count)
    }

    /// Days since year 0, roughly (a month-precise date counts from the 15th): only gaps of
    /// months matter here.
    static func dayNumber(_ date: CalendarDate) -> Int? {
        guard let month = date.month else { return nil }
        return date.year * 365 + (month - 1) * 30 + (date.day ?? 15)
    }

    /// Publication order: dated before undated, then by date, then by id.
    static func earlier(_ a: InternedStoryFeatures, _ b: InternedStoryFeatures) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.articleID < b.articleID
        }
    }
}
