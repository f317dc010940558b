import Foundation

/// The rules of one site's robots.txt (RFC 9309) for one user agent: the group naming the
/// agent, else the `*` group; the longest matching Allow or Disallow wins, Allow on a tie.
public struct RobotsRules: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]

    /// Everything allowed: no robots.txt (404), or one with no group for us.
    public static let allowAll = RobotsRules(rules: [])
    /// Nothing allowed: the site's robots.txt could not be read (5xx), as RFC 9309 asks.
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")])

    init(rules: [Rule]) { self.rules = rules }

    /// Parses robots.txt for `agent` (a product token such as "Lore", matched case-insensitively).
    public init(parsing text: String, agent: String) {
        let agent = agent.lowercased()
        var named: [Rule] = [], anyAgent: [Rule] = []
        var foundNamed = false
        // A group is one or more user-agent lines followed by rules.
        var groupAgents: [String] = [], inRules = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if inRules { groupAgents = []; inRules = false }
                groupAgents.append(value.lowercased())
            case "allow", "disallow":
                inRules = true
                let rule = Rule(allow: key == "allow", pattern: value)
                if groupAgents.contains(agent) {
                    foundNamed = true
                    // An empty Disallow allows everything: it adds no rule.
                    if !value.isEmpty { named.append(rule) }
                } else if groupAgents.contains("*"), !value.isEmpty {
                    anyAgent.append(rule)
                }
            default:
                continue  // sitemap, crawl-delay and unknown lines
            }
        }
        rules = foundNamed ? named : anyAgent
    }

    /// Whether `path` (with its query) may be fetched.
    public func allows(_ path: String) -> Bool {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            if let current = best {
                if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allow) {
                    best = rule
                }
            } else {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// `*` matches any run of characters and a final `$` the end of the path; otherwise a
    /// pattern matches every path it begins.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let star = UInt8(ascii: "*")
        var p = Array(pattern.utf8)
        if p.last == UInt8(ascii: "$") { p.removeLast() } else { p.append(star) }
        let s = Array(path.utf8)
        // Wildcard matching with backtracking to the last star.
        var i = 0, j = 0, lastStar = -1, mark = 0
        while i < s.count {
            if j < p.count && p[j] != star && p[j] == s[i] {
                i += 1; j += 1
            } else if j < p.count && p[j] == star {
                lastStar = j; mark = i; j += 1
            } else if lastStar >= 0 {
                j = lastStar + 1; mark += 1; i = mark
            } else {
                return false
            }
        }
        while j < p.count && p[j] == star { j += 1 }
        return j == p.count
    }
}

