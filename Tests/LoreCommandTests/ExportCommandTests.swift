import Foundation
import Testing

/// `lore export` and `lore import` end to end, on a database built with `lore ingest`.
@Suite struct ExportCommandTests {
    func ingested() throws -> LoreRunner {
        let lore = try LoreRunner()
        try lore.write("news.jsonl", (glassLanternsReports + [jsonLine(id: "cast", text: castingText), jsonLine(id: "set", text: setText)]).joined())
        let ingest = try lore.run(["ingest", "news.jsonl", "--db", "t.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return lore
    }

    @Test func everyFormatExports() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let jsonld = try lore.run(["export", "--format", "jsonld", "--db", "t.sqlite"])
        #expect(jsonld.status == 0, "\(jsonld.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(jsonld.stdout.utf8)) as? [String: Any])
        #expect(document["@context"] as? String == "https://schema.org")
        let graph = try #require(document["@graph"] as? [[String: Any]])
        #expect(graph.contains { $0["name"] as? String == "Glass Lanterns" })
        #expect(graph.contains { $0["@type"] as? String == "NewsArticle" })

        let csv = try lore.run(["export", "--format", "csv", "--db", "t.sqlite"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("subject,subject_type,predicate,object,object_type,qualifiers,status,outlets,article_id,url,outlet,published,quote,modality,scope\r\n"))
        #expect(csv.stdout.contains("Krysten Ritter,person,plays,Jessica Jones,character"))

        let dot = try lore.run(["export", "--format", "dot", "--db", "t.sqlite"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph lore {"))
        #expect(dot.stdout.contains("label=\"Krysten Ritter\""))

        let ics = try lore.run(["export", "--format", "ics", "--db", "t.sqlite"])
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("UID:release-glass-lanterns@lore"))

        // --output writes the file and nothing to standard output.
        let toFile = try lore.run(["export", "--format", "csv", "--db", "t.sqlite", "--output", "facts.csv"])
        #expect(toFile.status == 0)
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOfFile: lore.path("facts.csv"), encoding: .utf8) == csv.stdout)
        #expect(!FileManager.default.fileExists(atPath: lore.path("facts.csv.partial")))
    }

    @Test func aboutLimitsTheExportAndAnUnknownNameFails() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let about = try lore.run(["export", "--format", "csv", "--about", "Krysten Ritter", "--db", "t.sqlite"])
        #expect(about.status == 0)
        let rows = about.stdout.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("Krysten Ritter") })
        #expect(!about.stdout.contains("Glass Lanterns"))

        let unknown = try lore.run(["export", "--format", "dot", "--about", "Nobody Here", "--db", "t.sqlite", "--output", "g.dot"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no entity is called \"Nobody Here\""))
        #expect(!FileManager.default.fileExists(atPath: lore.path("g.dot")), "a failed export leaves no file")

        let limitedBackup = try lore.run(["export", "--format", "ndjson", "--about", "Glass Lanterns", "--db", "t.sqlite"])
        #expect(limitedBackup.status == 1)
        #expect(limitedBackup.stderr.contains("whole database"))
        let badFormat = try lore.run(["export", "--format", "pdf", "--db", "t.sqlite"])
        #expect(badFormat.status == 1)
        let noDatabase = try lore.run(["export", "--format", "csv", "--db", "missing.sqlite"])
        #expect(noDatabase.status == 1)
        #expect(noDatabase.stderr.contains("no database at missing.sqlite"))
    }

    @Test func aBackupImportsIntoANewDatabaseAndExportsTheSameBytes() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let backup = try lore.run(["export", "--format", "ndjson", "--db", "t.sqlite", "--output", "backup.ndjson"])
        #expect(backup.status == 0)
        let imported = try lore.run(["import", "backup.ndjson", "--db", "copy.sqlite"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported:"))
        let original = try String(contentsOfFile: lore.path("backup.ndjson"), encoding: .utf8)
        #expect(try lore.run(["export", "--format", "ndjson", "--db", "copy.sqlite"]).stdout == original)
        for command in [["show", "Glass Lanterns"], ["facts"], ["stories"], ["calendar"]] {
            #expect(try lore.run(command + ["--db", "copy.sqlite"]).stdout == lore.run(command + ["--db", "t.sqlite"]).stdout)
        }
        // Standard input works too.
        let piped = try lore.run(["import", "-", "--db", "piped.sqlite"], input: original)
        #expect(piped.status == 0, "\(piped.stderr)")

        // Into a database with data: refused, nothing changed.
        let again = try lore.run(["import", "backup.ndjson", "--db", "copy.sqlite"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("holds data"))
    }

    @Test func aBadLineIsNamedAndLeavesNoDatabase() throws {
        let lore = try ingested()
        defer { lore.remove() }
        var lines = try lore.run(["export", "--format", "ndjson", "--db", "t.sqlite"]).stdout.split(separator: "\n").map(String.init)
        lines[2] = "{\"table\": \"article\", \"row\": "
        try lore.write("bad.ndjson", lines.joined(separator: "\n") + "\n")
        let result = try lore.run(["import", "bad.ndjson", "--db", "bad.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.ndjson:3: malformed JSON"))
        #expect(!FileManager.default.fileExists(atPath: lore.path("bad.sqlite")))
        let missing = try lore.run(["import", "nothing.ndjson", "--db", "x.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read nothing.ndjson"))
    }
}
