import Foundation
import LoreReading

/// A plain text table: a header row and left-aligned columns two spaces apart.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// The widest a cell may be; longer ones are cut with an ellipsis.
    var maxCellWidth = 60

    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    func render(indent: String = "") -> String {
        let cells = ([header] + rows).map { $0.map { clip(oneLine($0)) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        var out = ""
        for row in cells {
            var line = indent
            for (column, cell) in row.enumerated() {
                let last = column == row.count - 1
                line += last ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    private func clip(_ text: String) -> String {
        text.count <= maxCellWidth ? text : String(text.prefix(maxCellWidth - 1)) + "…"
    }
}

func oneLine(_ text: String) -> String {
    text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.
func csvLine(_ fields: [String]) -> String {
    fields.map { field in
        field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",") + "\n"
}

enum JSON {
    /// One line, keys sorted, so the output is stable from run to run.
    static let compact: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let pretty: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }()

    static func line(_ value: some Encodable) throws -> String {
        String(decoding: try compact.encode(value), as: UTF8.self)
    }

    static func prettyText(_ value: some Encodable) throws -> String {
        String(decoding: try pretty.encode(value), as: UTF8.self)
    }

    /// A JSON string (or null), escaped as JSONEncoder escapes it, slashes left alone: for the
    /// lines written by hand where JSONEncoder would cost more than the work that made them.
    private static let hex = Array("0123456789abcdef".utf8)

    static func string(_ value: String?) -> String {
        guard let value else { return "null" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        appendString(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as a JSON string: a line built in one buffer costs far less than joined Strings.
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Scanned as a byte buffer: iterating `String.UTF8View` costs several times more per byte.
        var value = value
        value.withUTF8 { utf8 in
            // Most strings need no escaping: copied whole.
            if UTF8Bytes.firstJSONEscape(in: utf8) == utf8.count {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(92); bytes.append(34)
                case UInt8(ascii: "\\"): bytes.append(92); bytes.append(92)
                case 10: bytes.append(92); bytes.append(UInt8(ascii: "n"))
                case 13: bytes.append(92); bytes.append(UInt8(ascii: "r"))
                case 9: bytes.append(92); bytes.append(UInt8(ascii: "t"))
                case 8: bytes.append(92); bytes.append(UInt8(ascii: "b"))
                case 12: bytes.append(92); bytes.append(UInt8(ascii: "f"))
                case 0..<32: bytes += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// "season 2", "on Netflix", "early", "romantic"…: qualifiers as words, in a fixed order.
func describeQualifiers(_ qualifiers: [String: String]) -> String {
    var words: [String] = []
    for key in ["kind", "role", "work", "season", "platform", "mod"] {
        guard let value = qualifiers[key] else { continue }
        switch key {
        case "work": words.append("in " + value)
        case "season": words.append("season " + value)
        case "platform": words.append("on " + value)
        case "mod": words.append(value.lowercased())
        default: words.append(value)
        }
    }
    for (key, value) in qualifiers.sorted(by: { $0.key < $1.key })
    where !["kind", "role", "work", "season", "platform", "mod"].contains(key) {
        words.append("\(key) \(value)")
    }
    return words.joined(separator: ", ")
}
