/// The attributes the reader looks at, as pointers into libxml2's buffers (no copies):
/// valid during the start-tag event only.
struct Attributes {
    var classValue: UnsafePointer<UInt8>?
    var id: UnsafePointer<UInt8>?
    var style: UnsafePointer<UInt8>?
    var hidden = false
    var ariaHidden: UnsafePointer<UInt8>?
    var itemprop: UnsafePointer<UInt8>?
    var rel: UnsafePointer<UInt8>?
    var href: UnsafePointer<UInt8>?
    var src: UnsafePointer<UInt8>?
    var dataSrc: UnsafePointer<UInt8>?
    var datetime: UnsafePointer<UInt8>?
    var content: UnsafePointer<UInt8>?
    var property: UnsafePointer<UInt8>?
    var name: UnsafePointer<UInt8>?
    var type: UnsafePointer<UInt8>?
    var lang: UnsafePointer<UInt8>?
    var title: UnsafePointer<UInt8>?

    var charset = false
    var httpEquiv: UnsafePointer<UInt8>?

    /// The attribute names read; libxml2 interns names, so a cache by address names them.
    enum Name: UInt8 {
        case other, `class`, id, style, hidden, ariaHidden, itemprop, rel, href, src, dataSrc, datetime, content,
             property, name, type, lang, title, charset, httpEquiv

        static let byKey: [UInt64: Name] = [
            key("class"): .class, key("id"): .id, key("style"): .style, key("hidden"): .hidden,
            key("aria-hidden"): .ariaHidden, key("itemprop"): .itemprop, key("rel"): .rel, key("href"): .href,
            key("src"): .src, key("data-src"): .dataSrc, key("datetime"): .datetime, key("content"): .content,
            key("property"): .property, key("name"): .name, key("type"): .type, key("lang"): .lang,
            key("title"): .title, key("charset"): .charset, key("http-equiv"): .httpEquiv,
        ]

        /// A small direct-mapped cache from a name's address to the name.
        struct Cache {
            private var addresses = [UInt](repeating: 0, count: 256)
            private var names = [Name](repeating: .other, count: 256)

            mutating func name(_ pointer: UnsafePointer<UInt8>) -> Name {
                let address = UInt(bitPattern: pointer)
                let slot = Int((address >> 3) & 255)
                if addresses[slot] == address { return names[slot] }
                let name = byKey[Attributes.key(pointer)] ?? .other
                addresses[slot] = address
                names[slot] = name
                return name
            }
        }
    }

    /// From libxml2's SAX list: name, value, name, value…, then nil. A value is nil for
    /// an attribute written without one (`<div hidden>`).
    init(_ list: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, names: inout Name.Cache) {
        guard let list else { return }
        var i = 0
        while let name = list[i] {
            let value = list[i + 1]
            i += 2
            switch names.name(name) {
            case .class: classValue = value
            case .id: id = value
            case .style: style = value
            case .hidden: hidden = true
            case .ariaHidden: ariaHidden = value
            case .itemprop: itemprop = value
            case .rel: rel = value
            case .href: href = value
            case .src: src = value
            case .dataSrc: dataSrc = value
            case .datetime: datetime = value
            case .content: content = value
            case .property: property = value
            case .name: self.name = value
            case .type: type = value
            case .lang: lang = value
            case .title: title = value
            case .charset: charset = true
            case .httpEquiv: httpEquiv = value
            case .other: break
            }
        }
    }

    /// The first seven bytes of a name and its length, packed: names compare as integers.
    static func key(_ name: UnsafePointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var length: UInt64 = 0
        while name[Int(length)] != 0 {
            var byte = name[Int(length)]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if length < 7 { key |= UInt64(byte) << (8 * length) }
            length += 1
            if length > 40 { return 0 }
        }
        return key | (length << 56)
    }

    static func key(_ name: StaticString) -> UInt64 {
        key(name.utf8Start)
    }
    /// Hidden from readers: the `hidden` attribute, `aria-hidden="true"` or `display: none`.
    var isHidden: Bool {
        if hidden { return true }
        if let ariaHidden, equalsLowercase(ariaHidden, "true") { return true }
        if let style { return Self.declaresDisplayNone(style) }
        return false
    }

    /// `display:none` or `display: none` in a style attribute.
    static func declaresDisplayNone(_ style: UnsafePointer<UInt8>) -> Bool {
        let pattern = Array("display".utf8)
        var i = 0
        while style[i] != 0 {
            var k = 0
            while k < pattern.count && style[i + k] == pattern[k] { k += 1 }
            if k == pattern.count {
                var j = i + k
                while style[j] == 32 || style[j] == 58 { j += 1 }  // spaces and ':'
                return style[j] == 110 && style[j + 1] == 111 && style[j + 2] == 110 && style[j + 3] == 101  // "none"
            }
            i += 1
        }
        return false
    }

    /// What the class and id words say (`Lexicon/class-hints.txt`).
    func classHints(_ matcher: WordMatcher) -> ClassHints {
        guard classValue != nil || id != nil else { return [] }
        // Lowercase class and id into one small buffer; very long values are cut.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var count = 0
            func append(_ value: UnsafePointer<UInt8>?) {
                guard let value else { return }
                var i = 0
                while value[i] != 0 && count < 255 {
                    let byte = value[i]
                    buffer[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    count += 1
                    i += 1
                }
                if count < 255 { buffer[count] = 32; count += 1 }
            }
            append(classValue)
            append(id)
            return ClassHints(rawValue: matcher.hints(in: UnsafeBufferPointer(rebasing: buffer[0..<count])))
        }
    }

    /// `rel="author"`, or `itemprop="author"`: the element names an author.
    var isAuthor: Bool {
        if let rel, equalsLowercase(rel, "author") { return true }
        if let itemprop, equalsLowercase(itemprop, "author") { return true }
        return false
    }

    /// The platform of an embedded social post, from its class (`twitter-tweet`, `instagram-media`…).
    var embedPlatform: EmbedPlatform? {
        guard let classValue else { return nil }
        return EmbedPlatform.fromClass(classValue)
    }
}
