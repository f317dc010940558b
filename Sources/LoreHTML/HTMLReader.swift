import Foundation
import LoreReading

/// Reads HTML pages from files and folders. Each page yields an article or a `ReadingError`
/// that names it and says why; one bad page never stops the others.
public struct HTMLReader: Sendable {
    /// The largest page Lore reads; real article pages are well under 2 MB.
    public var maxPageBytes: Int

    public static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    public init(maxPageBytes: Int = 16 << 20) {
        self.maxPageBytes = maxPageBytes
    }

    /// Calls `body` once per page or rejected input, in input order (a folder's pages sorted by path).
    public func read(_ paths: [String], _ body: (Result<HTMLArticle, ReadingError>) throws -> Void) rethrows {
        // One buffer for every page: no fresh memory (and page faults) per file.
        var buffer: [UInt8] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.failure(ReadingError(input: path, reason: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                try body(read(file: path, buffer: &buffer))
                continue
            }
            let pages = Self.pages(in: path)
            if pages.isEmpty {
                try body(.failure(ReadingError(input: path, reason: "holds no .html or .htm files")))
            }
            for page in pages { try body(read(file: page, buffer: &buffer)) }
        }
    }

    /// The HTML files below a folder, sorted, hidden ones skipped.
    public static func pages(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// One page; its id is the file name without its extension.
    public func read(file path: String) -> Result<HTMLArticle, ReadingError> {
        var buffer: [UInt8] = []
        return read(file: path, buffer: &buffer)
    }

    private func read(file path: String, buffer: inout [UInt8]) -> Result<HTMLArticle, ReadingError> {
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(ReadingError(input: path, reason: "cannot be opened (check its permissions)"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .failure(ReadingError(input: path, reason: "cannot be read (check its permissions)"))
        }
        let size = Int(status.st_size)
        if size > maxPageBytes {
            return .failure(ReadingError(input: path, reason: "is \(megabytes(size)), larger than the \(megabytes(maxPageBytes)) a page may be; is it really one web page?"))
        }
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
        var filled = 0
        let complete = buffer.withUnsafeMutableBytes { memory -> Bool in
            while filled < size {
                let count = Foundation.read(descriptor, memory.baseAddress! + filled, size - filled)
                if count <= 0 { return count == 0 }
                filled += count
            }
            return true
        }
        guard complete else { return .failure(ReadingError(input: path, reason: "cannot be read (an I/O error)")) }
        return buffer.withUnsafeBytes { memory in
            Result { () throws(ReadingError) in
                try read(UnsafeRawBufferPointer(rebasing: memory[0..<filled]), id: id, input: path)
            }
        }
    }

    /// One page from memory.
    public func read(_ data: Data, id: String, input: String) throws(ReadingError) -> HTMLArticle {
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(ReadingError) in try read(bytes, id: id, input: input) }
        }
        return try result.get()
    }

    public func read(_ bytes: UnsafeRawBufferPointer, id: String, input: String) throws(ReadingError) -> HTMLArticle {
        if bytes.count > maxPageBytes {
            throw ReadingError(input: input, reason: "is \(megabytes(bytes.count)), larger than the \(megabytes(maxPageBytes)) a page may be")
        }
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            throw ReadingError(input: input, reason: "is empty")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ReadingError(input: input, reason: "is UTF-16 (it begins with a byte-order mark); convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8")
        }
        if let base = bytes.baseAddress, memchr(base, 0, min(bytes.count, 8192)) != nil {
            throw ReadingError(input: input, reason: "is a binary file (it contains NUL bytes), not an HTML page")
        }
        let article = try HTMLArticle(html: bytes, id: id, input: input)
        if article.paragraphs.isEmpty {
            throw ReadingError(input: input, reason: "has no article text: no paragraphs were found outside navigation and page furniture")
        }
        return article
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\((bytes + 1023) / 1024) KB"
    }
}
