import Foundation
import Testing
@testable import lore

/// The JSON lines of `lore extract` are written by hand: strings must come out as JSONEncoder writes them.
@Suite struct JSONEscapingTests {
    @Test func stringsAreWrittenAsJSONEncoderWritesThem() throws {
        for text in ["plain", "a \"quoted\" title", "back\\slash", "tab\there", "line\nbreak", "bell\u{7}", "«Sæson 2» 🎬", "a/b", "Mara Voss told the outlet that \"the second season\" starts\tin May"] {
            var bytes: [UInt8] = []
            JSON.appendString(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == (try JSON.line([text])).dropFirst().dropLast())
        }
    }
}
