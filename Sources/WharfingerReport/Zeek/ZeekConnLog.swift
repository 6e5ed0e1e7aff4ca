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
    private var json = JSONWriter(capacity: 1024)
    public private(set) var written: UInt64 = 0
    /// A live capture's log is flushed about once a second.
    private var periodicFlush: PeriodicFlush

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

    /// The same uid, written as a JSON string.
    static func uid(_ identity: UInt64, into json: inout JSONWriter) {
        json.plainString { put in
            put(UInt8(ascii: "C"))
            base62(identity, put)
        }
    }

    /// 11 base-62 digits, most significant first (62^11 > 2^64).
    @inline(__always)
    static func base62(_ value: UInt64, _ put: (UInt8) -> Void) {
        let digits: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        var scale: UInt64 = 1
        for _ in 0..<10 { scale &*= 62 }  // 62^10
        var rest = value
        for _ in 0..<11 {
            put(digits.utf8Start[Int(rest / scale)])
            rest %= scale
            scale /= 62
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
    private func beginTSV(first: Timestamp, uid: UInt64, orig: Endpoint, resp: Endpoint, proto: String) {
        line.reset()
        let (seconds, micro) = Self.microseconds(first.totalNanoseconds)
        line.decimal(seconds, micro)
        line.uid(uid)
        line.address(orig.ip)
        line.number(orig.port)
        line.address(resp.ip)
        line.number(resp.port)
        line.text(proto)
    }

    private func beginJSON(first: Timestamp, uid: UInt64, orig: Endpoint, resp: Endpoint, proto: String) {
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
        beginTSV(first: flow.first, uid: flow.identity, orig: flow.client, resp: flow.server, proto: flow.transport.name)
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
        line.optional(exchange.map { ZeekExchangeWords.connState($0, of: flow) })
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
        line.optional(Self.portService(flow))
        line.end()
        out.write(line.bytes)
    }

    private func writeJSON(_ flow: Conversation) {
        let exchange = flow.exchange
        beginJSON(first: flow.first, uid: flow.identity, orig: flow.client, resp: flow.server, proto: flow.transport.name)
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

/// One TSV line of a Zeek log in a reusable buffer: tab-separated, `-` for unset. Values
/// are stored straight into the buffer, without a `String` or an array append per value:
/// a conn.log of a long capture writes millions of them.
final class ZeekLine {
    // Only the writing thread touches the line, one value at a time.
    @exclusivity(unchecked) private var line = ByteBuffer(capacity: 1024)
    private var first = true

    var count: Int { line.count }

    var bytes: UnsafeBufferPointer<UInt8> { line.written }

    func reset() {
        line.count = 0
        first = true
    }

    /// Room for `more` bytes (a line is a few hundred; a long escaped name may need more).
    @inline(__always)
    private func reserve(_ more: Int) { line.reserve(more) }

    @inline(__always)
    private func put(_ byte: UInt8) { line.put(byte) }

    private func separator() {
        reserve(64)
        if !first { put(0x09) }
        first = false
    }

    /// Text with Zeek's escapes for the separator, backslash and unprintable bytes.
    func text(_ value: String) {
        separator()
        if value.isEmpty {
            for byte in "(empty)".utf8 { put(byte) }
            return
        }
        var value = value
        value.withUTF8 { utf8 in
            reserve(utf8.count * 4)
            let hex: StaticString = "0123456789abcdef"
            for unit in utf8 {
                if unit == 0x09 || unit == UInt8(ascii: "\\") || unit < 0x20 || unit >= 0x7f {
                    put(UInt8(ascii: "\\")); put(UInt8(ascii: "x"))
                    put(hex.utf8Start[Int(unit >> 4)]); put(hex.utf8Start[Int(unit & 15)])
                } else {
                    put(unit)
                }
            }
        }
    }

    /// Zeek's bool: `T` or `F`.
    func bool(_ value: Bool) {
        separator()
        put(value ? UInt8(ascii: "T") : UInt8(ascii: "F"))
    }

    func optional(_ value: String?) {
        if let value { text(value) } else { unset() }
    }

    func unset() {
        separator()
        put(UInt8(ascii: "-"))
    }

    /// Zeek's `service`: the analyzers' names, comma-joined (unset when there are none).
    func service(_ recognised: RecognisedProtocols) {
        guard ZeekServiceNames.hasNames(recognised) else { return unset() }
        separator()
        ZeekServiceNames.forEachByte(recognised) { reserve(1); put($0) }
    }

    /// The history's letters (unset when there are none): plain ASCII, so no escapes.
    func history(_ history: ExchangeHistory, serverSentFirst: Bool) {
        guard history.count > 0 || serverSentFirst else { return unset() }
        separator()
        reserve(history.count + 1)
        ZeekExchangeWords.forEachHistoryByte(history, serverSentFirst: serverSentFirst) { put($0) }
    }

    func address(_ ip: IPAddress) {
        separator()
        reserve(IPAddress.longestText)
        line.append(most: IPAddress.longestText) {
            ip.write(into: UnsafeMutableBufferPointer(start: $0, count: IPAddress.longestText))
        }
    }

    func number<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        separator()
        digits(UInt64(value), width: 1)
    }

    /// `seconds.micro`, six decimals, as Zeek writes times and intervals.
    func decimal(_ seconds: Int64, _ micro: UInt64) {
        separator()
        if seconds < 0 { put(UInt8(ascii: "-")) }
        digits(seconds.magnitude, width: 1)
        put(UInt8(ascii: "."))
        digits(micro, width: 6)
    }

    /// A fraction with two decimals (a confidence), e.g. `0.99`.
    func hundredths(_ value: Double) {
        separator()
        let hundredths = UInt64((max(0, value) * 100).rounded())
        digits(hundredths / 100, width: 1)
        put(UInt8(ascii: "."))
        digits(hundredths % 100, width: 2)
    }

    /// A uid: "C" and the 11 base-62 digits of `identity`.
    func uid(_ identity: UInt64) {
        separator()
        put(UInt8(ascii: "C"))
        ZeekConnLog.base62(identity) { put($0) }
    }

    /// Decimal digits, zero-padded to `width` (at most 20 digits: a UInt64).
    private func digits(_ value: UInt64, width: Int) { line.digits(value, width: width) }

    func end() {
        reserve(1)
        put(0x0a)
    }
}
