import Foundation
import Testing
import WharfingerCapture
import WharfingerWire

/// Every file of tcpdump's test corpus: read as `wharfinger read` reads it (`CaptureFile.read`),
/// decoded frame by frame, no crash or hang, and the outcome counts add up to the records
/// capinfos counted.
@Suite(.enabled(if: Paths.corpusPresent, "../shared/corpus is not beside the repo"))
struct CorpusRobustnessTests {
    struct IndexRow {
        var file: String
        var linkType: String
        var records: Int
    }

    static func index() throws -> [IndexRow] {
        let text = try String(contentsOf: Paths.corpusIndex, encoding: .utf8)
        var lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let header = lines.removeFirst().map(String.init)
        let file = header.firstIndex(of: "file")!, link = header.firstIndex(of: "linktype")!
        let frames = header.firstIndex(of: "capinfos_frames")!
        return lines.map { IndexRow(file: String($0[file]), linkType: String($0[link]), records: Int($0[frames]) ?? -1) }
    }

    @Test func everyFileDecodesAndCountsReconcile() throws {
        var decodedFiles = 0, unsupported = 0, frames = 0
        var outcomes = OutcomeCounts()
        for row in try Self.index() {
            let path = Paths.corpus.appendingPathComponent(row.file).path
            // As `wharfinger read` reads it: libpcap, or the block reader for a pcapng file libpcap refuses.
            let sink = DecodingSink()
            do {
                try CaptureFile.read(path, filter: nil, into: sink)
            } catch .unsupportedLinkType {
                unsupported += 1
                continue
            } catch .cutShort {
                // A file cut short mid-record still counts what came before.
            } catch {
                Issue.record("\(row.file): \(error.message)")
            }
            var counts = OutcomeCounts()
            for (number, frame) in sink.frames.enumerated() {
                counts.add(frame.outcome)
                if frame.outcome == .truncated || frame.outcome == .malformed {
                    #expect(frame.stop != nil, "\(row.file) frame \(number + 1): no reason")
                }
            }
            let delivered = sink.frames.count
            #expect(counts.total == UInt64(delivered), "\(row.file)")
            if row.records >= 0 {
                #expect(delivered == row.records, "\(row.file): delivered \(delivered), capinfos counted \(row.records)")
            }
            outcomes.merge(counts)
            frames += delivered
            decodedFiles += 1
        }
        #expect(decodedFiles > 500)
        #expect(outcomes.total == UInt64(frames))
        #expect(outcomes[.tcp] > 1000 && outcomes[.udp] > 1000)
        #expect(unsupported > 0)
    }
}
