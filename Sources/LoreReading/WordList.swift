import Foundation

/// A word list read from a data file: one entry a line, `#` starts a comment.
/// Files come from a module's bundled `Lexicon` folder; a user's folder named by the
/// `LORE_LEXICON` environment variable adds its own entries to a list of the same name.
public enum WordList {
    public static func lines(_ name: String, bundle: Bundle) -> [String] {
        var entries: [String] = []
        var files: [URL] = []
        if let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Lexicon") { files.append(url) }
        if let folder = ProcessInfo.processInfo.environment["LORE_LEXICON"], !folder.isEmpty {
            files.append(URL(fileURLWithPath: folder).appendingPathComponent(name + ".txt"))
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            // Parsed by bytes: the English word list alone has 40,000 lines.
            for line in data.split(separator: 10) {
                var entry = line.prefix { $0 != UInt8(ascii: "#") }
                while let first = entry.first, first == 32 || first == 9 || first == 13 { entry = entry.dropFirst() }
                while let last = entry.last, last == 32 || last == 9 || last == 13 { entry = entry.dropLast() }
                if !entry.isEmpty { entries.append(String(decoding: entry, as: UTF8.self)) }
            }
        }
        return entries
    }
}
