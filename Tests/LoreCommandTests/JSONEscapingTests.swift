import Foundation
import Testing
@testable import lore

/// The JSON lines of `lore extract` are written by hand: strings must come out as JSONEncoder writes them.
@Suite struct JSONEscapingTests {
    func needsEscaping(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { JSON.needsEscaping($0) }
    }

    @Test func everyByteThatNeedsEscapingIsFoundWhereverItIs() {
        let plain = Array("Mara Voss will play Ilse in the second season, per the network. ".utf8)
        #expect(!needsEscaping(plain))
        #expect(!needsEscaping(Array("Ærøskøbing — «Sæson 2» 🎬".utf8)))
        for byte in [UInt8](0..<32) + [UInt8(ascii: "\""), UInt8(ascii: "\\")] {
            for position in 0..<20 {
                var bytes = Array(plain.prefix(20))
                bytes[position] = byte
                #expect(needsEscaping(bytes), "byte \(byte) at \(position)")
            }
        }
        // Bytes next to the ones that need escaping (and UTF-8's high bytes) do not.
        for byte: UInt8 in [32, 33, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
            #expect(!needsEscaping([UInt8](repeating: byte, count: 19)), "byte \(byte)")
        }
        #expect(!needsEscaping([]))
    }

    @Test func stringsAreWrittenAsJSONEncoderWritesThem() throws {
        for text in ["plain", "a \"quoted\" title", "back\\slash", "tab\there", "line\nbreak", "bell\u{7}", "«Sæson 2» 🎬", "a/b"] {
            var bytes: [UInt8] = []
            JSON.appendString(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == (try JSON.line([text])).dropFirst().dropLast())
        }
    }
}
