import LoreExtraction

/// How settled a claim is, derived from its evidence every time it is read, so it always
/// reflects everything ingested so far.
public enum ClaimStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Asserted by two or more independent outlets.
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
        let asserted = Set(evidence.filter { $0.modality == .asserted }.map(\.source))
        let negated = evidence.contains { $0.modality == .negated }
        if !asserted.isEmpty && negated { self = .contested }
        else if asserted.count >= 2 { self = .confirmed }
        else if asserted.count == 1 { self = .reported }
        else if negated && !evidence.contains(where: { $0.modality != .negated }) { self = .denied }
        else if evidence.contains(where: { $0.modality == .rumored }) { self = .rumored }
        else { self = .speculative }
    }

    /// Statuses that depend on other claims: release values of the same work (and season)
    /// are superseded by more precise compatible ones, and contested by different ones of the
    /// same precision. `facts` must hold every release claim of the subjects it covers.
    public static func resolveReleases(_ facts: inout [Fact]) {
        let releases = facts.indices.filter { facts[$0].claim.predicate == .release && facts[$0].status != .denied }
        var bySubject: [String: [Int]] = [:]
        for index in releases {
            let claim = facts[index].claim
            bySubject["\(facts[index].subjectID)|\(claim.qualifiers["season"] ?? "")", default: []].append(index)
        }
        for indices in bySubject.values where indices.count > 1 {
            for i in indices {
                guard let value = TimeValue(facts[i].claim.object) else { continue }
                for j in indices where j != i {
                    guard let other = TimeValue(facts[j].claim.object) else { continue }
                    if other.precision > value.precision && other.refines(value) {
                        facts[i].status = .superseded
                        break
                    }
                    if other.precision == value.precision && other != value && facts[i].status != .superseded
                        && facts[j].status != .rumored && facts[j].status != .speculative {
                        facts[i].status = .contested
                    }
                }
            }
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
