// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "SecondCall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "secondcall", targets: ["secondcall"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .target(name: "CoachCore"),
        .target(
            name: "CoachResources",
            path: "Resources",
            sources: ["ResourceLocator.swift"],
            resources: [.copy("rules"), .copy("checklists"), .copy("scenarios"), .copy("objectives"), .copy("practice")]
        ),
        .target(
            name: "CoachStore",
            dependencies: ["CoachCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "CoachTeam",
            dependencies: ["CoachCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(name: "CoachTUI", dependencies: ["CoachCore", "CNCurses"]),
        .target(name: "CoachPacks", dependencies: ["CoachCore", "CoachResources", "Yams"]),
        .target(name: "CoachApp", dependencies: ["CoachCore", "CoachPacks", "CoachStore", "CoachTUI", "CoachResources"]),
        .executableTarget(
            name: "secondcall",
            dependencies: [
                "CoachApp", "CoachCore", "CoachPacks", "CoachStore", "CoachTeam", "CoachTUI", "CoachResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "secondcall-bench",
            dependencies: [
                "CoachApp", "CoachCore", "CoachPacks", "CoachStore", "CoachTeam", "CoachTUI", "CoachResources",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(name: "CoachFuzz", dependencies: ["CoachApp", "CoachCore", "CoachPacks", "CoachTUI", "CoachResources"]),
        .executableTarget(name: "secondcall-fuzz", dependencies: ["CoachFuzz"]),
        .target(name: "TestSupport", dependencies: ["CoachCore", "CoachTUI"], path: "Tests/TestSupport"),
        .testTarget(name: "CoachCoreTests", dependencies: ["CoachCore", "CoachFuzz", "TestSupport"]),
        .testTarget(name: "FuzzTests", dependencies: ["CoachFuzz", "TestSupport"]),
        .testTarget(name: "CoachPacksTests", dependencies: ["CoachPacks", "CoachCore", "TestSupport"]),
        .testTarget(name: "CoachStoreTests", dependencies: [
            "CoachStore", "CoachCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "CoachTUITests", dependencies: ["CoachApp", "CoachTUI", "CoachCore", "CoachPacks", "CoachStore", "TestSupport"]),
        .testTarget(name: "CoachAppTests", dependencies: ["CoachApp", "CoachTUI", "CoachCore", "CoachPacks", "CoachStore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "secondcall", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TeamTests", dependencies: [
            "CoachTeam", "CoachStore", "CoachCore", "TestSupport", "secondcall",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
