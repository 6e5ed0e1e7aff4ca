// swift-tools-version: 6.1
// A libFuzzer target for the pcapng block reader, and its read floor, kept apart from the main
// package. The fuzz target links only with -sanitize=fuzzer, so build it alone (--product), in
// release (a debug build renames main for testing, which clashes) and with lld (gold fails on it):
//   cd Fuzz && swift build -c release --scratch-path ../.build-fuzz --product PcapngBlockReaderFuzz -Xswiftc -sanitize=fuzzer,address \
//       -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
//   mkdir -p /tmp/pcapng-corpus && cp ../Captures/*.pcapng /tmp/pcapng-corpus/
//   ../.build-fuzz/release/PcapngBlockReaderFuzz -max_total_time=300 -max_len=65536 /tmp/pcapng-corpus
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
        .executableTarget(
            name: "PcapngBlockReaderFuzz",
            dependencies: [
                .product(name: "WharfingerWire", package: mainPackage),
                .product(name: "WharfingerCapture", package: mainPackage),
            ]
        ),
    ]
)
