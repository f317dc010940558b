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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "LoreReading", resources: [.copy("Lexicon")]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "LoreHTML", dependencies: ["CLibXML2", "LoreReading"], resources: [.copy("Lexicon")]),
        .target(name: "LoreLanguage", dependencies: ["LoreReading"], resources: [.copy("Lexicon")]),
        .target(name: "LoreExtraction", dependencies: ["LoreLanguage"], resources: [.copy("Lexicon")]),
        .target(name: "LoreKnowledge", dependencies: ["LoreExtraction"]),
        .target(name: "LoreSQLite", dependencies: ["LoreKnowledge", .product(name: "GRDB", package: "GRDB.swift")]),
        // The HTTP API and the server-rendered web UI, on Hummingbird; page templates in Mustache.
        .target(
            name: "LoreServer",
            dependencies: ["LoreSQLite", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "lore",
            dependencies: ["LoreSQLite", "LoreHTML", "LoreServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            resources: [.copy("Samples")]
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
    ]
)
