import Foundation

/// A word list read from a data file: one entry a line, `#` starts a comment.
/// Files come from a module's bundled `Lexicon` folder; a user's folder named by the
/// `LORE_LEXICON` environment variable adds its own entries to a list of the same name.
public enum WordList {
    public static func lines(_ name: String, bundle: Bundle) -> [String] {
        var entries: [String] = []
        var files: [URL] = []
        if let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Lexicon") { files.append(url) }
        // getenv, not ProcessInfo's environment: that builds a dictionary of every variable per call.
        if let value = getenv("LORE_LEXICON"), case let folder = String(cString: value), !folder.isEmpty {
            files.append(URL(fileURLWithPath: folder).appendingPathComponent(name + ".txt"))
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            // Scanned as raw bytes: the English word list alone has 40,000 lines, and
            // iterating or splitting `Data` element by element is many times slower.
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var lineStart = 0
                while lineStart < bytes.count {
                    var lineEnd = lineStart
                    while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                    var start = lineStart, end = lineStart
                    while end < lineEnd && bytes[end] != UInt8(ascii: "#") { end += 1 }
                    while start < end && isBlank(bytes[start]) { start += 1 }
                    while end > start && isBlank(bytes[end - 1]) { end -= 1 }
                    if start < end { entries.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                    lineStart = lineEnd + 1
                }
            }
        }
        return entries
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }
}
