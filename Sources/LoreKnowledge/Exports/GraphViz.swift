import LoreExtraction

/// Writes an `EntityGraph` in GraphViz's DOT language: `dot -Tsvg graph.dot > graph.svg`.
/// Node ids are `e` and the entity id; names and labels are quoted strings, escaped.
public enum GraphViz {
    public static func render(_ graph: EntityGraph) -> String {
        var text = ""
        write(graph) { text += $0 }
        return text
    }

    /// The DOT text, handed to `write` a line at a time.
    public static func write(_ graph: EntityGraph, to write: (String) throws -> Void) rethrows {
        try write("digraph lore {\n")
        try write("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n")
        try write("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
        try write("  edge [fontname=\"Helvetica\", fontsize=10];\n")
        for node in graph.nodes {
            var attributes = "label=\(quote(node.name)), tooltip=\(quote(node.type.rawValue)), fillcolor=\(quote(EntityGraph.colour(node.type)))"
            if node.id == graph.centre { attributes += ", penwidth=2" }
            try write("  \(id(node.id)) [\(attributes)];\n")
        }
        for edge in graph.edges {
            var attributes = "label=\(quote(edge.label)), tooltip=\(quote(edge.predicate.rawValue + ", " + edge.status.rawValue))"
            switch edge.status {
            case .confirmed, .reported: break
            case .rumored, .speculative, .contested: attributes += ", style=dashed"
            case .denied, .superseded: attributes += ", style=dotted"
            }
            try write("  \(id(edge.from)) -> \(id(edge.to)) [\(attributes)];\n")
        }
        try write("}\n")
    }

    static func id(_ entity: Int64) -> String { "\"e\(entity)\"" }

    /// A DOT quoted string: quotes and backslashes escaped, line breaks as `\n`.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
