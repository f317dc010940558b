import Foundation
import GRDB
import LoreKnowledge
import LoreReading

/// How story features are kept in the `storyFeatures` table: the title, the date, then one
/// `T<TAB>term<TAB>count` or `N<TAB>name<TAB>count` line each (terms never hold tabs or line
/// breaks). Plain text rather than JSON: decoding JSON took longer than the clustering.
enum StoryFeatureCoding {
    static func encode(_ features: StoryFeatures) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 * (features.terms.count + features.names.count) + 128)
        bytes += oneLine(features.title ?? "").utf8
        bytes.append(10)
        bytes += (features.published ?? "").utf8
        bytes.append(10)
        // Appended as bytes: interpolating a string per term was a visible share of ingest.
        for (type, counts) in [(UInt8(ascii: "T"), features.terms), (UInt8(ascii: "N"), features.names)] {
            for (term, count) in counts.sorted(by: { $0.key < $1.key }) {
                bytes.append(type)
                bytes.append(9)
                bytes += term.utf8
                bytes.append(9)
                bytes += String(count).utf8
                bytes.append(10)
            }
        }
        return Data(bytes)
    }

    /// 8 bytes per hash, little-endian.
    static func encode(sketch: [UInt64]) -> Data {
        var data = Data(capacity: sketch.count * 8)
        for hash in sketch { withUnsafeBytes(of: hash.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    struct Malformed: Error, CustomStringConvertible {
        var line: Int
        var description: String { "line \(line) is not TYPE<TAB>TERM<TAB>COUNT" }
    }

    /// Parsed on bytes: it runs for every regrouped article whenever stories are recomputed.
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

    /// Calls `take` with each term or name line (the term as UTF-8) and returns the title and
    /// the date. Lines are read in place: regrouping a block parses thousands of them.
    private static func parse(_ features: Data, _ take: (_ isName: Bool, _ term: UnsafeBufferPointer<UInt8>, _ count: Int) -> Void) throws
        -> (title: String?, published: String?) {
        try features.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var title = "", published = ""
            var lineNumber = 0, lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineNumber += 1
                lineStart = lineEnd + 1
                switch lineNumber {
                case 1: title = String(decoding: line, as: UTF8.self)
                case 2: published = String(decoding: line, as: UTF8.self)
                default:
                    // TYPE<TAB>TERM<TAB>COUNT, TYPE one byte.
                    guard line.count >= 4, line[1] == 9, let secondTab = line[2...].firstIndex(of: 9),
                          let count = integer(UnsafeBufferPointer(rebasing: line[(secondTab + 1)...]))
                    else { throw Malformed(line: lineNumber) }
                    let term = UnsafeBufferPointer(rebasing: line[2..<secondTab])
                    switch line[0] {
                    case UInt8(ascii: "T"): take(false, term, count)
                    case UInt8(ascii: "N"): take(true, term, count)
                    default: throw Malformed(line: lineNumber)
                    }
                }
            }
            guard lineNumber >= 2 else { throw Malformed(line: lineNumber + 1) }
            return (title.isEmpty ? nil : title, published.isEmpty ? nil : published)
        }
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
