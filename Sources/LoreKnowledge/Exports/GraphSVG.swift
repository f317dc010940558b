import Foundation
import LoreExtraction

/// Draws an `EntityGraph` as a self-contained, accessible SVG: the centre entity in the middle,
/// its neighbours on rings around it (grouped by type, sorted by name), so the same graph is
/// always drawn the same way. Nodes are spaced along each ring so that neither they nor their
/// names overlap; rings are added as needed (about 45 nodes fit on three). The `viewBox` lets
/// the drawing scale down to a phone's width.
public enum GraphSVG {
    /// `id` prefixes the ids inside the drawing (title, description, arrow marker): give each
    /// drawing on a page its own.
    public static func render(_ graph: EntityGraph, id: String = "lore-graph") -> String {
        let layout = Layout(graph)
        let prefix = escape(id)
        var bounds = layout.bounds
        let legendTypes = EntityType.allCases.filter { type in graph.nodes.contains { $0.type == type } }
        let legendColumns = max(1, Int(bounds.width / Layout.legendWidth))
        let legendRows = (legendTypes.count + legendColumns - 1) / legendColumns
        bounds.minY -= Double(legendRows) * 20 + 10
        bounds.height += Double(legendRows) * 20 + 10

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="\(n(bounds.minX)) \(n(bounds.minY)) \(n(bounds.width)) \(n(bounds.height))" \
            width="\(n(bounds.width))" height="\(n(bounds.height))" style="max-width:100%;height:auto" role="img" \
            aria-labelledby="\(prefix)-title \(prefix)-desc" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif">

            """
        svg += "<title id=\"\(prefix)-title\">\(escape(title(graph)))</title>\n"
        svg += "<desc id=\"\(prefix)-desc\">\(escape(description(graph)))</desc>\n"
        svg += """
            <defs><marker id="\(prefix)-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" \
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>

            """
        // Legend: one swatch per type present, in rows across the top.
        svg += "<g class=\"legend\" font-size=\"12\">\n"
        for (index, type) in legendTypes.enumerated() {
            let x = bounds.minX + 10 + Double(index % legendColumns) * Layout.legendWidth
            let y = bounds.minY + 15 + Double(index / legendColumns) * 20
            svg += "<circle cx=\"\(n(x + 6))\" cy=\"\(n(y - 4))\" r=\"6\" fill=\"\(EntityGraph.colour(type))\" stroke=\"#333\"/>"
            svg += "<text x=\"\(n(x + 16))\" y=\"\(n(y))\" fill=\"#222\">\(type.rawValue)</text>\n"
        }
        svg += "</g>\n"

        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        svg += "<g class=\"edges\" font-size=\"10\" fill=\"#333\">\n"
        for line in layout.lines {
            guard let a = layout.positions[line.from], let b = layout.positions[line.to] else { continue }
            let (ra, rb) = (layout.radius(line.from), layout.radius(line.to))
            let dx = b.x - a.x, dy = b.y - a.y, length = max((dx * dx + dy * dy).squareRoot(), 1)
            let start = (x: a.x + dx / length * ra, y: a.y + dy / length * ra)
            let end = (x: b.x - dx / length * (rb + 2), y: b.y - dy / length * (rb + 2))
            let style = Self.style(line.status)
            let spoken = line.edges.map { "\(names[$0.from] ?? "") \($0.label) \(names[$0.to] ?? "") (\($0.status.rawValue))" }
            svg += "<g><title>\(escape(spoken.joined(separator: "; ")))</title>"
            svg += "<line x1=\"\(n(start.x))\" y1=\"\(n(start.y))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\" stroke=\"\(style.colour)\" "
                + "stroke-width=\"\(style.width)\"\(style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")"
                + (line.directed ? " marker-end=\"url(#\(prefix)-arrow)\"" : "") + "/>"
            // The label sits a little past the middle, nearer the outer node, where edges fan out.
            let at = (x: a.x + dx * 0.58, y: a.y + dy * 0.58)
            svg += "<text x=\"\(n(at.x))\" y=\"\(n(at.y + 3))\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" "
                + "paint-order=\"stroke\">\(escape(clip(line.label, 24)))</text></g>\n"
        }
        svg += "</g>\n<g class=\"nodes\" font-size=\"12\">\n"
        for node in graph.nodes {
            guard let point = layout.positions[node.id] else { continue }
            let radius = layout.radius(node.id)
            let isCentre = node.id == layout.centre
            svg += "<g><title>\(escape(node.name)) (\(node.type.rawValue))</title>"
            svg += "<circle cx=\"\(n(point.x))\" cy=\"\(n(point.y))\" r=\"\(n(radius))\" fill=\"\(EntityGraph.colour(node.type))\" "
                + "stroke=\"#333\" stroke-width=\"\(isCentre ? 2.5 : 1)\"/>"
            svg += "<text x=\"\(n(point.x))\" y=\"\(n(point.y + radius + 14))\" text-anchor=\"middle\" fill=\"#111\"\(isCentre ? " font-weight=\"bold\"" : "")>"
                + "\(escape(clip(node.name, Layout.maxLabel)))</text></g>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    static func title(_ graph: EntityGraph) -> String {
        if let centre = graph.centre, let node = graph.nodes.first(where: { $0.id == centre }) {
            return "\(node.name) (\(node.type.rawValue)) and \(graph.nodes.count - 1) related \(graph.nodes.count == 2 ? "entity" : "entities")"
        }
        return "\(graph.nodes.count) entities and \(graph.edges.count) facts"
    }

    /// Every edge in words, for screen readers.
    static func description(_ graph: EntityGraph) -> String {
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let facts = graph.edges.map { "\(names[$0.from] ?? "") \($0.label) \(names[$0.to] ?? "") (\($0.status.rawValue))" }
        return facts.isEmpty ? "No facts link it to other entities." : facts.joined(separator: ". ") + "."
    }

    /// Solid for what stands, dashed for rumours and speculation, dotted for what no longer holds.
    static func style(_ status: ClaimStatus) -> (colour: String, width: Double, dash: String?) {
        switch status {
        case .confirmed: return ("#333", 2, nil)
        case .reported: return ("#555", 1.5, nil)
        case .rumored, .speculative: return ("#888", 1.2, "6 4")
        case .contested: return ("#c2410c", 1.5, "3 3")
        case .denied: return ("#b91c1c", 1.2, "1 4")
        case .superseded: return ("#aaa", 1, "1 4")
        }
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// Where each node goes: the centre at the origin, the others on rings whose nodes are at
/// least `spacing` apart along the ring (more than a clipped name is wide).
struct Layout {
    static let nodeRadius = 18.0, centreRadius = 26.0
    static let firstRing = 170.0, ringGap = 130.0, spacing = 128.0
    /// Names longer than this are clipped (the full name is in the node's tooltip).
    static let maxLabel = 18
    static let legendWidth = 120.0

    struct Line {
        var from: Int64
        var to: Int64
        var edges: [EntityGraph.Edge]
        var label: String
        var status: ClaimStatus
        var directed: Bool
    }

    var centre: Int64?
    var positions: [Int64: (x: Double, y: Double)] = [:]
    var lines: [Line] = []
    var bounds: (minX: Double, minY: Double, width: Double, height: Double) = (0, 0, 0, 0)

    init(_ graph: EntityGraph) {
        let centre = graph.centre ?? graph.nodes.first?.id
        self.centre = centre
        var others = graph.nodes.map(\.id).filter { $0 != centre }
        if let centre { positions[centre] = (0, 0) }
        var ring = 0
        while !others.isEmpty {
            let radius = Self.firstRing + Double(ring) * Self.ringGap
            let capacity = max(1, Int(2 * Double.pi * radius / Self.spacing))
            let placed = others.prefix(capacity)
            others.removeFirst(placed.count)
            // Every other ring is turned by half a step, so its edges pass between the inner nodes.
            let step = 2 * Double.pi / Double(placed.count)
            let offset = -Double.pi / 2 + (ring % 2 == 1 ? step / 2 : 0)
            for (index, id) in placed.enumerated() {
                let angle = offset + Double(index) * step
                positions[id] = (radius * cos(angle), radius * sin(angle))
            }
            ring += 1
        }
        // Facts between the same two entities share one line, their labels joined.
        var byPair: [String: Int] = [:]
        let strength = Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.enumerated().map { ($1, $0) })
        for edge in graph.edges {
            let key = "\(min(edge.from, edge.to))-\(max(edge.from, edge.to))"
            if let index = byPair[key] {
                lines[index].edges.append(edge)
                if !lines[index].label.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).contains(edge.label) {
                    lines[index].label += ", " + edge.label
                }
                if strength[edge.status]! < strength[lines[index].status]! { lines[index].status = edge.status }
                if edge.from != lines[index].from { lines[index].directed = false }
            } else {
                byPair[key] = lines.count
                lines.append(Line(from: edge.from, to: edge.to, edges: [edge], label: edge.label, status: edge.status, directed: true))
            }
        }
        let halfLabel = Double(Self.maxLabel) * 3.6
        var minX = -Self.centreRadius - halfLabel, maxX = Self.centreRadius + halfLabel
        var minY = -Self.centreRadius, maxY = Self.centreRadius + 20
        for point in positions.values {
            minX = min(minX, point.x - halfLabel); maxX = max(maxX, point.x + halfLabel)
            minY = min(minY, point.y - Self.centreRadius); maxY = max(maxY, point.y + Self.centreRadius + 20)
        }
        bounds = (minX - 10, minY - 10, maxX - minX + 20, maxY - minY + 20)
    }

    func radius(_ id: Int64) -> Double { id == centre ? Self.centreRadius : Self.nodeRadius }
}
