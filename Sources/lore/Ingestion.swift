import Foundation
import LoreExtraction
import LoreKnowledge
import LoreReading
import LoreSQLite

/// The pipeline behind `lore ingest`, `lore demo` and `lore benchmark`: read, extract, and
/// store in batches, one transaction per batch. A batch is stored whole or not at all, so a
/// failure never loses what earlier batches stored.
struct Ingestion {
    var store: SQLiteStore
    var reader: ArticleReader
    var extractor = Extractor()
    /// Articles per transaction. Each batch dirties index pages all over a large database;
    /// fewer, larger batches write each of them once (a third fewer page writes than 200 at 100,000 articles).
    var batchSize = 1000
    var progress: ProgressLine?

    struct Summary {
        var read = 0
        var skipped: [ReadingError] = []
        var stored = IngestReport()
        var seconds = 0.0
        /// Time spent in SQLite writes.
        var storeSeconds = 0.0
    }

    /// Stores the articles read from `paths`, after those already `fetched` (pages from URLs).
    /// Each batch is stored on a thread of its own while the next one is read and extracted.
    func run(_ paths: [String], fetched: [Result<Article, ReadingError>] = []) throws -> Summary {
        var summary = Summary()
        var pending: [Article] = []
        pending.reserveCapacity(batchSize)
        let started = Date()
        var writing: BackgroundWrite?
        // A failure elsewhere still lets the batch being stored finish (or roll back) first.
        defer { _ = try? writing?.wait() }

        func finishWriting() throws {
            guard let write = writing else { return }
            writing = nil
            let (report, seconds) = try write.wait()
            summary.stored += report
            summary.storeSeconds += seconds
        }

        func flush() throws {
            guard !pending.isEmpty else { return }
            let batch = SQLiteStore.extractInParallel(pending, with: extractor), texts = SQLiteStore.texts(of: pending)
            pending.removeAll(keepingCapacity: true)
            try finishWriting()
            writing = BackgroundWrite(store: store, batch: batch, texts: texts)
        }

        func take(_ result: Result<Article, ReadingError>) throws {
            switch result {
            case .success(let article):
                summary.read += 1
                pending.append(article)
                if pending.count >= batchSize { try flush() }
            case .failure(let error):
                summary.skipped.append(error)
            }
            progress?.update(done: summary.read + summary.skipped.count, skipped: summary.skipped.count)
        }
        for result in fetched { try take(result) }
        try reader.read(paths, take)
        try flush()
        try finishWriting()
        // Once for the whole run: it regroups from the block of the earliest article stored on.
        try store.updateStories()
        progress?.finish()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

}

/// One batch being stored on a thread of its own.
private final class BackgroundWrite: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the storing thread before it signals `done`, read after `wait()` has seen it.
    private var outcome: Result<IngestReport, any Error> = .success(IngestReport())
    private var seconds = 0.0

    init(store: SQLiteStore, batch: [ArticleRecords], texts: [String: String]) {
        Self.queue.async {
            let started = Date()
            self.outcome = Result { try store.ingest(batch, texts: texts, updatingStories: false) }
            self.seconds = Date().timeIntervalSince(started)
            self.done.signal()
        }
    }

    /// What storing the batch did, and how long it took; rethrows its error. Call it once.
    func wait() throws -> (report: IngestReport, seconds: Double) {
        done.wait()
        return (try outcome.get(), seconds)
    }

    private static let queue = DispatchQueue(label: "lore.ingest.store")
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressLine {
    let total: Int?
    let label: String
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Nil when standard error is not a terminal: piped output gets no progress bar.
    static func forTerminal(label: String, paths: [String]) -> ProgressLine? {
        guard Console.standardErrorIsTerminal else { return nil }
        return ProgressLine(label: label, total: estimateArticles(in: paths))
    }

    init(label: String, total: Int?) {
        self.label = label
        self.total = total
    }

    func update(done: Int, skipped: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        var line = "\r\(label) "
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += "\(Int(fraction * 100))% \(done)/\(total)"
        } else {
            line += "\(done)"
        }
        line += " articles" + (skipped > 0 ? ", \(skipped) skipped" : "") + "\u{1B}[K"
        Console.write(line, to: .standardError)
        drawn = true
    }

    func finish() {
        if drawn { Console.write("\r\u{1B}[K", to: .standardError) }
    }

    /// Counts plain files and JSON lines below `paths`; nil when reading standard input.
    static func estimateArticles(in paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { total += 1; continue }
            // The same files the reader will read.
            let files = isDirectory.boolValue ? ArticleReader.articleFiles(in: path) : [path]
            for file in files {
                let ext = (file as NSString).pathExtension.lowercased()
                if ArticleReader.jsonLinesExtensions.contains(ext),
                   let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) {
                    // Memory-mapped, so counting the lines of a large corpus costs no memory.
                    total += data.withUnsafeBytes { bytes in bytes.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
                    if let last = data.last, last != 10 { total += 1 }
                } else {
                    total += 1
                }
            }
        }
        return total
    }
}
