// swift-tools-version: 6.1
// Benchmarks for Wharfinger, kept apart so the main package has no benchmark dependencies.
//   cd Benchmarks && swift package --disable-sandbox benchmark
import Foundation
import PackageDescription

// A path dependency's identity is its directory name; find it rather than assume it.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "WharfingerBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "WireAndFlows",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "WharfingerWire", package: mainPackage),
                .product(name: "WharfingerCapture", package: mainPackage),
                .product(name: "WharfingerAnalysis", package: mainPackage),
            ],
            path: "Benchmarks/WireAndFlows",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
