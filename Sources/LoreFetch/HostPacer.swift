import Foundation

/// Politeness per host: requests to one host are at least `interval` apart, and a host that
/// answered 429 or 503 with Retry-After is left alone until then. Different hosts never wait
/// for each other.
actor HostPacer {
    let interval: Duration
    private var nextSlot: [String: ContinuousClock.Instant] = [:]
    private var blockedUntil: [String: Date] = [:]

    init(interval: Duration) {
        self.interval = interval
    }

    /// Waits for this host's next free slot and takes it.
    func waitForTurn(_ host: String) async throws {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot[host] ?? now)
        nextSlot[host] = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }

    /// The time the host asked us to wait until, if it is still ahead.
    func blocked(_ host: String, now: Date = Date()) -> Date? {
        guard let until = blockedUntil[host], until > now else { return nil }
        return until
    }

    func block(_ host: String, until: Date) {
        blockedUntil[host] = max(until, blockedUntil[host] ?? until)
    }
}
