/// Where an embedded post or video comes from.
public enum EmbedPlatform: String, Sendable, Hashable, Codable {
    case twitter, instagram, tiktok, facebook, youtube, vimeo

    /// The platform whose embed code uses this class (`blockquote.twitter-tweet`…).
    static func fromClass(_ value: UnsafePointer<UInt8>) -> EmbedPlatform? {
        let bytes = UnsafeBufferPointer(start: value, count: strlenBytes(value))
        if contains(bytes, "twitter-tweet") || contains(bytes, "twitter-video") { return .twitter }
        if contains(bytes, "instagram-media") { return .instagram }
        if contains(bytes, "tiktok-embed") { return .tiktok }
        return nil
    }
}

/// A social post or video embedded in an article, with who posted it and when.
public struct HTMLEmbed: Sendable, Hashable, Codable {
    public var platform: EmbedPlatform
    public var url: String?
    /// The poster's name ("Kültürpat"), as the embed code shows it.
    public var author: String?
    /// "@Kulturpat".
    public var handle: String?
    /// The date as the embed shows it ("January 27, 2017").
    public var date: String?
    public var text: String

    public init(platform: EmbedPlatform, url: String? = nil, author: String? = nil, handle: String? = nil,
                date: String? = nil, text: String) {
        self.platform = platform
        self.url = url
        self.author = author
        self.handle = handle
        self.date = date
        self.text = text
    }

    /// The line PlainTextLayout reads as a post's signature: "— Name (@handle) date".
    var signatureLine: String? {
        guard let handle else { return nil }
        return "— \(author ?? handle) (\(handle))" + (date.map { " " + $0 } ?? "")
    }

    /// A YouTube or Vimeo player from an `<iframe src>`.
    static func video(source: UnsafePointer<UInt8>?, title: UnsafePointer<UInt8>?) -> HTMLEmbed? {
        guard let source else { return nil }
        let bytes = UnsafeBufferPointer(start: source, count: strlenBytes(source))
        let platform: EmbedPlatform
        if contains(bytes, "youtube.com/embed/") || contains(bytes, "youtube-nocookie.com/embed/") { platform = .youtube }
        else if contains(bytes, "player.vimeo.com/video/") { platform = .vimeo }
        else { return nil }
        var url = String(decoding: bytes, as: UTF8.self)
        if url.hasPrefix("//") { url = "https:" + url }
        return HTMLEmbed(platform: platform, url: url, text: title.map { String(cString: $0) } ?? "")
    }

    /// A post from the lines of its embed code: Twitter's "text — Name (@handle) date",
    /// Instagram's "A post shared by Name (@handle) on date", TikTok's "@handle" line.
    static func post(_ platform: EmbedPlatform, lines: [String]) -> HTMLEmbed {
        var embed = HTMLEmbed(platform: platform, text: "")
        var textLines: [String] = []
        for line in lines {
            if let signature = signature(line) {
                (embed.author, embed.handle, embed.date) = signature
            } else if platform == .tiktok, line.hasPrefix("@"), !line.contains(" "), embed.handle == nil {
                embed.handle = line
            } else if !isEmbedFurniture(line) {
                textLines.append(line)
            }
        }
        if platform == .instagram {
            // Instagram's code repeats itself; its caption is its longest line.
            embed.text = textLines.max { $0.count < $1.count } ?? ""
        } else {
            embed.text = textLines.joined(separator: " ")
        }
        return embed
    }

    /// "— Name (@handle) January 27, 2017" or "A post shared by Name (@handle) on Mar 3, 2017 at 10:00am PST".
    static func signature(_ line: String) -> (author: String?, handle: String, date: String?)? {
        var body = Substring(line)
        let sharedBy = "A post shared by "
        if body.hasPrefix(sharedBy) {
            body = body.dropFirst(sharedBy.count)
        } else if let first = body.first, "—–-".contains(first) {
            body = body.drop { "—–- ".contains($0) }
        } else {
            return nil
        }
        guard let open = body.range(of: "(@"), let close = body[open.upperBound...].firstIndex(of: ")") else { return nil }
        let author = body[..<open.lowerBound].trimmingSpaces
        let handle = "@" + body[open.upperBound..<close]
        var date = body[body.index(after: close)...].trimmingSpaces
        if date.hasPrefix("on ") { date = String(date.dropFirst(3)) }
        return (author.isEmpty ? nil : author, handle, date.isEmpty ? nil : date)
    }

    static func isEmbedFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("view this post on") || lower.hasPrefix("a post shared by") || lower == "view more on instagram"
            || lower.hasPrefix("like") && lower.count < 20
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

func strlenBytes(_ value: UnsafePointer<UInt8>) -> Int {
    var n = 0
    while value[n] != 0 { n += 1 }
    return n
}

/// Whether `bytes` contain the ASCII `word`.
func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard needle.count <= bytes.count, let first = needle.first else { return false }
    var i = 0
    while i <= bytes.count - needle.count {
        if bytes[i] == first {
            var k = 1
            while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        i += 1
    }
    return false
}
