import Foundation
import Testing

/// Articles in DESIGN contract 1, one JSON object a line.
func jsonLine(id: String, text: String, outlet: String = "example.com", published: String = "2017-01-31") -> String {
    let object: [String: String] = ["id": id, "outlet": outlet, "published": published, "text": text]
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self) + "\n"
}

let castingText = "Marvel Casts Krysten Ritter\n\nKrysten Ritter has been cast as Jessica Jones in the Netflix series Jessica Jones."
let setText = "Set Photos\n\nMike Colter was spotted on the set of The Defenders in New York City."

@Suite struct HelpTests {
    @Test(arguments: [[], ["ingest"], ["extract"], ["show"], ["facts"], ["demo"], ["serve"], ["benchmark"]])
    func everyCommandHasHelp(command: [String]) throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:"))
        #expect(result.stdout.contains("USAGE: lore"))
        if !command.isEmpty { #expect(result.stdout.contains("Example:")) }
    }

    @Test(arguments: [["ingest"], ["show"], ["facts", "--format", "xml"], ["ingest", "a.txt", "--published", "31/01/2017"],
                      ["benchmark"], ["frobnicate"]])
    func usageErrorsExitWithOne(arguments: [String]) throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error:"))
        #expect(result.stdout.isEmpty)
    }
}

@Suite struct IngestCommandTests {
    @Test func ingestPrintsASummaryAndReingestingChangesNothing() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText) + jsonLine(id: "a2", text: setText))
        let first = try lore.run(["ingest", "news.jsonl"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("read: 2 articles (2 new)"))
        #expect(first.stdout.contains("skipped: 0"))
        #expect(first.stdout.contains("new entities:"))
        #expect(first.stdout.contains("new facts:"))
        #expect(first.stderr.isEmpty, "no progress bar or message when standard error is not a terminal")
        #expect(FileManager.default.fileExists(atPath: lore.path("lore.sqlite")), "the default database is ./lore.sqlite")

        let again = try lore.run(["ingest", "news.jsonl"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("read: 2 articles (2 unchanged)"))
        #expect(again.stdout.contains("new entities: 0 "))
        #expect(again.stdout.contains("new facts: 0 "))
    }

    @Test func aChangedArticleIsReplaced() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("v1.jsonl", jsonLine(id: "a1", text: castingText))
        try lore.write("v2.jsonl", jsonLine(id: "a1", text: setText))
        #expect(try lore.run(["ingest", "v1.jsonl", "--db", "t.sqlite"]).status == 0)
        let replaced = try lore.run(["ingest", "v2.jsonl", "--db", "t.sqlite"])
        #expect(replaced.status == 0)
        #expect(replaced.stdout.contains("read: 1 article (1 replaced)"))
    }

    @Test func badInputsAreSkippedWithTheirReasonAndTheRestIsStored() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        // A database that already holds an article.
        try lore.write("earlier.jsonl", jsonLine(id: "kept", text: setText))
        #expect(try lore.run(["ingest", "earlier.jsonl", "--db", "t.sqlite"]).status == 0)

        try lore.write("good.txt", castingText)
        try lore.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00, 0x41]))
        try lore.write("latin1.txt", Data("Pok\u{E9}mon news".data(using: .isoLatin1)!))
        try lore.write("empty.txt", "")
        try lore.write("mixed.jsonl", jsonLine(id: "m1", text: castingText) + "{\"id\": \"m2\", \"text\": \"unfinished\n"
                                      + jsonLine(id: "m3", text: setText))
        try lore.write("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 50 << 20))

        let result = try lore.run(["ingest", "good.txt", "binary.txt", "latin1.txt", "empty.txt", "mixed.jsonl", "huge.txt",
                                   "missing.txt", "--db", "t.sqlite"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("read: 3 articles (3 new)"))
        #expect(result.stdout.contains("skipped: 6"))
        let stderr = result.stderr
        #expect(stderr.contains("binary.txt: is a binary file"))
        #expect(stderr.contains("latin1.txt: is not valid UTF-8"))
        #expect(stderr.contains("empty.txt: is empty"))
        #expect(stderr.contains("mixed.jsonl:2: malformed JSON"))
        #expect(stderr.contains("huge.txt: is 50.0 MB, larger than"))
        #expect(stderr.contains("missing.txt: no such file or folder"))
        #expect(!stderr.contains("good.txt"))

        // Everything that was read is stored, and what was stored before is still there.
        let check = try lore.run(["ingest", "earlier.jsonl", "good.txt", "mixed.jsonl", "--db", "t.sqlite"])
        #expect(check.status == 3)
        #expect(check.stdout.contains("read: 4 articles (4 unchanged)"))
        #expect(check.stderr.contains("mixed.jsonl:2:"))
    }

    @Test func standardInputIsAnInput() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(["ingest", "-", "--db", "t.sqlite"], input: jsonLine(id: "s1", text: castingText))
        #expect(result.status == 0)
        #expect(result.stdout.contains("read: 1 article (1 new)"))
    }
}

@Suite struct ExtractCommandTests {
    /// Every run reads an article the same way, though each process hashes strings with a new
    /// seed: here "Juno" is as much a character ("as Juno") as a person ("Juno says").
    @Test func extractionIsTheSameOnEveryRun() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("tie.jsonl", jsonLine(id: "tie", text: "Trailer Time\n\nThe series follows Juno, a reluctant heir. Wren Ashby stars as Juno. Juno says little in the trailer. Later Juno walks into the rain with Juno close behind."))
        let runs = try (0..<4).map { _ in try lore.run(["extract", "tie.jsonl"]).stdout }
        #expect(!runs[0].isEmpty)
        #expect(Set(runs).count == 1)
    }

    @Test func extractPrintsOneContractObjectPerArticle() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText) + jsonLine(id: "a2", text: setText))
        try lore.write("story.txt", setText)
        let result = try lore.run(["extract", "news.jsonl", "story.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        var ids: [String] = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "entities", "facts"])
            ids.append(try #require(object["id"] as? String))
            for fact in object["facts"] as? [[String: Any]] ?? [] {
                #expect(Set(fact.keys).isSubset(of: ["s", "p", "o", "q", "modality", "scope", "evidence"]))
            }
        }
        #expect(ids == ["a1", "a2", "story"], "a plain file's id is its name without the extension")
    }

    @Test func jsonIsOnePrettyArrayAndTableIsReadable() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText) + jsonLine(id: "a2", text: setText))
        let json = try lore.run(["extract", "--format", "json", "news.jsonl"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["a1", "a2"])
        let table = try lore.run(["extract", "--format", "table", "news.jsonl"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("a1: "))
        #expect(table.stdout.contains("\na2: "))
    }

    @Test func skippedInputsGoToStandardErrorWithStatusThree() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText) + "not json\n")
        let result = try lore.run(["extract", "news.jsonl"])
        #expect(result.status == 3)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("news.jsonl:2: malformed JSON"))
    }
}

@Suite struct QueryCommandTests {
    @Test func showAndFactsAnswerFromTheDatabase() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText, outlet: "deadline.com")
                                     + jsonLine(id: "a2", text: setText, outlet: "ign.com"))
        #expect(try lore.run(["ingest", "news.jsonl"]).status == 0)

        let show = try lore.run(["show", "krysten ritter"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Krysten Ritter (person)\n"))
        #expect(show.stdout.contains("mentioned in 1 article, 2017-01-31"))

        let json = try lore.run(["show", "Krysten Ritter", "--format", "json"])
        #expect(json.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect((reports.first?["entity"] as? [String: Any])?["type"] as? String == "person")

        let csv = try lore.run(["facts", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("subject,subject_type,predicate,object,object_type,qualifiers,status,"))
        let factsJSON = try lore.run(["facts", "--format", "json"])
        #expect(factsJSON.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(factsJSON.stdout.utf8)) is [Any])
    }

    @Test func anUnknownNameOrAMissingDatabaseIsAClearFailure() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let missing = try lore.run(["show", "Luke Cage", "--db", "none.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at none.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: lore.path("none.sqlite")), "reading commands never create a database")

        try lore.write("news.jsonl", jsonLine(id: "a1", text: castingText))
        #expect(try lore.run(["ingest", "news.jsonl"]).status == 0)
        let unknown = try lore.run(["show", "Nobody Atall"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("nothing is known about \"Nobody Atall\""))
        let facts = try lore.run(["facts", "--about", "Nobody Atall"])
        #expect(facts.status == 1)
    }
}

@Suite struct DemoAndBenchmarkTests {
    @Test func demoBuildsADatabaseAndSummarisesTheUniverse() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let result = try lore.run(["demo", "--db", "demo.sqlite", "--no-serve"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Lore demo: "))
        for heading in ["\nWorks\n", "\nWho plays whom\n", "\nVillains\n", "\nRelationships\n"] {
            #expect(result.stdout.contains(heading))
        }
        #expect(try lore.run(["facts", "--db", "demo.sqlite"]).status == 0)
    }

    @Test func benchmarkReportsSpeedAndMemory() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        try lore.write("corpus.jsonl", jsonLine(id: "a1", text: castingText) + jsonLine(id: "a2", text: setText))
        let result = try lore.run(["benchmark", "--corpus", "corpus.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("extract (1 core): 2 articles in "))
        #expect(result.stdout.contains("ingest ("))
        #expect(result.stdout.contains("): 2 articles in "))
        #expect(result.stdout.components(separatedBy: "articles/s").count >= 3)
        // The rate on one core too, for extract and for ingest.
        #expect(result.stdout.components(separatedBy: "articles per CPU-second").count == 3)
        #expect(result.stdout.contains("peak memory"))
    }
}

/// End to end over the bundled sample corpus: what a fan asks of `lore show`.
@Suite struct SampleCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/lore/Samples/articles.jsonl").standardizedFileURL.path

    @Test func theSampleUniverseIsIngestedOnceAndAnswersShow() throws {
        let lore = try LoreRunner()
        defer { lore.remove() }
        let first = try lore.run(["ingest", Self.corpus, "--db", "universe.sqlite"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("read: 43 articles (43 new)"))
        let again = try lore.run(["ingest", Self.corpus, "--db", "universe.sqlite"])
        #expect(again.stdout.contains("read: 43 articles (43 unchanged)"))
        #expect(again.stdout.contains("new facts: 0"))

        // A character and a work that share a name are shown apart, each with its own facts.
        let lukeCage = try lore.run(["show", "Luke Cage", "--db", "universe.sqlite"]).stdout
        let character = try #require(lukeCage.components(separatedBy: "Luke Cage (work)").first?.components(separatedBy: "Luke Cage (character)").last)
        #expect(lukeCage.contains("Luke Cage (character)"))
        #expect(character.contains("played by\n    Mike Colter"))
        #expect(character.contains("— confirmed"))
        #expect(character.contains("streamdaily.example · 2014-12-10 · \"The studio also confirmed that Mike Colter has been cast as Luke Cage"))
        let work = try #require(lukeCage.components(separatedBy: "Luke Cage (work)").last)
        #expect(work.contains("2016-09-30, season 1"))
        #expect(work.contains("Netflix"))

        let defenders = try lore.run(["show", "The Defenders", "--db", "universe.sqlite"]).stdout
        #expect(defenders.hasPrefix("The Defenders (work)"))
        #expect(defenders.contains("2017-08-18, on Netflix"))
        #expect(defenders.contains("Marco Ramirez, showrunner — confirmed"))
        #expect(defenders.contains("8 — confirmed"))
    }
}

/// A port another program holds gets one clear line, not a stack of socket calls.
@Test func servingOnABusyPortSaysSo() throws {
    let lore = try LoreRunner()
    defer { lore.remove() }
    try lore.write("a.jsonl", jsonLine(id: "a", text: castingText))
    #expect(try lore.run(["ingest", lore.path("a.jsonl"), "--db", lore.path("l.sqlite")]).status == 0)
    // Hold a loopback port, as another server would.
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
            #expect(bind(socket, raw, length) == 0)
            #expect(listen(socket, 1) == 0)
            #expect(getsockname(socket, raw, &length) == 0)
        }
    }
    let port = Int(UInt16(bigEndian: address.sin_port))
    let result = try lore.run(["serve", "--db", lore.path("l.sqlite"), "--port", String(port)])
    #expect(result.status == 1)
    #expect(result.stderr.contains("127.0.0.1:\(port): the address is already in use"), "\(result.stderr)")
}
