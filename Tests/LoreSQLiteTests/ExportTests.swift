import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LoreExtraction
@testable import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// A small universe written for these tests: a series with a cast, a crew, a platform, seasons,
/// a relationship, a villain with a hostile name, and sources whose quotes hold commas, quotes
/// and line breaks.
enum ExportNews {
    static let work = "Glass Lanterns"
    static let hostile = "</script><script>alert(1)</script>"

    static func fact(_ subject: String, _ subjectType: EntityType, _ predicate: FactPredicate, _ object: String,
                     _ objectType: EntityType?, q: [String: String]? = nil, modality: Modality = .asserted,
                     _ quote: String) -> ExtractedFact {
        ExtractedFact(s: subject, sType: subjectType, p: predicate, o: object, oType: objectType, q: q, modality: modality,
                      scope: .screen, evidence: quote, start: 0, end: quote.utf8.count)
    }

    static func article(_ id: String, outlet: String, published: String, title: String, _ facts: [ExtractedFact]) -> ArticleRecords {
        var entities: [String: EntityType] = [:]
        for fact in facts {
            entities[fact.s] = fact.sType
            if let type = fact.oType { entities[fact.o] = type }
        }
        let text = facts.map(\.evidence).joined(separator: " ")
        return ArticleRecords(
            article: Article(id: id, url: "https://\(outlet)/\(id)", outlet: outlet, title: title, published: published, text: text),
            extraction: Extraction(id: id, entities: entities.keys.sorted().map { ExtractedEntity(name: $0, type: entities[$0]!) },
                                   facts: facts))
    }

    static let articles: [ArticleRecords] = [
        article("n1", outlet: "screenfeed.example", published: "2023-01-10", title: "Glass Lanterns casts its lead", [
            fact("Mara Quill", .person, .plays, "Ada Vance", .character, q: ["work": work],
                 "Mara Quill plays Ada Vance, the lamplighter, in the series Glass Lanterns."),
            fact("Mara Quill", .person, .appearsIn, work, .work, "Mara Quill stars in the series Glass Lanterns."),
            fact(work, .work, .platform, "Streamwave", .organization, "Streamwave's Glass Lanterns is a series."),
            fact(work, .work, .crew, "Jo Park", .person, q: ["role": "director"], "The first episodes are directed by Jo Park."),
            fact(work, .work, .release, "2023-07-21", nil, "The series premieres on July 21, 2023."),
            fact(work, .work, .episodes, "8", nil, q: ["season": "1"], "All eight episodes of season 1 arrive at once."),
            fact("Ada Vance", .character, .relationship, "Tom \"Hook\" Reyes", .character, q: ["kind": "former_romantic"],
                 "Ada's ex, Tom \"Hook\" Reyes,\nreturns."),
        ]),
        article("n2", outlet: "tvgrid.example", published: "2023-02-01", title: "Glass Lanterns: \(hostile)", [
            fact("Mara Quill", .person, .plays, "Ada Vance", .character, q: ["work": work],
                 "Quill, who plays Ada Vance in Glass Lanterns, said \"yes\"."),
            fact(hostile, .character, .villainOf, work, .work, "The villain of Glass Lanterns is \(hostile)."),
            fact("Ben Ode", .person, .plays, "Tom \"Hook\" Reyes", .character, modality: .rumored,
                 "Ben Ode reportedly plays Tom \"Hook\" Reyes."),
        ]),
    ]

    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try store.ingest(articles)
        return store
    }

    static func export(_ store: SQLiteStore, _ format: ExportFormat, about: String? = nil) throws -> String {
        var text = ""
        try store.export(format, about: about) { text += $0 }
        return text
    }
}

/// An RFC 4180 reader, to check that what Lore writes reads back (quotes, commas, line breaks).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, index = text.startIndex
    while index < text.endIndex {
        let character = text[index]
        if quoted {
            if character == "\"" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "\"" { field.append("\""); index = next } else { quoted = false }
            } else {
                field.append(character)
            }
        } else if character == "\"" {
            quoted = true
        } else if character == "," {
            row.append(field); field = ""
        } else if character == "\r\n" || character == "\n" {
            row.append(field); rows.append(row); row = []; field = ""
        } else {
            field.append(character)
        }
        index = text.index(after: index)
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// Every "@type" in a JSON-LD value, at any depth.
func schemaTypes(_ value: Any) -> [String] {
    if let object = value as? [String: Any] {
        return ((object["@type"] as? String).map { [$0] } ?? []) + object.values.flatMap(schemaTypes)
    }
    if let array = value as? [Any] { return array.flatMap(schemaTypes) }
    return []
}

/// The objects of a JSON-LD value, at any depth.
func jsonObjects(_ value: Any) -> [[String: Any]] {
    if let object = value as? [String: Any] { return [object] + object.values.flatMap(jsonObjects) }
    if let array = value as? [Any] { return array.flatMap(jsonObjects) }
    return []
}

@Suite struct ExportTests {
    @Test func csvHasOneRowPerFactAndSourceAndReadsBack() throws {
        let store = try ExportNews.store()
        let text = try ExportNews.export(store, .csv)
        let rows = parseCSV(text)
        #expect(rows.first == FactCSV.columns)
        #expect(rows.dropFirst().allSatisfy { $0.count == FactCSV.columns.count })
        let sources = try store.facts().reduce(0) { $0 + $1.sources.count }
        #expect(rows.count - 1 == sources)
        let column = Dictionary(uniqueKeysWithValues: FactCSV.columns.enumerated().map { ($1, $0) })
        // The casting stated by two outlets: two rows, confirmed, two outlets, quotes intact.
        let casting = rows.filter { $0[column["subject"]!] == "Mara Quill" && $0[column["predicate"]!] == "plays" }
        #expect(casting.count == 2)
        #expect(casting.allSatisfy { $0[column["status"]!] == "confirmed" && $0[column["outlets"]!] == "2" })
        #expect(casting.map { $0[column["quote"]!] }.contains("Quill, who plays Ada Vance in Glass Lanterns, said \"yes\"."))
        #expect(casting.allSatisfy { $0[column["qualifiers"]!] == "work=Glass Lanterns" })
        let relationship = try #require(rows.first { $0[column["predicate"]!] == "relationship" })
        #expect(relationship[column["object"]!] == "Tom \"Hook\" Reyes")
        #expect(relationship[column["quote"]!] == "Ada's ex, Tom \"Hook\" Reyes,\nreturns.")
        #expect(relationship[column["qualifiers"]!] == "kind=former_romantic")
        #expect(relationship[column["url"]!] == "https://screenfeed.example/n1")
        #expect(relationship[column["published"]!] == "2023-01-10")
        let rumour = try #require(rows.first { $0[column["subject"]!] == "Ben Ode" })
        #expect(rumour[column["status"]!] == "rumored")
        #expect(rumour[column["modality"]!] == "rumored")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func aboutLimitsTheExportToTheEntityAndAnUnknownNameIsNamed() throws {
        let store = try ExportNews.store()
        let rows = parseCSV(try ExportNews.export(store, .csv, about: "Ben Ode")).dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.first == "Ben Ode")
        #expect(throws: StoreError.self) { try ExportNews.export(store, .csv, about: "Glass Lantern Zzz") }
        do {
            _ = try ExportNews.export(store, .dot, about: "Nobody Atall")
            Issue.record("an unknown name must be an error")
        } catch let error as StoreError {
            #expect(error.reason.contains("\"Nobody Atall\""))
        }
        do {
            _ = try ExportNews.export(store, .ndjson, about: "Ben Ode")
            Issue.record("a backup cannot be limited to an entity")
        } catch let error as StoreError {
            #expect(error.reason.contains("whole database"))
        }
    }

    @Test func dotHasTheNodesAndEdgesWithQuotesEscaped() throws {
        let store = try ExportNews.store()
        let dot = try ExportNews.export(store, .dot)
        #expect(dot.hasPrefix("digraph lore {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("label=\"Tom \\\"Hook\\\" Reyes\""))
        #expect(!dot.contains("label=\"Tom \"Hook"))
        #expect(dot.contains("label=\"former romantic\""))
        #expect(dot.contains("label=\"director\""))
        // A rumour is dashed; a literal (a date) is not a node.
        let rumour = try #require(dot.split(separator: "\n").first { $0.contains("label=\"plays\"") && $0.contains("dashed") })
        #expect(rumour.contains("->"))
        #expect(!dot.contains("2023-07-21"))
        let graph = EntityGraph(facts: try store.facts())
        #expect(dot.split(separator: "\n").filter { $0.contains("->") }.count == graph.edges.count)
        #expect(dot.split(separator: "\n").filter { $0.contains("[label=") && !$0.contains("->") }.count == graph.nodes.count)
        #expect(GraphViz.quote("a\\b\nc") == "\"a\\\\b\\nc\"")
    }

    @Test func jsonLDHasTheSchemaOrgTypesAndCannotBreakOutOfAScript() throws {
        let store = try ExportNews.store()
        let report = try #require(try store.reports(named: ExportNews.work, type: .work).first)
        let page = SchemaOrg.jsonLD(report, related: try store.neighbourhood(of: [report]),
                                    headlines: try store.articleTitles(for: report.groups.flatMap(\.facts)))
        #expect(!page.contains("<"), "no < at all, so </script> cannot appear")
        #expect(page.contains("\\u003c/script\\u003e"))
        let json = try JSONSerialization.jsonObject(with: Data(page.utf8))
        let root = try #require(json as? [String: Any])
        #expect(root["@context"] as? String == "https://schema.org")
        let types = Set(schemaTypes(json))
        #expect(types.isSuperset(of: ["TVSeries", "Person", "PerformanceRole", "NewsArticle", "CreativeWorkSeason", "Organization"]))
        let objects = jsonObjects(json)
        let series = try #require(objects.first { $0["@type"] as? String == "TVSeries" })
        #expect(series["name"] as? String == ExportNews.work)
        #expect(series["startDate"] as? String == "2023-07-21")
        let role = try #require(objects.first { $0["@type"] as? String == "PerformanceRole" })
        #expect(role["characterName"] as? String == "Ada Vance")
        #expect((role["actor"] as? [String: Any])?["name"] as? String == "Mara Quill")
        #expect((series["director"] as? [String: Any])?["name"] as? String == "Jo Park")
        #expect((series["provider"] as? [String: Any])?["name"] as? String == "Streamwave")
        let season = try #require(objects.first { $0["@type"] as? String == "CreativeWorkSeason" })
        #expect(season["numberOfEpisodes"] as? Int == 8)
        // The hostile villain is a character of the work, by name, intact once parsed.
        #expect(objects.contains { $0["name"] as? String == ExportNews.hostile && $0["additionalType"] as? String == SchemaOrg.fictionalCharacter })
        // Sources are NewsArticles with headline, url, date and publisher; the hostile headline too.
        let news = objects.filter { $0["@type"] as? String == "NewsArticle" }
        #expect(news.count == 2)
        let second = try #require(news.first { $0["identifier"] as? String == "n2" })
        #expect(second["headline"] as? String == "Glass Lanterns: \(ExportNews.hostile)")
        #expect(second["url"] as? String == "https://tvgrid.example/n2")
        #expect(second["datePublished"] as? String == "2023-02-01")
        #expect((second["publisher"] as? [String: Any])?["name"] as? String == "tvgrid.example")
        // A rumoured casting is not stated as fact.
        #expect(!page.contains("Ben Ode"))
    }

    @Test func aPersonPageHasItsRolesAndTheWholeDocumentParses() throws {
        let store = try ExportNews.store()
        let person = try #require(try store.reports(named: "Mara Quill").first)
        let json = try JSONSerialization.jsonObject(with: Data(SchemaOrg.jsonLD(person).utf8))
        let objects = jsonObjects(json)
        #expect(objects.contains { $0["@type"] as? String == "Person" && $0["name"] as? String == "Mara Quill" })
        let series = try #require(objects.first { $0["name"] as? String == ExportNews.work && $0["actor"] != nil })
        let role = try #require(series["actor"] as? [String: Any])
        #expect(role["@type"] as? String == "PerformanceRole")
        #expect(role["characterName"] as? String == "Ada Vance")

        let document = try ExportNews.export(store, .jsonld)
        let whole = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let graph = try #require(whole["@graph"] as? [[String: Any]])
        let ids = graph.compactMap { $0["@id"] as? String }
        #expect(ids.count == Set(ids).count, "each node once")
        #expect(graph.contains { $0["@type"] as? String == "TVSeries" })
        #expect(!document.contains("<"))
        #expect(!document.contains("Ben Ode"), "an entity only rumoured is not stated")
    }

    @Test func eachFormatHasItsMediaTypeAndExtension() {
        #expect(ExportFormat.allCases.map(\.mediaType) == ["application/ld+json", "text/csv", "text/vnd.graphviz", "text/calendar",
                                                           "application/x-ndjson"])
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["jsonld", "csv", "dot", "ics", "ndjson"])
    }

    @Test func aWorkIsASeriesAFilmOrACreativeWorkFromItsFacts() {
        func fact(_ predicate: FactPredicate, _ object: String, _ quote: String, q: [String: String] = [:]) -> Fact {
            Fact(claim: Claim(subject: "W", subjectType: .work, predicate: predicate, object: object, objectType: nil, qualifiers: q),
                 subjectID: 1, objectID: nil, status: .reported,
                 sources: [Evidence(articleID: "a", outlet: nil, url: nil, published: nil, quote: quote, start: 0, end: 1,
                                    modality: .asserted, scope: .screen, extractor: .lore)])
        }
        #expect(WorkKind.schemaType(of: 1, facts: [fact(.episodes, "8", "W runs eight hours.")]) == "TVSeries")
        #expect(WorkKind.schemaType(of: 1, facts: [fact(.release, "2020", "The film W opens in theaters.")]) == "Movie")
        #expect(WorkKind.schemaType(of: 1, facts: [fact(.release, "2020", "W arrives in 2020.")]) == "CreativeWork")
        #expect(SchemaOrg.isDate("2017-08-18") && SchemaOrg.isDate("2017") && !SchemaOrg.isDate("2017-SU") && !SchemaOrg.isDate("17-08"))
    }

    @Test func aStoryIsAnItemListOfNewsArticles() throws {
        let story = Story(id: 7, headline: "Set photos </script>", firstDate: "2023-01-01", lastDate: "2023-01-02", articles: [
            StoryArticle(id: "s1", title: "Set photos", outlet: "a.example", url: "https://a.example/1", published: "2023-01-01", copyOf: nil),
            StoryArticle(id: "s2", title: "Set photos (copy)", outlet: "b.example", url: nil, published: "2023-01-02", copyOf: "s1"),
        ])
        let text = SchemaOrg.jsonLD(story)
        #expect(!text.contains("<"))
        let list = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(list["@type"] as? String == "ItemList")
        #expect(list["name"] as? String == "Set photos </script>")
        let items = try #require(list["itemListElement"] as? [[String: Any]])
        let copy = try #require(items.last?["item"] as? [String: Any])
        #expect(copy["@type"] as? String == "NewsArticle")
        #expect((copy["isBasedOn"] as? [String: Any])?["@id"] as? String == "https://a.example/1")
    }
}

/// Collects what an XML parser saw, so a test can check that the SVG is well-formed.
final class SVGReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""
    var attributes: [[String: String]] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct GraphSVGTests {
    func parse(_ svg: String) -> (ok: Bool, reader: SVGReader) {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = SVGReader()
        parser.delegate = reader
        return (parser.parse(), reader)
    }

    @Test func theGraphOfAWorkIsWellFormedAccessibleSVGWithHostileNamesEscaped() throws {
        let store = try ExportNews.store()
        let report = try #require(try store.reports(named: ExportNews.work, type: .work).first)
        let graph = try store.graph(of: [report])
        #expect(graph.centre == report.entity.id)
        #expect(graph.nodes.first?.name == ExportNews.work)
        // The casting between two neighbours is an edge too.
        #expect(graph.edges.contains { $0.predicate == .plays && $0.label == "plays" })
        #expect(graph.nodes.contains { $0.name == "Ada Vance" && $0.type == .character })
        #expect(EntityGraph(report, related: try store.neighbourhood(of: [report])) == graph)
        let svg = GraphSVG.render(graph)
        let (ok, reader) = parse(svg)
        #expect(ok, "the SVG parses as XML")
        #expect(reader.elements.first == "svg")
        #expect(reader.attributes.first?["role"] == "img")
        #expect(reader.attributes.first?["viewBox"] != nil)
        #expect(reader.elements.contains("title") && reader.elements.contains("desc"))
        #expect(!svg.contains("<script"))
        #expect(reader.text.contains(ExportNews.hostile), "the name is text, escaped, not markup")
        #expect(reader.text.contains("Mara Quill plays Ada Vance (confirmed)"))
        #expect(svg == GraphSVG.render(graph), "the same graph is drawn the same way")
    }

    @Test func fortyNeighboursNeverOverlap() throws {
        let facts = (1...40).map { index in
            Fact(claim: Claim(subject: "Person number \(index) with a long name", subjectType: .person, predicate: .appearsIn,
                              object: "Hub", objectType: .work),
                 subjectID: Int64(index + 1), objectID: 1, status: .reported, sources: [])
        }
        let graph = EntityGraph(centre: 1, facts: facts)
        let layout = Layout(graph)
        let points = graph.nodes.compactMap { layout.positions[$0.id] }
        #expect(points.count == 41)
        // Nodes at least a clipped name's width apart, so circles and names never overlap.
        for (i, a) in points.enumerated() {
            for b in points[(i + 1)...] {
                let dx: Double = a.x - b.x, dy: Double = a.y - b.y
                let distance = (dx * dx + dy * dy).squareRoot()
                #expect(distance >= Double(Layout.maxLabel) * 6.5, "nodes \(a) and \(b) overlap")
            }
        }
        let (ok, reader) = parse(GraphSVG.render(graph))
        #expect(ok)
        #expect(reader.elements.filter { $0 == "circle" }.count >= 41)
    }

    @Test func anEntityWithoutFactsIsDrawnAlone() {
        let report = EntityReport(entity: Entity(id: 3, name: "A & B <c>", type: .character), groups: [])
        let graph = EntityGraph(report)
        #expect(graph.nodes.map(\.name) == ["A & B <c>"])
        let svg = GraphSVG.render(graph)
        #expect(svg.contains("A &amp; B &lt;c&gt;"))
        #expect(parse(svg).ok)
    }
}

@Suite struct BackupTests {
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func aBackupFromBeforeTheSummariesGetsThemOnImport() throws {
        let store = try ExportNews.store()
        let backup = try ExportNews.export(store, .ndjson)
        // The same backup as a Lore without summaries, evidence dates or group sizes would have written it.
        let older = try lines(backup).filter { !$0.hasPrefix(#"{"table":"entityName""#) && !$0.hasPrefix(#"{"table":"claimGroup""#)
                                                  && !$0.hasPrefix(#"{"table":"claimSlot""#) }.map { line -> String in
            guard line.hasPrefix(#"{"format""#) || line.hasPrefix(#"{"table":"evidence""#) || line.hasPrefix(#"{"table":"entity""#)
                    || line.hasPrefix(#"{"table":"claim""#) else { return line }
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if var migrations = object["migrations"] as? [String] {
                migrations.removeAll { ["v6-claim-summaries", "v7-entity-summaries", "v9-names-looked-up-in-summaries", "v10-evidence-in-date-order",
                                        "v14-group-sizes", "v15-evidence-sources"].contains($0) }
                object["migrations"] = migrations
            }
            if var row = object["row"] as? [String: Any] {
                for column in ["articleDate", "source", "articleCount", "firstSeen", "lastSeen", "status", "evidenceCount", "outletCount",
                               "firstReported", "lastReported"] { row[column] = nil }
                object["row"] = row
            }
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(older != lines(backup))
        let copy = try SQLiteStore.inMemory()
        try copy.importBackup(from: older)
        #expect(try copy.reports(named: ExportNews.work, limit: .standard) == store.reports(named: ExportNews.work, limit: .standard))
        #expect(try copy.entities(named: ExportNews.work) == store.entities(named: ExportNews.work))
    }

    @Test func exportImportExportIsByteIdenticalAndShowsTheSame() throws {
        let store = try ExportNews.store()
        let backup = try ExportNews.export(store, .ndjson)
        let header = try #require(lines(backup).first)
        #expect(header.hasPrefix(#"{"format":"lore-backup","version":1,"migrations":["v1","v2-stories""#))
        #expect(backup.contains(#"{"table":"storyFeatures","row":{"articleId":"n1","features":{"base64":""#), "BLOBs are base64")
        #expect(!backup.contains("grdb_migrations"))

        let copy = try SQLiteStore.inMemory()
        let report = try copy.importBackup(from: lines(backup))
        #expect(report.rows["article"] == 2)
        #expect(report.totalRows == lines(backup).count - 2, "every line but the header and the final empty one is a row")
        #expect(try ExportNews.export(copy, .ndjson) == backup)
        #expect(try copy.facts() == store.facts())
        #expect(try copy.reports(named: ExportNews.work) == store.reports(named: ExportNews.work))
        #expect(try copy.stories() == store.stories())
        for format in [ExportFormat.csv, .dot, .jsonld] {
            #expect(try ExportNews.export(copy, format) == ExportNews.export(store, format))
        }
        // Ids given after the import are those the original would have given.
        let more = ExportNews.article("n3", outlet: "wirefeed.example", published: "2023-03-01", title: "More",
                                      [ExportNews.fact("Kit Lane", .person, .appearsIn, ExportNews.work, .work, "Kit Lane joins Glass Lanterns.")])
        try store.ingest([more], at: Date(timeIntervalSince1970: 0))
        try copy.ingest([more], at: Date(timeIntervalSince1970: 0))
        #expect(try ExportNews.export(copy, .ndjson) == ExportNews.export(store, .ndjson))
    }

    @Test func aMalformedLineIsNamedAndNothingIsImported() throws {
        let store = try ExportNews.store()
        var backup = lines(try ExportNews.export(store, .ndjson))
        backup[4] = #"{"table":"entity","row":{"id":1,"#
        let target = try SQLiteStore.inMemory()
        do {
            try target.importBackup(from: backup)
            Issue.record("a malformed line must stop the import")
        } catch let error as ImportError {
            #expect(error.line == 5)
            #expect(error.description.hasPrefix("line 5: malformed JSON"))
        }
        #expect(try target.counts() == StoreCounts(articles: 0, entities: 0, claims: 0, evidence: 0))
        // The target is still empty: the good backup imports into it.
        backup[4] = lines(try ExportNews.export(store, .ndjson))[4]
        try target.importBackup(from: backup)
        #expect(try target.counts() == store.counts())
    }

    @Test func badLinesAreRefusedWithTheirReason() throws {
        let store = try ExportNews.store()
        let backup = lines(try ExportNews.export(store, .ndjson))
        func failure(_ lines: [String]) throws -> ImportError? {
            do { try SQLiteStore.inMemory().importBackup(from: lines) } catch let error as ImportError { return error }
            return nil
        }
        let unknownTable = try #require(try failure(backup + [#"{"table":"nope","row":{"id":1}}"#]))
        #expect(unknownTable.line == backup.count + 1)
        #expect(unknownTable.reason.contains("no table \"nope\""))
        let unknownColumn = try #require(try failure([backup[0], #"{"table":"story","row":{"id":1,"colour":"red"}}"#]))
        #expect(unknownColumn.reason.contains("has no column \"colour\""))
        let missingRow = try #require(try failure([backup[0], #"{"table":"story"}"#]))
        #expect(missingRow.reason.contains("\"row\" is missing"))
        let badValue = try #require(try failure([backup[0], #"{"table":"story","row":{"id":true,"headline":"x"}}"#]))
        #expect(badValue.line == 2)
        let notABackup = try #require(try failure([#"{"id":"a1","text":"an article, not a backup"}"#]))
        #expect(notABackup.line == 1 && notABackup.reason.contains("not a Lore backup"))
        let newer = try #require(try failure([backup[0].replacingOccurrences(of: #""v1","#, with: #""v1","v99-future","#)]))
        #expect(newer.reason.contains("v99-future"))
        let empty = try #require(try failure([]))
        #expect(empty.reason.contains("empty"))
        // Evidence whose claims are left out breaks a foreign key: refused as a whole.
        let orphans = backup.filter { !$0.hasPrefix(#"{"table":"claim""#) }
        let broken = try #require(try failure(orphans))
        #expect(broken.reason.contains("refer to rows the backup does not hold"))
        // A constraint is named with its line.
        let duplicate = try #require(try failure(backup.filter { !$0.isEmpty } + [backup[1]]))
        #expect(duplicate.line == backup.count)
        #expect(duplicate.reason.contains("UNIQUE") || duplicate.reason.contains("constraint"))
    }

    @Test func aDatabaseWithDataIsRefused() throws {
        let store = try ExportNews.store()
        let backup = lines(try ExportNews.export(store, .ndjson))
        do {
            try store.importBackup(from: backup)
            Issue.record("importing into a database with data must be refused")
        } catch let error as StoreError {
            #expect(error.reason.contains("holds data"))
        }
        #expect(try store.counts().articles == 2)
    }

    @Test func fullTextTablesAreDumpedOrRebuiltAccordingToWhereTheirTextLives() {
        #expect(Backup.contentOption("CREATE VIRTUAL TABLE s USING fts5(title, text, content = 'articleText', content_rowid = 'id')") == .external)
        #expect(Backup.contentOption("CREATE VIRTUAL TABLE s USING fts5(a, content='')") == .none)
        #expect(Backup.contentOption("CREATE VIRTUAL TABLE s USING fts5(entityId UNINDEXED, name, content_rowid=x)") == .stored)
        #expect(Backup.contentOption("CREATE VIRTUAL TABLE s USING fts5(mycontent, b)") == .stored)
    }
}
