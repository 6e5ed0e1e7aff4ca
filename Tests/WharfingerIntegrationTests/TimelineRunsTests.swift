import Foundation
import Testing
import WharfingerCapture

@testable import WharfingerAnalysis

/// The timeline's runs (`TimelineRuns`): a conversation whose service is certain (its
/// handshake, and an answer) is counted in its bins as it goes and holds one run, however
/// many bins it sends in; so a pool with a run per conversation, too small for a run per
/// bin, still gives the exact timeline. (A pool that ran out spread what it could not place
/// evenly over the bins: on the 1M-frame mix of ../shared/bench, 1.6% of the bytes, one
/// bin 59% off.)
@Suite(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"))
struct TimelineRunsTests {
    /// Captures of other people's whose every conversation is TCP with its handshake, many
    /// of them sending in dozens of bins.
    static let handshakeOnly = ["whatsapp.pcap", "opera-vpn.pcapng", "reddit.pcap"]

    private static func analyze(_ name: String, maxTimelineRuns: Int) throws -> AnalyzingSink {
        var configuration = AnalysisConfiguration()
        configuration.maxTimelineRuns = maxTimelineRuns
        let sink = AnalyzingSink(configuration: configuration)
        try CaptureFile.read(Paths.ndpiCorpus.appendingPathComponent(name).path, filter: nil, into: sink)
        return sink
    }

    @Test func certainConversationsHoldOneRun() throws {
        var certain = 0, multiBin = 0
        for name in Self.handshakeOnly {
            let analyzer = try Self.analyze(name, maxTimelineRuns: 1 << 18).analyzer
            for id in analyzer.table.liveSlots() {
                let flow = analyzer.table.flow(id)
                guard flow.placedServerSide != nil else { continue }
                certain += 1
                let runs = analyzer.timelineRuns.count(of: flow)
                #expect(runs <= 1, "\(name): \(flow.key.a) \(flow.key.b) holds \(runs) runs")
                if runs == 1 { multiBin += 1 }
            }
        }
        // The conversations still going when the captures end, most past their first bin.
        #expect(certain >= 100 && multiBin >= 100, "\(certain) certain, \(multiBin) past their first bin")
    }

    @Test(arguments: handshakeOnly)
    func aRunPerConversationKeepsTheTimelineExact(_ name: String) throws {
        let roomy = try Self.analyze(name, maxTimelineRuns: 1 << 18)
        let exact = roomy.analyzer.finish(frames: FrameLedger())
        let bins = exact.timeline.binCount
        #expect(bins >= 50, "\(name): \(bins) bins")
        let tight = try Self.analyze(name, maxTimelineRuns: exact.flowCount)
        let timeline = tight.analyzer.finish(frames: FrameLedger()).timeline
        #expect(tight.analyzer.timelineRuns.refused == 0, "\(name): \(tight.analyzer.timelineRuns.refused) runs refused")
        #expect(timeline.rows == exact.timeline.rows && timeline.binNanoseconds == exact.timeline.binNanoseconds,
                "\(name): \(timeline.rows) in bins of \(timeline.binNanoseconds) ns")
        // The first count that differs, not both timelines whole.
        let differs = exact.timeline.counts.indices.first {
            $0 >= timeline.counts.count || "\(timeline.counts[$0])" != "\(exact.timeline.counts[$0])"
        }
        #expect(differs == nil && timeline.counts.count == exact.timeline.counts.count,
                "\(name), with \(exact.flowCount) runs: \(differs.map { "count \($0) of \(exact.timeline.counts.count)" } ?? "\(timeline.counts.count) counts")")
    }
}
