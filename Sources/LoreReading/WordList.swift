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
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for raw in text.split(separator: "\n") {
                let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let entry = line.trimmingCharacters(in: .whitespaces)
                if !entry.isEmpty { entries.append(entry) }
            }
        }
        return entries
    }
}
