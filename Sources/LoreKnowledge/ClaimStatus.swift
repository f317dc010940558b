import LoreExtraction

/// How settled a claim is, derived from its evidence every time it is read, so it always
/// reflects everything ingested so far.
public enum ClaimStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Asserted by two or more independent outlets, or by the studio or platform itself.
    case confirmed
    /// Asserted by one outlet.
    case reported
    /// Only attributed to rumours or unconfirmed reports.
    case rumored
    /// Only hedged ("could", "might", "is expected to").
    case speculative
    /// Only stated not to hold.
    case denied
    /// Asserted and denied, or two values that cannot both hold (two release dates of the same precision).
    case contested
    /// A more precise report replaced it: `2017` → `2017-SU` → `2017-08-18`.
    case superseded

    /// The status one claim's evidence gives it on its own.
    public init(evidence: [Evidence]) {
        self.init(assertedSources: Set(evidence.filter { $0.modality == .asserted }.map(\.source)).count,
                  officiallyAsserted: evidence.contains { $0.official && $0.modality == .asserted },
                  negated: evidence.contains { $0.modality == .negated },
                  onlyNegated: !evidence.contains { $0.modality != .negated },
                  rumored: evidence.contains { $0.modality == .rumored })
    }

    /// The status of a claim with one piece of evidence (what the sums below come to for it).
    public init(onePiece modality: Modality, official: Bool) {
        self.init(assertedSources: modality == .asserted ? 1 : 0, officiallyAsserted: official && modality == .asserted,
                  negated: modality == .negated, onlyNegated: modality == .negated, rumored: modality == .rumored)
    }

    /// The status from what the evidence adds up to (for a store that sums it up itself):
    /// how many distinct sources assert it, whether the studio or platform asserts it, whether
    /// any source or every source denies it, whether any reports it as a rumour.
    public init(assertedSources: Int, officiallyAsserted: Bool, negated: Bool, onlyNegated: Bool, rumored: Bool) {
        if assertedSources > 0 && negated { self = .contested }
        else if assertedSources >= 2 || officiallyAsserted { self = .confirmed }
        else if assertedSources == 1 { self = .reported }
        else if negated && onlyNegated { self = .denied }
        else if rumored { self = .rumored }
        else { self = .speculative }
    }

    /// Statuses that depend on other claims of the same slot (a work's release, per season;
    /// its episode count, per season). `facts` must hold every claim of the slots it covers.
    ///
    /// - A value is superseded by a more precise value that falls inside it (`2017` by
    ///   `2017-SU` by `2017-08-18`), unless that value is only rumored or speculative.
    /// - Two values that cannot both hold (`2017-08-18` and `2017-08-25`, or `2017-10` and
    ///   `2017-11-03`) are settled by a later report: once both are known, the value reported
    ///   last wins and the other is superseded. Until then, two such values of the same
    ///   precision are contested; of different precisions (a series' `2012` and `2019-FA`,
    ///   often two seasons), both stand.
    public static func resolveReleases(_ facts: inout [Fact]) {
        var slots: [String: [Int]] = [:]
        for index in facts.indices where slotPredicates.contains(facts[index].claim.predicate) && facts[index].status != .denied {
            slots[slotKey(facts[index]), default: []].append(index)
        }
        for indices in slots.values where indices.count > 1 {
            let values = indices.map { SlotValue(object: facts[$0].claim.object, predicate: facts[$0].claim.predicate, status: facts[$0].status,
                                                 firstReported: facts[$0].firstReported, lastReported: facts[$0].lastReported) }
            for (i, status) in resolve(values) { facts[indices[i]].status = status }
        }
    }

    /// The statuses of one slot's values weighed against each other (`resolveReleases`), for a
    /// store that keeps them: `values` are every value of the slot; the result gives each its status.
    public static func resolvedStatuses(of values: [SlotValue]) -> [ClaimStatus] {
        var statuses = values.map(\.status)
        let standing = values.indices.filter { values[$0].status != .denied }
        guard standing.count > 1 else { return statuses }
        for (i, status) in resolve(standing.map { values[$0] }) { statuses[standing[i]] = status }
        return statuses
    }

    /// The values (none denied) whose status changes, by position.
    ///
    /// A value is superseded when a firm value with another object refines it, or conflicts
    /// with it and was reported last after both were known; a firm value still standing is
    /// contested by another of the same precision that conflicts with it, unsettled. A
    /// much-reported work has a thousand release values, so not every pair is compared: the
    /// values that settle a conflict are tried latest first, and those that could refine a
    /// value are looked for in its year (`SlotWeighingTests` checks this against every pair).
    static func resolve(_ values: [SlotValue]) -> [(Int, ClaimStatus)] {
        guard values.count > 1 else { return [] }
        let firm = values.indices.filter { values[$0].firm }
        // Those that can win a settlement: reported again after they were first reported.
        let latestFirst = firm.filter { values[$0].lastReported > values[$0].firstReported }
            .sorted { values[$0].lastReported > values[$1].lastReported }
        var firmByYear: [Int: [Int]] = [:]
        for j in firm { if let time = values[j].time { firmByYear[time.year, default: []].append(j) } }

        var superseded = Array(repeating: false, count: values.count)
        for (i, value) in values.enumerated() {
            // Lost: another value was reported last, after both were known; unless this one is
            // the more precise and inside it (then both hold), or has the same object.
            let known = max(value.lastReported, value.firstReported)
            for j in latestFirst {
                guard values[j].lastReported > known else { break }
                if values[j].relation(to: value) != .compatible { superseded[i] = true; break }
            }
            if superseded[i] { continue }
            // Refined: a more precise value inside it, whenever reported.
            guard let time = value.time else { continue }
            superseded[i] = firmByYear[time.year, default: []].contains { values[$0].relation(to: value) == .refines }
        }

        // A value that something else replaced contests nothing.
        let standing = firm.filter { !superseded[$0] }
        var changes: [(Int, ClaimStatus)] = []
        for (i, value) in values.enumerated() {
            if superseded[i] {
                changes.append((i, .superseded))
                continue
            }
            let contested = value.firm && standing.contains { j in
                let other = values[j]
                return j != i && value.samePrecision(other) && other.relation(to: value) == .conflicts
                    && value.settlement(with: other) == .open
            }
            if contested { changes.append((i, .contested)) }
        }
        return changes
    }

    /// Asserted (by one or more outlets) rather than rumored, hedged or denied.
    var isFirm: Bool { self == .confirmed || self == .reported || self == .contested }

    /// The predicates with one value per subject (and season) at a time.
    public static let slotPredicates: Set<FactPredicate> = [.release, .episodes]

    /// The subject, predicate and season a value is a value of.
    public static func slotKey(_ fact: Fact) -> String {
        "\(fact.subjectID)|\(fact.claim.predicate.rawValue)|\(fact.claim.qualifiers["season"] ?? "")"
    }

    enum Relation { case refines, conflicts, compatible }
    enum Settlement { case won, lost, open }

    /// One value of a slot with what comparing it needs, worked out once.
    public struct SlotValue: Sendable {
        var object: String
        var isRelease: Bool
        /// Nil for an episode count (or a release value that is not a date).
        var time: TimeValue?
        var firstReported: String
        var lastReported: String
        /// Its own status, from its evidence.
        var status: ClaimStatus
        var firm: Bool

        public init(object: String, predicate: FactPredicate, status: ClaimStatus, firstReported: String?, lastReported: String?) {
            self.object = object
            isRelease = predicate == .release
            time = TimeValue(object)
            self.firstReported = firstReported ?? ""
            self.lastReported = lastReported ?? ""
            self.status = status
            firm = status.isFirm
        }

        /// How `self`, the other value, stands to `value`: more precise and inside it, impossible together, or neither.
        func relation(to value: SlotValue) -> Relation {
            guard object != value.object else { return .compatible }
            guard isRelease, let mine = time, let theirs = value.time else {
                return .conflicts   // two different episode counts
            }
            if mine.precision > theirs.precision && mine.refines(theirs) { return .refines }
            if theirs.precision > mine.precision && theirs.refines(mine) { return .compatible }
            return .conflicts
        }

        /// Whether two values are stated to the same precision (episode counts always are).
        func samePrecision(_ other: SlotValue) -> Bool {
            guard let x = time, let y = other.time else { return true }
            return x.precision == y.precision
        }

        /// Whether a report after both values were known settled the conflict for `self` or `other`.
        func settlement(with other: SlotValue) -> Settlement {
            let started = max(firstReported, other.firstReported)
            guard max(lastReported, other.lastReported) > started, lastReported != other.lastReported else { return .open }
            return lastReported > other.lastReported ? .won : .lost
        }
    }
}

/// A TIMEX-style release value: `2017`, `2017-SU`, `2017-Q3`, `2017-08`, `2017-08-18`.
struct TimeValue: Hashable {
    var year: Int
    /// SP, SU, FA, WI, Q1…Q4, or nil.
    var part: String?
    var month: Int?
    var day: Int?

    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        self.year = year
        if parts.count >= 2 {
            if let month = Int(parts[1]) { self.month = month } else { part = String(parts[1]) }
        }
        if parts.count >= 3 { day = Int(parts[2]) }
    }

    /// 1 year, 2 season or quarter, 3 month, 4 day.
    var precision: Int { day != nil ? 4 : month != nil ? 3 : part != nil ? 2 : 1 }

    /// Whether this more precise value falls inside `coarser`.
    func refines(_ coarser: TimeValue) -> Bool {
        guard year == coarser.year else { return false }
        if let part = coarser.part {
            guard let month else { return false }
            return TimeValue.months(of: part).contains(month)
        }
        if let coarseMonth = coarser.month { return month == coarseMonth }
        return true
    }

    static func months(of part: String) -> Set<Int> {
        switch part {
        case "SP": return [3, 4, 5]
        case "SU": return [6, 7, 8]
        case "FA": return [9, 10, 11]
        case "WI": return [12, 1, 2]
        case "Q1": return [1, 2, 3]
        case "Q2": return [4, 5, 6]
        case "Q3": return [7, 8, 9]
        case "Q4": return [10, 11, 12]
        default: return []
        }
    }
}
