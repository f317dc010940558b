import Foundation
import GRDB
import LoreKnowledge
import LoreReading

/// How story features are kept in the `storyFeatures` table: the title and the date, each on
/// a line of its own, then the byte `frontCoded`, the terms and the names. Each list is its
/// length, then each entry in the order of its UTF-8 bytes: how many leading bytes it shares
/// with the entry before it, the length and bytes of the rest, and its count, the numbers as
/// LEB128 varints. Most terms share their start with the one before ("agent", "agent vale"):
/// this takes about 60% of the room that one text line per term took.
///
/// Rows written before (one `T<TAB>term<TAB>count` or `N<TAB>name<TAB>count` line each after
/// the date) are read as well.
enum StoryFeatureCoding {
    /// Follows the date line: no term line starts with it.
    static let frontCoded: UInt8 = 0x01

    static func encode(_ features: StoryFeatures) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 * (features.terms.count + features.names.count) + 128)
        bytes += oneLine(features.title ?? "").utf8
        bytes.append(10)
        bytes += (features.published ?? "").utf8
        bytes.append(10)
        bytes.append(frontCoded)
        for counts in [features.terms, features.names] {
            appendVarint(UInt64(counts.count), to: &bytes)
            var previous: [UInt8] = []
            for (_, term, count) in inByteOrder(counts) {
                var term = term
                term.withUTF8 { term in
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
        }
        return Data(bytes)
    }

    /// The entries in the order of their UTF-8 bytes, sorted by their first eight bytes and
    /// only on a tie by all of them: comparing Strings took most of the encoding's time.
    private static func inByteOrder(_ counts: [String: Int]) -> [(prefix: UInt64, term: String, count: Int)] {
        var entries = counts.map { term, count -> (prefix: UInt64, term: String, count: Int) in
            var prefix: UInt64 = 0, shift: UInt64 = 56
            for byte in term.utf8.prefix(8) {
                prefix |= UInt64(byte) << shift
                shift &-= 8
            }
            return (prefix, term, count)
        }
        entries.sort { a, b in a.prefix != b.prefix ? a.prefix < b.prefix : a.term.utf8.lexicographicallyPrecedes(b.term.utf8) }
        return entries
    }

    /// 8 bytes per hash, little-endian.
    static func encode(sketch: [UInt64]) -> Data {
        var data = Data(capacity: sketch.count * 8)
        for hash in sketch { withUnsafeBytes(of: hash.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(articleID: String, features: Data, sketch: Data) throws -> StoryFeatures {
        var terms: [String: Int] = [:], names: [String: Int] = [:]
        let (title, published) = try parse(features) { isName, term, count in
            let term = String(decoding: term, as: UTF8.self)
            if isName { names[term] = count } else { terms[term] = count }
        }
        return StoryFeatures(articleID: articleID, title: title, published: published, terms: terms, names: names,
                             sketch: decode(sketch: sketch))
    }

    /// The same, with terms and names as ids into `vocabulary`: what regrouping holds in memory.
    static func decode(articleID: String, features: Data, sketch: Data,
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

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
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

/// What `updateStories()` did.
public struct StoryUpdate: Sendable, Hashable {
    /// Articles regrouped: those from the block of the earliest change on.
    public var articles = 0
    /// Stories those articles are in now.
    public var stories = 0
    /// Regrouped articles recognised as near-copies of another article.
    public var copies = 0
}

extension SQLiteStore {
    /// Regroups into stories the articles from the block of the earliest article stored,
    /// replaced or removed since the last regroup on (see `StoryRegrouping`); does nothing
    /// when no article changed. A story keeps its id as long as it keeps most of its
    /// articles, so ids stay stable as articles arrive.
    @discardableResult
    public func updateStories(options: StoryClustering.Options = .init()) throws -> StoryUpdate {
        try write("grouping articles into stories") { db in
            var regrouping = try StoryRegrouping(db: db, database: path, options: options)
            return try regrouping.run()
        }
    }

    /// Regroups every article anew, for when the way stories are made has changed (a new
    /// version of Lore, other options): each article's story features are computed again
    /// from its stored text (an article stored without its text keeps the features it has),
    /// then every block is regrouped. Memory stays flat: articles are read one at a time.
    @discardableResult
    public func regroupAllStories(options: StoryClustering.Options = .init()) throws -> StoryUpdate {
        try write("regrouping every article into stories") { db in
            let articles = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.published, t.title, t.text FROM article a JOIN articleText t ON t.articleId = a.id
                WHERE t.text != ''
                """)
            let update = try db.cachedStatement(sql: "UPDATE storyFeatures SET features = ?, sketch = ? WHERE articleId = ?")
            while let row = try articles.next() {
                let title: String = row["title"]
                let article = Article(id: row["id"], title: title.isEmpty ? nil : title, published: row["published"],
                                      text: row["text"])
                let features = StoryFeatures(article: article)
                try update.execute(arguments: [StoryFeatureCoding.encode(features),
                                               StoryFeatureCoding.encode(sketch: features.sketch), features.articleID])
            }
            // From the first article on, whether or not its features changed.
            try StoryRegrouping.regroupFromTheFirstArticle(db)
            var regrouping = try StoryRegrouping(db: db, database: path, options: options)
            return try regrouping.run()
        }
    }

    /// Every story with its articles (oldest first) and the facts it added or changed;
    /// stories in order of their first date. With `latest`, only that many of the latest
    /// stories, read with their own facts only.
    public func stories(latest: Int? = nil) throws -> [Story] {
        var stories = try read("reading stories") { db in
            var stories: [Story] = []
            var index: [Int64: Int] = [:]
            let chosen = latest.map { "ORDER BY COALESCE(firstDate, '~') DESC, id DESC LIMIT \($0)" } ?? ""
            for row in try Row.fetchAll(db, sql: "SELECT id, headline, firstDate, lastDate FROM story " + chosen) {
                index[row["id"]] = stories.count
                stories.append(Story(id: row["id"], headline: row["headline"], firstDate: row["firstDate"],
                                     lastDate: row["lastDate"], articles: []))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT m.storyId, m.copyOf, a.id, \(SQLiteStore.titleOrFirstLine) AS title, a.outlet, a.url, a.published
                FROM storyArticle m JOIN article a ON a.id = m.articleId LEFT JOIN storyFeatures f ON f.articleId = a.id
                \(latest == nil ? "" : "WHERE m.storyId IN (\(index.keys.map(String.init).joined(separator: ",")))")
                ORDER BY a.published IS NULL, a.published, a.id
                """) {
                guard let slot = index[row["storyId"]] else { continue }
                stories[slot].articles.append(StoryArticle(id: row["id"], title: row["title"], outlet: row["outlet"],
                                                           url: row["url"], published: row["published"], copyOf: row["copyOf"]))
            }
            return stories
        }
        let articles = stories.flatMap { $0.articles.map(\.id) }
        Story.attachFacts(latest == nil ? try facts() : try facts(inArticles: articles), to: &stories)
        return stories.sorted { ($0.firstDate ?? "~", $0.id) < ($1.firstDate ?? "~", $1.id) }
    }

    /// SQL for an article's title, else the first line of its text (the first line of its
    /// story features, see StoryFeatureCoding), for articles `a` joined with features `f`.
    static let titleOrFirstLine = "COALESCE(a.title, NULLIF(CAST(substr(f.features, 1, instr(f.features, x'0a') - 1) AS TEXT), ''))"

    /// The story of each stored article: article id → story id.
    public func storyAssignments() throws -> [(article: String, story: Int64)] {
        try read("reading stories") { db in
            try Row.fetchAll(db, sql: "SELECT articleId, storyId FROM storyArticle ORDER BY articleId").map {
                (article: $0["articleId"], story: $0["storyId"])
            }
        }
    }
}
