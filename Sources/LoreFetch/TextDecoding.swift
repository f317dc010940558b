import Foundation
import LoreHTML

/// Turns a fetched page's bytes into UTF-8, which is what LoreHTML reads best. The charset is
/// taken from the Content-Type header, else from the page's `<meta charset>` or http-equiv
/// tag, else the bytes are UTF-8 if they are valid UTF-8, else Windows-1252 (what browsers
/// assume for an undeclared Western page, and a superset of Latin-1's printable characters).
/// Bytes that are invalid in the chosen charset become U+FFFD.
public enum TextDecoding {
    /// The page as UTF-8, and the charset it was read as.
    public static func utf8(_ bytes: [UInt8], contentType: String?) -> (bytes: [UInt8], charset: String) {
        let declared = contentType.flatMap(charset(inContentType:)) ?? metaCharset(bytes)
        if let declared {
            let name = normalized(declared)
            if name == "utf-8" {
                let check = UTF8Check(bytes)
                if check.firstBad == nil { return (bytes, name) }
                // Declared UTF-8, but not one multibyte character is: a mislabelled Western page.
                if check.multibyteCharacters == 0 { return (windows1252(bytes), "windows-1252") }
                return (Array(String(decoding: bytes, as: UTF8.self).utf8), name)
            }
            if name == "windows-1252" { return (windows1252(bytes), name) }
            if let converted = iconvToUTF8(bytes, from: name) { return (converted, name) }
            // An unknown charset name: read the bytes as if nothing were declared.
        }
        if UTF8Check(bytes).firstBad == nil { return (bytes, "utf-8") }
        return (windows1252(bytes), "windows-1252")
    }

    /// `text/html; charset="ISO-8859-1"` → `ISO-8859-1`.
    public static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let name = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// The charset a page declares in its first 4 KB (`<meta charset=…>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`), found as browsers prescan.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: Unicode.ASCII.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let found = tag.range(of: "charset") {
                var rest = tag[found.upperBound...].drop(while: { $0 == " " })
                if rest.first == "=" {
                    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
                    let name = rest.prefix(while: { !" \"';/>".contains($0) })
                    if !name.isEmpty { return String(name) }
                }
            }
            searchStart = tagEnd
        }
        return nil
    }

    /// WHATWG's labels: latin-1 and ascii are read as Windows-1252, as browsers do.
    static func normalized(_ label: String) -> String {
        let name = label.lowercased()
        switch name {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252":
            return "windows-1252"
        default: return name
        }
    }

    /// Windows-1252's characters for 0x80–0x9F; the rest of the byte range is Latin-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return Array(String(scalars).utf8)
    }

    /// Any other charset glibc knows (Shift_JIS, KOI8-R, GB18030 …); nil when it knows none by that name.
    static func iconvToUTF8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var input = bytes
        var scratch = [UInt8](repeating: 0, count: 16 << 10)
        var offset = 0
        while offset < input.count {
            var inLeft = input.count - offset
            let (status, used, produced, failure) = input.withUnsafeMutableBytes { inBuffer in
                scratch.withUnsafeMutableBytes { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let before = inLeft
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, before - inLeft, outBuffer.count - outLeft, errno)
                }
            }
            output.append(contentsOf: scratch[0..<produced])
            offset += used
            if status == -1 && failure != E2BIG {
                // An invalid or truncated sequence: one replacement character, then go on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += 1
            }
        }
        return output
    }
}
