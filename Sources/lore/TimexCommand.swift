import ArgumentParser
import Foundation
import LoreLanguage
import LoreReading

struct Timex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Print the time expressions found in TempEval-style documents.",
        discussion: """
            Reads JSON documents {"doc", "dct", "text"} (files, or folders of them read recursively \
            in name order), finds the time expressions in "text", resolves them against "dct" \
            (YYYY-MM-DD, the document creation time) and prints one line per document: \
            {"doc", "timexes": [{"start", "end", "text", "type", "value"}]}, with start and end \
            counted in Unicode scalars (code points) into "text". Types are DATE, TIME, DURATION \
            and SET; values are TIMEX3 ("1998-01-08", "P2Y", "PRESENT_REF"). Expressions with no \
            value are left out. This is the format ../shared/eval/timex_score.py reads.

            A file that is not a JSON object with a "text" string is reported on standard error \
            and skipped; the others are still read (exit status 3).

            Example:
              lore timex --format tempeval ../shared/eval/timex/plain > timex.jsonl
              lore timex story.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tempeval
    }

    @Option(help: "tempeval: one JSON object per document and line (the only format).")
    var format: Format = .tempeval

    @Argument(help: ArgumentHelp("JSON files or folders of them.", valueName: "path"))
    var paths: [String]

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one JSON file or folder.") }
    }

    struct Output: Encodable {
        struct Item: Encodable {
            var start: Int
            var end: Int
            var text: String
            var type: String
            var value: String
        }

        var doc: String
        var timexes: [Item]
    }

    func run() throws {
        lexicon.apply()
        let recognizer = TimeExpressionRecognizer()
        var skipped: [String] = []
        for file in try Self.files(paths, skipped: &skipped) {
            switch Self.document(at: file) {
            case .failure(let reason):
                skipped.append("\(file): \(reason.message)")
            case .success(let document):
                let reference = document.dct.flatMap { CalendarDate(iso: String($0.prefix(10))) }
                let found = recognizer.find(in: document.text, reference: reference)
                let items = Self.scalarOffsets(document.text, found).compactMap { item -> Output.Item? in
                    guard let value = item.expression.value else { return nil }
                    return Output.Item(start: item.start, end: item.end, text: item.expression.text,
                                       type: item.expression.type.rawValue, value: value)
                }
                Console.write(try JSON.line(Output(doc: document.doc, timexes: items)) + "\n")
            }
        }
        if !skipped.isEmpty {
            var text = "lore: skipped \(plural(skipped.count, "input")):\n"
            for line in skipped { text += "  \(line)\n" }
            Console.write(text, to: .standardError)
            throw ExitCode(3)
        }
    }

    struct Document {
        var doc: String
        var dct: String?
        var text: String
    }

    struct Failure: Error {
        var message: String
    }

    /// The JSON files named by `paths`: files as given, folders searched recursively, in name order.
    static func files(_ paths: [String], skipped: inout [String]) throws -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                skipped.append("\(path): no such file or folder")
                continue
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker where relative.lowercased().hasSuffix(".json") {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var sub: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
                }
            }
            result += found.sorted()
        }
        return result
    }

    static func document(at path: String) -> Result<Document, Failure> {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(Failure(message: "cannot be read"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            return .failure(Failure(message: "not valid JSON"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(Failure(message: "not a JSON object"))
        }
        guard let text = fields["text"] as? String else {
            return .failure(Failure(message: "no \"text\" string"))
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let doc = fields["doc"] as? String ?? name
        return .success(Document(doc: doc, dct: fields["dct"] as? String, text: text))
    }

    /// Converts the recogniser's UTF-8 byte ranges (in text order) to code-point offsets in one pass.
    static func scalarOffsets(_ text: String, _ found: [TimeExpression]) -> [(start: Int, end: Int, expression: TimeExpression)] {
        guard !found.isEmpty else { return [] }
        var bounds: [Int] = []
        bounds.reserveCapacity(found.count * 2)
        for expression in found { bounds.append(expression.range.lowerBound); bounds.append(expression.range.upperBound) }
        let order = bounds.indices.sorted { bounds[$0] < bounds[$1] }
        var converted = [Int](repeating: 0, count: bounds.count)
        var next = 0, byte = 0, scalars = 0
        for b in text.utf8 {
            while next < order.count && bounds[order[next]] <= byte { converted[order[next]] = scalars; next += 1 }
            if next == order.count { break }
            if b & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
        while next < order.count { converted[order[next]] = scalars; next += 1 }
        return found.indices.map { (converted[2 * $0], converted[2 * $0 + 1], found[$0]) }
    }
}
