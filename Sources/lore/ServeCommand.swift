import ArgumentParser
import Foundation
import LoreServer
import NIOCore
import LoreSQLite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the web UI over a database.",
        discussion: """
            Serves the web UI at / (home, entities, graphs, stories, search, release calendar \
            with an .ics subscription, articles) and the JSON API under /api/v1, described by \
            /api/v1/openapi.json. Reads are public. POST /api/v1/articles ingests JSON lines and \
            needs the bearer token given with --token or in LORE_API_TOKEN; without one, ingest \
            over HTTP is off.

            Example:
              lore serve --db marvel.sqlite
              LORE_API_TOKEN=secret lore serve --host 0.0.0.0 --port 8080
              curl -H "Authorization: Bearer secret" --data-binary @news.jsonl http://127.0.0.1:8080/api/v1/articles
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on (127.0.0.1 keeps it to this machine).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: ArgumentHelp("The bearer token that POST /api/v1/articles requires (default: LORE_API_TOKEN).", valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp("The largest request body accepted, in megabytes.", valueName: "MB"))
    var maxBody = 16

    @Flag(help: "Render every request anew instead of keeping pages until the database changes.")
    var noCache = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; use 0 to 65535.") }
        guard maxBody > 0 else { throw ValidationError("--max-body \(maxBody) must be at least 1 (megabyte).") }
    }

    func run() async throws {
        try await Self.serve(store: try database.openExisting(), database: database.path, host: host, port: port,
                             token: token ?? ProcessInfo.processInfo.environment["LORE_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
                             maxBody: maxBody, caching: !noCache)
    }

    /// Serves until interrupted; prints the address to open once listening.
    static func serve(store: SQLiteStore, database: String, host: String, port: Int, token: String?, maxBody: Int = 16,
                      caching: Bool = true) async throws {
        let server = try LoreServer(store: store, settings: .init(token: token, maxBodyBytes: maxBody << 20, caching: caching))
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let app = server.application(host: host, port: port) { port in
            Console.write("Lore is serving \(database) at http://\(shownHost):\(port)/ (API: http://\(shownHost):\(port)/api/v1/openapi.json)\n")
            Console.write(token == nil ? "Ingest over HTTP is off: pass --token or set LORE_API_TOKEN to allow POST /api/v1/articles.\n"
                                       : "POST /api/v1/articles accepts the bearer token.\n")
            Console.write("Press Ctrl-C to stop.\n")
        }
        do { try await app.runService() } catch let error as IOError where error.errnoCode == EADDRINUSE {
            Console.error("cannot serve on \(shownHost):\(port): the address is already in use (another lore serve?); pass --port N, or 0 for a free port")
            throw ExitCode.failure
        }
    }
}
