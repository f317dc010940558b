import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. The tests check
/// that its paths and methods are exactly the router's, and validate it with a validator from PyPI.
enum OpenAPI {
    static let rendered = Rendered("application/json; charset=utf-8", text)

    static let text: String = {
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }()

    // MARK: Building blocks

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func query(_ name: String, _ description: String, schema: [String: Any] = ["type": "string"], required: Bool = false) -> [String: Any] {
        ["name": name, "in": "query", "required": required, "description": description, "schema": schema]
    }

    static func path(_ name: String, _ description: String, schema: [String: Any]) -> [String: Any] {
        ["name": name, "in": "path", "required": true, "description": description, "schema": schema]
    }

    static var paging: [[String: Any]] {
        [query("limit", "How many items (1–500).", schema: ["type": "integer", "minimum": 1, "maximum": 500]),
         query("offset", "How many items to skip.", schema: ["type": "integer", "minimum": 0])]
    }
    static var date: [String: Any] { ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"] }
    static var asOf: [String: Any] { query("asOf", "Answer from the articles published by this date (YYYY, YYYY-MM or YYYY-MM-DD), as the CLI's --as-of.",
                            schema: date) }

    static func json(_ schema: [String: Any], _ description: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": schema]]]
    }

    static func error(_ description: String) -> [String: Any] { json(ref("Error"), description) }

    static func get(_ id: String, _ summary: String, parameters: [[String: Any]] = [], ok: [String: Any],
                    errors: [String: String] = [:]) -> [String: Any] {
        var responses: [String: Any] = ["200": ok]
        for (code, description) in errors { responses[code] = error(description) }
        return ["get": ["operationId": id, "summary": summary, "parameters": parameters, "responses": responses]]
    }

    static func page(of item: String) -> [String: Any] {
        ["type": "object", "required": ["total", "limit", "offset", "items"],
         "properties": ["total": ["type": "integer"], "limit": ["type": "integer"], "offset": ["type": "integer"],
                        "items": ["type": "array", "items": ref(item)]]]
    }

    static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    static var string: [String: Any] { ["type": "string"] }
    static var integer: [String: Any] { ["type": "integer"] }

    // MARK: The document

    static var document: [String: Any] {
        var paths: [String: Any] = [
            "/api/v1/openapi.json": ["get": ["operationId": "openapi", "summary": "This document.",
                                             "responses": ["200": ["description": "The OpenAPI 3.1 document.",
                                                                   "content": ["application/json": ["schema": ["type": "object"]]]]]]],
            "/api/v1/search": get("search", "Search entity names and aliases, and article titles and text (SQLite FTS5).",
                                  parameters: [query("q", "The words to find; each must match, as a prefix.", required: true)] + paging,
                                  ok: json(ref("SearchResults"), "Entities and articles that match, best first."),
                                  errors: ["400": "q missing, or a bad limit or offset."]),
            "/api/v1/entities": get("listEntities", "Entities, most mentioned first; `name` looks one up by name or alias.",
                                    parameters: [query("type", "Only entities of this type.",
                                                       schema: ["type": "string", "enum": ["person", "character", "work", "organization",
                                                                                           "franchise", "event", "place"]]),
                                                 query("name", "Entities called this (name or alias, case- and punctuation-insensitive).")]
                                        + paging,
                                    ok: json(page(of: "Entity"), "A page of entities."), errors: ["400": "A bad type, limit or offset."]),
            "/api/v1/entities/{id}": get("getEntity", "An entity with its facts (grouped by predicate, each with its sources and status) and the history of its changing values.",
                                         parameters: [path("id", "The entity's id.", schema: integer), asOf],
                                         ok: json(ref("EntityReport"), "The entity."),
                                         errors: ["400": "The id is not a number, or a bad asOf.", "404": "No entity with that id."]),
            "/api/v1/facts": get("listFacts", "Facts with their sources and statuses.",
                                 parameters: [query("about", "Only facts about the entity with this name or alias."),
                                              query("predicate", "Only facts of this predicate (plays, appears_in, release, …)."), asOf] + paging,
                                 ok: json(page(of: "Fact"), "A page of facts."),
                                 errors: ["400": "A bad predicate, asOf, limit or offset.", "404": "No entity with that name."]),
            "/api/v1/stories": get("listStories", "Stories (articles that report the same event), latest first.", parameters: paging,
                                   ok: json(page(of: "Story"), "A page of stories."), errors: ["400": "A bad limit or offset."]),
            "/api/v1/stories/{id}": get("getStory", "A story with its articles and the facts it added or changed.",
                                        parameters: [path("id", "The story's id.", schema: integer)], ok: json(ref("Story"), "The story."),
                                        errors: ["400": "The id is not a number.", "404": "No story with that id."]),
            "/api/v1/calendar": get("calendar", "Releases as precisely as reported (as `lore calendar`); format=ics gives iCalendar.",
                                    parameters: [query("from", "Releases that reach this date or later.", schema: date),
                                                 query("to", "Releases that start by the end of this date.", schema: date),
                                                 query("format", "json (default) or ics.", schema: ["type": "string", "enum": ["json", "ics"]])],
                                    ok: ["description": "The releases.",
                                         "content": ["application/json": ["schema": ["type": "array", "items": ref("CalendarEntry")]],
                                                     "text/calendar": ["schema": string]]],
                                    errors: ["400": "A bad date or format, or to before from."]),
            "/api/v1/changes": get("changes", "What changed since a date: new facts, new values, new statuses (as `lore changes`).",
                                   parameters: [query("since", "Changes reported on or after this date.", schema: date, required: true),
                                                query("about", "Only facts about the entity with this name or alias.")],
                                   ok: json(["type": "array", "items": ref("FactChange")], "The changes, in the order of their first report."),
                                   errors: ["400": "since missing or not a date.", "404": "No entity with that name."]),
            "/api/v1/articles/{id}": get("getArticle", "An article with its text and the facts it is a source of.",
                                         parameters: [path("id", "The article's id.", schema: string)],
                                         ok: json(ref("ArticleDetail"), "The article."), errors: ["404": "No article with that id."]),
        ]
        var articles = get("listArticles", "Stored articles, latest first.", parameters: paging,
                           ok: json(page(of: "ArticleSummary"), "A page of articles."), errors: ["400": "A bad limit or offset."])
        articles["post"] = [
            "operationId": "ingestArticles",
            "summary": "Ingest articles: JSON lines, one {\"id\", \"url\"?, \"outlet\"?, \"title\"?, \"published\"?, \"text\"} object a line. Lines that cannot be read are reported with their line number and reason; the others are stored.",
            "security": [["bearer": [String]()]],
            "requestBody": ["required": true, "content": ["application/x-ndjson": ["schema": string], "text/plain": ["schema": string]]],
            "responses": [
                "200": json(ref("IngestResult"), "Every line was read and stored."),
                "207": json(ref("IngestResult"), "Some lines were rejected (listed); the others were stored."),
                "400": error("No line could be read."),
                "401": error("The Authorization header is missing or the token is wrong."),
                "403": error("The server was started without a token: ingest over HTTP is off."),
                "413": error("The body is larger than the server's limit (16 MB by default)."),
            ],
        ]
        paths["/api/v1/articles"] = articles
        paths["/api/v1/export"] = exportPath

        return [
            "openapi": "3.1.0",
            "info": ["title": "Lore API", "version": "1.0.0",
                     "description": "A sourced knowledge graph of film and TV franchises, read from entertainment news. Reads are public; ingest needs a bearer token. Every error is {\"error\": {\"status\", \"message\"}}."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer",
                                               "description": "The token given to `lore serve --token` or LORE_API_TOKEN."]],
                "schemas": schemas,
            ],
        ]
    }

    static var status: [String: Any] {
        ["type": "string", "enum": ["confirmed", "reported", "rumored", "speculative", "denied", "contested", "superseded"]]
    }

    static var schemas: [String: Any] {
        [
            "Error": object(["error": object(["status": integer, "message": string], required: ["status", "message"])], required: ["error"]),
            "Entity": object(["id": integer, "name": string, "type": string,
                              "aliases": ["type": "array", "items": object(["name": string, "count": integer])],
                              "firstSeen": string, "lastSeen": string, "articleCount": integer], required: ["id", "name", "type"]),
            "Evidence": object(["articleID": string, "outlet": string, "url": string, "published": string, "quote": string,
                                "start": integer, "end": integer, "modality": string, "scope": string,
                                "extractor": object(["name": string, "version": string])], required: ["articleID", "quote"]),
            "Claim": object(["subject": string, "subjectType": string, "predicate": string, "object": string, "objectType": string,
                             "qualifiers": ["type": "object", "additionalProperties": string]], required: ["subject", "predicate", "object"]),
            "Fact": object(["claim": ref("Claim"), "subjectID": integer, "objectID": integer, "status": status,
                            "sources": ["type": "array", "items": ref("Evidence")]], required: ["claim", "status", "sources"]),
            "FactGroup": object(["predicate": string, "role": ["type": "string", "enum": ["subject", "object"]],
                                 "facts": ["type": "array", "items": ref("Fact")]]),
            "FactHistory": object(["subject": string, "subjectID": integer, "predicate": string, "season": string,
                                   "earlier": integer, "values": ["type": "array", "items": object(["value": string, "firstReported": string,
                                                                                "lastReported": string, "status": status,
                                                                                "outlets": integer])]]),
            "EntityReport": object(["entity": ref("Entity"), "groups": ["type": "array", "items": ref("FactGroup")],
                                    "histories": ["type": "array", "items": ref("FactHistory")]], required: ["entity", "groups"]),
            "FactChange": object(["kind": ["type": "string", "enum": ["new", "value", "status"]], "fact": ref("Fact"),
                                  "was": ["type": "array", "items": string]], required: ["kind", "fact"]),
            "Story": object(["id": integer, "headline": string, "firstDate": string, "lastDate": string,
                             "articles": ["type": "array", "items": object(["id": string, "title": string, "outlet": string,
                                                                            "url": string, "published": string, "copyOf": string])],
                             "facts": ["type": "array", "items": object(["change": string, "claim": ref("Claim"), "status": status,
                                                                         "previous": ["type": "array", "items": string]])]],
                            required: ["id", "headline", "articles"]),
            "CalendarEntry": object(["work": string, "workID": integer, "season": string, "platform": string,
                                     "window": object(["value": string, "precision": string]), "status": status,
                                     "outlets": ["type": "array", "items": string], "alternatives": ["type": "array", "items": string],
                                     "revisions": integer, "url": string], required: ["work", "window", "status"]),
            "SearchResults": object(["query": string, "totalEntities": integer, "totalArticles": integer,
                                     "entities": ["type": "array", "items": object(["id": integer, "name": string, "type": string,
                                                                                    "articleCount": integer])],
                                     "articles": ["type": "array", "items": object(["id": string, "title": string, "outlet": string,
                                                                                    "url": string, "published": string, "snippet": string])]],
                                    required: ["query", "entities", "articles"]),
            "ArticleSummary": object(["id": string, "title": string, "outlet": string, "url": string, "published": string,
                                      "storyID": integer], required: ["id"]),
            "ArticleDetail": object(["article": ref("ArticleSummary"), "text": string, "ingestedAt": string,
                                     "facts": ["type": "array", "items": object(["claim": ref("Claim"), "subjectID": integer,
                                                                                 "objectID": integer, "status": status, "quote": string,
                                                                                 "modality": string, "scope": string])]],
                                    required: ["article", "text"]),
            "IngestResult": object(["read": integer, "added": integer, "replaced": integer, "unchanged": integer,
                                    "newEntities": integer, "newFacts": integer,
                                    "rejected": ["type": "array", "items": object(["line": integer, "reason": string])]],
                                   required: ["read", "rejected"]),
        ]
    }
}
