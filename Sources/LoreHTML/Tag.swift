/// The HTML elements the reader treats differently; every other name is `.other`
/// (read like a `<span>`) or, for unknown block containers, like a `<div>`.
enum Tag: UInt8 {
    case other
    // Structure
    case html, body, head, title, meta, link, main, article, section, div, header, footer, nav, aside, form, center
    // Paragraph-like blocks
    case p, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, figure, figcaption, table, tbody, thead, tr, td, th, caption, address, details, summary
    // Inline elements with a meaning for the reader
    case a, br, hr, img, picture, time, span
    // Never read
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio, button, select, input, textarea, label, option, dialog, menu

    /// A name as libxml2 stores it (lowercase UTF-8) → tag. Packs the first seven bytes and
    /// the length into a key, so that one dictionary lookup names an element.
    static func of(_ name: UnsafePointer<UInt8>) -> Tag {
        var key: UInt64 = 0
        var length: UInt64 = 0
        while name[Int(length)] != 0 {
            if length < 7 { key |= UInt64(name[Int(length)]) << (8 * length) }
            length += 1
            if length > 12 { return .other }
        }
        return byKey[key | (length << 56)] ?? .other
    }

    /// libxml2 interns element names, so within a page a name's address identifies it:
    /// a small direct-mapped cache from address to tag skips the dictionary.
    struct Cache {
        private var addresses = [UInt](repeating: 0, count: 256)
        private var tags = [Tag](repeating: .other, count: 256)

        mutating func tag(_ name: UnsafePointer<UInt8>) -> Tag {
            let address = UInt(bitPattern: name)
            let slot = Int((address >> 3) & 255)
            if addresses[slot] == address { return tags[slot] }
            let tag = Tag.of(name)
            addresses[slot] = address
            tags[slot] = tag
            return tag
        }
    }

    private static let byKey: [UInt64: Tag] = {
        let names: [String: Tag] = [
            "html": .html, "body": .body, "head": .head, "title": .title, "meta": .meta, "link": .link,
            "main": .main, "article": .article, "section": .section, "div": .div, "header": .header,
            "footer": .footer, "nav": .nav, "aside": .aside, "form": .form, "center": .center,
            "p": .p, "h1": .h1, "h2": .h2, "h3": .h3, "h4": .h4, "h5": .h5, "h6": .h6, "ul": .ul, "ol": .ol,
            "li": .li, "dl": .dl, "dt": .dt, "dd": .dd, "blockquote": .blockquote, "pre": .pre,
            "figure": .figure, "figcaption": .figcaption, "table": .table, "tbody": .tbody, "thead": .thead,
            "tr": .tr, "td": .td, "th": .th, "caption": .caption, "address": .address, "details": .details,
            "summary": .summary, "a": .a, "br": .br, "hr": .hr, "img": .img, "picture": .picture,
            "time": .time, "span": .span, "script": .script, "style": .style, "noscript": .noscript,
            "template": .template, "svg": .svg, "math": .math, "canvas": .canvas, "iframe": .iframe,
            "object": .object, "embed": .embed, "video": .video, "audio": .audio, "button": .button,
            "select": .select, "input": .input, "textarea": .textarea, "label": .label, "option": .option,
            "dialog": .dialog, "menu": .menu,
            // Containers of other names that read like a div.
            "hgroup": .div, "fieldset": .div, "tfoot": .tbody,
        ]
        var table: [UInt64: Tag] = [:]
        for (name, tag) in names {
            var key: UInt64 = 0
            for (i, byte) in name.utf8.prefix(7).enumerated() { key |= UInt64(byte) << (8 * UInt64(i)) }
            table[key | (UInt64(name.utf8.count) << 56)] = tag
        }
        return table
    }()

    /// Elements that start a new block of text (everything else flows inline, or holds no text).
    var isBlock: Bool {
        switch self {
        case .other, .a, .br, .img, .picture, .time, .span, .label, .head, .meta, .link: return false
        default: return true
        }
    }

    /// Elements whose content is never article text.
    var isNeverText: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed,
             .video, .audio, .button, .select, .input, .textarea, .option, .dialog, .menu:
            return true
        default: return false
        }
    }

    /// Page furniture by its very element: navigation, sidebars, page headers and footers.
    var isFurniture: Bool { self == .nav || self == .aside || self == .footer || self == .header }

    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }

    /// A block whose text is one paragraph (its score goes to the container around it),
    /// as opposed to a container whose own loose text is scored as a paragraph of its own.
    var isParagraph: Bool {
        switch self {
        case .p, .pre, .td, .th, .li, .dd, .dt, .blockquote, .figcaption, .caption, .address, .summary,
             .h1, .h2, .h3, .h4, .h5, .h6:
            return true
        default: return false
        }
    }

    /// Containers whose class and id are weighed. Not the page's frame (html, body, main,
    /// article: never furniture, whatever their classes say, e.g. "has-sidebar"), nor rows,
    /// cells, list items and paragraphs, which take their meaning from their container.
    var takesClassHints: Bool {
        switch self {
        case .div, .section, .header, .footer, .aside, .nav, .ul, .ol, .dl, .table, .form, .figure, .center,
             .details, .p, .blockquote:
            return true
        default: return false
        }
    }

    /// Whether an element's own text scores its containers: list items, captions and table
    /// headers do not (a list of links must not make its container look like the article).
    var isScored: Bool {
        switch self {
        case .li, .dt, .dd, .figcaption, .caption, .summary, .address, .th, .h1, .a, .label: return false
        default: return true
        }
    }

    /// Readability's prior for a candidate container, before any text is scored.
    var candidatePrior: Float {
        switch self {
        case .div, .article, .main, .section: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }
}
