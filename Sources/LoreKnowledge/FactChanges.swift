import LoreExtraction

/// What changed in the knowledge between two moments: facts that are new, that changed
/// status, or that gave a slot (a release, an episode count) a new value.
public struct FactChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A fact nobody had reported before.
        case new
        /// A new value for a release or an episode count that had another one.
        case value
        /// A fact known before whose status changed (reported → confirmed, → superseded…).
        case status
    }

    public var kind: Kind
    public var fact: Fact
    /// For `status`: the status before. For `value`: the values standing before.
    public var was: [String]

    /// The changes from `before` (the facts as known then) to `after` (as known now),
    /// in the order of the first report of each fact.
    public static func between(_ before: [Fact], _ after: [Fact]) -> [FactChange] {
        func identity(_ fact: Fact) -> String {
            "\(fact.subjectID)|\(fact.claim.predicate.rawValue)|\(fact.objectID.map { "#\($0)" } ?? "=" + fact.claim.object)|"
                + ClaimRecord.qualifierText(fact.claim.qualifiers)
        }
        let earlier = Dictionary(before.map { (identity($0), $0) }, uniquingKeysWith: { first, _ in first })
        var standingBefore: [String: [String]] = [:]
        for fact in before where ClaimStatus.slotPredicates.contains(fact.claim.predicate)
            && fact.status != .superseded && fact.status != .denied {
            standingBefore[ClaimStatus.slotKey(fact), default: []].append(fact.claim.object)
        }
        var changes: [FactChange] = []
        for fact in after {
            if let old = earlier[identity(fact)] {
                if old.status != fact.status { changes.append(FactChange(kind: .status, fact: fact, was: [old.status.rawValue])) }
            } else if let values = standingBefore[ClaimStatus.slotKey(fact)], ClaimStatus.slotPredicates.contains(fact.claim.predicate) {
                changes.append(FactChange(kind: .value, fact: fact, was: values.sorted()))
            } else {
                changes.append(FactChange(kind: .new, fact: fact, was: []))
            }
        }
        return changes.sorted {
            ($0.fact.firstReported ?? "~", $0.fact.claim.subject, $0.fact.claim.object)
                < ($1.fact.firstReported ?? "~", $1.fact.claim.subject, $1.fact.claim.object)
        }
    }
}
