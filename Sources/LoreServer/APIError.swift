import Foundation
import Hummingbird
import LoreSQLite

/// A request Lore cannot answer, with the HTTP status and a message that names the input and
/// says what is wrong. The API answers it as `{"error": {"status": 404, "message": "…"}}`;
/// pages show the same message on an HTML error page (see `ErrorMiddleware`).
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code): \(message)" }

    static func badParameter(_ name: String, _ value: String, _ reason: String) -> APIError {
        APIError(.badRequest, "parameter \(name)=\(value) \(reason)")
    }

    static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    /// Any error thrown while answering, as the one shape clients see. Store errors are the
    /// server's fault (500) and keep their message, which names the database and the cause.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError:
            switch error.status {
            case .notFound: return APIError(.notFound, error.body ?? "no such page or endpoint")
            case .contentTooLarge: return APIError(.contentTooLarge, error.body ?? "the request body is too large")
            default: return APIError(error.status, error.body ?? error.status.reasonPhrase)
            }
        case let error as StoreError:
            return APIError(.internalServerError, error.description)
        default:
            return APIError(.internalServerError, "\(error)")
        }
    }

    /// The JSON body: `{"error": {"status": N, "message": "…"}}`.
    var json: String {
        JSON.text(ErrorBody(error: .init(status: Int(status.code), message: message)))
    }

    private struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }
        var error: Detail
    }
}

/// JSON with sorted keys, so responses are stable and diffable. `<`, `>` and `&` are written
/// as `\u003c`, `\u003e` and `\u0026` (they only occur inside strings), so article text in a
/// response can never be read as markup, even by a client that pastes it into a page.
enum JSON {
    static func text<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value Lore encodes is plain data: encoding cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + 64)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text(value))))
    }
}
