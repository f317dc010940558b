import Foundation
import LoreExtraction

/// What makes two mentions the same entity: the normalised name and the type, so that
/// Luke Cage the character and Luke Cage the series stay two entities.
public struct EntityKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var name: String
    public var type: EntityType

    public init(name: String, type: EntityType) {
        self.name = EntityKey.normalize(name)
        self.type = type
    }

    public var description: String { "\(name) (\(type.rawValue))" }

    /// Lower case, accents folded, curly quotes straightened, punctuation turned into spaces,
    /// spaces collapsed and a leading "the" dropped: "The Defenders", "the defenders" and
    /// "Defenders" are one name.
    public static func normalize(_ name: String) -> String {
        var text = name
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            text = text.replacingOccurrences(of: "\u{2019}", with: "'")
                .folding(options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
        }
        // One pass over the bytes: this runs for every name of every article.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "'" { continue }   // "Marvel's" and "Marvels" are one spelling
            let value = scalar.value
            let isASCIIAlphanumeric = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            guard isASCIIAlphanumeric || (value >= 0x80 && scalar.properties.isAlphabetic) else {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(32) }
            pendingSpace = false
            if (0x41...0x5A).contains(value) {
                out.append(UInt8(value) + 32)
            } else if value < 0x80 {
                out.append(UInt8(value))
            } else {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        if out.count > 4, out[0] == 116, out[1] == 104, out[2] == 101, out[3] == 32 { out.removeFirst(4) }   // "the "
        return String(decoding: out, as: UTF8.self)
    }
}
