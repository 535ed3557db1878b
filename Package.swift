// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "piao",
    products: [
        .library(name: "PIAOKit", targets: ["PIAOKit"]),
        .executable(name: "piao", targets: ["piao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev); only HTMLRuns.swift imports it.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PIAOKit", dependencies: ["CLibXML2", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "piao",
            dependencies: [
                "PIAOKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PIAOKitTests", dependencies: ["PIAOKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "piaoEndToEndTests", dependencies: ["piao"]),
    ]
)
