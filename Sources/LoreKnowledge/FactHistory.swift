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

        public init(value: String, firstReported: String?, lastReported: String?, status: ClaimStatus, outlets: Int) {
            self.value = value
            self.firstReported = firstReported
            self.lastReported = lastReported
            self.status = status
            self.outlets = outlets
        }
    }

    public var subject: String
    public var subjectID: Int64
    public var predicate: FactPredicate
    public var season: String?
    public var values: [Value]
    /// How many values came before `values` when only the latest are listed (a bounded `show`
    /// of a much-reported work); nil when `values` are all of them.
    public var earlier: Int?

    public init(subject: String, subjectID: Int64, predicate: FactPredicate, season: String?, values: [Value], earlier: Int? = nil) {
        self.subject = subject
        self.subjectID = subjectID
        self.predicate = predicate
        self.season = season
        self.values = values
        self.earlier = earlier
    }

    /// A value's text: the value and its modifier ("2019 (late)").
    public static func text(of value: String, qualifiers: [String: String]) -> String {
        value + (qualifiers["mod"].map { " (\($0.lowercased()))" } ?? "")
    }

    /// The order values are listed in: first reported first, undated last.
    public static func inOrder(_ a: Value, _ b: Value) -> Bool {
        (a.firstReported ?? "~", a.value) < (b.firstReported ?? "~", b.value)
    }

    /// The histories of every slot in `facts` that has had more than one value.
    public static func histories(_ facts: [Fact]) -> [FactHistory] {
        var slots: [String: [Fact]] = [:]
        for fact in facts where ClaimStatus.slotPredicates.contains(fact.claim.predicate) {
            slots[ClaimStatus.slotKey(fact), default: []].append(fact)
        }
        return slots.values.filter { $0.count > 1 }.map { facts in
            let first = facts[0]
            let values = facts.map { fact in
                Value(value: text(of: fact.claim.object, qualifiers: fact.claim.qualifiers),
                      firstReported: fact.firstReported,
                      lastReported: fact.lastReported, status: fact.status, outlets: fact.outletCount)
            }.sorted(by: inOrder)
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
