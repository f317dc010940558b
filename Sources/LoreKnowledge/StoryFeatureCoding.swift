import Foundation

/// How story features are kept in the `storyFeatures` table: the title and the date, each on
/// a line of its own, then the byte `frontCoded`, the terms and the names. Each list is its
/// length, then each entry in the order of its UTF-8 bytes: how many leading bytes it shares
/// with the entry before it, the length and bytes of the rest, and its count, the numbers as
/// LEB128 varints. Most terms share their start with the one before ("agent", "agent vale"):
/// this takes about 60% of the room that one text line per term took.
///
/// Rows written before (one `T<TAB>term<TAB>count` or `N<TAB>name<TAB>count` line each after
/// the date) are read as well.
public enum StoryFeatureCoding {
    /// Follows the date line: no term line starts with it.
    static let frontCoded: UInt8 = 0x01

    public static func encode(_ features: StoryFeatures) -> Data {
        var bytes = header(title: features.title, published: features.published,
                           entries: features.terms.count + features.names.count)
        for counts in [features.terms, features.names] {
            appendVarint(UInt64(counts.count), to: &bytes)
            var list = FrontCodedList()
            for (_, term, count) in inByteOrder(counts) {
                var term = term
                term.withUTF8 { list.append($0, count: count, to: &bytes) }
            }
        }
        return Data(bytes)
    }

    /// The title and date lines and the `frontCoded` byte, in an array with room for the entries.
    static func header(title: String?, published: String?, entries: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 * entries + 128)
        bytes += oneLine(title ?? "").utf8
        bytes.append(10)
        bytes += (published ?? "").utf8
        bytes.append(10)
        bytes.append(frontCoded)
        return bytes
    }

    /// Writes the entries of one list, in byte order, each after the one before it.
    struct FrontCodedList {
        private var previous: [UInt8] = []

        mutating func append(_ term: UnsafeBufferPointer<UInt8>, count: Int, to bytes: inout [UInt8]) {
            var shared = 0
            let limit = min(previous.count, term.count)
            while shared < limit, previous[shared] == term[shared] { shared += 1 }
            appendVarint(UInt64(shared), to: &bytes)
            appendVarint(UInt64(term.count - shared), to: &bytes)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: term[shared...]))
            appendVarint(UInt64(bitPattern: Int64(count)), to: &bytes)
            previous.removeAll(keepingCapacity: true)
            previous.append(contentsOf: term)
        }
    }

    /// The entries in the order of their UTF-8 bytes, sorted by their first eight bytes and
    /// only on a tie by all of them: comparing Strings took most of the encoding's time.
    private static func inByteOrder(_ counts: [String: Int]) -> [(prefix: UInt64, term: String, count: Int)] {
        var entries = counts.map { term, count in (prefix: sortPrefix(term.utf8), term: term, count: count) }
        entries.sort { a, b in a.prefix != b.prefix ? a.prefix < b.prefix : a.term.utf8.lexicographicallyPrecedes(b.term.utf8) }
        return entries
    }

    /// The first eight bytes, big-endian: their order is the bytes' order.
    static func sortPrefix(_ bytes: some Collection<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0, shift: UInt64 = 56
        for byte in bytes.prefix(8) {
            prefix |= UInt64(byte) << shift
            shift &-= 8
        }
        return prefix
    }

    /// 8 bytes per hash, little-endian.
    public static func encode(sketch: [UInt64]) -> Data {
        var data = Data(capacity: sketch.count * 8)
        for hash in sketch { withUnsafeBytes(of: hash.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    public static func decode(articleID: String, features: Data, sketch: Data) throws -> StoryFeatures {
        var terms: [String: Int] = [:], names: [String: Int] = [:]
        let (title, published) = try parse(features) { isName, term, count in
            let term = String(decoding: term, as: UTF8.self)
            if isName { names[term] = count } else { terms[term] = count }
        }
        return StoryFeatures(articleID: articleID, title: title, published: published, terms: terms, names: names,
                             sketch: decode(sketch: sketch))
    }

    /// The same, with terms and names as ids into `vocabulary`: what regrouping holds in memory.
    public static func decode(articleID: String, features: Data, sketch: Data,
                       vocabulary: inout StoryVocabulary) throws -> InternedStoryFeatures {
        var terms: [InternedStoryFeatures.TermCount] = [], names: [InternedStoryFeatures.TermCount] = []
        let (title, published) = try parse(features) { isName, term, count in
            let entry = InternedStoryFeatures.TermCount(term: vocabulary.id(ofUTF8: term), count: Int32(clamping: count))
            if isName { names.append(entry) } else { terms.append(entry) }
        }
        return InternedStoryFeatures(articleID: articleID, title: title, published: published, terms: terms, names: names,
                                     sketch: decode(sketch: sketch))
    }

    /// Calls `take` with each term and name (as UTF-8) and returns the title and the date.
    /// Read in place: regrouping a block reads thousands of rows.
    private static func parse(_ features: Data, _ take: (_ isName: Bool, _ term: UnsafeBufferPointer<UInt8>, _ count: Int) -> Void) throws
        -> (title: String?, published: String?) {
        try features.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let titleEnd = bytes.firstIndex(of: 10),
                  let dateEnd = bytes[(titleEnd + 1)...].firstIndex(of: 10) else {
                throw Malformed(description: "the title and the date are not two lines")
            }
            let title = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<titleEnd]), as: UTF8.self)
            let published = String(decoding: UnsafeBufferPointer(rebasing: bytes[(titleEnd + 1)..<dateEnd]), as: UTF8.self)
            if dateEnd + 1 < bytes.count, bytes[dateEnd + 1] == frontCoded {
                try parseFrontCoded(bytes, from: dateEnd + 2, take)
            } else {
                try parseLines(bytes, from: dateEnd + 1, take)
            }
            return (title.isEmpty ? nil : title, published.isEmpty ? nil : published)
        }
    }

    private static func parseFrontCoded(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                        _ take: (_ isName: Bool, _ term: UnsafeBufferPointer<UInt8>, _ count: Int) -> Void) throws {
        var index = start
        func varint() throws -> Int {
            var value: UInt64 = 0, shift: UInt64 = 0
            while index < bytes.count, shift < 64 {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int(truncatingIfNeeded: value) }
                shift += 7
            }
            throw Malformed(description: "a number is cut off at byte \(index)")
        }
        var term: [UInt8] = []
        for isName in [false, true] {
            let entries = try varint()
            for _ in 0..<max(entries, 0) {
                let shared = try varint(), rest = try varint()
                guard (0...term.count).contains(shared), rest >= 0, rest <= bytes.count - index else {
                    throw Malformed(description: "an entry at byte \(index) reaches past what it shares or past the end")
                }
                term.removeLast(term.count - shared)
                term.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + rest)]))
                index += rest
                let count = try varint()
                term.withUnsafeBufferPointer { take(isName, $0, count) }
            }
        }
        guard index == bytes.count else { throw Malformed(description: "\(bytes.count - index) byte(s) follow the names") }
    }

    /// The earlier format: a `TYPE<TAB>TERM<TAB>COUNT` line per term and name, TYPE one byte.
    private static func parseLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   _ take: (_ isName: Bool, _ term: UnsafeBufferPointer<UInt8>, _ count: Int) -> Void) throws {
        var lineStart = start, lineNumber = 2
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineNumber += 1
            lineStart = lineEnd + 1
            guard line.count >= 4, line[1] == 9, let secondTab = line[2...].firstIndex(of: 9),
                  let count = integer(UnsafeBufferPointer(rebasing: line[(secondTab + 1)...])),
                  line[0] == UInt8(ascii: "T") || line[0] == UInt8(ascii: "N")
            else { throw Malformed(description: "line \(lineNumber) is not TYPE<TAB>TERM<TAB>COUNT") }
            take(line[0] == UInt8(ascii: "N"), UnsafeBufferPointer(rebasing: line[2..<secondTab]), count)
        }
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// `Int(_:)` of the text, without making a string for the usual plain digits.
    private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(text.count), text.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return Int(String(decoding: text, as: UTF8.self))
        }
        return text.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func decode(sketch: Data) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(sketch.count / 8)
        let sketchBytes = [UInt8](sketch)
        for start in stride(from: 0, to: sketchBytes.count - 7, by: 8) {
            var hash: UInt64 = 0
            for offset in 0..<8 { hash |= UInt64(sketchBytes[start + offset]) << (8 * offset) }
            hashes.append(hash)
        }
        return hashes
    }

    private static func oneLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }
}
