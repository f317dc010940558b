import LoreReading

/// Finds time expressions in text and normalises them against a reference date.
public struct TimeExpressionRecognizer: Sendable {
    public init() {}

    /// Every time expression in `text`, in order, resolved against `reference` (the article's publication date).
    public func find(in text: String, reference: CalendarDate?) -> [TimeExpression] {
        []
    }
}
