import Foundation

/// Byte-level helpers for the hot paths of reading and tokenizing: String's views, comparisons
/// and `lowercased()` cost many times more than working on the UTF-8 bytes directly.
public enum UTF8Bytes {
    /// The scalar that starts at `i` in valid UTF-8, and its length in bytes.
    @inlinable
    public static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }

    /// The scalars of UTF-8 bytes, with the byte offset of each (and of the end, last).
    public static func scalarsWithOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var p = 0
        while p < bytes.count {
            let (scalar, length) = scalar(at: p, in: bytes)
            scalars.append(scalar)
            offsets.append(p)
            p += length
        }
        offsets.append(bytes.count)
        return (scalars, offsets)
    }

    /// Appends the lower case of `scalar` exactly as `String.lowercased()` does (it maps each
    /// scalar to its `lowercaseMapping`), without building a String per scalar.
    public static func appendLowercase(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(value >= 65 && value <= 90 ? UInt8(value | 0x20) : UInt8(value))
        } else if !scalar.properties.changesWhenLowercased {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }
}

extension UTF8Bytes {
    /// Whether `needle` occurs in `haystack`: memchr to each candidate first byte, then memcmp
    /// (the generic collection search costs far more).
    public static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { h in needle.withUnsafeBytes { n in contains(n, in: h) } }
    }

    static func contains(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
        var at = 0
        let last = haystack.count - needle.count
        while at <= last, let found = memchr(base + at, Int32(first), last - at + 1) {
            at = UnsafeRawPointer(found) - base
            if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
            at += 1
        }
        return false
    }

    /// The index of the first quote, backslash or control character at or after `start` (what a
    /// JSON string escapes), or `bytes.count`: eight bytes at a time, as article texts are long.
    public static func firstJSONEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        var i = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            // The high bit of some byte is set exactly when `x` holds a zero byte (or, for the
            // first test, a byte below 32): the word is then searched byte by byte below.
            func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            while i + 8 <= bytes.count {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (x &- ones &* 32) & ~x & highs != 0 || hasZero(x ^ (ones &* 0x22)) || hasZero(x ^ (ones &* 0x5C)) { break }
                i += 8
            }
        }
        while i < bytes.count, bytes[i] >= 32, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        return i
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without a copy when the string is native.
    /// (Inlinable so that it is specialized: the generic version costs a thousand instructions a call.)
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension String {
    /// Whether `other` occurs in this string, compared byte by byte: Foundation's `contains` and
    /// `range(of:)` and the generic collection search cost hundreds of times more.
    public func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { t in other.withUTF8 { o in UTF8Bytes.contains(UnsafeRawBufferPointer(o), in: UnsafeRawBufferPointer(t)) } }
    }
}
