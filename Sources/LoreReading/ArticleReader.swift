import Foundation

/// Reads articles from plain-text and Markdown files, folders (recursively), JSON lines
/// (DESIGN contract 1) and `-` for standard input. Each input yields articles or a
/// `ReadingError`; one bad input never stops the others.
public struct ArticleReader: Sendable {
    /// The publication date given to plain-text articles (`--published`).
    public var published: String?
    /// The largest article (a plain file, or one JSON line) Lore accepts.
    public var maxArticleBytes: Int

    /// Reads other kinds of files (web pages) into articles; the `lore` command plugs in LoreHTML's.
    public var pages: PageReader?

    public static let plainExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public init(published: String? = nil, maxArticleBytes: Int = 8 << 20, pages: PageReader? = nil) {
        self.published = published
        self.maxArticleBytes = maxArticleBytes
        self.pages = pages
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
                for file in Self.articleFiles(in: path, also: pages?.extensions ?? []) { try readFile(file, body) }
            } else {
                try readFile(path, body)
            }
        }
    }

    /// The readable files below a folder, sorted, hidden ones skipped.
    public static func articleFiles(in folder: String, also extra: Set<String> = []) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if plainExtensions.contains(ext) || jsonLinesExtensions.contains(ext) || extra.contains(ext) {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private func readFile(_ path: String, _ body: (Result<Article, ReadingError>) throws -> Void) rethrows {
        let ext = (path as NSString).pathExtension.lowercased()
        if let pages, pages.extensions.contains(ext) {
            // A page without a date of its own takes the one given on the command line.
            return try body(pages.read(path).map { article in
                var article = article
                if article.published == nil { article.published = published }
                return article
            })
        }
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
        return plainArticle(text, id: id, input: path)
    }

    /// A plain or Markdown article: the front matter, if any, gives its title, date, URL and
    /// outlet; otherwise its first line is the title and `--published` its date.
    func plainArticle(_ text: String, id: String, input: String) -> Result<Article, ReadingError> {
        let front = FrontMatter(text)
        let body = front.map { String($0.body) } ?? text
        let title = front?.title ?? body.split(separator: "\n", omittingEmptySubsequences: true).first.map {
            $0.drop(while: { $0 == "#" || $0 == " " }).trimmingCharacters(in: .whitespaces)
        }
        if let date = front?.published {
            guard CalendarDate(iso: date) != nil else {
                return .failure(ReadingError(input: input, reason: "the front matter's date \(date) is not YYYY-MM-DD, YYYY-MM or YYYY"))
            }
        } else if let published, CalendarDate(iso: published) == nil {
            return .failure(ReadingError(input: input, reason: "--published \(published) is not YYYY-MM-DD, YYYY-MM or YYYY"))
        }
        return .success(Article(id: front?.id ?? id, url: front?.url, outlet: front?.outlet, title: title,
                                published: front?.published ?? published, text: front?.title == nil ? body : Self.headed(body, by: title)))
    }

    /// The text with its headline first, as a web page's is read: a title given apart from the text
    /// ("title" in JSON lines, in front matter) is read as the article's headline. A title the text
    /// already holds somewhere (scraped pages often repeat it after their furniture, or take the lede
    /// as title) is left where it is.
    static func headed(_ text: String, by title: String?) -> String {
        // (Trimmed only when it needs it: Foundation's trimming costs more than the search.)
        guard var title, !title.isEmpty else { return text }
        if title.first!.isWhitespace || title.last!.isWhitespace { title = title.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !title.isEmpty, !text.containsBytes(of: title) else { return text }
        return title + "\n\n" + text
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
                try body(plainArticle(text, id: "stdin", input: input))
            case .failure(let reason):
                try body(.failure(ReadingError(input: input, reason: reason.message)))
            }
        }
    }

    /// Reads articles from JSON lines held in memory (an HTTP request body, say): one result
    /// per non-blank line, each error naming `input` and the line.
    public func read(jsonLines data: [UInt8], input: String) -> [Result<Article, ReadingError>] {
        var results: [Result<Article, ReadingError>] = []
        var lineNumber = 0
        for line in data.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
            if line.count > maxArticleBytes {
                results.append(.failure(ReadingError(input: input, line: lineNumber, reason: "line is longer than \(Self.megabytes(maxArticleBytes)); an article may not be larger")))
                continue
            }
            results.append(Self.decodeJSONLine(Array(line), input: input, line: lineNumber))
        }
        return results
    }

    static func decodeJSONLine(_ bytes: [UInt8], input: String, line: Int) -> Result<Article, ReadingError> {
        func fail(_ reason: String) -> Result<Article, ReadingError> { .failure(ReadingError(input: input, line: line, reason: reason)) }
        let checked = bytes.withUnsafeBufferPointer { checkText($0) }
        if let problem = checked.problem { return fail(problem.message) }
        // Most lines are a flat object of strings: read those directly, as JSONSerialization
        // is several times slower; it still handles (and explains) everything else.
        let fields: [String: String]
        if checked.strictUTF8, let flat = bytes.withUnsafeBufferPointer({ FlatJSONObject.strings($0) }) {
            fields = flat
        } else {
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
                return fail("malformed JSON; each line must be one object {\"id\", \"text\", ...}")
            }
            guard let dictionary = object as? [String: Any] else { return fail("expected a JSON object, found another JSON value") }
            var strings: [String: String] = [:]
            for (key, value) in dictionary {
                if let s = value as? String { strings[key] = s }
                else if key == "id", let n = value as? NSNumber { strings[key] = n.stringValue }
            }
            fields = strings
        }
        guard let id = fields["id"], !id.isEmpty else { return fail("missing \"id\"") }
        guard let text = fields["text"] else { return fail("article \(id) has no \"text\" string") }
        if text.allSatisfy(\.isWhitespace) { return fail("article \(id) has an empty \"text\"") }
        let published = fields["published"].flatMap { $0.isEmpty ? nil : $0 }
        if let published, CalendarDate(iso: published) == nil {
            return fail("article \(id): \"published\" \(published) is not YYYY-MM-DD, YYYY-MM or YYYY")
        }
        let title = fields["title"]
        return .success(Article(id: id, url: fields["url"], outlet: fields["outlet"], title: title,
                                published: published, text: Self.headed(text, by: title)))
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
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let problem = checkText(bytes).problem { return .failure(problem) }
            // Drop a byte order mark and the CR of CRLF line ends.
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            if bytes.contains(13) {
                var kept: [UInt8] = []
                kept.reserveCapacity(bytes.count - start)
                for i in start..<bytes.count where !(bytes[i] == 13 && i + 1 < bytes.count && bytes[i + 1] == 10) { kept.append(bytes[i]) }
                text = String(decoding: kept, as: UTF8.self)
            }
            return .success(text)
        }
    }

    /// Why bytes are not readable text (blank, binary or not UTF-8), if they are not; and whether
    /// they are strictly UTF-8 (no overlong forms or surrogates, see `invalidUTF8Offset`).
    static func checkText(_ bytes: UnsafeBufferPointer<UInt8>) -> (problem: TextProblem?, strictUTF8: Bool) {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return (.empty, false) }
        if let base = bytes.baseAddress, memchr(base, 0, min(bytes.count, 8192)) != nil { return (.binary, false) }
        // One pass for the common case: strictly valid text is valid.
        if invalidUTF8Offset(UnsafeRawBufferPointer(bytes), strict: true) == nil { return (nil, true) }
        if let offset = invalidUTF8Offset(UnsafeRawBufferPointer(bytes)) { return (.invalidUTF8(offset: offset), false) }
        return (nil, false)
    }

    static func invalidUTF8Offset(_ data: Data) -> Int? {
        data.withUnsafeBytes { invalidUTF8Offset($0) }
    }

    /// The offset of the first byte that is not UTF-8. `strict` also rejects overlong forms,
    /// surrogates and code points above U+10FFFF (which `String(decoding:)` would replace).
    static func invalidUTF8Offset(_ raw: UnsafeRawBufferPointer, strict: Bool = false) -> Int? {
        do {
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            let base = raw.baseAddress
            while i < n {
                // Eight ASCII bytes at a time: news text is mostly ASCII.
                if let base, i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
                else if b & 0xF0 == 0xE0 { length = 3 }
                else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
                else { return i }
                if i + length > n { return i }
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
                if strict {
                    let second = bytes[i + 1]
                    if (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F)
                        || (b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F) { return i }
                }
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
            // memchr: a byte loop over every line of a corpus costs several times more.
            let newline = buffer.withUnsafeBufferPointer { b -> Int? in
                guard start < b.count, let found = memchr(b.baseAddress! + start, 10, b.count - start) else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(b.baseAddress!)
            }
            if let newline {
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

/// Reads a JSON line that is one flat object whose values are strings, or null, true, false
/// and numbers (which only "id" would use, as text). Returns nil for anything else — nested
/// values, a number "id", bad syntax — so the caller can let JSONSerialization decide.
/// Like JSONSerialization, a repeated key keeps its last value.
public enum FlatJSONObject {
    /// The strings of a flat JSON object, or nil when `text` is not one (see above).
    public static func strings(_ text: String) -> [String: String]? {
        var text = text
        return text.withUTF8 { bytes in
            ArticleReader.checkText(bytes).strictUTF8 ? strings(bytes) : nil
        }
    }

    /// `bytes` must be strictly valid UTF-8 (`ArticleReader.checkText`).
    static func strings(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var fields: [String: String] = [:]
        var i = 0
        let n = bytes.count
        func skipSpace() { while i < n, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 } }
        func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < n, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        guard take(UInt8(ascii: "{")) else { return nil }
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipSpace()
                guard let key = string() else { return nil }
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard i < n else { return nil }
                if bytes[i] == UInt8(ascii: "\"") {
                    guard let value = string() else { return nil }
                    fields[key] = value
                } else if key != "id", skipLiteral() {
                    fields[key] = nil
                } else {
                    return nil
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        skipSpace()
        return i == n ? fields : nil

        /// A string starting at the quote at `i`; escapes are decoded, raw control characters refused.
        func string() -> String? {
            guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var decoded: [UInt8] = []
            while true {
                // Copy the run up to the next quote, backslash or control character in one go.
                let end = UTF8Bytes.firstJSONEscape(in: bytes, from: i)
                guard end < n, bytes[end] >= 0x20 else { return nil }
                let run = UnsafeBufferPointer(rebasing: bytes[i..<end])
                if bytes[end] == UInt8(ascii: "\"") {
                    i = end + 1
                    if decoded.isEmpty { return String(decoding: run, as: UTF8.self) }  // no escapes
                    decoded.append(contentsOf: run)
                    return String(decoding: decoded, as: UTF8.self)
                }
                decoded.append(contentsOf: run)
                // A backslash escape.
                guard end + 1 < n else { return nil }
                let e = bytes[end + 1]
                i = end + 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(e)
                case UInt8(ascii: "b"): decoded.append(8)
                case UInt8(ascii: "f"): decoded.append(12)
                case UInt8(ascii: "n"): decoded.append(10)
                case UInt8(ascii: "r"): decoded.append(13)
                case UInt8(ascii: "t"): decoded.append(9)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        // A surrogate pair; a lone surrogate is left to JSONSerialization.
                        guard i + 1 < n, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    decoded.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            }
        }

        func hex4() -> UInt32? {
            guard i + 4 <= n else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i] | 0x20
                let digit: UInt8
                if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digit = b - UInt8(ascii: "0") }
                else if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f") { digit = b - UInt8(ascii: "a") + 10 }
                else { return nil }
                value = value << 4 | UInt32(digit)
                i += 1
            }
            return value
        }

        /// null, true, false or a number (JSON's grammar: no leading zeros, no bare dot).
        func skipLiteral() -> Bool {
            for word in ["null", "true", "false"] where bytes[i...].starts(with: word.utf8) {
                i += word.utf8.count
                return true
            }
            func digits() -> Int {
                let start = i
                while i < n, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                return i - start
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n else { return false }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return false }
            if i < n, bytes[i] == UInt8(ascii: ".") { i += 1; guard digits() > 0 else { return false } }
            if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { return false }
            }
            return true
        }
    }
}

/// Reads files of other kinds (web pages) into articles.
public struct PageReader: Sendable {
    /// Lower-case file extensions it reads: "html", "htm".
    public var extensions: Set<String>
    public var read: @Sendable (_ path: String) -> Result<Article, ReadingError>

    public init(extensions: Set<String>, read: @escaping @Sendable (_ path: String) -> Result<Article, ReadingError>) {
        self.extensions = extensions
        self.read = read
    }
}
