// swift-tools-version: 6.1
// libFuzzer targets, kept apart from the main package: the pcapng block reader, and the frame
// decoder with the connection analysis and the report behind it; and the block reader's read
// floor. `scripts/fuzz.sh [SECONDS]` builds the targets, makes seeds from Captures/ and the
// shared corpora, and runs each. A fuzz target links only with -sanitize=fuzzer, so build it
// alone (--product), in release (a debug build renames main for testing, which clashes) and
// with lld (gold fails on it):
//   cd Fuzz && swift build -c release --scratch-path ../.build-fuzz --product FrameAnalysisFuzz -Xswiftc -sanitize=fuzzer,address \
//       -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
//   ../.build-fuzz/release/FrameAnalysisFuzz --seeds /tmp/seeds ../Captures/*.pcap   # inputs from captures
//   ../.build-fuzz/release/FrameAnalysisFuzz -max_total_time=300 -max_len=65536 /tmp/seeds
//   ../.build-fuzz/release/FrameAnalysisFuzz --to-pcap crash-... crash.pcap           # a finding as a capture
import Foundation
import PackageDescription

// A path dependency's identity is its directory name; find it rather than assume it.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "WharfingerFuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // The block reader's read floor beside libpcap's (no sanitizer):
        //   swift build -c release --scratch-path ../.build-floor --product PcapngReadFloor
        .executableTarget(
            name: "PcapngReadFloor",
            dependencies: [
                .product(name: "WharfingerWire", package: mainPackage),
                .product(name: "WharfingerCapture", package: mainPackage),
            ]
        ),
        // Every frame on every supported link type (the input's first byte picks it), into the
        // analysis of both pipelines and the report; the input's shape is in FuzzFrames.swift.
        .executableTarget(
            name: "FrameAnalysisFuzz",
            dependencies: [
                .product(name: "WharfingerWire", package: mainPackage),
                .product(name: "WharfingerCapture", package: mainPackage),
                .product(name: "WharfingerAnalysis", package: mainPackage),
                .product(name: "WharfingerReport", package: mainPackage),
            ]
        ),
        .executableTarget(
            name: "PcapngBlockReaderFuzz",
            dependencies: [
                .product(name: "WharfingerWire", package: mainPackage),
                .product(name: "WharfingerCapture", package: mainPackage),
            ]
        ),
    ]
)
