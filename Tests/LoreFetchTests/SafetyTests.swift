import Foundation
import Testing

@testable import LoreFetch

/// The address policy, robots.txt rules, charset decoding and zlib caps, without a network.
@Suite struct AddressPolicyTests {
    @Test(arguments: [
        ("127.0.0.1", AddressPolicy.AddressKind.loopback), ("127.8.9.10", .loopback), ("10.1.2.3", .privateNetwork),
        ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork), ("172.32.0.1", .global),
        ("192.168.1.1", .privateNetwork), ("100.64.0.1", .privateNetwork), ("169.254.169.254", .linkLocal),
        ("0.0.0.0", .unspecified), ("224.0.0.1", .multicast), ("255.255.255.255", .reserved), ("8.8.8.8", .global),
        ("::1", .loopback), ("::", .unspecified), ("fe80::1", .linkLocal), ("fd12:3456::1", .uniqueLocal),
        ("::ffff:127.0.0.1", .loopback), ("::ffff:10.0.0.1", .privateNetwork), ("64:ff9b::a9fe:a9fe", .linkLocal),
        ("[::1]", .loopback), ("2001:4860:4860::8888", .global), ("ff02::1", .multicast),
    ])
    func classifiesLiteralAddresses(address: String, kind: AddressPolicy.AddressKind) {
        #expect(AddressPolicy.kind(of: address) == kind)
    }

    @Test func namesAreNotAddresses() {
        #expect(AddressPolicy.kind(of: "example.com") == nil)
        #expect(AddressPolicy.kind(of: "127.0.0.1.example.com") == nil)
    }

    @Test func refusesPrivateAndLoopbackURLsBeforeConnecting() async {
        let policy = AddressPolicy()
        for (url, expected) in [
            ("http://10.0.0.1/admin", "refused: 10.0.0.1 is a private-network address"),
            ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address"),
            ("http://[::1]:8080/", "refused: ::1 is a loopback address"),
            ("http://localhost/", "refused: localhost resolves to "),
        ] {
            do {
                _ = try await policy.check(url)
                Issue.record("\(url) must be refused")
            } catch {
                #expect(error.url == url)
                #expect(error.reason.hasPrefix(expected), "\(error.reason)")
                #expect(error.reason.hasSuffix("Lore fetches only public addresses unless --allow-private is given"))
            }
        }
    }

    @Test func refusesOtherSchemes() async {
        for (url, reason) in [
            ("file:///etc/passwd", "uses file:, and Lore fetches only http: and https: URLs"),
            ("ftp://example.com/feed.xml", "uses ftp:, and Lore fetches only http: and https: URLs"),
            ("javascript:alert(1)", "uses javascript:, and Lore fetches only http: and https: URLs"),
            ("not a url", "is not a URL; write it in full, e.g. https://example.com/news/article"),
        ] {
            do {
                _ = try await AddressPolicy(allowPrivate: true).check(url)
                Issue.record("\(url) must be refused")
            } catch {
                #expect(error.reason == reason)
            }
        }
    }

    @Test func allowPrivateLetsLoopbackThrough() async throws {
        let url = try await AddressPolicy(allowPrivate: true).check("http://127.0.0.1:9/page")
        #expect(url.port == 9)
    }
}

@Suite struct RobotsTests {
    let text = """
        # Comments and unknown lines are ignored.
        User-agent: *
        Disallow: /

        User-agent: Lore
        User-agent: OtherBot
        Disallow: /private/
        Allow: /private/open-
        Disallow: /*.pdf$
        Disallow: /search
        Sitemap: https://example.com/sitemap.xml
        """

    @Test func ourGroupIsUsedAndTheLongestRuleWins() {
        let rules = RobotsRules(parsing: text, agent: "Lore")
        #expect(rules.allows("/news/first.html"))
        #expect(!rules.allows("/private/page.html"))
        #expect(rules.allows("/private/open-letter.html"))
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?download=1"))
        #expect(!rules.allows("/search?q=lore"))
        #expect(!rules.allows("/searching"))
    }

    @Test func otherAgentsFallBackToTheStarGroup() {
        let rules = RobotsRules(parsing: text, agent: "SomeoneElse")
        #expect(!rules.allows("/news/first.html"))
    }

    @Test func emptyDisallowAllowsEverything() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "Lore")
        #expect(rules.allows("/anything"))
        #expect(RobotsRules.allowAll.allows("/x"))
        #expect(!RobotsRules.disallowAll.allows("/x"))
    }

    @Test func allowWinsATie() {
        let rules = RobotsRules(parsing: "User-agent: lore\nDisallow: /page\nAllow: /page\n", agent: "Lore")
        #expect(rules.allows("/page"))
    }
}

@Suite struct TextDecodingTests {
    let latin1: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array(" na".utf8) + [0xEF, 0x76, 0x65, 0x3C, 0x2F, 0x70, 0x3E]

    @Test func undeclaredLatin1FallsBackToWindows1252() {
        let (bytes, charset) = TextDecoding.utf8(latin1, contentType: "text/html")
        #expect(charset == "windows-1252")
        #expect(String(decoding: bytes, as: UTF8.self) == "<p>café naïve</p>")
    }

    @Test func windows1252PunctuationIsRead() {
        let (bytes, _) = TextDecoding.utf8([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80], contentType: nil)
        #expect(String(decoding: bytes, as: UTF8.self) == "“Hi” – €")
    }

    @Test func theHeaderCharsetComesFirst() {
        let koi8: [UInt8] = [0xEB, 0xC9, 0xCE, 0xCF]  // "Кино" in KOI8-R
        let (bytes, charset) = TextDecoding.utf8(koi8, contentType: "text/html; charset=\"KOI8-R\"")
        #expect(charset == "koi8-r")
        #expect(String(decoding: bytes, as: UTF8.self) == "Кино")
    }

    @Test func aMetaCharsetIsFoundWhenTheHeaderHasNone() {
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><p>".utf8)
            + [0x63, 0x61, 0x66, 0xE9]
        #expect(TextDecoding.metaCharset(page) == "iso-8859-1")
        #expect(String(decoding: TextDecoding.utf8(page, contentType: nil).bytes, as: UTF8.self).hasSuffix("<p>café"))
        #expect(TextDecoding.metaCharset(Array("<meta charset='Shift_JIS'>".utf8)) == "shift_jis")
    }

    @Test func validUTF8IsKeptAndStrayBytesBecomeReplacementCharacters() {
        let utf8 = Array("Café Noir — “Renée”".utf8)
        #expect(TextDecoding.utf8(utf8, contentType: nil).bytes == utf8)
        // Declared UTF-8 with real UTF-8 and one stray byte: the stray byte becomes U+FFFD.
        let mixed = Array("café ".utf8) + [0xFF] + Array(" ok".utf8)
        #expect(String(decoding: TextDecoding.utf8(mixed, contentType: "text/html; charset=utf-8").bytes, as: UTF8.self) == "café \u{FFFD} ok")
        // Declared UTF-8 but Latin-1 throughout: read as Windows-1252.
        #expect(String(decoding: TextDecoding.utf8(latin1, contentType: "text/html; charset=UTF-8").bytes, as: UTF8.self) == "<p>café naïve</p>")
    }

    @Test func anUnknownCharsetFallsBackToSniffing() {
        let (bytes, charset) = TextDecoding.utf8(Array("plain".utf8), contentType: "text/html; charset=no-such-charset")
        #expect(charset == "utf-8")
        #expect(bytes == Array("plain".utf8))
    }
}

@Suite struct ZlibTests {
    @Test func roundTrips() throws {
        let text = Array(String(repeating: "Harbor Lights returns to Streamwave in March. ", count: 200).utf8)
        let compressed = Zlib.compress(text)
        #expect(compressed.count < text.count / 10)
        #expect(try Zlib.decompress(compressed, limit: 1 << 20) == text)
        #expect(try Zlib.decompress(Zlib.compress(text, gzip: true), limit: 1 << 20) == text)
    }

    @Test func aBombStopsAtTheLimit() {
        let bomb = Zlib.compress([UInt8](repeating: 0, count: 8 << 20), gzip: true, level: 9)
        #expect(throws: CompressionError(reason: "expands to more than 1 MB when decompressed (a compression bomb?)")) {
            try Zlib.decompress(bomb, limit: 1 << 20)
        }
    }

    @Test func truncatedAndGarbageDataAreErrors() {
        let compressed = Zlib.compress(Array(String(repeating: "text ", count: 1000).utf8))
        #expect(throws: CompressionError(reason: "ends in the middle of its compressed data")) {
            try Zlib.decompress(Array(compressed.prefix(compressed.count / 2)), limit: 1 << 20)
        }
        #expect(throws: CompressionError.self) { try Zlib.decompress(Array("not compressed at all".utf8), limit: 1 << 20) }
    }
}
