// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Wharfinger",
    products: [
        .executable(name: "wharfinger", targets: ["wharfinger"]),
        .library(name: "WharfingerWire", targets: ["WharfingerWire"]),
        .library(name: "WharfingerCapture", targets: ["WharfingerCapture"]),
        .library(name: "WharfingerServices", targets: ["WharfingerServices"]),
        .library(name: "WharfingerAnalysis", targets: ["WharfingerAnalysis"]),
        .library(name: "WharfingerReport", targets: ["WharfingerReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The Prometheus text format of `live --metrics` (it brings swift-atomics and swift-metrics).
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPcap",
            path: "Modules/CPcap",
            pkgConfig: "libpcap",
            providers: [.apt(["libpcap-dev"])]
        ),
        // Bytes in, header values out. No libpcap, no Foundation.
        .target(name: "WharfingerWire"),
        // libpcap sessions: files, devices, filters, statistics, dump files.
        .target(name: "WharfingerCapture", dependencies: ["CPcap", "WharfingerWire"]),
        // What ports and payloads say: the IANA registry, port ranges, payload signatures.
        // IANA/services is the registry's source text; ServiceRegistry+IANA.swift is generated from it.
        .target(name: "WharfingerServices", dependencies: ["WharfingerWire"], exclude: ["IANA/services"]),
        // Connections, client/server verdicts, tallies.
        .target(name: "WharfingerAnalysis", dependencies: ["WharfingerWire", "WharfingerServices"]),
        // Terminal table, JSON and NDJSON renderings: every word and number format a person reads.
        .target(
            name: "WharfingerReport",
            dependencies: ["WharfingerAnalysis", "WharfingerServices", "WharfingerWire", "WharfingerCapture"]
        ),
        .executableTarget(
            name: "wharfinger",
            dependencies: [
                "WharfingerWire", "WharfingerCapture", "WharfingerServices", "WharfingerAnalysis", "WharfingerReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            // The Swift runtime linked in (release builds): the dynamic loader binding its
            // libraries' symbols was a quarter of a small capture's instructions (9.4M of
            // 36.9M; 1.5 ms of CPU a run). libpcap and the C libraries stay shared.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
                // What the static FoundationEssentials (ArgumentParser's) needs, as SwiftPM's
                // --static-swift-stdlib links it.
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
            ]
        ),
        .testTarget(name: "WharfingerWireTests", dependencies: ["WharfingerWire"]),
        .testTarget(name: "WharfingerServicesTests", dependencies: ["WharfingerServices", "WharfingerWire"]),
        .testTarget(name: "WharfingerAnalysisTests", dependencies: ["WharfingerAnalysis", "WharfingerServices", "WharfingerWire"]),
        .testTarget(
            name: "WharfingerIntegrationTests",
            dependencies: ["WharfingerWire", "WharfingerCapture", "WharfingerAnalysis", "WharfingerReport"]
        ),
    ]
)
