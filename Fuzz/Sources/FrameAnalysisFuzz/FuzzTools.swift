import Foundation
import WharfingerCapture
import WharfingerWire

/// The target's own commands beside libFuzzer's flags:
///
///     FrameAnalysisFuzz --seeds DIR CAPTURE...   an input per capture libpcap reads on a supported link type
///     FrameAnalysisFuzz --to-pcap INPUT OUT.pcap an input (a crash, say) as a capture, for Captures/ and a test
///
/// Captures are read with libpcap, as the tool reads them.
enum FuzzTools {
    /// Frames and bytes per seed: the start of each conversation is where the analysis looks.
    static let seedFrames = 64
    static let seedBytes = 32 << 10

    /// The command's exit status, or nil when the arguments are libFuzzer's.
    static func run(_ arguments: [String]) -> Int32? {
        switch arguments.first {
        case "--seeds" where arguments.count >= 2:
            return writeSeeds(into: arguments[1], from: Array(arguments.dropFirst(2)))
        case "--to-pcap" where arguments.count == 3:
            return writeCapture(input: arguments[1], to: arguments[2])
        default:
            return nil
        }
    }

    private static func writeSeeds(into folder: String, from captures: [String]) -> Int32 {
        var written = 0
        for (number, path) in captures.enumerated() {
            guard let session = try? CaptureSession.openFile(path), session.linkType.isSupported else { continue }
            var frames: [(FrameHeader, [UInt8])] = []
            var bytes = 0
            while frames.count < seedFrames && bytes < seedBytes,
                  (try? session.dispatch(limit: 1, { header, span in
                      frames.append((header, span.withUnsafeBytes { Array($0) }))
                      bytes += header.capturedLength
                  })) != nil {}
            // Alternate captures between the two pipelines.
            guard !frames.isEmpty, let input = FuzzFrames.encode(linkType: session.linkType, twoThreads: number % 2 == 1,
                                                                 frames: frames) else { continue }
            let name = "\(number)-" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            guard FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data(input)) else {
                FileHandle.standardError.write(Data("\(folder): cannot write seeds\n".utf8))
                return 1
            }
            written += 1
        }
        print("\(written) seeds from \(captures.count) captures in \(folder)")
        return 0
    }

    private static func writeCapture(input path: String, to output: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
            return 1
        }
        return data.withUnsafeBytes { input -> Int32 in
            guard let linkType = FuzzFrames.linkType(input), let file = try? DumpFile(path: output, linkType: linkType) else {
                FileHandle.standardError.write(Data("\(output): cannot write an empty input's capture\n".utf8))
                return 1
            }
            FuzzFrames.forEachFrame(input) { header, bytes in
                bytes.withUnsafeBytes { file.write($0, timestamp: header.timestamp, wireLength: header.wireLength) }
            }
            return 0
        }
    }
}
