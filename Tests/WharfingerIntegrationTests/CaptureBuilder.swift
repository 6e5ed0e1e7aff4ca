import Foundation
import WharfingerCapture
import WharfingerWire

/// Crafts Ethernet frames for scenario captures and writes them through libpcap, for the
/// cases real programs cannot produce on demand (reordering, lost handshakes, floods).
struct CaptureBuilder {
    enum Fragment { case none, first(id: UInt32), later(id: UInt32, offset: UInt16) }

    private(set) var frames: [[UInt8]] = []
    private(set) var times: [Timestamp] = []
    private var nanoseconds: Int64 = 1_795_219_200 * 1_000_000_000
    /// Gap between frames.
    var step: Int64 = 1_000_000

    /// `flags` in tcpdump letters: "S", "S.", ".", "P.", "F.", "R", "R.".
    mutating func tcp(_ from: String, _ to: String, _ flags: String, seq: UInt32 = 0, ack: UInt32 = 0,
                      payload: [UInt8] = [], hopByHop: Bool = false) {
        var bits: UInt8 = 0
        for letter in flags {
            switch letter {
            case "F": bits |= 0x01
            case "S": bits |= 0x02
            case "R": bits |= 0x04
            case "P": bits |= 0x08
            case ".": bits |= 0x10
            default: fatalError("flag \(letter)")
            }
        }
        let (src, sport) = Self.endpoint(from), (dst, dport) = Self.endpoint(to)
        var segment = Self.be16(sport) + Self.be16(dport) + Self.be32(seq) + Self.be32(ack)
        segment += [0x50, bits, 0xff, 0xff, 0, 0, 0, 0]
        add(ip(src, dst, proto: 6, body: segment + payload, hopByHop: hopByHop, fragment: .none))
    }

    mutating func udp(_ from: String, _ to: String, payload: [UInt8], hopByHop: Bool = false,
                      fragment: Fragment = .none, datagramLength: Int? = nil) {
        let (src, sport) = Self.endpoint(from), (dst, dport) = Self.endpoint(to)
        let length = UInt16(datagramLength ?? (8 + payload.count))
        let header = Self.be16(sport) + Self.be16(dport) + Self.be16(length) + [0, 0]
        add(ip(src, dst, proto: 17, body: header + payload, hopByHop: hopByHop, fragment: fragment))
    }

    /// A later fragment: no transport header, only data.
    mutating func laterFragment(_ from: String, _ to: String, proto: UInt8, id: UInt32, offset: UInt16, data: [UInt8]) {
        let (src, _) = Self.endpoint(from), (dst, _) = Self.endpoint(to)
        add(ip(src, dst, proto: proto, body: data, hopByHop: false, fragment: .later(id: id, offset: offset)))
    }

    private mutating func add(_ packet: (type: UInt16, bytes: [UInt8])) {
        frames.append([0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1] + Self.be16(packet.type) + packet.bytes)
        times.append(Timestamp(seconds: nanoseconds / 1_000_000_000,
                               nanoseconds: UInt32(nanoseconds % 1_000_000_000)))
        nanoseconds += step
    }

    private func ip(_ src: IPAddress, _ dst: IPAddress, proto: UInt8, body: [UInt8], hopByHop: Bool,
                    fragment: Fragment) -> (type: UInt16, bytes: [UInt8]) {
        if !src.isIPv6 {
            var fragmentField: UInt16 = 0
            var id: UInt16 = 1
            switch fragment {
            case .none: break
            case .first(let i): fragmentField = 0x2000; id = UInt16(truncatingIfNeeded: i)
            case .later(let i, let offset): fragmentField = offset / 8; id = UInt16(truncatingIfNeeded: i)
            }
            let header: [UInt8] = [0x45, 0] + Self.be16(UInt16(20 + body.count)) + Self.be16(id)
                + Self.be16(fragmentField) + [64, proto, 0, 0] + Self.be32(src.ipv4Value) + Self.be32(dst.ipv4Value)
            return (0x0800, header + body)
        }
        var extensions: [UInt8] = []
        var next = proto
        switch fragment {
        case .none: break
        case .first(let i): extensions = [next, 0] + Self.be16(0x0001) + Self.be32(i); next = 44
        case .later(let i, let offset): extensions = [next, 0] + Self.be16(offset) + Self.be32(i); next = 44
        }
        if hopByHop {
            extensions = [next, 0, 1, 4, 0, 0, 0, 0] + extensions  // PadN option
            next = 0
        }
        let payload = extensions + body
        var header: [UInt8] = [0x60, 0, 0, 0] + Self.be16(UInt16(payload.count)) + [next, 64]
        header += Self.be64(src.high) + Self.be64(src.low) + Self.be64(dst.high) + Self.be64(dst.low)
        return (0x86dd, header + payload)
    }

    /// Writes the frames through libpcap and returns the path. Each call gets its own file:
    /// the cases of a parameterized test run in parallel and may share a name.
    func write(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-scenarios-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(name)-\(UUID().uuidString).pcap").path
        let file = try DumpFile(path: path, linkType: .ethernet)
        for (frame, time) in zip(frames, times) {
            frame.withUnsafeBytes { file.write($0, timestamp: time) }
        }
        return path
    }

    /// "10.0.0.1:80" or "[2001:db8::1]:443".
    static func endpoint(_ text: String) -> (IPAddress, UInt16) {
        let split = text.lastIndex(of: ":")!
        var host = String(text[..<split])
        if host.hasPrefix("[") { host = String(host.dropFirst().dropLast()) }
        return (IPAddress(host)!, UInt16(text[text.index(after: split)...])!)
    }

    static func be16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xff)] }
    static func be32(_ v: UInt32) -> [UInt8] { be16(UInt16(v >> 16)) + be16(UInt16(v & 0xffff)) }
    static func be64(_ v: UInt64) -> [UInt8] { be32(UInt32(v >> 32)) + be32(UInt32(v & 0xffff_ffff)) }
}

/// The JSON report of `wharfinger read`, parsed for assertions.
struct Report {
    let json: [String: Any]

    init(_ path: String, _ extra: [String] = []) throws {
        let result = try wharfinger(arguments: ["read", path, "--format", "json"] + extra)
        guard result.status == 0 else { throw ReportError.failed(result.stderr) }
        json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    enum ReportError: Error { case failed(String) }

    var flows: [Flow] { (json["flows"] as? [[String: Any]] ?? []).map(Flow.init) }
    var ambiguous: [Flow] { (json["ambiguous"] as? [[String: Any]] ?? []).map(Flow.init) }
    var services: [[String: Any]] { json["services"] as? [[String: Any]] ?? [] }
    var frames: [String: Int] { json["frames"] as? [String: Int] ?? [:] }
    /// Later fragments counted in their conversation's packets (their outcome stays `fragment`).
    var fragmentsInConversations: Int { json["fragments_in_conversations"] as? Int ?? 0 }
    /// Frames that joined no conversation: every outcome but TCP and UDP, less the later
    /// fragments that did.
    var framesOutsideConversations: Int {
        frames.filter { !["tcp", "udp", "total"].contains($0.key) }.values.reduce(0, +) - fragmentsInConversations
    }

    /// The flow whose server is `server` ("ip:port"), if exactly one.
    func flow(server: String) -> Flow? {
        let matches = flows.filter { $0.server == server }
        return matches.count == 1 ? matches[0] : nil
    }

    func service(_ proto: String, _ port: Int) -> [String: Any]? {
        services.first { $0["proto"] as? String == proto && $0["port"] as? Int == port }
    }

    /// Packets in every service and in the unanswered probes (which reached no service),
    /// both directions: every packet of a flow.
    var packetsAccounted: Int {
        func packets(_ o: [String: Any], _ key: String) -> Int { (o[key] as? [String: Int])?["packets"] ?? 0 }
        let probes = json["unanswered_probes"] as? [[String: Any]] ?? []
        return services.reduce(0) { $0 + packets($1, "to_server") + packets($1, "to_client") }
            + probes.reduce(0) { $0 + packets($1, "sent") + packets($1, "returned") }
    }
}

struct Flow {
    let raw: [String: Any]
    init(_ raw: [String: Any]) { self.raw = raw }

    private func endpoint(_ key: String) -> String {
        let e = raw[key] as? [String: Any] ?? [:]
        let ip = e["ip"] as? String ?? "?"
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(e["port"] as? Int ?? -1)"
    }
    var client: String { endpoint("client") }
    var server: String { endpoint("server") }
    var basis: String { raw["basis"] as? String ?? "" }
    var confidence: Double { raw["confidence"] as? Double ?? 0 }
    var evidence: [String] { raw["evidence"] as? [String] ?? [] }
    var service: String? { raw["service"] as? String }
    var end: String { raw["end"] as? String ?? "" }
    var proto: String { raw["proto"] as? String ?? "" }
    func packets(_ direction: String) -> Int { (raw[direction] as? [String: Int])?["packets"] ?? -1 }
    func payload(_ direction: String) -> Int { (raw[direction] as? [String: Int])?["payload_bytes"] ?? -1 }
    func mentions(_ text: String) -> Bool { evidence.contains { $0.localizedCaseInsensitiveContains(text) } }
}
