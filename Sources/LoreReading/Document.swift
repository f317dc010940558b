import Foundation

/// An article laid out the way news arrives as text: a headline, paragraphs, captions,
/// embedded social posts, an attribution and site furniture. Blocks point into
/// `article.text` by UTF-8 byte ranges, so every later offset is an offset into the article.
public struct Document: Sendable, Hashable {
    public var article: Article
    public var blocks: [Block]
    public var embeds: [Embed]
    /// The outlet or person a "Source: X" line credits.
    public var attribution: String?

    /// The blocks the language stage reads: headline, paragraphs and captions.
    public var prose: [Block] { blocks.filter { $0.kind.isProse } }

    public init(article: Article, blocks: [Block], embeds: [Embed], attribution: String?) {
        self.article = article
        self.blocks = blocks
        self.embeds = embeds
        self.attribution = attribution
    }
}

public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case headline, paragraph, caption, embed, attribution, furniture
        public var isProse: Bool { self == .headline || self == .paragraph || self == .caption }
    }
    public var kind: Kind
    /// UTF-8 byte range into the article text.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// A social post quoted in an article ("— Name (@handle) January 27, 2017").
public struct Embed: Sendable, Hashable, Codable {
    public var author: String
    public var handle: String?
    public var date: String?
    public var text: String
}

/// Lays out plain text; the line lists it uses are data files in `Lexicon/`.
public struct PlainTextLayout: Sendable {
    let furniture: Set<String>
    let furniturePrefixes: [String]
    let captionPrefixes: [String]

    public static let standard = PlainTextLayout(
        furniture: Set(WordList.lines("furniture", bundle: .module).map { $0.lowercased() }),
        furniturePrefixes: WordList.lines("furniture-prefixes", bundle: .module).map { $0.lowercased() },
        captionPrefixes: WordList.lines("caption-prefixes", bundle: .module).map { $0.lowercased() })

    public func layout(_ article: Article) -> Document {
        let text = article.text
        var blocks: [Block] = []
        var embeds: [Embed] = []
        var attribution: String?
        var afterAttribution = false
        var offset = 0
        for rawLine in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            let lineStart = offset
            offset += rawLine.count + 1
            // Trim spaces, tabs and carriage returns by bytes: this runs on every line of every article.
            let lead = rawLine.prefix { $0 == 32 || $0 == 9 || $0 == 13 }.count
            guard lead < rawLine.count else { continue }
            let trail = rawLine.reversed().prefix { $0 == 32 || $0 == 9 || $0 == 13 }.count
            let range = (lineStart + lead)..<(lineStart + rawLine.count - trail)
            let trimmed = String(decoding: rawLine.dropFirst(lead).dropLast(trail), as: UTF8.self)
            // Furniture, captions and signatures are short lines: long ones are paragraphs.
            let lower = range.count < 300 ? trimmed.lowercased() : ""

            if afterAttribution || isFurniture(lower) {
                blocks.append(Block(kind: .furniture, range: range))
            } else if let embed = Self.embedSignature(trimmed) {
                // The post's own text is the block just before its signature.
                var post = embed
                if let last = blocks.indices.last, blocks[last].kind == .paragraph || blocks[last].kind == .caption,
                   blocks[last].range.count < 600 {
                    blocks[last].kind = .embed
                    post.text = text.utf8Slice(blocks[last].range)
                }
                embeds.append(post)
                blocks.append(Block(kind: .embed, range: range))
            } else if let credited = Self.attributionLine(trimmed) {
                attribution = credited
                afterAttribution = true
                blocks.append(Block(kind: .attribution, range: range))
            } else if blocks.allSatisfy({ $0.kind == .furniture }) && range.count <= 200 {
                // A first line longer than any headline is the first paragraph.
                blocks.append(Block(kind: .headline, range: range))
            } else if captionPrefixes.contains(where: { lower.hasPrefix($0) }) || Self.endsWithCredit(lower) {
                blocks.append(Block(kind: .caption, range: range))
            } else {
                blocks.append(Block(kind: .paragraph, range: range))
            }
        }
        return Document(article: article, blocks: blocks, embeds: embeds, attribution: attribution)
    }

    func isFurniture(_ lower: String) -> Bool {
        guard !lower.isEmpty else { return false }
        guard lower.utf8.count < 120 else { return false }
        let bare = lower.trimmingCharacters(in: Self.decoration)
        return furniture.contains(lower) || furniture.contains(bare) || furniturePrefixes.contains { lower.hasPrefix($0) }
    }


    /// "Source: Kültürpat" → "Kültürpat".
    static func attributionLine(_ line: String) -> String? {
        for prefix in ["Source:", "Source -", "Source –", "Source —", "SOURCE:"] where line.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return name.isEmpty || name.count > 80 ? nil : name
        }
        return nil
    }

    /// Photo credits at the end of a caption: "(Photo credit: Netflix)", "| Getty Images".
    static let decoration = CharacterSet(charactersIn: " .!:|>»›-–—")

    static func endsWithCredit(_ lower: String) -> Bool {
        guard !lower.isEmpty else { return false }
        let bytes = Array(lower.utf8)
        return ["(photo", "photo credit", "(image", "image via", "image credit"].contains { bytes.contains(Array($0.utf8)) }
            || lower.hasSuffix("getty images")
    }

    /// "— Kültürpat (@Kulturpat) January 27, 2017": author, handle and date of an embedded post.
    static func embedSignature(_ line: String) -> Embed? {
        guard let first = line.first, "—–-".contains(first) else { return nil }
        let body = line.drop { "—–- ".contains($0) }.trimmingCharacters(in: .whitespaces)
        guard let open = body.range(of: "(@"), let close = body[open.upperBound...].firstIndex(of: ")") else { return nil }
        let author = body[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        let handle = "@" + body[open.upperBound..<close]
        let date = body[body.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard !author.isEmpty, author.count < 80 else { return nil }
        return Embed(author: author, handle: handle, date: date.isEmpty ? nil : date, text: "")
    }
}

extension String {
    /// The text of a UTF-8 byte range.
    public func utf8Slice(_ range: Range<Int>) -> String {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(self[start..<end])
    }
}

extension Array where Element == UInt8 {
    /// Whether these bytes contain `needle` as a run.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        search: for i in 0...(count - needle.count) where self[i] == first {
            for k in 1..<needle.count where self[i + k] != needle[k] { continue search }
            return true
        }
        return false
    }
}
