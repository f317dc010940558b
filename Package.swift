// swift-tools-version:6.0
import PackageDescription

// Data flows one way: Reading → Language → Extraction → Knowledge → SQLite → Server → the `lore` command.
let package = Package(
    name: "Lore",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lore", targets: ["lore"]),
        .library(name: "LoreExtraction", targets: ["LoreExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "LoreReading", resources: [.copy("Lexicon")]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "LoreHTML", dependencies: ["CLibXML2", "LoreReading"], resources: [.copy("Lexicon")]),
        .target(name: "LoreLanguage", dependencies: ["LoreReading"], resources: [.copy("Lexicon")]),
        .target(name: "LoreExtraction", dependencies: ["LoreLanguage"], resources: [.copy("Lexicon")]),
        .target(name: "LoreKnowledge", dependencies: ["LoreExtraction"]),
        // SQLite's process-wide options, set before its first connection opens.
        .target(name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "LoreSQLite", dependencies: ["LoreKnowledge", "CSQLiteTuning", .product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // zlib, for gzip/deflate response bodies and for keeping fetched pages compressed.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "LoreFetch",
            dependencies: [
                "LoreHTML", "LoreSQLite", "CLibXML2", "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The HTTP API and the server-rendered web UI, on Hummingbird; page templates in Mustache.
        .target(
            name: "LoreServer",
            dependencies: ["LoreSQLite", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "lore",
            dependencies: ["LoreSQLite", "LoreHTML", "LoreFetch", "LoreServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Samples")],
            // jemalloc in place of glibc's malloc: extraction allocates many small, short-lived
            // values, and jemalloc's thread caches serve them about 6% faster (scripts/bootstrap installs it).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "LoreReadingTests", dependencies: ["LoreReading"]),
        .testTarget(name: "LoreLanguageTests", dependencies: ["LoreLanguage"]),
        .testTarget(name: "LoreExtractionTests", dependencies: ["LoreExtraction"]),
        .testTarget(name: "LoreSQLiteTests", dependencies: ["LoreSQLite"]),
        .testTarget(name: "LoreCommandTests", dependencies: ["lore"]),
        .testTarget(
            name: "LoreServerTests",
            dependencies: ["LoreServer", "LoreSQLite", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "LoreHTMLTests", dependencies: ["LoreHTML"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LoreFetchTests",
            dependencies: ["LoreFetch", "lore", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
