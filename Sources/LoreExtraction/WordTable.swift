import LoreLanguage

/// A read-only table from words to values for the hot path. Rules look words up all the time,
/// and `Hasher`'s SipHash over a `String` costs several hundred instructions; mixing a short
/// word's bytes (FNV-1a over a longer one's) and one comparison cost a fraction of that.
struct WordTable<Value: Sendable>: Sendable {
    /// Each key with its value, side by side: a hit then reads one more cache line, not two.
    private var entries: [(key: String, value: Value)] = []
    /// Open addressing: each slot holds a key's hash (compared before the key: a String
    /// comparison costs far more than an integer one) and the key's index in `entries` plus one,
    /// 0 for an empty slot. A miss, the common case for most tables, reads nothing else.
    private var slots: [(hash: UInt64, entry: Int32)]
    private var mask: Int

    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        // Sized for all the pairs at once: growing by doubling rehashed the 40,000 English words many times.
        let expected = pairs.underestimatedCount
        var size = 16
        while size < 2 * expected + 2 { size *= 2 }
        slots = Array(repeating: (0, 0), count: size)
        mask = size - 1
        entries.reserveCapacity(expected)
        for (key, value) in pairs { self[key] = value }
    }

    var count: Int { entries.count }
    var allKeys: [String] { entries.map(\.key) }

    subscript(word: String) -> Value? {
        get { self[word, hash: Self.hash(word)] }
        set {
            guard let newValue else { return }  // read-only tables: entries are never removed
            let h = Self.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i].entry != 0 {
                let k = Int(slots[i].entry) - 1
                if slots[i].hash == h && entries[k].key == word { entries[k].value = newValue; return }
                i = (i + 1) & mask
            }
            entries.append((word, newValue))
            slots[i] = (h, Int32(entries.count))
            if entries.count * 2 > slots.count { grow() }
        }
    }

    /// A look-up whose `hash(word)` the caller already has.
    subscript(word: String, hash h: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].entry != 0 {
            if slots[i].hash == h {
                let k = Int(slots[i].entry) - 1
                if entries[k].key.is(word) { return entries[k].value }
            }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: (0, 0), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.entry != 0 {
            var i = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[i].entry != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    static func hash(_ word: String) -> UInt64 {
        #if _endian(little) && _pointerBitWidth(_64)
        // Most words are "small" Strings: up to 15 bytes kept in the String's own two machine
        // words, the count in the high byte of the second. Those words are hashed as they are,
        // instead of byte by byte; a short word stored elsewhere is packed the same way first.
        let raw = unsafeBitCast(word, to: (UInt64, UInt64).self)
        if raw.1 & (1 << 61) != 0 { return packed(raw.0, raw.1, count: Int((raw.1 >> 56) & 0xF)) }
        #endif
        // The bytes in place: `withUTF8` needs a mutable copy, a retain and a release per word.
        func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
            #if _endian(little) && _pointerBitWidth(_64)
            if bytes.count <= 15 {
                var low: UInt64 = 0, high: UInt64 = 0
                for (k, byte) in bytes.enumerated() {
                    if k < 8 { low |= UInt64(byte) << (8 * k) } else { high |= UInt64(byte) << (8 * (k - 8)) }
                }
                return packed(low, high, count: bytes.count)
            }
            #endif
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
        return word.utf8.withContiguousStorageIfAvailable(hash) ?? hash(word.utf8)
    }

    /// A word of at most 15 bytes as two machine words (bytes 0–7, then 8–14 and the count):
    /// the bytes past the count are masked off, then the two are mixed (a MurmurHash3 finaliser).
    @inline(__always)
    private static func packed(_ low: UInt64, _ high: UInt64, count: Int) -> UInt64 {
        let lowMask: UInt64 = count >= 8 ? .max : (1 << (8 * count)) &- 1
        let highMask: UInt64 = count <= 8 ? 0 : (1 << (8 * (count - 8))) &- 1
        var h = (low & lowMask) &* 0x9E37_79B9_7F4A_7C15 ^ ((high & highMask) | UInt64(count) << 56) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
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
