import Foundation
import Hummingbird
import HummingbirdTesting
import LoreServer
import Testing

@Suite struct OpenAPITests {
    func document() async throws -> [String: Any] {
        let text = try await Fixtures.withRouter(try Fixtures.server()) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            return response.text
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every API route the router has is in the document with its method, and the document
    /// describes no route the router lacks.
    @Test func documentMatchesTheRoutes() async throws {
        let router = try Fixtures.server().router()
        let routes = Set(router.routes.map { route -> String in
            // Hummingbird writes parameters as `:id`; OpenAPI as `{id}`.
            let path = route.path.description.split(separator: "/", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            return "\(route.method.rawValue.lowercased()) \(path.hasPrefix("/") ? path : "/" + path)"
        }.filter { $0.contains(" /api/") })
        let paths = try #require(try await document()["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in
            operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map { "\($0) \(path)" }
        })
        #expect(routes.count >= 13)
        #expect(routes.subtracting(described).isEmpty, "routes missing from the document: \(routes.subtracting(described).sorted())")
        #expect(described.subtracting(routes).isEmpty, "documented routes the router lacks: \(described.subtracting(routes).sorted())")
    }

    /// The structure OpenAPI 3.1 requires, and what Lore promises: every operation has an id and
    /// a 200; every `$ref` resolves; every path parameter is declared.
    @Test func documentIsWellFormed() async throws {
        let document = try await document()
        #expect(document["openapi"] as? String == "3.1.0")
        let info = try #require(document["info"] as? [String: Any])
        #expect(info["title"] is String && info["version"] is String)
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var ids: Set<String> = []
        for (path, operations) in paths {
            for (method, value) in operations {
                let operation = try #require(value as? [String: Any], "\(method) \(path)")
                let id = try #require(operation["operationId"] as? String, "\(method) \(path) has no operationId")
                #expect(ids.insert(id).inserted, "operationId \(id) is used twice")
                let responses = try #require(operation["responses"] as? [String: Any])
                #expect(responses["200"] != nil, "\(method) \(path) has no 200 response")
                let declared = Set((operation["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "path" }
                    .compactMap { $0["name"] as? String })
                let inPath = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
                #expect(declared == inPath, "\(method) \(path): path parameters \(declared) vs \(inPath)")
            }
        }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        for match in text.components(separatedBy: "#/components/schemas/").dropFirst() {
            let name = String(match.prefix { $0.isLetter || $0.isNumber })
            #expect(schemas[name] != nil, "$ref to missing schema \(name)")
        }
    }

    /// An independent check: openapi-spec-validator from PyPI, in a virtual environment made
    /// once in the temporary folder (or the Python named by LORE_TEST_PYTHON).
    @Test func documentPassesAnOpenAPIValidator() async throws {
        let python = try Python.withPackage("openapi-spec-validator", module: "openapi_spec_validator")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lore-openapi-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: try await document()).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Python.run(python, ["-c", """
            import json, sys
            from openapi_spec_validator import validate
            from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator
            validate(json.load(open(sys.argv[1])), cls=OpenAPIV31SpecValidator)
            print("valid")
            """, file.path])
        #expect(result.status == 0 && result.output.contains("valid"), "\(result.output)")
    }
}

/// Python from a virtual environment with one PyPI package, made once per package.
enum Python {
    static func withPackage(_ package: String, module: String) throws -> String {
        if let python = ProcessInfo.processInfo.environment["LORE_TEST_PYTHON"] { return python }
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("lore-test-venv-\(package)").path
        let python = venv + "/bin/python"
        if (try? run(python, ["-c", "import \(module)"]))?.status == 0 { return python }
        let made = try run("/usr/bin/env", ["python3", "-m", "venv", venv])
        guard made.status == 0 else { throw Failure(message: "could not make a virtual environment at \(venv): \(made.output)") }
        let installed = try run(venv + "/bin/pip", ["install", "--quiet", package])
        guard installed.status == 0 else { throw Failure(message: "could not install \(package) from PyPI: \(installed.output)") }
        return python
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
