import Hummingbird
import LoreSQLite

extension APIHandlers {
    /// `GET /api/v1/export?format=jsonld|csv|dot|ics|ndjson&about=NAME`: the same as
    /// `lore export`, with the format's media type.
    @Sendable func export(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let query = Query(request)
        guard let name = query.string("format") else {
            throw APIError(.badRequest, "parameter format is missing: use one of " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let format = ExportFormat(rawValue: name) else {
            throw APIError.badParameter("format", name, "is not an export format; use one of "
                                        + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let about = query.string("about")
        if let about, try store.entities(named: about).isEmpty { throw APIError.notFound("no entity named \"\(about)\"") }
        var text = ""
        try store.export(format, about: about) { text += $0 }
        var rendered = Rendered(format.mediaType + "; charset=utf-8", text)
        rendered.extraHeaders[.contentDisposition] = "inline; filename=\"lore-export.\(format.fileExtension)\""
        return rendered
    }
}

extension OpenAPI {
    static var exportPath: [String: Any] {
        [
            "get": [
                "operationId": "export",
                "summary": "The knowledge graph (or one entity's part of it, with about) as schema.org JSON-LD, CSV, Graphviz DOT, iCalendar or an NDJSON backup, as `lore export`.",
                "parameters": [
                    query("format", "The export format.", schema: ["type": "string", "enum": ExportFormat.allCases.map(\.rawValue)], required: true),
                    query("about", "Only the entity with this name or alias."),
                ],
                "responses": [
                    "200": ["description": "The export.",
                            "content": Dictionary(uniqueKeysWithValues: ExportFormat.allCases.map { ($0.mediaType, ["schema": ["type": "string"]]) })],
                    "400": error("format missing or unknown."),
                    "404": error("No entity with that name."),
                ],
            ] as [String: Any],
        ]
    }
}
