import ArgumentParser
import Foundation
import LoreExtraction
import LoreReading
import LoreSQLite

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure articles per second and peak memory for extract and for ingest.",
        discussion: """
            Runs the extraction pipeline over a corpus on one core (reading and extracting, no \
            output), then ingests the same corpus into a fresh SQLite file (extracting on every \
            core, writing in transactions of 1,000 articles), and prints articles per second and \
            the peak memory (resident set) after each. Build in release mode for real figures.

            Example:
              swift run -c release lore benchmark --generate 2000
              lore benchmark --corpus articles-2k.jsonl
              lore benchmark --show big.sqlite     (only the show latency, on a database built before)
            """
    )

    @Option(help: ArgumentHelp("A corpus to measure with: JSON lines, a file or a folder.", valueName: "file"))
    var corpus: String?

    @Option(help: ArgumentHelp("Generate a corpus of this many articles with make_speed_corpus.py.", valueName: "n"))
    var generate: Int?

    @Option(help: ArgumentHelp("The corpus generator script.", valueName: "file"))
    var generator: String = "../shared/eval/make_speed_corpus.py"

    @Option(help: "The generator's random seed.")
    var seed: Int = 7

    @Option(help: ArgumentHelp("Only time `show` of the most mentioned entity on this existing database.", valueName: "file"))
    var show: String?

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if show != nil {
            if corpus != nil || generate != nil { throw ValidationError("--show FILE measures an existing database: give no corpus.") }
            return
        }
        if (corpus == nil) == (generate == nil) { throw ValidationError("Give either --corpus FILE, --generate N or --show FILE.") }
        if let generate, generate < 1 { throw ValidationError("--generate needs a positive number of articles.") }
    }

    func run() throws {
        if let show {
            guard FileManager.default.fileExists(atPath: show) else {
                Console.error("no database at \(show)")
                throw ExitCode.failure
            }
            return try showLatency(database: show)
        }
        lexicon.apply()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lore-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let corpusPath: String
        if let generate {
            corpusPath = scratch.appendingPathComponent("corpus.jsonl").path
            try Self.generateCorpus(articles: generate, seed: seed, script: generator, output: corpusPath)
        } else {
            corpusPath = corpus!
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: corpusPath)[.size] as? NSNumber)?.intValue ?? 0
        Console.write("corpus: \(corpusPath) (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)\n")

        // Extract: read and extract every article, keeping nothing.
        let extractor = Extractor()
        var articles = 0, skipped = 0, facts = 0
        let started = Date(), startedCPU = Self.cpuNanoseconds()
        ArticleReader().read([corpusPath]) { result in
            switch result {
            case .success(let article):
                articles += 1
                facts += extractor.extract(article).facts.count
            case .failure:
                skipped += 1
            }
        }
        let extractSeconds = Date().timeIntervalSince(started)
        let extractCPU = Double(Self.cpuNanoseconds() - startedCPU) / 1_000_000_000
        Console.write("extract (1 core): \(Self.rate(articles, extractSeconds)) (CPU \(String(format: "%.2f", extractCPU)) s = "
            + "\(Self.perSecond(articles, extractCPU)) articles per CPU-second), \(plural(facts, "fact")), peak memory \(Self.peakMemory())\n")

        // Ingest: the same, stored into a fresh SQLite file.
        let database = scratch.appendingPathComponent("benchmark.sqlite").path
        let ingestCPU = Self.cpuNanoseconds()
        let summary = try Ingestion(store: try SQLiteStore(path: database), reader: ArticleReader()).run([corpusPath])
        let cpuSeconds = Double(Self.cpuNanoseconds() - ingestCPU) / 1_000_000_000
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // Articles per CPU-second is the rate on one core, whatever the machine lends the run.
        Console.write("ingest (\(plural(cores, "core"))): \(Self.rate(summary.read, summary.seconds)) (SQLite writes \(String(format: "%.2f", summary.storeSeconds)) s, "
            + "\(Self.perSecond(summary.read, summary.storeSeconds)) articles/s; CPU \(String(format: "%.2f", cpuSeconds)) s = "
            + "\(Self.perSecond(summary.read, cpuSeconds)) articles per CPU-second), peak memory \(Self.peakMemory())\n")
        try showLatency(database: database)
        if skipped > 0 { Console.error("\(plural(skipped, "input")) of the corpus could not be read") }
    }

    /// `lore show` of the most mentioned entity on the database just built: everything it
    /// reads (entity, aliases, the best-supported facts of each group with their first
    /// sources, history), timed in process, p50 and p99.
    func showLatency(database: String) throws {
        let store = try SQLiteStore(path: database)
        guard let name = try store.mostMentioned(limit: 1).first else { return }
        var milliseconds: [Double] = [], cpu: [Double] = []
        var facts = 0
        for _ in 0..<200 {
            let started = DispatchTime.now().uptimeNanoseconds, startedCPU = Self.cpuNanoseconds()
            facts = try store.reports(named: name, limit: .standard).reduce(0) { $0 + $1.groups.reduce(0) { $0 + $1.total } }
            milliseconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            cpu.append(Double(Self.cpuNanoseconds() - startedCPU) / 1_000_000)
        }
        // CPU time too: on a busy shared machine, wall-clock latency mostly measures the neighbours.
        func percentiles(_ values: [Double]) -> String {
            let sorted = values.sorted()
            return "p50 \(String(format: "%.2f", sorted[sorted.count / 2])) ms, p99 \(String(format: "%.2f", sorted[sorted.count * 99 / 100])) ms"
        }
        Console.write("show \"\(name)\" (\(plural(facts, "fact"))): \(percentiles(milliseconds)) over 200 runs (CPU \(percentiles(cpu)))\n")
    }

    /// CPU time the process has used (user and system), in nanoseconds.
    static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func rate(_ articles: Int, _ seconds: Double) -> String {
        "\(plural(articles, "article")) in \(String(format: "%.2f", seconds)) s = \(perSecond(articles, seconds)) articles/s"
    }

    static func perSecond(_ articles: Int, _ seconds: Double) -> String {
        seconds > 0 ? String(format: "%.0f", Double(articles) / seconds) : "∞"
    }

    /// The process's peak resident set so far (getrusage; ru_maxrss is in kilobytes on Linux).
    static func peakMemory() -> String {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let bytes = Double(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        let bytes = Double(usage.ru_maxrss)
        #endif
        return String(format: "%.1f MB", bytes / 1_048_576)
    }

    static func generateCorpus(articles: Int, seed: Int, script: String, output: String) throws {
        guard FileManager.default.fileExists(atPath: script) else {
            Console.error("the corpus generator \(script) is not there; pass --generator PATH or --corpus FILE")
            throw ExitCode.failure
        }
        Console.write("generating \(plural(articles, "article")) with \(script)…\n", to: .standardError)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "-n", String(articles), "--seed", String(seed), "-o", output]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.error("\(script) failed with status \(process.terminationStatus)")
            throw ExitCode.failure
        }
    }
}
