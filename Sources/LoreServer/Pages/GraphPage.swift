import Hummingbird
import LoreExtraction
import LoreKnowledge
import LoreSQLite

extension PageHandlers {
    /// The relationship and cast graph of an entity, drawn as SVG on the server (`GraphSVG`):
    /// its own facts, plus for a work who plays whom in it, and the facts between its neighbours.
    @Sendable func graph(_ request: Request, context: some RequestContext) async throws -> Rendered {
        let id = try context.id(of: "entity")
        let asOf = try Query(request).asOf()
        guard let report = try store.report(id: id, asOf: asOf) else { throw APIError.notFound("no entity with id \(id)") }
        let own = report.groups.flatMap(\.facts)
        let neighbours = Set(own.flatMap { [$0.subjectID] + ($0.objectID.map { [$0] } ?? []) }).subtracting([id])
        var related = try store.facts(aboutIDs: Array(neighbours), asOf: asOf)
        if report.entity.type == .work { related += try store.cast(of: report.entity, asOf: asOf) }
        let graph = EntityGraph(report, related: related)
        let values: [String: Any] = [
            "id": report.entity.id, "name": report.entity.name,
            "summary": "\(graph.nodes.count) entities and \(graph.edges.count) links around \(report.entity.name) (\(report.entity.type.rawValue)).",
            "svg": GraphSVG.render(graph),
        ]
        let jsonLD = SchemaOrg.jsonLD(report, related: related.filter { $0.claim.predicate == .plays },
                                      headlines: try Self.headlines(store, own))
        return .html(pages.page("graph", values, title: "Graph of \(report.entity.name)", section: .entities, jsonLD: jsonLD))
    }
}
