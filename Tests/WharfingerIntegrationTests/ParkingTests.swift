import Foundation
import Testing
import WharfingerCapture
import WharfingerWire

@testable import WharfingerAnalysis

/// What an analyzer hands its exporter, each conversation described whole, in order.
private final class Recorder: FlowExporter {
    var lines: [String] = []
    func flowEnded(_ flow: Conversation) { lines.append("ended \(flow)") }
    func flowActive(_ flow: Conversation) { lines.append("active \(flow)") }
    func tunnelsEnded(_ tunnels: [TunnelRecord]) {}
    func close() {}
}

@Suite("Parked flows")
struct ParkingTests {
    /// Everything a capture's analysis gives its outputs: each conversation the exporter
    /// saw while it went (ended, and still going every second), in order, then the final
    /// report's conversations and tables. With exchanges followed and reasons kept, as
    /// conn.log and the JSON report ask.
    private static func outputs(_ path: String, parkIdleAfter: Double?) -> [String]? {
        var configuration = AnalysisConfiguration()
        configuration.followsExchanges = true
        configuration.exportsReasons = true
        configuration.activeTimeout = 1
        configuration.parkIdleAfter = parkIdleAfter
        let sink = AnalyzingSink(configuration: configuration)
        let recorder = Recorder()
        sink.analyzer.exporter = recorder
        guard (try? CaptureFile.read(path, filter: nil, into: sink)) != nil else { return nil }
        let report = sink.analyzer.finish(frames: FrameLedger())
        return recorder.lines + Array(report.flows).map { "flow \($0)" } + Array(report.services).map { "service \($0)" }
            + ["\(report.unansweredProbes)", "\(report.scans)", "\(report.ambiguous)", "\(report.serverHosts)",
               "\(report.unexpected)", "\(report.verdictBases)", "\(report.timeline)",
               "\(report.flowCount) \(report.weakVerdictFlows) \(report.evictedFlows)"]
    }

    /// The bundled captures, and when ../shared is there every nDPI capture under 400 KB
    /// (hundreds of real conversations: long-lived, idle, tunnelled, ended every way).
    private static var captures: [String] {
        func files(_ folder: URL, under limit: Int) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().map { folder.appendingPathComponent($0).path }.filter {
                ($0.hasSuffix(".pcap") || $0.hasSuffix(".pcapng"))
                    && ((try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? .max) < limit
            }
        }
        return files(Paths.captures, under: .max) + (Paths.ndpiCorpusPresent ? files(Paths.ndpiCorpus, under: 400_000) : [])
    }

    @Test("parking every idle flow at once changes nothing any output sees")
    func parkingChangesNoOutput() {
        var compared = 0, conversations = 0
        for path in Self.captures {
            // Parked as soon as the clock moves past a flow's last packet: each flow is packed
            // and unpacked as often as it can be, by returning packets, idle timeouts, active
            // exports and the capture's end.
            guard let plain = Self.outputs(path, parkIdleAfter: nil),
                  let parked = Self.outputs(path, parkIdleAfter: 0) else { continue }
            // The first line that differs, not both outputs whole.
            let differs = parked.indices.first { $0 < plain.count && parked[$0] != plain[$0] }
            #expect(differs == nil && parked.count == plain.count,
                    "\(path): \(differs.map { "\(parked[$0])\n  where unparked:\n\(plain[$0])" } ?? "\(parked.count) lines, not \(plain.count)")")
            compared += 1
            conversations += plain.count { $0.hasPrefix("ended ") }
        }
        #expect(compared >= 20, "\(compared) captures")
        #expect(conversations >= 500, "\(conversations) conversations")
    }

    @Test("--park-after 0 and never write the same report and conn.log; a word but never is refused")
    func parkAfterOption() throws {
        // A scan's hundreds of probes, fragments counted with their datagrams, many servers.
        for name in ["connect-scan.pcap", "udp-fragments.pcap", "servers-by-host.pcap"] {
            for format in ["json", "zeek"] {
                let parked = try wharfinger("read", Paths.capture(name), "--format", format, "--park-after", "0")
                let unparked = try wharfinger("read", Paths.capture(name), "--format", format, "--park-after", "never")
                #expect(parked.status == 0 && unparked.status == 0, "\(parked.stderr) \(unparked.stderr)")
                // A conn.log's #open and #close lines carry the time of the run.
                func stable(_ text: String) -> [Substring] {
                    text.split(separator: "\n").filter { !$0.hasPrefix("#open") && !$0.hasPrefix("#close") }
                }
                #expect(stable(parked.stdout) == stable(unparked.stdout), "\(name) --format \(format)")
                #expect(parked.stdout.utf8.count > 1000, "\(name) --format \(format): \(parked.stdout.utf8.count) bytes")
            }
        }
        let bad = try wharfinger("read", Paths.capture("connect-scan.pcap"), "--park-after", "soon")
        #expect(bad.status == 64 && bad.stderr.contains("--park-after"), "\(bad.status) \(bad.stderr)")
    }

    /// The live flows of every bundled capture, read to its end.
    private static let live: [FlowState] = {
        var flows: [FlowState] = []
        for path in captures.prefix(while: { $0.hasPrefix(Paths.captures.path) }) {
            var configuration = AnalysisConfiguration()
            configuration.followsExchanges = true
            let sink = AnalyzingSink(configuration: configuration)
            guard (try? CaptureFile.read(path, filter: nil, into: sink)) != nil else { continue }
            flows += sink.analyzer.table.liveSlots().map { sink.analyzer.table.flow($0) }
        }
        return flows
    }()

    private func bytes(_ flow: FlowState) -> [UInt8] { withUnsafeBytes(of: flow) { Array($0) } }

    @Test("real flows come back from their cells exactly, and nearly all fit one")
    func cellsRoundTrip() {
        let cells = ParkedCells(capacity: Self.live.count)
        // A slot's whole stride, as the table's states are: a cell takes every word of it.
        let slot = UnsafeMutablePointer<FlowState>.allocate(capacity: 1)
        defer { slot.deallocate() }
        var parked = 0
        for flow in Self.live {
            slot.initialize(to: flow)
            slot.pointee.prev = 7
            slot.pointee.next = 1 << 30 | 9
            guard let cell = cells.park(slot) else { continue }
            parked += 1
            #expect(cells.last(cell) == flow.last && cells.first(cell) == flow.first && cells.hash(cell) == flow.hash
                && cells.next(cell) == 1 << 30 | 9 && cells.activeExports(cell) == flow.activeExports)
            #expect(bytes(cells.flow(cell)) == bytes(slot.pointee))
        }
        #expect(Self.live.count >= 100, "\(Self.live.count) flows")
        // IPv6 conversations with every counter in use take the most bytes.
        #expect(parked * 10 >= Self.live.count * 9, "\(parked) of \(Self.live.count) fit a cell")
        #expect(cells.count == parked)
    }

    @Test("words at their extremes come back exactly, as long as the room allows")
    func extremeWords() {
        let words = 30
        let blank = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 8)
        let value = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 8)
        let back = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 8)
        let out = UnsafeMutableRawPointer.allocate(byteCount: BytePackedWords.room(words: words), alignment: 8)
        defer { [blank, value, back, out].forEach { $0.deallocate() } }
        // xorshift64: the same words every run.
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        func random() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        for round in 0..<200 {
            for i in 0..<words {
                blank.storeBytes(of: random(), toByteOffset: i * 8, as: UInt64.self)
                // Equal, one bit off at either end, every bit off, or anything.
                let b = blank.load(fromByteOffset: i * 8, as: UInt64.self)
                let v: UInt64 = switch (round + i) % 5 {
                case 0: b
                case 1: b ^ 1
                case 2: b ^ (1 << 63)
                case 3: ~b
                default: random()
                }
                value.storeBytes(of: v, toByteOffset: i * 8, as: UInt64.self)
            }
            let length = BytePackedWords.write(value, blank: blank, words: words, to: out)
            #expect(length <= BytePackedWords.room(words: words) - 8)
            BytePackedWords.read(out, blank: blank, words: words, into: back)
            #expect(memcmp(value, back, words * 8) == 0, "round \(round)")
        }
    }
}
