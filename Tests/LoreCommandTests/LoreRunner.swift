import Foundation

/// Runs the built `lore` executable in a folder of its own and captures what it prints.
struct LoreRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `lore` binary sits in the products folder, next to the test bundle.
    static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["LORE_BINARY"] { return URL(fileURLWithPath: path) }
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
                       Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("lore")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()

    /// A fresh temporary folder, removed when the runner is.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    func write(_ name: String, _ data: Data) throws {
        try data.write(to: folder.appendingPathComponent(name))
    }

    /// Runs `lore arguments…` in the folder; standard input is `input`, or empty.
    func run(_ arguments: [String], input: String = "") throws -> Result {
        guard let executable = Self.executable else {
            throw RunnerError(message: "the lore executable was not found next to the tests; run swift build first")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Files, not pipes: a long output can never fill a pipe and stall the process.
        let id = UUID().uuidString
        let stdoutURL = folder.appendingPathComponent(".stdout-\(id)"), stderrURL = folder.appendingPathComponent(".stderr-\(id)")
        let stdinURL = folder.appendingPathComponent(".stdin-\(id)")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        FileManager.default.createFile(atPath: stdinURL.path, contents: Data(input.utf8))
        defer { for url in [stdoutURL, stderrURL, stdinURL] { try? FileManager.default.removeItem(at: url) } }
        let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)
        let stdin = try FileHandle(forReadingFrom: stdinURL)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        process.waitUntilExit()
        try stdout.close(); try stderr.close(); try stdin.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }
}

struct RunnerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
