import Testing
@testable import LoreReading

@Suite struct UTF8BytesTests {
    func firstJSONEscape(_ bytes: [UInt8], from start: Int = 0) -> Int {
        bytes.withUnsafeBufferPointer { UTF8Bytes.firstJSONEscape(in: $0, from: start) }
    }

    @Test func theFirstByteJSONEscapesIsFoundWhereverItIs() {
        let plain = Array("Mara Voss will play Ilse in the second season, per the network. ".utf8)
        #expect(firstJSONEscape(plain) == plain.count)
        #expect(firstJSONEscape(Array("Ærøskøbing — «Sæson 2» 🎬".utf8)) == "Ærøskøbing — «Sæson 2» 🎬".utf8.count)
        for byte in [UInt8](0..<32) + [UInt8(ascii: "\""), UInt8(ascii: "\\")] {
            for position in 0..<20 {
                var bytes = Array(plain.prefix(20))
                bytes[position] = byte
                #expect(firstJSONEscape(bytes) == position, "byte \(byte) at \(position)")
                // The search starts where it is told to: a byte before is passed over.
                guard position < 19 else { continue }
                bytes[19] = UInt8(ascii: "\"")
                #expect(firstJSONEscape(bytes, from: position + 1) == 19)
            }
        }
        // Bytes next to those (and UTF-8's high bytes) are left as they are.
        for byte: UInt8 in [32, 33, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
            #expect(firstJSONEscape([UInt8](repeating: byte, count: 19)) == 19, "byte \(byte)")
        }
        #expect(firstJSONEscape([]) == 0)
    }

    @Test func aByteSequenceIsFoundAnywhereInALine() {
        let line = Array("(photo credit: harbor lights / image via the network)".utf8)
        for needle in ["(photo", "photo credit", "image via", "network)", "(", ")", "harbor lights / image"] {
            #expect(UTF8Bytes.contains(Array(needle.utf8), in: line), "\(needle)")
        }
        for needle in ["(image", "image credit", "network) ", "photos", "(photo credit: harbor lights / image via the network)!"] {
            #expect(!UTF8Bytes.contains(Array(needle.utf8), in: line), "\(needle)")
        }
        #expect(UTF8Bytes.contains([], in: line))
        #expect(!UTF8Bytes.contains(Array("a".utf8), in: []))
        // A first byte that recurs before the match.
        #expect(UTF8Bytes.contains(Array("aab".utf8), in: Array("aaaab".utf8)))
    }

    @Test func lineListsFindEntriesAndPrefixes() {
        let list = ByteLineList(["share this article", "related:", "advertisement"])
        #expect(list.contains(Array("related:".utf8)[...]))
        #expect(!list.contains(Array("related".utf8)[...]))
        #expect(!list.contains(Array("a much longer line than any entry of the list".utf8)[...]))
        #expect(list.holdsPrefix(of: Array("related: the first trailer".utf8)))
        #expect(!list.holdsPrefix(of: Array("relate".utf8)))
        #expect(!list.holdsPrefix(of: []))
        #expect(ByteLineList(["", "x"]).holdsPrefix(of: Array("anything".utf8)))
    }
}
