import ArgumentParser
import Foundation
import LoreFetch

/// The options of the commands that fetch: `ingest` (for URLs), `follow` and `watch`.
struct FetchOptions: ParsableArguments {
    @Flag(help: "Also fetch from loopback, private-network and link-local addresses (your own machine or network).")
    var allowPrivate = false

    @Option(help: ArgumentHelp("The least time between two requests to the same host, in seconds.", valueName: "seconds"))
    var hostDelay: Double = 1

    @Option(help: ArgumentHelp("Give up on a request after this many seconds.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        if hostDelay < 0 { throw ValidationError("--host-delay must be zero or more seconds.") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than zero seconds.") }
    }

    var settings: FetchSettings {
        var settings = FetchSettings()
        settings.allowPrivate = allowPrivate
        settings.hostInterval = .milliseconds(Int64(hostDelay * 1000))
        settings.timeout = .milliseconds(Int64(timeout * 1000))
        return settings
    }
}

/// An http(s) URL (or another scheme, so that it is refused with a reason rather than looked for as a file).
func isURL(_ argument: String) -> Bool {
    guard let colon = argument.range(of: "://") else { return false }
    let scheme = argument[..<colon.lowerBound]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
}

/// "2026-11-22 14:05 UTC".
func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
    return formatter.string(from: date)
}
