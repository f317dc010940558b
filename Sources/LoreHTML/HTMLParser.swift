import CLibXML2
import Foundation
import LoreReading

/// Runs libxml2's HTML parser over a page and hands its events (start tag, end tag, text) to a
/// `PageScan`. libxml2 recovers from broken markup the way browsers do (implied and auto-closed
/// elements arrive as events too), never touches the network and loads no DTD or entity.
///
/// No tree is built: building and freeing libxml2's DOM costs more than reading the article.
enum HTMLParser {
    /// Parses `bytes` into `scan`. UTF-8 pages are read as UTF-8 whatever they declare
    /// (mislabelled pages are common), and so are UTF-8 pages with a few bad bytes (which
    /// become U+FFFD, as in a browser); pages in another encoding must declare it.
    static func parse(_ bytes: UnsafeRawBufferPointer, into scan: inout PageScan, input: String) throws(ReadingError) {
        guard bytes.count > 0 else { throw ReadingError(input: input, reason: "is empty") }
        let check = UTF8Check(bytes)
        if check.badBytes > 0 && check.multibyteCharacters > 0 && check.multibyteCharacters >= check.badBytes {
            let repaired = check.repaired(bytes)
            return repaired.withUnsafeBytes { repaired in
                run(repaired, asUTF8: true, into: &scan)
            }
        }
        run(bytes, asUTF8: check.badBytes == 0, into: &scan)
        // Without a declared charset libxml2 would guess Latin-1: refuse rather than garble.
        if let firstBad = check.firstBad, !scan.declaresCharset {
            throw ReadingError(input: input, reason: "is not valid UTF-8 (bad byte at offset \(firstBad)) and declares no charset; add <meta charset=\"…\"> or convert it, e.g. iconv -f latin1 -t utf-8")
        }
    }

    private static func run(_ bytes: UnsafeRawBufferPointer, asUTF8: Bool, into scan: inout PageScan) {
        initializeOnce
        let context = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            htmlCreateMemoryParserCtxt($0, Int32(bytes.count))
        }
        guard let context else { return scan.finish() }
        defer { htmlFreeParserCtxt(context) }

        var options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NODEFDTD.rawValue
        if asUTF8 { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        // Options first: they would otherwise set tree-building callbacks on the handler.
        htmlCtxtUseOptions(context, Int32(options))
        context.pointee.sax.pointee = makeHandler()
        if asUTF8 { xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8) }
        scan.parser = context
        withUnsafeMutablePointer(to: &scan) { pointer in
            context.pointee.userData = UnsafeMutableRawPointer(pointer)
            htmlParseDocument(context)
            context.pointee.userData = nil
        }
        scan.parser = nil
        scan.finish()
    }

    private static let initializeOnce: Void = { xmlInitParser() }()

    /// Start and end tags and text go to the `PageScan` that `userData` points to; nothing else is wanted.
    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: PageScan.self).pointee.start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: PageScan.self).pointee.end()
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let context, let bytes, count > 0 else { return }
            context.assumingMemoryBound(to: PageScan.self).pointee.characters(bytes, Int(count))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        return handler
    }

    /// Skips the rest of a script's or style's raw text, returning it.
    ///
    /// libxml2 reads raw text a character at a time and hands it over in chunks of 1,000
    /// bytes; scripts and styles are over half the bytes of a news page and Lore reads none
    /// of them (but JSON-LD). Called during a chunk, this moves the parser's cursor to where
    /// libxml2 itself would end the element: the next `</` followed by its name, in any case.
    static func skipRawText(_ context: htmlParserCtxtPtr, name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        // Checked against libxml2 2.9 and 2.10's htmlParseScript; other versions read every character.
        guard canSkipRawText, let input = context.pointee.input, let start = input.pointee.cur, let end = input.pointee.end else { return nil }
        var cursor = start
        while cursor < end, let found = memchr(cursor, 0x3C, end - cursor) {  // '<'
            let tag = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            let nameLength = name.utf8CodeUnitCount
            if end - tag >= 2 + nameLength && tag[1] == 0x2F {  // '/'
                var k = 0
                while k < nameLength && tag[2 + k] | 0x20 == name.utf8Start[k] { k += 1 }
                if k == nameLength {
                    // libxml2 2.9 hands a chunk over before stepping past its last character
                    // (the one at the cursor): land that step on the `</`.
                    let step = utf8Length(start[0])
                    guard tag - start >= step else { return nil }
                    input.pointee.cur = tag - step
                    context.pointee.nbChars += Int(tag - step - start)
                    return UnsafeBufferPointer(start: start + step, count: tag - start - step)
                }
            }
            cursor = tag + 1
        }
        return nil
    }

    static let canSkipRawText = LIBXML_VERSION >= 20900 && LIBXML_VERSION < 21100

    /// The length of the UTF-8 sequence a byte begins (1 for a stray continuation byte).
    static func utf8Length(_ first: UInt8) -> Int {
        first < 0xC0 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
    }

}

/// How well a page's bytes read as UTF-8.
public struct UTF8Check {
    /// The offset of the first byte that is not valid UTF-8.
    public var firstBad: Int?
    public var badBytes = 0
    public var multibyteCharacters = 0

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { UTF8Check($0) }
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time: most of a page is ASCII markup.
            if i + 8 <= n && bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if bytes[i] < 0x80 { i += 1; continue }
            if let length = Self.sequenceLength(bytes, at: i) {
                multibyteCharacters += 1
                i += length
            } else {
                if firstBad == nil { firstBad = i }
                badBytes += 1
                i += 1
            }
        }
    }

    /// The length of the valid multibyte sequence at `i`, or nil. Well-formed as Unicode
    /// defines it: no overlong forms, no surrogates, nothing past U+10FFFF.
    static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Int? {
        let b = bytes[i]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return nil }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The bytes with each bad byte replaced by U+FFFD.
    func repaired(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 2 * badBytes)
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { result.append(bytes[i]); i += 1; continue }
            if let length = Self.sequenceLength(bytes, at: i) {
                result.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + length)]))
                i += length
            } else {
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            }
        }
        return result
    }
}
