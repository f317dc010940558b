import ArgumentParser
import Foundation
import LoreExtraction
import LoreReading

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the entities and facts extracted from articles, without a database.",
        discussion: """
            Runs the same pipeline as ingest and prints, for each article, its id, its entities \
            ({"name", "type", "aliases"}) and its facts ({"s", "p", "o", "q"?, "modality", \
            "scope", "evidence"}): the format ../shared/eval/score_extract.py reads.

            Example:
              lore extract --format jsonl ../shared/eval/dev-articles.jsonl > out.jsonl
              lore extract --format table story.txt --published 2017-01-31
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, table
    }

    @Option(help: "jsonl: one JSON object per article and line; json: a pretty array; table: for reading.")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("Publication date of plain-text articles: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
    var published: String?

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, folder, or - for standard input.") }
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \(published) is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }
    }

    func run() throws {
        lexicon.apply()
        let extractor = Extractor()
        var skipped: [ReadingError] = []
        var first = true
        if format == .json { Console.write("[") }
        try ArticleReader(published: published, pages: .html).read(paths) { result in
            switch result {
            case .failure(let error):
                skipped.append(error)
            case .success(let article):
                let extraction = extractor.extract(article)
                switch format {
                case .jsonl:
                    Console.write(bytes: ContractArticle(extraction).jsonLine)
                case .json:
                    let text = try JSON.prettyText(ContractArticle(extraction))
                    Console.write((first ? "\n" : ",\n") + text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "  " + $0 }.joined(separator: "\n"))
                case .table:
                    Console.write((first ? "" : "\n") + Self.table(extraction))
                }
                first = false
            }
        }
        if format == .json { Console.write(first ? "]\n" : "\n]\n") }
        Ingest.reportSkipped(skipped)
        if !skipped.isEmpty { throw ExitCode(3) }
    }

    static func table(_ extraction: Extraction) -> String {
        var text = "\(extraction.id): \(plural(extraction.entities.count, "entity", "entities")), \(plural(extraction.facts.count, "fact"))\n"
        if !extraction.entities.isEmpty {
            var entities = TextTable(["ENTITY", "TYPE", "ALIASES"])
            for entity in extraction.entities {
                entities.append([entity.name, entity.type.rawValue, entity.aliases.joined(separator: ", ")])
            }
            text += entities.render(indent: "  ")
        }
        if !extraction.facts.isEmpty {
            var facts = TextTable(["SUBJECT", "PREDICATE", "OBJECT", "QUALIFIERS", "MODALITY", "SCOPE", "EVIDENCE"])
            for fact in extraction.facts {
                facts.append([fact.s, fact.p.rawValue, fact.o, describeQualifiers(fact.q ?? [:]), fact.modality.rawValue,
                              fact.scope.rawValue, fact.evidence])
            }
            text += (extraction.entities.isEmpty ? "" : "\n") + facts.render(indent: "  ")
        }
        return text
    }
}

/// DESIGN contract 2 exactly: the keys the scorer reads, nothing else.
struct ContractArticle: Encodable {
    struct Entity: Encodable {
        var name: String
        var type: String
        var aliases: [String]
    }

    struct Fact: Encodable {
        var s: String
        var p: String
        var o: String
        var q: [String: String]?
        var modality: String
        var scope: String
        var evidence: String
    }

    var id: String
    var entities: [Entity]
    var facts: [Fact]

    /// The record on one line with sorted keys, as `JSON.line` writes it, and a newline, in UTF-8
    /// ready to write; by hand, because JSONEncoder would cost a sixth of the extraction.
    var jsonLine: [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(4096)
        func raw(_ text: StaticString) { line.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        func string(_ value: String) { JSON.appendString(value, to: &line) }
        raw("{\"entities\":[")
        for (k, e) in entities.enumerated() {
            if k > 0 { raw(",") }
            raw("{\"aliases\":[")
            for (a, alias) in e.aliases.enumerated() {
                if a > 0 { raw(",") }
                string(alias)
            }
            raw("],\"name\":"); string(e.name)
            raw(",\"type\":"); string(e.type)
            raw("}")
        }
        raw("],\"facts\":[")
        for (k, f) in facts.enumerated() {
            if k > 0 { raw(",") }
            raw("{\"evidence\":"); string(f.evidence)
            raw(",\"modality\":"); string(f.modality)
            raw(",\"o\":"); string(f.o)
            raw(",\"p\":"); string(f.p)
            if let q = f.q {
                raw(",\"q\":{")
                for (n, key) in q.keys.sorted().enumerated() {
                    if n > 0 { raw(",") }
                    string(key); raw(":"); string(q[key]!)
                }
                raw("}")
            }
            raw(",\"s\":"); string(f.s)
            raw(",\"scope\":"); string(f.scope)
            raw("}")
        }
        raw("],\"id\":"); string(id)
        raw("}\n")
        return line
    }

    init(_ extraction: Extraction) {
        id = extraction.id
        entities = extraction.entities.map { Entity(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases) }
        facts = extraction.facts.map {
            Fact(s: $0.s, p: $0.p.rawValue, o: $0.o, q: ($0.q?.isEmpty ?? true) ? nil : $0.q,
                 modality: $0.modality.rawValue, scope: $0.scope.rawValue, evidence: $0.evidence)
        }
    }
}
