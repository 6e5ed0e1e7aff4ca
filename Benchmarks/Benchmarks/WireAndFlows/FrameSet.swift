import WharfingerCapture
import WharfingerWire

/// Frames held in memory, back to back in one buffer, with their lengths and times:
/// what libpcap would hand over, without the file reading. Read once from a gen_pcap
/// capture (WHARFINGER_BENCH_PCAP, else /tmp/wharfinger-bench/mix-20000.pcap as
/// scripts/bench.sh leaves it), or built in code when there is none.
final class FrameSet {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int] = []
    private(set) var wireLengths: [Int] = []
    private(set) var timestamps: [Timestamp] = []
    private(set) var linkType = LinkType(rawValue: 1)
    private(set) var source = ""

    var count: Int { starts.count }

    /// Nanoseconds from the first frame to the last, plus one millisecond.
    var span: Int64 {
        guard let first = timestamps.first, let last = timestamps.last else { return 1_000_000 }
        return last.totalNanoseconds - first.totalNanoseconds + 1_000_000
    }

    static func load() -> FrameSet {
        let set = FrameSet()
        let environment = ProcessEnvironment.value("WHARFINGER_BENCH_PCAP")
        let path = environment ?? "/tmp/wharfinger-bench/mix-20000.pcap"
        if set.load(path, limit: 20_000) {
            set.source = path
        } else {
            set.synthesize(flows: 2_000)
            set.source = "built-in mix"
        }
        return set
    }

    private func load(_ path: String, limit: Int) -> Bool {
        guard let session = try? CaptureSession.openFile(path) else { return false }
        linkType = session.linkType
        while count < limit, (try? session.dispatch(limit: Int32(limit - count), { header, span in
            append(span, wireLength: header.wireLength, timestamp: header.timestamp)
        })) ?? nil != nil {}
        return count > 0
    }

    private func append(_ span: borrowing RawSpan, wireLength: Int, timestamp: Timestamp) {
        starts.append(bytes.count)
        lengths.append(span.byteCount)
        wireLengths.append(wireLength)
        timestamps.append(timestamp)
        span.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    private func append(_ frame: [UInt8], at nanoseconds: Int64) {
        starts.append(bytes.count)
        lengths.append(frame.count)
        wireLengths.append(frame.count)
        timestamps.append(Timestamp(seconds: nanoseconds / 1_000_000_000,
                                    nanoseconds: UInt32(nanoseconds % 1_000_000_000)))
        bytes.append(contentsOf: frame)
    }

    /// The same frames, each inside outer Ethernet, IPv4, UDP and VXLAN headers (VNI 42, two
    /// VTEPs): what a capture on a hypervisor's underlay holds.
    func wrappedInVXLAN() -> FrameSet {
        let set = FrameSet()
        set.source = source + " in VXLAN"
        for i in 0..<count {
            let inner = Array(bytes[starts[i] ..< starts[i] + lengths[i]])
            let total = 20 + 8 + 8 + inner.count
            var outer: [UInt8] = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]
            outer += [0x45, 0, UInt8(total >> 8), UInt8(total & 0xff), 0, 0, 0x40, 0, 64, 17, 0, 0,
                      10, 99, 0, 1, 10, 99, 0, 2]
            let sport = UInt16(49152 + i % 64)
            outer += [UInt8(sport >> 8), UInt8(sport & 0xff), 0x12, 0xb5,
                      UInt8((total - 20) >> 8), UInt8((total - 20) & 0xff), 0, 0]
            outer += [0x08, 0, 0, 0, 0, 0, 42, 0]
            set.append(outer + inner, at: timestamps[i].totalNanoseconds)
        }
        return set
    }

    /// Calls `body` with frame `i` as libpcap would hand it over.
    @inline(__always)
    func withFrame<R>(_ i: Int, _ body: (borrowing RawSpan, Int, Timestamp) -> R) -> R {
        bytes.withUnsafeBytes { all in
            let frame = UnsafeRawBufferPointer(rebasing: all[starts[i] ..< starts[i] + lengths[i]])
            return body(RawSpan(_unsafeBytes: frame), wireLengths[i], timestamps[i])
        }
    }

    // MARK: - A built-in mix, when there is no capture

    /// TCP conversations with handshake, data and FIN (some over IPv6, some VLAN-tagged),
    /// DNS over UDP, and ARP, interleaved.
    private func synthesize(flows: Int) {
        var time: Int64 = 1_795_219_200_000_000_000
        for f in 0..<flows {
            let v6 = f % 4 == 0, vlan = f % 10 == 0
            let client = UInt16(32768 + f % 28000), server: UInt16 = [443, 80, 22, 5432][f % 4]
            if f % 5 == 4 {
                append(udp(v6: v6, vlan: vlan, host: f, sport: client, dport: 53, payload: 40, reply: false), at: time)
                append(udp(v6: v6, vlan: vlan, host: f, sport: 53, dport: client, payload: 90, reply: true), at: time + 20_000)
            } else {
                let exchange: [(UInt8, Int, Bool)] = [(0x02, 0, false), (0x12, 0, true), (0x10, 0, false),
                                                      (0x18, 300, false), (0x10, 1400, true), (0x10, 1400, true),
                                                      (0x10, 0, false), (0x11, 0, false), (0x11, 0, true)]
                for (k, (flags, payload, reply)) in exchange.enumerated() {
                    append(tcp(v6: v6, vlan: vlan, host: f, sport: reply ? server : client, dport: reply ? client : server,
                               flags: flags, payload: payload, reply: reply), at: time + Int64(k) * 50_000)
                }
            }
            if f % 50 == 0 { append(arp(), at: time) }
            time += 150_000
        }
    }

    private func ethernet(vlan: Bool, type: UInt16) -> [UInt8] {
        var b: [UInt8] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
        if vlan { b += [0x81, 0x00, 0x00, 0x0a] }
        return b + [UInt8(type >> 8), UInt8(type & 0xff)]
    }

    private func ip(v6: Bool, host: Int, proto: UInt8, payloadLength: Int, reply: Bool) -> [UInt8] {
        if v6 {
            var h: [UInt8] = [0x60, 0, 0, 0, UInt8(payloadLength >> 8), UInt8(payloadLength & 0xff), proto, 64]
            let a: [UInt8] = [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 10) + [UInt8(host >> 8), UInt8(host & 0xff)]
            let b: [UInt8] = [0x20, 0x01, 0x0d, 0xb8, 0, 0xff] + [UInt8](repeating: 0, count: 9) + [1]
            h += reply ? b + a : a + b
            return h
        }
        let total = 20 + payloadLength
        var h: [UInt8] = [0x45, 0, UInt8(total >> 8), UInt8(total & 0xff), 0, 0, 0x40, 0, 64, proto, 0, 0]
        let a: [UInt8] = [10, 1, UInt8(host >> 8), UInt8(host & 0xff)], b: [UInt8] = [198, 18, 0, 1]
        h += reply ? b + a : a + b
        return h
    }

    private func tcp(v6: Bool, vlan: Bool, host: Int, sport: UInt16, dport: UInt16, flags: UInt8, payload: Int,
                     reply: Bool) -> [UInt8] {
        var t: [UInt8] = [UInt8(sport >> 8), UInt8(sport & 0xff), UInt8(dport >> 8), UInt8(dport & 0xff),
                          0, 0, 0x10, 0, 0, 0, 0x20, 0, 0x50, flags, 0xff, 0xff, 0, 0, 0, 0]
        t += [UInt8](repeating: 0x41, count: payload)
        return ethernet(vlan: vlan, type: v6 ? 0x86dd : 0x0800)
            + ip(v6: v6, host: host, proto: 6, payloadLength: t.count, reply: reply) + t
    }

    private func udp(v6: Bool, vlan: Bool, host: Int, sport: UInt16, dport: UInt16, payload: Int, reply: Bool) -> [UInt8] {
        let length = 8 + payload
        var u: [UInt8] = [UInt8(sport >> 8), UInt8(sport & 0xff), UInt8(dport >> 8), UInt8(dport & 0xff),
                          UInt8(length >> 8), UInt8(length & 0xff), 0, 0]
        u += [0x12, 0x34, reply ? 0x81 : 0x01, 0x00, 0, 1, 0, reply ? 1 : 0, 0, 0, 0, 0]
        u += [UInt8](repeating: 0x61, count: payload - 12)
        return ethernet(vlan: vlan, type: v6 ? 0x86dd : 0x0800)
            + ip(v6: v6, host: host, proto: 17, payloadLength: u.count, reply: reply) + u
    }

    private func arp() -> [UInt8] {
        ethernet(vlan: false, type: 0x0806) + [0, 1, 8, 0, 6, 4, 0, 1] + [UInt8](repeating: 0, count: 20)
    }
}

enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
