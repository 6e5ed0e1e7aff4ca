import Testing
import WharfingerServices
import WharfingerWire
import WharfingerAnalysis
import Foundation

/// Opt-in throughput check: `WHARFINGER_PERF=1 swift test -c release -Xswiftc -enable-testing
/// --filter perfTenMillion`. 10M packets over 50k flows touched in random order (a worst case
/// for caches); prints ns per packet. It asserts only that every packet is counted.
@Test(.enabled(if: ProcessInfo.processInfo.environment["WHARFINGER_PERF"] != nil))
func perfTenMillion() {
    let analyzer = ConnectionAnalyzer(configuration: .init(keepFlowRecords: false))
    var frame = DecodedFrame()
    frame.ipVersion = 4
    frame.hasPorts = true
    let payload: [UInt8] = Array(repeating: 0x41, count: 64)
    let n = 10_000_000
    let flows = 50_000
    let start = Date()
    payload.withUnsafeBytes { raw in
        let span = RawSpan(_unsafeBytes: raw)
        for i in 0..<n {
            let f = (i &* 2654435761) % flows
            let reverse = i & 1 == 1
            let client = IPAddress(ipv4: 0x0A00_0000 | UInt32(f)), server = IPAddress(ipv4: 0xC0A8_0001 + UInt32(f % 16))
            let cport = UInt16(40000 + f % 20000), sport: UInt16 = f % 3 == 0 ? 53 : 443
            frame.outcome = f % 3 == 0 ? .udp : .tcp
            frame.src = reverse ? server : client
            frame.dst = reverse ? client : server
            frame.srcPort = reverse ? sport : cport
            frame.dstPort = reverse ? cport : sport
            frame.tcpFlags = [.ack]
            frame.payloadLength = i % 4 == 0 ? 64 : 0
            analyzer.observe(frame, payload: span, timestamp: Timestamp(seconds: 1_700_000_000 + Int64(i / 100_000), nanoseconds: UInt32(i % 100_000) * 10_000),
                             wireLength: 118, capturedLength: 118)
        }
    }
    let elapsed = Date().timeIntervalSince(start)
    let report = analyzer.finish()
    #expect(report.packetsInServices == UInt64(n))
    print("PERF: \(n) packets in \(elapsed) s = \(elapsed / Double(n) * 1e9) ns/packet; flows \(report.flowCount) services \(report.services.count) total \(Date().timeIntervalSince(start))")
}
