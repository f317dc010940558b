/// One news article as Lore receives it (DESIGN contract 1).
public struct Article: Sendable, Hashable, Codable {
    public var id: String
    public var url: String?
    public var outlet: String?
    public var title: String?
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: relative time expressions resolve against it.
    public var published: String?
    public var text: String

    public init(id: String, url: String? = nil, outlet: String? = nil, title: String? = nil,
                published: String? = nil, text: String) {
        self.id = id
        self.url = url
        self.outlet = outlet
        self.title = title
        self.published = published
        self.text = text
    }

    /// The publication date, parsed; nil when absent or not one of the three shapes.
    public var publicationDate: CalendarDate? { published.flatMap(CalendarDate.init(iso:)) }

    /// The outlet's name as `compactKey` writes it, from the outlet and the URL's host: "theinsidetrack" for
    /// "theinsidetrack.com" or "The Inside Track". Shorter keys are left out: they match too much.
    public var outletKeys: [String] {
        var keys: [String] = []
        for name in [outlet, url.flatMap(Self.host)] {
            guard var name = name?.lowercased() else { continue }
            if name.hasPrefix("www.") { name.removeFirst(4) }
            // A domain's first label is the name ("variety" of "variety.com").
            if name.contains("."), !name.contains(" "), let label = name.split(separator: ".").first { name = String(label) }
            let key = Self.compactKey(name)
            if key.utf8.count >= 5, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// A name's letters and digits in lower case: "The Inside Track" → "theinsidetrack".
    public static func compactKey(_ name: some StringProtocol) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    static func host(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        return url[scheme.upperBound...].split(separator: "/", maxSplits: 1).first.map(String.init)
    }
}

/// A date known to a year, a month or a day.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...CalendarDate.days(inMonth: month!, year: year)).contains(d) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        var s = String(format: "%04d", year)
        if let month { s += String(format: "-%02d", month) }
        if let day { s += String(format: "-%02d", day) }
        return s
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
