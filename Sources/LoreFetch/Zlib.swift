import CZlib

/// A body that could not be compressed or decompressed.
public struct CompressionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// Inflates a gzip or deflate stream chunk by chunk, refusing to produce more than `limit`
/// bytes: a small compressed body can expand a thousandfold (a "gzip bomb"), so the cap is
/// checked as output grows, never after.
final class Inflater {
    enum Format {
        /// gzip or zlib, told apart by their headers.
        case gzipOrZlib
        /// Raw deflate, which some servers send for `Content-Encoding: deflate`.
        case raw
    }

    let limit: Int
    private var stream = z_stream()
    private(set) var output: [UInt8] = []
    private var finished = false
    private var scratch = [UInt8](repeating: 0, count: 64 << 10)

    init(format: Format, limit: Int) throws(CompressionError) {
        self.limit = limit
        let windowBits: Int32 = format == .raw ? -MAX_WBITS : MAX_WBITS + 32
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CompressionError(reason: "zlib could not start inflating")
        }
    }

    deinit { inflateEnd(&stream) }

    /// Inflates the next compressed chunk.
    func append(_ chunk: UnsafeRawBufferPointer) throws(CompressionError) {
        guard !finished, let base = chunk.baseAddress, chunk.count > 0 else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(chunk.count)
        defer { stream.next_in = nil; stream.avail_in = 0 }
        while stream.avail_in > 0 && !finished {
            let (status, produced) = scratch.withUnsafeMutableBytes { out -> (Int32, Int) in
                stream.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                return (status, out.count - Int(stream.avail_out))
            }
            if output.count + produced > limit {
                throw CompressionError(reason: "expands to more than \(Self.describe(bytes: limit)) when decompressed (a compression bomb?)")
            }
            output.append(contentsOf: scratch[0..<produced])
            switch status {
            case Z_OK: continue
            case Z_STREAM_END: finished = true
            case Z_BUF_ERROR where produced > 0: continue
            default:
                throw CompressionError(reason: "is not valid compressed data (\(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"))")
            }
        }
    }

    /// The whole decompressed body; a stream cut short is an error.
    func finish() throws(CompressionError) -> [UInt8] {
        guard finished else { throw CompressionError(reason: "ends in the middle of its compressed data") }
        return output
    }

    static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}

/// One-shot compression for what Lore keeps: fetched pages are stored zlib-compressed.
public enum Zlib {
    /// `bytes` in zlib format (or gzip, for the tests' servers).
    public static func compress(_ bytes: [UInt8], gzip: Bool = false, level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        let windowBits = gzip ? MAX_WBITS + 16 : MAX_WBITS
        guard deflateInit2_(&stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib could not start deflating (out of memory)")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        let written = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                // deflateBound leaves room for the whole stream: one call finishes it.
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END, "zlib output exceeded deflateBound")
                return out.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }

    /// Decompresses zlib or gzip `bytes`, refusing output larger than `limit`.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(CompressionError) -> [UInt8] {
        let inflater = try Inflater(format: .gzipOrZlib, limit: limit)
        let result = bytes.withUnsafeBytes { chunk in Result { () throws(CompressionError) in try inflater.append(chunk) } }
        try result.get()
        return try inflater.finish()
    }
}
