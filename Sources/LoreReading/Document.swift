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
    /// The same lists as bytes, for plain lines (see `lowercase(_:into:)`).
    let furnitureBytes: ByteLineList
    let furniturePrefixBytes: ByteLineList
    let captionPrefixBytes: ByteLineList

    init(furniture: Set<String>, furniturePrefixes: [String], captionPrefixes: [String]) {
        self.furniture = furniture
        self.furniturePrefixes = furniturePrefixes
        self.captionPrefixes = captionPrefixes
        furnitureBytes = ByteLineList(furniture)
        furniturePrefixBytes = ByteLineList(furniturePrefixes)
        captionPrefixBytes = ByteLineList(captionPrefixes)
    }

    public static let standard = PlainTextLayout(
        furniture: Set(WordList.lines("furniture", bundle: .module).map(entry)),
        furniturePrefixes: WordList.lines("furniture-prefixes", bundle: .module).map(entry),
        captionPrefixes: WordList.lines("caption-prefixes", bundle: .module).map(entry))

    /// A list entry in lower case and NFC, so that lines can be compared with it byte by byte
    /// (NFC changes nothing for String comparison, which is by canonical equivalence).
    static func entry(_ line: String) -> String {
        let lower = line.lowercased()
        return lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.precomposedStringWithCanonicalMapping
    }

    public func layout(_ article: Article) -> Document {
        let text = article.text
        var blocks: [Block] = []
        var embeds: [Embed] = []
        var attribution: String?
        var afterAttribution = false
        var onlyFurnitureSoFar = true
        let titledApart = article.title.map { !$0.isEmpty && !text.hasPrefix($0) } ?? false
        let outletKeys = article.outletKeys
        // Between the headline and the story's first line: where a masthead stands.
        var underHeadline = false
        // Lines are read as bytes: this runs on every line of every article.
        text.withUTF8Bytes { bytes in
            var lower: [UInt8] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                // Trim spaces, tabs and carriage returns.
                var start = lineStart, end = lineEnd
                while start < end && isBlank(bytes[start]) { start += 1 }
                guard start < end else { continue }
                while isBlank(bytes[end - 1]) { end -= 1 }
                let range = start..<end
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                // Furniture, captions and signatures are short lines: long ones are paragraphs (and
                // keep `lower` empty). Plain lines are matched by bytes, the others as Strings.
                let plain = range.count < 300 ? Self.lowercase(line, into: &lower) : { lower.removeAll(); return false }()
                let furnitureLine = afterAttribution || isFurniture(lower, plain: plain) || plain && Self.isByline(lower, line)
                    || underHeadline && Self.isMasthead(line, outletKeys: outletKeys)
                // Signatures are rare: only a line that starts with a dash and holds "(@" can be one.
                let first = line[0]
                let mayBeSignature = !furnitureLine && (first == UInt8(ascii: "-") || first == 0xE2) && line.contains(Self.handleOpen)

                if furnitureLine {
                    blocks.append(Block(kind: .furniture, range: range))
                } else if mayBeSignature,
                          let embed = plain ? Self.embedSignature(plain: line) : Self.embedSignature(String(decoding: line, as: UTF8.self)) {
                    // The post's own text is the block just before its signature.
                    var post = embed
                    if let last = blocks.indices.last, blocks[last].kind == .paragraph || blocks[last].kind == .caption,
                       blocks[last].range.count < 600 {
                        blocks[last].kind = .embed
                        post.text = String(decoding: UnsafeBufferPointer(rebasing: bytes[blocks[last].range]), as: UTF8.self)
                    }
                    embeds.append(post)
                    blocks.append(Block(kind: .embed, range: range))
                } else if first == UInt8(ascii: "S"), let credited = Self.attributionLine(String(decoding: line, as: UTF8.self)) {
                    attribution = credited
                    afterAttribution = true
                    blocks.append(Block(kind: .attribution, range: range))
                } else if onlyFurnitureSoFar && range.count <= 200 && !(titledApart && line[line.count - 1] == UInt8(ascii: ".")) {
                    // A first line longer than any headline is the first paragraph; so is a sentence
                    // when the article's title was given apart from its text.
                    blocks.append(Block(kind: .headline, range: range))
                } else if isCaption(lower, plain: plain) {
                    blocks.append(Block(kind: .caption, range: range))
                } else {
                    blocks.append(Block(kind: .paragraph, range: range))
                }
                if !furnitureLine {
                    onlyFurnitureSoFar = false
                    underHeadline = blocks.last?.kind == .headline
                }
            }
        }
        return Document(article: article, blocks: blocks, embeds: embeds, attribution: attribution)
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }

    /// "THE INSIDE TRACK", "Truth or Trailer | Rumor Check": a line under the headline that opens with the outlet's
    /// name is its masthead or section, no part of the story.
    static func isMasthead(_ line: UnsafeBufferPointer<UInt8>, outletKeys: [String]) -> Bool {
        guard !outletKeys.isEmpty, line.count < 80 else { return false }
        let text = String(decoding: line, as: UTF8.self)
        let first = text.split(whereSeparator: { "|·•—:".contains($0) }).first ?? Substring(text)
        return outletKeys.contains(Article.compactKey(first))
    }

    /// Writes `line.lowercased()` into `lower` and tells whether the line is plain: whether byte
    /// comparison gives the same answers as String comparison. It does when every scalar is
    /// ASCII, a Latin letter (but "İ", whose lower case has a combining dot) or common
    /// punctuation: such text is NFC, has no combining marks (each scalar is a character) and
    /// nothing in it is canonically equivalent to ASCII. List entries are NFC too (`entry`).
    static func lowercase(_ line: UnsafeBufferPointer<UInt8>, into lower: inout [UInt8]) -> Bool {
        lower.removeAll(keepingCapacity: true)
        // The ASCII run at the start (often the whole line) in one tight loop.
        var i = 0
        while i < line.count && line[i] < 0x80 { i += 1 }
        lower.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<i]))
        lower.withUnsafeMutableBufferPointer { lower in
            for k in lower.indices where lower[k] >= 65 && lower[k] <= 90 { lower[k] |= 0x20 }
        }
        var plain = true
        while i < line.count {
            let b = line[i]
            if b < 0x80 {
                lower.append(b >= 65 && b <= 90 ? b | 0x20 : b)
                i += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: i, in: line)
            switch scalar.value {
            case 0x130: plain = false
            case 0xA0...0x2AF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: break
            default: plain = false
            }
            UTF8Bytes.appendLowercase(scalar, to: &lower)
            i += length
        }
        return plain
    }

    /// Site furniture ("Share this article", "Related: …"), given the line lower-cased.
    func isFurniture(_ lower: [UInt8], plain: Bool) -> Bool {
        guard !lower.isEmpty, lower.count < 120 else { return false }
        // Trim decoration scalar by scalar, as `trimmingCharacters(in:)` does.
        var start = 0, end = lower.count
        while start < end, let length = Self.decorationLength(lower, at: start) { start += length }
        while end > start, let length = Self.decorationLength(lower, endingAt: end) { end -= length }
        let bare = lower[start..<end]
        if plain {
            // The short lists are scanned: hashing a String for a Set look-up costs more.
            return furnitureBytes.contains(lower[...]) || furnitureBytes.contains(bare) || furniturePrefixBytes.holdsPrefix(of: lower)
        }
        let lowerString = String(decoding: lower, as: UTF8.self)
        return furniture.contains(lowerString) || furniture.contains(String(decoding: bare, as: UTF8.self))
            || furniturePrefixes.contains { lowerString.hasPrefix($0) }
    }

    /// "By Brian Ives", "by Danielle Turchiano —", "David Farnor | On 07, Jul 2015": the writer of
    /// the article, who is no one in its story.
    /// Also "Posted by Rhea Castellano on November 16, 2018", "Written by Clara Whitlock-Benn",
    /// "Posted October 3, 2024 by Nadia Reyes in Netflix", "INTERVIEW | By Priya Anand | July 16, 2024",
    /// "Published: 29 August 2024 | Filed in: Spin-offs".
    /// "Fog Warning · October 21, 2025 · By Saoirse Mahlangu-Petrov", "Outlet · 4 June 2025 · Text: Anouk Verhaegen-Diallo":
    /// a lead may follow a separator too. (`lower` has the bytes of `line` at the same offsets: the line is plain.)
    static func isByline(_ lower: [UInt8], _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lower.count < 100, line.count > 4 else { return false }
        func leadsToName(at start: Int) -> Bool {
            bylineLeads.contains { lead in
                lower.count > start + lead.count && lower[start...].starts(with: lead) && line[start + lead.count] >= 65 && line[start + lead.count] <= 90
            }
        }
        if leadsToName(at: 0) { return true }
        if lower.starts(with: "posted ".utf8) && UTF8Bytes.contains(spacedBy, in: lower) { return true }
        if lower.starts(with: "published:".utf8) { return true }
        // Not in a sentence ("The finale was a triumph — by Ada Quill, who wrote it."); and the last bytes of "|",
        // "·", "•" and "—" are looked for first, as most lines have none.
        if lower.last != UInt8(ascii: "."), lower.contains(where: { $0 == 0x7C || $0 == 0xB7 || $0 == 0xA2 || $0 == 0x94 }) {
            for k in lower.indices where lower[k] == 32 {
                if let separator = bylineSeparators.first(where: { lower[(k + 1)...].starts(with: $0) }), leadsToName(at: k + 1 + separator.count) { return true }
            }
        }
        return lower.count < 60 && lower.contains(bylineSeparator)
    }
    static let bylineSeparator = Array(" | on ".utf8)
    /// Words that open a byline, before the capitalised name.
    static let bylineLeads = ["by ", "posted by ", "written by ", "words by ", "reported by ", "text: ", "words: "].map { Array($0.utf8) }
    /// What parts a byline's pieces: "|", "·", "•", "—", each followed by a space.
    static let bylineSeparators = ["| ", "· ", "• ", "— "].map { Array($0.utf8) }
    static let spacedBy = Array(" by ".utf8)

    /// A photo caption or credit, given the line lower-cased.
    func isCaption(_ lower: [UInt8], plain: Bool) -> Bool {
        guard !lower.isEmpty else { return false }
        // Credits are found by bytes either way; "getty images" must end the last characters.
        let credited = Self.creditBytes.contains { UTF8Bytes.contains($0, in: lower) }
        if plain {
            return credited || captionPrefixBytes.holdsPrefix(of: lower) || lower.ends(with: Self.gettyImages)
        }
        let lowerString = String(decoding: lower, as: UTF8.self)
        return credited || captionPrefixes.contains { lowerString.hasPrefix($0) } || lowerString.hasSuffix("getty images")
    }

    /// "Source: Kültürpat" → "Kültürpat".
    static func attributionLine(_ line: String) -> String? {
        for prefix in ["Source:", "Source -", "Source –", "Source —", "SOURCE:"] where line.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return name.isEmpty || name.count > 80 ? nil : name
        }
        return nil
    }

    /// What may surround a furniture line ("» Related Posts", "Share this article!"), as UTF-8.
    static let decorationBytes: [[UInt8]] = [" ", ".", "!", ":", "|", ">", "»", "›", "-", "–", "—"].map { Array($0.utf8) }

    /// The length of the decoration scalar starting at `i`, if there is one.
    static func decorationLength(_ bytes: [UInt8], at i: Int) -> Int? {
        // A quick answer for letters and digits, which start almost every line.
        if bytes[i] < 0x80 && !decorationASCII.contains(bytes[i]) { return nil }
        return decorationBytes.first { bytes[i...].starts(with: $0) }?.count
    }

    /// The length of the decoration scalar ending at `end`, if there is one.
    static func decorationLength(_ bytes: [UInt8], endingAt end: Int) -> Int? {
        if bytes[end - 1] < 0x80 && !decorationASCII.contains(bytes[end - 1]) { return nil }
        return decorationBytes.first { bytes[..<end].ends(with: $0) }?.count
    }

    static let decorationASCII = Array(" .!:|>-".utf8)

    static let handleOpen = Array("(@".utf8)
    /// Photo credits in a caption: "(Photo credit: Netflix)", "| Getty Images".
    static let creditBytes = ["(photo", "photo credit", "(image", "image via", "image credit"].map { Array($0.utf8) }
    static let gettyImages = Array("getty images".utf8)

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

    /// `embedSignature` for a plain line (see `lowercase(_:into:)`). Its characters are single
    /// scalars, so it works on scalars; its only whitespace is space, tab and no-break space.
    static func embedSignature(plain line: UnsafeBufferPointer<UInt8>) -> Embed? {
        let (scalars, offsets) = UTF8Bytes.scalarsWithOffsets(line)
        func isDash(_ c: Unicode.Scalar) -> Bool { c == "—" || c == "–" || c == "-" }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{A0}" }
        func trimmed(_ r: Range<Int>) -> Range<Int> {
            var start = r.lowerBound, end = r.upperBound
            while start < end && isSpace(scalars[start]) { start += 1 }
            while end > start && isSpace(scalars[end - 1]) { end -= 1 }
            return start..<end
        }
        func string(_ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: line[offsets[r.lowerBound]..<offsets[r.upperBound]]), as: UTF8.self)
        }
        guard let first = scalars.first, isDash(first) else { return nil }
        let body = trimmed((scalars.firstIndex { !isDash($0) && $0 != " " } ?? scalars.count)..<scalars.count)
        guard let open = body.first(where: { $0 + 1 < body.upperBound && scalars[$0] == "(" && scalars[$0 + 1] == "@" }),
              let close = ((open + 2)..<body.upperBound).first(where: { scalars[$0] == ")" }) else { return nil }
        let author = trimmed(body.lowerBound..<open)
        let date = trimmed((close + 1)..<body.upperBound)
        guard !author.isEmpty, author.count < 80 else { return nil }
        return Embed(author: string(author), handle: "@" + string((open + 2)..<close), date: date.isEmpty ? nil : string(date), text: "")
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

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether these bytes contain `needle` as a run.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        // libc's memchr and memcmp are many times faster than a loop.
        if let found = withContiguousStorageIfAvailable({ hay in
            needle.withUnsafeBufferPointer { needle in
                let base = UnsafeRawPointer(hay.baseAddress!), last = hay.count - needle.count
                var from = 0
                while from <= last, let hit = memchr(base + from, Int32(needle[0]), last - from + 1) {
                    if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
                    from = UnsafeRawPointer(hit) - base + 1
                }
                return false
            }
        }) { return found }
        let first = needle[0]
        search: for i in startIndex...(endIndex - needle.count) where self[i] == first {
            for k in 1..<needle.count where self[i + k] != needle[k] { continue search }
            return true
        }
        return false
    }

    /// Whether these bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        suffix.count <= count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}

/// The lines of a list as UTF-8, found by their length or their first byte: the layout asks
/// about every short line of every article, and comparing it with each entry cost thousands
/// of instructions a line.
struct ByteLineList: Sendable {
    /// The entries of `k` bytes are at index `k`.
    private var byLength: [[[UInt8]]] = []
    /// The entries that start with byte `b`; an empty entry is a prefix of every line.
    private var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
    private var hasEmpty = false

    init(_ entries: some Sequence<String>) {
        for entry in entries.map({ Array($0.utf8) }) {
            if byLength.count <= entry.count { byLength += Array(repeating: [], count: entry.count + 1 - byLength.count) }
            byLength[entry.count].append(entry)
            if let first = entry.first { byFirstByte[Int(first)].append(entry) } else { hasEmpty = true }
        }
    }

    /// Whether `line` is an entry.
    func contains(_ line: ArraySlice<UInt8>) -> Bool {
        line.count < byLength.count && byLength[line.count].contains { $0.elementsEqual(line) }
    }

    /// Whether an entry starts `line`.
    func holdsPrefix(of line: [UInt8]) -> Bool {
        guard let first = line.first else { return hasEmpty }
        return hasEmpty || byFirstByte[Int(first)].contains { line.starts(with: $0) }
    }
}
