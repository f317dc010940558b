/// A read-only table from words to values for the hot path. Rules look words up all the time,
/// and `Hasher`'s SipHash over a `String` costs several hundred instructions; FNV-1a over the
/// word's UTF-8 bytes and one comparison cost a fraction of that.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    /// Each key's hash, compared before the key: a String comparison costs far more than an integer one.
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// Open addressing: an index into `keys` plus one, or 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        slots = [Int32](repeating: 0, count: 16)
        mask = 15
        for (key, value) in pairs { self[key] = value }
    }

    var count: Int { keys.count }
    var allKeys: [String] { keys }

    subscript(word: String) -> Value? {
        get { self[word, hash: Self.hash(word)] }
        set {
            guard let newValue else { return }  // read-only tables: entries are never removed
            let h = Self.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 {
                let k = Int(slots[i]) - 1
                if hashes[k] == h && keys[k] == word { values[k] = newValue; return }
                i = (i + 1) & mask
            }
            keys.append(word)
            hashes.append(h)
            values.append(newValue)
            slots[i] = Int32(keys.count)
            if keys.count * 2 > slots.count { grow() }
        }
    }

    /// A look-up whose `hash(word)` the caller already has.
    subscript(word: String, hash h: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            let k = Int(slots[i]) - 1
            if hashes[k] == h && keys[k] == word { return values[k] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(k + 1)
        }
    }

    static func hash(_ word: String) -> UInt64 {
        // The bytes in place: `withUTF8` needs a mutable copy, a retain and a release per word.
        func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
        return word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    }
}

/// A read-only set of words with the same cheap lookup.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String { table = WordTable(words.lazy.map { ($0, true) }) }
    init(arrayLiteral words: String...) { self.init(words) }
    /// No words, built once (a default argument `[]` built a table on every call).
    static let empty: WordSet = []

    func contains(_ word: String) -> Bool { table[word] != nil }
    /// A look-up whose `WordTable.hash(word)` the caller already has.
    func contains(_ word: String, hash: UInt64) -> Bool { table[word, hash: hash] != nil }
    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(table.allKeys + Array(other)) }
    var count: Int { table.count }
    func makeIterator() -> IndexingIterator<[String]> { table.allKeys.makeIterator() }
}
