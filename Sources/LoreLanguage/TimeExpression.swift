import LoreReading

/// A time expression found in text, normalised to a TIMEX3 value against a reference date.
public struct TimeExpression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

    /// UTF-8 byte range into the text that was searched.
    public var range: Range<Int>
    public var text: String
    public var type: Kind
    /// The TIMEX3 value (`2017-03-17`, `2017-03`, `2017`, `2017-SU`, `2017-Q3`, `PRESENT_REF`, `P2Y`, ...);
    /// nil when the expression is relative and there is no reference date to resolve it against.
    public var value: String?
    /// `EARLY`, `MID` or `LATE` for "early 2017", "mid-2018", "late next year".
    public var mod: String?

    public init(range: Range<Int>, text: String, type: Kind, value: String?, mod: String? = nil) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
    }
}
