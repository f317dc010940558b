import CLibXML2
import LoreReading

/// One block-level element of the page, in document order (a parent comes before its children).
struct Element {
    var tag: Tag
    var parent: Int32
    /// One past the last element of this element's subtree.
    var subtreeEnd: Int32 = 0
    /// The blocks of this subtree: `firstBlock..<blockEnd`.
    var firstBlock: Int32
    var blockEnd: Int32 = 0
    var hints: ClassHints = []
    /// Never article text: furniture by tag or class, hidden, or inside such an element.
    var dropped = false
    /// A social post embedded here (a blockquote of Twitter, Instagram, TikTok…).
    var embed: EmbedPlatform?
    /// Inside an embedded post or a figure: its text is not article text.
    var inEmbed = false
    var inFigure = false
    /// Text bytes and link text bytes of the element's own blocks (not its children's).
    var ownTextBytes: Int32 = 0
    var ownCommas: Int32 = 0
    /// Of the whole subtree, kept blocks only.
    var textBytes: Int32 = 0
    var linkBytes: Int32 = 0
    var commas: Int32 = 0
    var paragraphs: Int32 = 0
    var images: Int32 = 0
    var listItems: Int32 = 0
    var inputs: Int32 = 0
}

/// A run of text between two block boundaries: bytes `start..<end` of `PageScan.text`.
struct TextBlock {
    var start: Int32
    var end: Int32
    /// The innermost block-level element around the text.
    var owner: Int32
    var linkBytes: Int32
    var commas: Int32
    /// Follows a `<br>` inside the same element: a line of the same paragraph.
    var afterLineBreak: Bool
    var length: Int32 { end - start }
}

/// Metadata as found in the page, before it is weighed (see `Metadata`).
struct RawMetadata {
    var metas: [(key: String, content: String)] = []
    var jsonLD: [String] = []
    var title: String?
    var language: String?
    var canonical: String?
    /// `<time datetime>` values with the element they are in.
    var times: [(datetime: String, element: Int32)] = []
    /// Byte ranges of `<a rel=author>` and `itemprop=author` texts.
    var authorRanges: [Range<Int32>] = []
}

/// The one pass over the page: fed by libxml2's parser events, it gathers the text of the page
/// as blocks in a single byte buffer (whitespace collapsed), the block-level elements with their
/// class hints, metadata and embeds. Everything after works on these arrays.
///
/// A struct that the parser's callbacks reach through a pointer: no reference counting or
/// exclusivity checks on the hot path.
struct PageScan {
    private(set) var text: [UInt8] = []
    private(set) var elements: [Element] = []
    private(set) var blocks: [TextBlock] = []
    private(set) var metadata = RawMetadata()
    private(set) var videos: [(embed: HTMLEmbed, element: Int32, block: Int32)] = []
    /// A `<meta charset>` or `http-equiv` Content-Type was seen.
    private(set) var declaresCharset = false

    /// An element open in the parser: what its end tag must undo.
    private struct Open {
        var tag: Tag
        /// Its index in `elements` when it is a block, else -1.
        var element: Int32 = -1
        var isLink = false
        var authorStart: Int32 = -1
    }
    private var stack: [Open] = []
    private var tagCache = Tag.Cache()
    private var attributeNames = Attributes.Name.Cache()
    private let classHintWords = Lexicon.classHints
    /// The innermost open block element: the owner of the text being read.
    private var current: Int32 = -1
    /// Inside an element whose content is not text (script, style, svg, hidden…): its depth.
    private var skipDepth = 0
    /// Text collected from a skipped element: `<title>` or a JSON-LD script.
    private enum Collecting { case none, title, jsonLD }
    private var collecting = Collecting.none
    private var collected: [UInt8] = []
    /// The parser, while it runs: scripts and styles are skipped by moving its cursor.
    var parser: htmlParserCtxtPtr?
    /// The raw-text element being skipped: `<script>` or `<style>`.
    private var rawText: Tag?

    private var blockStart = 0
    private var blockLinkBytes: Int32 = 0
    private var blockCommas: Int32 = 0
    private var pendingSpace = false
    private var lineBreakPending = false
    private var linkDepth = 0

    /// Reads a page.
    static func read(_ bytes: UnsafeRawBufferPointer, input: String) throws(ReadingError) -> PageScan {
        var scan = PageScan()
        try HTMLParser.parse(bytes, into: &scan, input: input)
        return scan
    }

    private init() {
        text.reserveCapacity(1 << 16)
        elements.reserveCapacity(2048)
        blocks.reserveCapacity(1024)
        stack.reserveCapacity(128)
    }

    // MARK: Parser events

    mutating func start(_ name: UnsafePointer<UInt8>, _ list: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if skipDepth > 0 { skipDepth += 1; return }
        let tag = tagCache.tag(name)
        let attributes = Attributes(list, names: &attributeNames)
        var open = Open(tag: tag)
        switch tag {
        case .meta:
            collectMeta(attributes)
        case .link:
            if let rel = attributes.rel, equalsLowercase(rel, "canonical"), let href = attributes.href {
                metadata.canonical = metadata.canonical ?? String(cString: href)
            }
        case .title:
            return startSkipping(collecting: metadata.title == nil ? .title : .none)
        case .script:
            let isJSONLD = attributes.type.map { equalsLowercase($0, "application/ld+json") } ?? false
            startSkipping(collecting: isJSONLD ? .jsonLD : .none)
            rawText = .script
            return
        case .style:
            startSkipping(collecting: .none)
            rawText = .style
            return
        case .iframe, .embed, .object:
            if let video = HTMLEmbed.video(source: attributes.src ?? attributes.dataSrc, title: attributes.title) {
                videos.append((video, current, Int32(blocks.count)))
            }
        case .br:
            flush()
            lineBreakPending = true
        case .img:
            if current >= 0 { elements[Int(current)].images += 1 }
        case .input, .textarea, .select:
            if current >= 0 { elements[Int(current)].inputs += 1 }
        case .html:
            if let lang = attributes.lang { metadata.language = String(cString: lang) }
        case .time:
            if let datetime = attributes.datetime, metadata.times.count < 16 {
                metadata.times.append((String(cString: datetime), current))
            }
        default:
            break
        }
        if tag.isNeverText || attributes.isHidden { return startSkipping(collecting: .none) }
        if attributes.isAuthor { open.authorStart = Int32(text.count) }
        let hints = tag.takesClassHints || (tag == .span && attributes.classValue != nil)
            ? attributes.classHints(classHintWords) : []
        if hints.contains(.hidden) { return startSkipping(collecting: .none) }

        if !tag.isBlock {
            if tag == .a { linkDepth += 1; open.isLink = true }
            stack.append(open)
            return
        }
        flush()
        let index = Int32(elements.count)
        var element = Element(tag: tag, parent: current, firstBlock: Int32(blocks.count))
        let parent = current >= 0 ? elements[Int(current)] : nil
        element.hints = hints
        element.dropped = (parent?.dropped ?? false) || tag.isFurniture || element.hints.isFurniture
        element.embed = tag == .blockquote ? attributes.embedPlatform : nil
        element.inEmbed = element.embed != nil || (parent?.inEmbed ?? false)
        element.inFigure = tag == .figure || tag == .figcaption || (parent?.inFigure ?? false)
        if tag == .li { element.listItems = 1 }
        if tag == .p { element.paragraphs = 1 }
        elements.append(element)
        open.element = index
        stack.append(open)
        current = index
    }

    mutating func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 { finishCollecting() }
            return
        }
        guard let open = stack.popLast() else { return }
        if open.isLink { linkDepth -= 1 }
        if open.element >= 0 {
            flush()
            let index = Int(open.element)
            elements[index].subtreeEnd = Int32(elements.count)
            elements[index].blockEnd = Int32(blocks.count)
            current = elements[index].parent
        }
        if open.authorStart >= 0 && Int32(text.count) > open.authorStart {
            metadata.authorRanges.append(open.authorStart..<Int32(text.count))
        }
    }

    mutating func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        if skipDepth > 0 {
            if collecting != .none { collected.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count)) }
            if let rawText, let parser,
               let rest = HTMLParser.skipRawText(parser, name: rawText == .script ? "script" : "style"),
               collecting != .none {
                collected.append(contentsOf: rest)
            }
            return
        }
        appendText(bytes, count)
    }

    /// After the last event: closes what is still open and totals the counts.
    mutating func finish() {
        while !stack.isEmpty { end() }
        flush()
        finishCounts()
    }

    private mutating func startSkipping(collecting what: Collecting) {
        skipDepth = 1
        rawText = nil
        collecting = what
        collected.removeAll(keepingCapacity: true)
    }

    private mutating func finishCollecting() {
        defer { collecting = .none }
        guard !collected.isEmpty else { return }
        // Only JSON-LD that describes an article is worth decoding.
        if collecting == .jsonLD && !collected.withUnsafeBufferPointer({
            contains($0, "headline") || contains($0, "datePublished") || contains($0, "author")
        }) { return }
        let value = String(decoding: collected, as: UTF8.self)
        switch collecting {
        case .title: metadata.title = value
        case .jsonLD: metadata.jsonLD.append(value)
        case .none: break
        }
    }

    /// Appends text, collapsing runs of white space (and no-break spaces) to one space.
    private mutating func appendText(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        var i = 0
        var kept: Int32 = 0
        while i < count {
            let byte = bytes[i]
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12 {
                pendingSpace = true
                i += 1
                continue
            }
            if byte == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace {
                if text.count > blockStart { text.append(32) }
                pendingSpace = false
            }
            // Copy the run up to the next space in one go.
            let runStart = i
            while i < count {
                let byte = bytes[i]
                if byte <= 32 && (byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12) { break }
                if byte == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0 { break }
                if byte == 44 { blockCommas += 1 }
                i += 1
            }
            text.append(contentsOf: UnsafeBufferPointer(start: bytes + runStart, count: i - runStart))
            kept += Int32(i - runStart)
        }
        if linkDepth > 0 { blockLinkBytes += kept }
    }

    /// Ends the current block of text (if any) at a block boundary.
    private mutating func flush() {
        guard text.count > blockStart else { return }
        if current >= 0 {
            let length = Int32(text.count - blockStart)
            blocks.append(TextBlock(start: Int32(blockStart), end: Int32(text.count), owner: current,
                                    linkBytes: min(blockLinkBytes, length), commas: blockCommas,
                                    afterLineBreak: lineBreakPending))
            elements[Int(current)].ownTextBytes += length
            elements[Int(current)].ownCommas += blockCommas
        }
        blockStart = text.count
        blockLinkBytes = 0
        blockCommas = 0
        lineBreakPending = false
        pendingSpace = false
    }

    /// Adds each element's kept text, links and counts to its ancestors (children come after parents).
    private mutating func finishCounts() {
        for block in blocks where !elements[Int(block.owner)].dropped {
            let owner = Int(block.owner)
            elements[owner].textBytes += block.length
            elements[owner].linkBytes += block.linkBytes
            elements[owner].commas += block.commas
        }
        for index in elements.indices.reversed() {
            let element = elements[index]
            let parent = Int(element.parent)
            // Dropped furniture does not make its container look like furniture.
            guard parent >= 0, !element.dropped || elements[parent].dropped else { continue }
            elements[parent].textBytes += element.textBytes
            elements[parent].linkBytes += element.linkBytes
            elements[parent].commas += element.commas
            elements[parent].paragraphs += element.paragraphs
            elements[parent].images += element.images
            elements[parent].listItems += element.listItems
            elements[parent].inputs += element.inputs
        }
    }

    // MARK: Metadata

    private mutating func collectMeta(_ attributes: Attributes) {
        if attributes.charset { declaresCharset = true }
        guard let content = attributes.content else { return }
        if let httpEquiv = attributes.httpEquiv, equalsLowercase(httpEquiv, "content-type") {
            declaresCharset = true
            return
        }
        guard let key = attributes.property ?? attributes.name ?? attributes.itemprop else { return }
        let name = String(cString: key).lowercased()
        guard Metadata.metaKeys.contains(name) else { return }
        metadata.metas.append((name, String(cString: content)))
    }

    /// The text of bytes `range` of the buffer.
    func string(_ range: Range<Int32>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)]), as: UTF8.self) }
    }

    func string(_ block: TextBlock) -> String { string(block.start..<block.end) }
}

/// Whether a C string equals an ASCII word, ignoring case.
func equalsLowercase(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
    let bytes = word.utf8Start
    for i in 0..<word.utf8CodeUnitCount {
        let byte = value[i]
        if byte == 0 { return false }
        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
        if lower != bytes[i] { return false }
    }
    return value[word.utf8CodeUnitCount] == 0
}
