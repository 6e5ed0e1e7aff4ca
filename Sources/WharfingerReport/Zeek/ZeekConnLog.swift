import Glibc
import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// Zeek's conn.log, written one connection at a time as connections end: Zeek's TSV
/// (with its `#separator`... `#types` header and `#close` footer) or its JSON lines.
/// The originator is Wharfinger's client. Wharfinger's own columns follow Zeek's, as
/// a Zeek script that extends the log would add them: `basis`, `confidence`, `detected`,
/// `port_service` (the registry's name for the server port).
public final class ZeekConnLog: FlowExporter {
    public enum Style: Sendable { case tsv, json }

    static let fields: [(name: StaticString, type: String)] = [
        ("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
        ("id.resp_h", "addr"), ("id.resp_p", "port"), ("proto", "enum"), ("service", "string"),
        ("duration", "interval"), ("orig_bytes", "count"), ("resp_bytes", "count"), ("conn_state", "string"),
        ("local_orig", "bool"), ("local_resp", "bool"), ("missed_bytes", "count"), ("history", "string"),
        ("orig_pkts", "count"), ("orig_ip_bytes", "count"), ("resp_pkts", "count"), ("resp_ip_bytes", "count"),
        ("tunnel_parents", "set[string]"),
        ("basis", "string"), ("confidence", "double"), ("detected", "bool"), ("port_service", "string"),
    ]

    public let style: Style
    /// Sets `local_orig`/`local_resp`; empty leaves them unset.
    public let localNetworks: LocalNetworks
    private let out: OutputStream
    private let line = ZeekLine()
    // Only the thread that ends flows writes the log: no access of these overlaps another.
    @exclusivity(unchecked) private var json = JSONWriter(capacity: 1024)
    @exclusivity(unchecked) public private(set) var written: UInt64 = 0
    /// A live capture's log is flushed about once a second.
    @exclusivity(unchecked) private var periodicFlush: PeriodicFlush

    public init(style: Style, to out: OutputStream, flushSeconds: Int? = nil, localNetworks: LocalNetworks = .init()) {
        self.style = style
        self.localNetworks = localNetworks
        self.out = out
        periodicFlush = PeriodicFlush(seconds: flushSeconds)
    }

    /// The TSV header (nothing for JSON), stamped with the wall-clock time as Zeek does.
    public func open() {
        guard style == .tsv else { return }
        var header = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
        header += "#open\t\(Self.wallClock())\n"
        header += "#fields\t" + Self.fields.map { "\($0.name)" }.joined(separator: "\t") + "\n"
        header += "#types\t" + Self.fields.map(\.type).joined(separator: "\t") + "\n"
        out.write(header)
    }

    /// The TSV footer; flushes either way.
    public func close() {
        if style == .tsv { out.write("#close\t\(Self.wallClock())\n") }
        out.flush()
    }

    public func flush() { out.flush() }

    public func flowEnded(_ flow: Conversation) {
        written &+= 1
        switch style {
        case .tsv: writeTSV(flow)
        case .json: writeJSON(flow)
        }
        periodicFlush.afterRecord(out)
    }

    /// Zeek logs a connection once, when it ends.
    public func flowActive(_ flow: Conversation) {}

    /// The tunnels carried in UDP, each a record of its own that the conversations inside
    /// name in `tunnel_parents` (written last: a tunnel ends with the capture).
    public func tunnelsEnded(_ tunnels: [TunnelRecord]) {
        for tunnel in tunnels {
            guard let record = ZeekTunnelRecord(tunnel) else { continue }
            written &+= 1
            switch style {
            case .tsv: writeTSV(record)
            case .json: writeJSON(record)
            }
        }
    }

    // MARK: - Values, as Zeek writes them

    /// "C" and 11 base-62 digits of the flow's identity (Zeek's uids are base 62 too).
    public static func uid(_ identity: UInt64) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "C")]
        base62(identity) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same uid, written as a JSON string (`ZeekUID`).
    static func uid(_ identity: UInt64, into json: inout JSONWriter) {
        json.plainString(most: ZeekUID.length) { ZeekUID.shared.write(identity, at: $0.baseAddress!) }
    }

    /// 11 base-62 digits, most significant first (62^11 > 2^64).
    @inline(__always)
    static func base62(_ value: UInt64, _ put: (UInt8) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { digits in
            base62(value, into: digits.baseAddress!)
            for digit in digits { put(digit) }
        }
    }

    /// The 11 digits stored at `start`, from the last (dividing by the constant 62, a
    /// multiplication, rather than by a power of it).
    @inline(__always)
    static func base62(_ value: UInt64, into start: UnsafeMutablePointer<UInt8>) {
        let digits: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        var rest = value
        for index in (0..<11).reversed() {
            start[index] = digits.utf8Start[Int(rest % 62)]
            rest /= 62
        }
    }

    /// Zeek's `proto`: its name of the transport.
    static func proto(_ transport: TransportProtocol) -> StaticString {
        switch transport {
        case .tcp: "tcp"
        case .udp: "udp"
        }
    }

    /// The registry's name for the server port, lower case as Zeek writes names.
    static func portService(_ flow: Conversation) -> String? {
        guard let name = flow.service else { return nil }
        // Registry names are nearly all lower case already: lower-case only those that are not.
        return name.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? name.lowercased() : name
    }

    /// Zeek's duration: from the first packet to the last one it counts (for TCP none after
    /// both sides closed), in nanoseconds.
    static func duration(_ flow: Conversation) -> Int64 {
        (flow.exchange?.lastCounted ?? flow.last).totalNanoseconds - flow.first.totalNanoseconds
    }

    private static func microseconds(_ nanoseconds: Int64) -> (Int64, UInt64) {
        let micro = nanoseconds / 1000
        return (micro / 1_000_000, UInt64(micro % 1_000_000))
    }

    /// The columns every record starts with, a conversation's or a tunnel's: `ts` to `proto`.
    private func beginTSV(first: Timestamp, uid: UInt64, orig: Endpoint, resp: Endpoint, proto: StaticString) {
        line.reset()
        let (seconds, micro) = Self.microseconds(first.totalNanoseconds)
        line.time(seconds, micro)
        line.uid(uid)
        line.address(orig.ip)
        line.number(orig.port)
        line.address(resp.ip)
        line.number(resp.port)
        line.word(proto)
    }

    private func beginJSON(first: Timestamp, uid: UInt64, orig: Endpoint, resp: Endpoint, proto: StaticString) {
        json.reset()
        json.beginObject()
        let (seconds, micro) = Self.microseconds(first.totalNanoseconds)
        json.key("ts"); json.decimal(seconds, fraction: micro, fractionDigits: 6)
        json.key("uid"); Self.uid(uid, into: &json)
        json.key("id.orig_h"); json.address(orig.ip)
        json.key("id.orig_p"); json.number(orig.port)
        json.key("id.resp_h"); json.address(resp.ip)
        json.key("id.resp_p"); json.number(resp.port)
        json.key("proto"); json.string(proto)
    }

    private func writeTSV(_ flow: Conversation) {
        let exchange = flow.exchange
        beginTSV(first: flow.first, uid: flow.identity, orig: flow.client, resp: flow.server, proto: Self.proto(flow.transport))
        line.service(flow.recognised)
        // Zeek sets duration and the byte counts only when the connection lasted.
        let duration = Self.duration(flow)
        if duration > 0 {
            let (s, us) = Self.microseconds(duration)
            line.decimal(s, us)
            line.number(exchange?.clientBytes ?? flow.toServer.payloadBytes)
            line.number(exchange?.serverBytes ?? flow.toClient.payloadBytes)
        } else {
            line.unset(); line.unset(); line.unset()
        }
        if let exchange { line.word(ZeekExchangeWords.connState(exchange, of: flow)) } else { line.unset() }
        if localNetworks.isEmpty {
            line.unset(); line.unset()
        } else {
            line.bool(localNetworks.contains(flow.client.ip))
            line.bool(localNetworks.contains(flow.server.ip))
        }
        line.number(exchange?.missedBytes ?? 0)
        if let exchange { line.history(exchange.history, serverSentFirst: flow.serverSentFirst) } else { line.unset() }
        line.number(flow.toServer.datagrams)
        line.number(flow.toServer.ipBytes)
        line.number(flow.toClient.datagrams)
        line.number(flow.toClient.ipBytes)
        if flow.tunnel == 0 { line.unset() } else { line.uid(ZeekTunnelRecord.identity(tunnel: flow.tunnel)) }
        line.text(flow.basis.rawValue)
        line.hundredths(flow.confidence)
        line.bool(flow.detectedProtocol != nil)
        if let name = flow.service { line.lowercasedText(name) } else { line.unset() }
        line.end()
        out.write(line.bytes)
    }

    private func writeJSON(_ flow: Conversation) {
        let exchange = flow.exchange
        beginJSON(first: flow.first, uid: flow.identity, orig: flow.client, resp: flow.server, proto: Self.proto(flow.transport))
        if ZeekServiceNames.hasNames(flow.recognised) {
            json.key("service")
            json.plainString { put in ZeekServiceNames.forEachByte(flow.recognised, put) }
        }
        let duration = Self.duration(flow)
        if duration > 0 {
            let (s, us) = Self.microseconds(duration)
            json.key("duration"); json.decimal(s, fraction: us, fractionDigits: 6)
            json.key("orig_bytes"); json.number(exchange?.clientBytes ?? flow.toServer.payloadBytes)
            json.key("resp_bytes"); json.number(exchange?.serverBytes ?? flow.toClient.payloadBytes)
        }
        if let exchange { json.key("conn_state"); json.string(ZeekExchangeWords.connState(exchange, of: flow)) }
        if !localNetworks.isEmpty {
            json.key("local_orig"); json.bool(localNetworks.contains(flow.client.ip))
            json.key("local_resp"); json.bool(localNetworks.contains(flow.server.ip))
        }
        json.key("missed_bytes"); json.number(exchange?.missedBytes ?? 0)
        if let exchange, exchange.history.count > 0 || flow.serverSentFirst {
            json.key("history")
            json.plainString { put in
                ZeekExchangeWords.forEachHistoryByte(exchange.history, serverSentFirst: flow.serverSentFirst, put)
            }
        }
        json.key("orig_pkts"); json.number(flow.toServer.datagrams)
        json.key("orig_ip_bytes"); json.number(flow.toServer.ipBytes)
        json.key("resp_pkts"); json.number(flow.toClient.datagrams)
        json.key("resp_ip_bytes"); json.number(flow.toClient.ipBytes)
        if flow.tunnel != 0 {
            json.key("tunnel_parents"); json.beginArray()
            Self.uid(ZeekTunnelRecord.identity(tunnel: flow.tunnel), into: &json); json.endArray()
        }
        json.key("basis"); json.string(flow.basis.rawValue)
        json.key("confidence"); json.decimal(flow.confidence, digits: 2)
        json.key("detected"); json.bool(flow.detectedProtocol != nil)
        if let portService = Self.portService(flow) { json.key("port_service"); json.string(portService) }
        json.endObject()
        json.newline()
        json.write(to: out)
    }

    private func writeTSV(_ tunnel: ZeekTunnelRecord) {
        beginTSV(first: tunnel.first, uid: tunnel.uid, orig: tunnel.orig, resp: tunnel.resp, proto: "udp")
        line.text(tunnel.service)
        if tunnel.duration > 0 {
            let (s, us) = Self.microseconds(tunnel.duration)
            line.decimal(s, us)
            line.number(tunnel.origPayload)
            line.number(tunnel.respPayload)
        } else {
            line.unset(); line.unset(); line.unset()
        }
        line.text(tunnel.connState)
        if localNetworks.isEmpty {
            line.unset(); line.unset()
        } else {
            line.bool(localNetworks.contains(tunnel.orig.ip))
            line.bool(localNetworks.contains(tunnel.resp.ip))
        }
        line.number(0 as UInt64)
        line.text(tunnel.history)
        line.number(tunnel.origSent.packets)
        line.number(tunnel.origSent.ipBytes)
        line.number(tunnel.respSent.packets)
        line.number(tunnel.respSent.ipBytes)
        line.unset()  // tunnel_parents
        line.unset()  // basis: no verdict is made on a tunnel's roles
        line.unset()  // confidence
        line.bool(false)
        line.unset()  // port_service
        line.end()
        out.write(line.bytes)
    }

    private func writeJSON(_ tunnel: ZeekTunnelRecord) {
        beginJSON(first: tunnel.first, uid: tunnel.uid, orig: tunnel.orig, resp: tunnel.resp, proto: "udp")
        json.key("service"); json.string(tunnel.service)
        if tunnel.duration > 0 {
            let (s, us) = Self.microseconds(tunnel.duration)
            json.key("duration"); json.decimal(s, fraction: us, fractionDigits: 6)
            json.key("orig_bytes"); json.number(tunnel.origPayload)
            json.key("resp_bytes"); json.number(tunnel.respPayload)
        }
        json.key("conn_state"); json.string(tunnel.connState)
        if !localNetworks.isEmpty {
            json.key("local_orig"); json.bool(localNetworks.contains(tunnel.orig.ip))
            json.key("local_resp"); json.bool(localNetworks.contains(tunnel.resp.ip))
        }
        json.key("missed_bytes"); json.number(0 as UInt64)
        json.key("history"); json.string(tunnel.history)
        json.key("orig_pkts"); json.number(tunnel.origSent.packets)
        json.key("orig_ip_bytes"); json.number(tunnel.origSent.ipBytes)
        json.key("resp_pkts"); json.number(tunnel.respSent.packets)
        json.key("resp_ip_bytes"); json.number(tunnel.respSent.ipBytes)
        json.key("detected"); json.bool(false)
        json.endObject()
        json.newline()
        json.write(to: out)
    }

    /// Zeek's `#open`/`#close` stamp: `2026-11-30-07-46-19`, in UTC.
    static func wallClock() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))-\(two(parts.tm_min))-\(two(parts.tm_sec))"
    }
}
