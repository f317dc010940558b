/// An input Lore could not read: it names the input (file, line, article id), says what is
/// wrong and how to fix it. A batch goes on past it and reports it at the end.
public struct ReadingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file path, URL or `-` for standard input.
    public var input: String
    /// 1-based line for JSON lines input.
    public var line: Int?
    public var reason: String

    public init(input: String, line: Int? = nil, reason: String) {
        self.input = input
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(input):\(line): \(reason)" }
        return "\(input): \(reason)"
    }
}
