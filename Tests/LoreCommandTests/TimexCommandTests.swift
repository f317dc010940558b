import Foundation
import Testing

/// `lore timex`: TempEval-style documents in, one JSON line of time expressions per document out.
@Suite struct TimexCommandTests {
    /// Wednesday 15 March 2017; "Müller" puts two-byte characters before the expressions.
    static let text = "Jürgen Müller said Friday that the café opens next year."

    static func document(_ doc: String, _ text: String, dct: String = "2017-03-15") -> String {
        let object: [String: String] = ["doc": doc, "dct": dct, "text": text]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func offsetsAreCodePointsAndValuesUseTheDocumentDate() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("a.json", Self.document("a", Self.text))
        let result = try lore.run(["timex", "--format", "tempeval", "a.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try Self.lines(result.stdout)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line["doc"] as? String == "a")
        let timexes = try #require(line["timexes"] as? [[String: Any]])
        #expect(timexes.map { $0["text"] as? String } == ["Friday", "next year"])
        #expect(timexes.map { $0["value"] as? String } == ["2017-03-10", "2018"])
        #expect(timexes.map { $0["type"] as? String } == ["DATE", "DATE"])
        let scalars = Array(Self.text.unicodeScalars)
        for timex in timexes {
            let start = try #require(timex["start"] as? Int), end = try #require(timex["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == timex["text"] as? String)
        }
        // "Jürgen Müller said " is 19 code points (21 bytes).
        #expect(timexes.first?["start"] as? Int == 19)
        #expect(timexes.first?["end"] as? Int == 25)
    }

    @Test func aFolderIsReadInNameOrderAndBadFilesAreSkippedWithExitThree() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try FileManager.default.createDirectory(atPath: lore.path("docs/sub"), withIntermediateDirectories: true)
        try lore.write("docs/b.json", Self.document("b", "It opened last week."))
        try lore.write("docs/sub/c.json", Self.document("c", "Nothing here."))
        try lore.write("docs/a.json", "{not json")
        try lore.write("docs/d.json", "{\"doc\": \"d\", \"dct\": \"2017-03-15\"}")
        let result = try lore.run(["timex", "docs"])
        #expect(result.status == 3)
        let docs = try Self.lines(result.stdout).map { $0["doc"] as? String }
        #expect(docs == ["b", "c"])
        #expect(result.stderr.contains("docs/a.json"))
        #expect(result.stderr.contains("not valid JSON"))
        #expect(result.stderr.contains("docs/d.json"))
        #expect(result.stderr.contains("\"text\""))
    }

    @Test func helpHasAnExample() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(["timex", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example:"))
        #expect(result.stdout.contains("lore timex"))
    }

    @Test func noPathIsAUsageError() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(["timex"])
        #expect(result.status == 1)
    }
}
