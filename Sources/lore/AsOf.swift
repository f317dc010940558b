import ArgumentParser
import LoreKnowledge
import LoreReading

/// The `--as-of` and `--since` dates: YYYY, YYYY-MM or YYYY-MM-DD, taken as the last day of
/// the period they name (`--as-of 2017` is what was known at the end of 2017).
enum AsOf {
    /// The date as YYYY-MM-DD, nil when not given; a usage error naming the value otherwise.
    static func parse(_ text: String?, option: String = "--as-of") throws -> String? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError("\(option) \(text) is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")
        }
        return date.lastDay.description
    }
}
