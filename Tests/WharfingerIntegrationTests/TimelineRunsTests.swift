import Foundation
import Testing
import WharfingerCapture

@testable import WharfingerAnalysis
@testable import WharfingerReport

/// The timeline's runs (`TimelineRuns`): a conversation whose service is certain (its
/// handshake, and an answer) is counted in its bins as it goes and holds one run, however
/// many bins it sends in; so a pool with a run per conversation, too small for a run per
/// bin, still gives the exact timeline. (A pool that ran out spread what it could not place
/// evenly over the bins: on the 1M-frame mix of ../shared/bench, 1.6% of the bytes, one
/// bin 59% off.)
@Suite(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"))
struct TimelineRunsTests {
    /// Captures of other people's whose every conversation is TCP with its handshake, many
    /// of them sending in dozens of bins (whatsapp.pcap holds the clients' side alone: its
    /// conversations are not certain and keep a run per bin, each in one or two bins).
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

    /// Where the pool runs out all the same (conversations whose service is not yet
    /// certain, such as a voice call's UDP streams, keep a run per bin), what is spread over
    /// bins is said, in the JSON report's `timeline.spread` and the HTML page's chart; the
    /// sums stay exact.
    @Test(arguments: ["wa_voice.pcap", "bittorrent.pcap"])
    func whatIsSpreadIsSaid(_ name: String) throws {
        let exactReport = try Self.analyze(name, maxTimelineRuns: 1 << 18).analyzer.finish(frames: FrameLedger())
        let tightReport = try Self.analyze(name, maxTimelineRuns: 2).analyzer.finish(frames: FrameLedger())
        let exact = exactReport.timeline, tight = tightReport.timeline
        #expect(exact.spread.isZero, "\(name): \(exact.spread)")
        func total(_ timeline: Timeline) -> TimelineCounts {
            var sum = TimelineCounts()
            for row in timeline.rows.indices { sum.add(timeline.total(row: row)) }
            return sum
        }
        let all = total(exact), spread = tight.spread
        #expect("\(total(tight))" == "\(all)", "\(name): the sums")
        #expect(spread.toServerBytes &+ spread.toClientBytes > 0, "\(name): nothing spread with a pool of 2 runs")
        #expect(spread.toServerBytes <= all.toServerBytes && spread.toClientBytes <= all.toClientBytes, "\(name): \(spread)")
        func json(_ timeline: Timeline) -> String {
            var json = JSONWriter(capacity: 64)
            json.beginObject()
            TimelineJSON.write(timeline, into: &json)
            json.endObject()
            return String(decoding: json.bytes, as: UTF8.self)
        }
        let packets = spread.toServerPackets + spread.toClientPackets, bytes = spread.toServerBytes + spread.toClientBytes
        #expect(json(tight).hasSuffix("\"spread\":{\"packets\":\(packets),\"bytes\":\(bytes)}}}"), "\(name)")
        #expect(!json(exact).contains("spread"), "\(name)")
        let said = "of the bytes are spread evenly over the bins their conversations spanned"
        #expect(HTMLReport(report: tightReport, sources: [name]).page.contains(said), "\(name)")
        #expect(!HTMLReport(report: exactReport, sources: [name]).page.contains(said), "\(name)")
    }
}
