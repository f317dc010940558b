import Testing
@testable import LoreKnowledge

/// Weighing a slot's values does not compare every pair (a much-reported work has a thousand
/// release values); it must give what comparing every pair gives.
@Suite struct SlotWeighingTests {
    /// The definition: every value against every other.
    static func everyPair(_ values: [ClaimStatus.SlotValue]) -> [(Int, ClaimStatus)] {
        guard values.count > 1 else { return [] }
        var superseded = Array(repeating: false, count: values.count)
        for (i, value) in values.enumerated() {
            for (j, other) in values.enumerated() where j != i && other.firm {
                switch other.relation(to: value) {
                case .refines: superseded[i] = true
                case .conflicts where value.settlement(with: other) == .lost: superseded[i] = true
                default: break
                }
                if superseded[i] { break }
            }
        }
        var changes: [(Int, ClaimStatus)] = []
        for (i, value) in values.enumerated() {
            if superseded[i] {
                changes.append((i, .superseded))
                continue
            }
            let contested = value.firm && values.indices.contains { j in
                let other = values[j]
                return j != i && !superseded[j] && other.firm && value.samePrecision(other)
                    && other.relation(to: value) == .conflicts && value.settlement(with: other) == .open
            }
            if contested { changes.append((i, .contested)) }
        }
        return changes
    }

    /// A small seeded generator, so that a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    /// Release values at every precision over two years, some of them the same, reported on a
    /// few days (so that reports tie), some never dated; or episode counts.
    static func randomSlot(_ random: inout Seeded) -> [ClaimStatus.SlotValue] {
        let release = Bool.random(using: &random) || Bool.random(using: &random)
        let parts = ["SP", "SU", "FA", "WI", "Q1", "Q3"]
        func object() -> String {
            guard release else { return String(Int.random(in: 6...13, using: &random)) }
            let year = Int.random(in: 2019...2020, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return "\(year)"
            case 1: return "\(year)-\(parts.randomElement(using: &random)!)"
            case 2: return "\(year)-0\(Int.random(in: 6...9, using: &random))"
            case 3: return "TBA"
            default: return "\(year)-0\(Int.random(in: 6...9, using: &random))-1\(Int.random(in: 0...3, using: &random))"
            }
        }
        func day() -> String? {
            Int.random(in: 0..<12, using: &random) == 0 ? nil : "2019-0\(Int.random(in: 1...6, using: &random))-0\(Int.random(in: 1...3, using: &random))"
        }
        let statuses: [ClaimStatus] = [.reported, .reported, .confirmed, .rumored, .speculative]
        return (0..<Int.random(in: 2...30, using: &random)).map { _ in
            let first = day(), second = day()
            let (firstReported, lastReported) = (first ?? "", second ?? "") <= (second ?? "", first ?? "") ? (first, second) : (second, first)
            return ClaimStatus.SlotValue(object: object(), predicate: release ? .release : .episodes,
                                         status: statuses.randomElement(using: &random)!,
                                         firstReported: firstReported, lastReported: lastReported)
        }
    }

    @Test func givesWhatComparingEveryPairGives() {
        var random = Seeded(state: 20_261_122)
        var changed = 0
        for _ in 0..<3000 {
            let values = Self.randomSlot(&random)
            let fast = ClaimStatus.resolve(values), reference = Self.everyPair(values)
            #expect(fast.map(\.0) == reference.map(\.0) && fast.map(\.1) == reference.map(\.1),
                    "\(values.map { "\($0.object) \($0.status) \($0.firstReported)…\($0.lastReported)" })")
            changed += reference.count
        }
        // The slots are varied enough to supersede and contest many values.
        #expect(changed > 10_000)
    }
}
