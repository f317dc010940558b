import LoreExtraction

/// The values one slot (a work's release, per season; its episode count) has had, in the
/// order they were first reported: `2017` → `2017-SU` → `2017-08-18`.
public struct FactHistory: Sendable, Hashable, Codable {
    public struct Value: Sendable, Hashable, Codable {
        public var value: String
        public var firstReported: String?
        public var lastReported: String?
        public var status: ClaimStatus
        /// Distinct outlets that reported it.
        public var outlets: Int
    }

    public var subject: String
    public var subjectID: Int64
    public var predicate: FactPredicate
    public var season: String?
    public var values: [Value]

    /// The histories of every slot in `facts` that has had more than one value.
    public static func histories(_ facts: [Fact]) -> [FactHistory] {
        var slots: [String: [Fact]] = [:]
        for fact in facts where ClaimStatus.slotPredicates.contains(fact.claim.predicate) {
            slots[ClaimStatus.slotKey(fact), default: []].append(fact)
        }
        return slots.values.filter { $0.count > 1 }.map { facts in
            let first = facts[0]
            let values = facts.map { fact in
                Value(value: fact.claim.object + (fact.claim.qualifiers["mod"].map { " (\($0.lowercased()))" } ?? ""),
                      firstReported: fact.firstReported,
                      lastReported: fact.lastReported, status: fact.status, outlets: fact.outletCount)
            }.sorted { ($0.firstReported ?? "~", $0.value) < ($1.firstReported ?? "~", $1.value) }
            return FactHistory(subject: first.claim.subject, subjectID: first.subjectID, predicate: first.claim.predicate,
                               season: first.claim.qualifiers["season"], values: values)
        }.sorted { ($0.subject, $0.predicate.rawValue, $0.season ?? "") < ($1.subject, $1.predicate.rawValue, $1.season ?? "") }
    }
}

extension Fact {
    /// The distinct outlets behind the fact (the article when the outlet is unknown), first reporter first.
    public var outlets: [String] {
        var seen: [String] = []
        for source in sources where !seen.contains(source.source) { seen.append(source.source) }
        return seen
    }

    /// The publication date of the latest source.
    public var lastReported: String? {
        if let totals { return totals.lastReported }
        return sources.compactMap(\.published).max()
    }

    /// The fact as known on `date` (YYYY-MM-DD): only the evidence of articles published by
    /// then (an article dated only by month or year counts from its first day); nil when none.
    /// The status must be derived again from what is left.
    public func asOf(_ date: String) -> Fact? {
        var fact = self
        fact.sources = sources.filter { source in source.published.map { $0 <= date } ?? false }
        fact.totals = nil
        guard !fact.sources.isEmpty else { return nil }
        fact.status = ClaimStatus(evidence: fact.sources)
        return fact
    }
}
