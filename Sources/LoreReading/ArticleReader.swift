import Foundation

/// Reads articles from plain-text and Markdown files, folders (recursively), JSON lines
/// (DESIGN contract 1) and `-` for standard input. Each input yields articles or a
/// `ReadingError`; one bad input never stops the others.
public struct ArticleReader: Sendable {
    /// The publication date given to plain-text articles (`--published`).
    public var published: String?
    /// The largest article (a plain file, or one JSON line) Lore accepts.
    public var maxArticleBytes: Int

    public static let plainExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public init(published: String? = nil, maxArticleBytes: Int = 8 << 20) {
        self.published = published
        self.maxArticleBytes = maxArticleBytes
    }

    /// Calls `body` once per article or rejected input, in input order, streaming:
    /// a JSON lines file of any size is read a line at a time.
    public func read(_ paths: [String], _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try readStream(FileHandle.standardInput, input: "-", body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.failure(ReadingError(input: path, reason: "no such file or folder")))
                continue
            }
            if isDirectory.boolValue {
                for file in Self.articleFiles(in: path) { try readFile(file, body) }
            } else {
                try readFile(path, body)
            }
        }
    }

    /// The readable files below a folder, sorted, hidden ones skipped.
    public static func articleFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if plainExtensions.contains(ext) || jsonLinesExtensions.contains(ext) {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private func readFile(_ path: String, _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        let ext = (path as NSString).pathExtension.lowercased()
        if Self.jsonLinesExtensions.contains(ext) {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return try body(.failure(ReadingError(input: path, reason: "cannot be opened (check its permissions)")))
            }
            defer { try? handle.close() }
            return try readStream(handle, input: path, body)
        }
        try body(readPlainFile(path))
    }

    /// A plain-text or Markdown file is one article: its name (without extension) is the id,
    /// its first line the title.
    func readPlainFile(_ path: String) -> Result<Article, ReadingError> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maxArticleBytes {
            return .failure(ReadingError(input: path, reason: "is \(Self.megabytes(size)), larger than the \(Self.megabytes(maxArticleBytes)) an article may be; split it into articles or write it as JSON lines"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadingError(input: path, reason: "cannot be read (check its permissions)"))
        }
        let text: String
        switch Self.decodeText(data) {
        case .success(let decoded): text = decoded
        case .failure(let reason): return .failure(ReadingError(input: path, reason: reason.message))
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let title = text.split(separator: "\n", omittingEmptySubsequences: true).first.map {
            $0.drop(while: { $0 == "#" || $0 == " " }).trimmingCharacters(in: .whitespaces)
        }
        if let published, CalendarDate(iso: published) == nil {
            return .failure(ReadingError(input: path, reason: "--published \(published) is not YYYY-MM-DD, YYYY-MM or YYYY"))
        }
        return .success(Article(id: id, title: title, published: published, text: text))
    }

    /// Standard input is JSON lines when its first non-blank byte is `{`, otherwise one plain article.
    private func readStream(_ handle: FileHandle, input: String, _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        var lines = LineReader(handle: handle, maxLineBytes: maxArticleBytes)
        var lineNumber = 0
        var plain: [UInt8]? = nil
        while let line = lines.next() {
            lineNumber += 1
            if plain != nil {
                plain!.append(contentsOf: line.bytes); plain!.append(10)
                continue
            }
            if line.tooLong {
                try body(.failure(ReadingError(input: input, line: lineNumber, reason: "line is longer than \(Self.megabytes(maxArticleBytes)); an article may not be larger")))
                continue
            }
            let first = line.bytes.first { $0 != 32 && $0 != 9 && $0 != 13 }
            if first == nil { continue }
            if input == "-" && lineNumber == 1 && first != UInt8(ascii: "{") {
                plain = line.bytes + [10]
                continue
            }
            try body(Self.decodeJSONLine(line.bytes, input: input, line: lineNumber))
        }
        if var bytes = plain {
            while bytes.last == 10 { bytes.removeLast() }
            switch Self.decodeText(Data(bytes)) {
            case .success(let text):
                let title = text.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) }
                try body(.success(Article(id: "stdin", title: title, published: published, text: text)))
            case .failure(let reason):
                try body(.failure(ReadingError(input: input, reason: reason.message)))
            }
        }
    }

    static func decodeJSONLine(_ bytes: [UInt8], input: String, line: Int) -> Result<Article, ReadingError> {
        func fail(_ reason: String) -> Result<Article, ReadingError> { .failure(ReadingError(input: input, line: line, reason: reason)) }
        if case .failure(let problem) = decodeText(Data(bytes)) { return fail(problem.message) }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            return fail("malformed JSON; each line must be one object {\"id\", \"text\", ...}")
        }
        guard let fields = object as? [String: Any] else { return fail("expected a JSON object, found another JSON value") }
        func string(_ key: String) -> String? {
            if let s = fields[key] as? String { return s }
            if let n = fields[key] as? NSNumber, key == "id" { return n.stringValue }
            return nil
        }
        guard let id = string("id"), !id.isEmpty else { return fail("missing \"id\"") }
        guard let text = fields["text"] as? String else { return fail("article \(id) has no \"text\" string") }
        if text.allSatisfy(\.isWhitespace) { return fail("article \(id) has an empty \"text\"") }
        let published = string("published").flatMap { $0.isEmpty ? nil : $0 }
        if let published, CalendarDate(iso: published) == nil {
            return fail("article \(id): \"published\" \(published) is not YYYY-MM-DD, YYYY-MM or YYYY")
        }
        return .success(Article(id: id, url: string("url"), outlet: string("outlet"), title: string("title"),
                                published: published, text: text))
    }

    enum TextProblem: Error { case empty, binary, invalidUTF8(offset: Int)
        var message: String {
            switch self {
            case .empty: return "is empty"
            case .binary: return "is a binary file (it contains NUL bytes); Lore reads plain text, Markdown and JSON lines"
            case .invalidUTF8(let offset): return "is not valid UTF-8 (bad byte at offset \(offset)); convert it, e.g. iconv -f latin1 -t utf-8"
            }
        }
    }

    static func decodeText(_ data: Data) -> Result<String, TextProblem> {
        if data.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return .failure(.empty) }
        if data.prefix(8192).contains(0) { return .failure(.binary) }
        if let offset = invalidUTF8Offset(data) { return .failure(.invalidUTF8(offset: offset)) }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if data.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        return .success(text)
    }

    static func invalidUTF8Offset(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
                else if b & 0xF0 == 0xE0 { length = 3 }
                else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
                else { return i }
                if i + length > n { return i }
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// Reads a file handle a line at a time in 1 MB chunks, so memory stays flat.
struct LineReader {
    struct Line { var bytes: [UInt8]; var tooLong: Bool }
    let handle: FileHandle
    let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    init(handle: FileHandle, maxLineBytes: Int) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
    }

    mutating func next() -> Line? {
        var overflow = false
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if overflow { return Line(bytes: [], tooLong: true) }
                return Line(bytes: line, tooLong: false)
            }
            if buffer.count - start > maxLineBytes {
                // Drop what we have of an oversized line and keep skipping to its end.
                overflow = true
                buffer.removeAll(keepingCapacity: true); start = 0
            }
            if finished {
                if start < buffer.count {
                    let line = Array(buffer[start...])
                    buffer.removeAll(); start = 0
                    return Line(bytes: overflow ? [] : line, tooLong: overflow)
                }
                return overflow ? Line(bytes: [], tooLong: true) : nil
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true; continue }
            if start > 0 { buffer.removeSubrange(0..<start); start = 0 }
            buffer.append(contentsOf: chunk)
        }
    }
}
