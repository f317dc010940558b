/// The metadata block a Markdown article may open with (Jekyll, Hugo, Obsidian):
///
///     ---
///     title: Iron Fist casts its villain
///     published: 2016-10-28
///     url: https://example.com/iron-fist-villain
///     ---
///
/// Lore reads `title`, `published` (or `date`), `url`, `outlet` (or `source`, `site`) and `id`;
/// other keys are ignored. A file that does not open with such a block is all text.
struct FrontMatter: Equatable {
    var fields: [String: String] = [:]
    /// The text after the block.
    var body: Substring

    /// Splits `text` into its front matter and the rest; nil when it opens with none.
    init?(_ text: String) {
        // ("\r\n" is one Character: both line ends count one.)
        var lines = text.split(maxSplits: Self.maxLines + 1, omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }[...]
        guard let first = lines.popFirst(), first.trimmingTrailingSpace == "---" else { return nil }
        var fields: [String: String] = [:]
        var consumed = first.count + 1
        for line in lines.prefix(Self.maxLines) {
            consumed += line.count + 1
            let trimmed = line.trimmingTrailingSpace
            if trimmed == "---" || trimmed == "..." {
                // A horizontal rule over a paragraph has no "key: value" lines: it is text.
                guard !fields.isEmpty else { return nil }
                self.fields = fields
                body = text.dropFirst(consumed).drop { $0 == "\n" || $0 == "\r\n" }
                return
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                if trimmed.allSatisfy(\.isWhitespace) || trimmed.hasPrefix("#") || trimmed.hasPrefix(" ") || trimmed.hasPrefix("-") { continue }
                return nil
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, !key.contains(" ") else { return nil }
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { fields[key] = value }
        }
        return nil
    }

    /// A front matter block longer than this is taken for text.
    static let maxLines = 60

    var title: String? { fields["title"] }
    var url: String? { fields["url"] ?? fields["link"] }
    var outlet: String? { fields["outlet"] ?? fields["source"] ?? fields["site"] }
    var id: String? { fields["id"] }

    /// `published` or `date`, cut to its day when it carries a time ("2016-10-28T09:30:00Z").
    var published: String? {
        guard let value = fields["published"] ?? fields["date"] else { return nil }
        let day = value.prefix(10)
        if value.count > 10, CalendarDate(iso: String(day)) != nil, [" ", "T", "t"].contains(value.dropFirst(10).first!) { return String(day) }
        return value
    }
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
