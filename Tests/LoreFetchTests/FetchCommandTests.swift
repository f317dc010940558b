import Foundation
import Testing

/// `lore follow`, `lore watch`, `lore reprocess` and URLs in `lore ingest`, run as a user would,
/// against the local fixture server.
@Suite struct FetchCommandTests {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `lore`, next to the test bundle.
    static let executable: URL? = {
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("lore") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs lore on a thread of its own: the server answering it runs in this process.
    func lore(_ arguments: [String]) async throws -> Output {
        let executable = try #require(Self.executable, "the lore executable was not found next to the tests; run swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-fetch-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    @Test func followWatchReprocessAndIngestURLs() async throws {
        try await FixtureServer.run { server in
            let database = FileManager.default.temporaryDirectory.appendingPathComponent("lore-fetch-\(UUID().uuidString).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
            let fetching = ["--allow-private", "--host-delay", "0.01", "--db", database]

            // Without --allow-private the local server is refused, with the reason.
            let refused = try await lore(["follow", server.url("/site/"), "--db", database])
            #expect(refused.status == 3)
            #expect(refused.stderr.contains("\(server.url("/site/")): refused: 127.0.0.1 is a loopback address"))

            // A site page leads to its feed; a page naming none is refused with the reason.
            let follow = try await lore(["follow", server.url("/site/"), server.url("/plain-site/")] + fetching)
            #expect(follow.status == 3)
            #expect(follow.stdout == "following Reelside news (\(server.url("/feeds/rss.xml"))): 2 entries; lore watch reads them\n")
            #expect(follow.stderr.contains("\(server.url("/plain-site/")): is a web page that names no feed"))

            let watch = try await lore(["watch", "--once"] + fetching)
            #expect(watch.status == 0, "\(watch.stderr)")
            #expect(watch.stdout.hasPrefix("\(server.url("/feeds/rss.xml")): 2 new entries, 2 articles read\nstored: 2 new, 0 replaced, 0 unchanged articles;"))

            let again = try await lore(["watch", "--once"] + fetching)
            #expect(again.stdout.hasPrefix("\(server.url("/feeds/rss.xml")): not modified\nstored: 0 new, 0 replaced, 0 unchanged articles; 0 new facts"))

            let list = try await lore(["follow", "--list", "--db", database])
            #expect(list.stdout.hasPrefix("FEED"))
            #expect(list.stdout.contains("Reelside news"))

            let reprocess = try await lore(["reprocess", "--db", database])
            #expect(reprocess.status == 0)
            #expect(reprocess.stdout.hasPrefix("pages: 2 (2 read, 0 without an article)\narticles: 0 new, 0 replaced, 2 unchanged\n"))

            // URLs in ingest: a failing one is listed with its reason, the rest is stored.
            let ingest = try await lore(["ingest", server.url("/latin1.html"), server.url("/loop/a")] + fetching)
            #expect(ingest.status == 3)
            #expect(ingest.stdout.hasPrefix("read: 1 article (1 new)\nskipped: 1\n"))
            #expect(ingest.stderr.contains("\(server.url("/loop/a")): redirect loop: "))

            let unfollow = try await lore(["follow", "--remove", server.url("/site/"), "--db", database])
            #expect(unfollow.stdout == "no longer following \(server.url("/site/"))\n")
            #expect(try await lore(["follow", "--list", "--db", database]).stdout == "no subscriptions; add one with lore follow URL\n")
        }
    }
}
