import Glibc
import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// Zeek's conn.log, written one connection at a time as connections end: Zeek's TSV
/// (with its `#separator`... `#types` header and `#close` footer) or its JSON lines.
/// The originator is Wharfinger's client. Wharfinger's own columns follow Zeek's, as
/// a Zeek script that extends the log would add them: `basis`, `confidence`, `detected`.
public final class ZeekConnLog: FlowExporter {
    public enum Style: Sendable { case tsv, json }

    static let fields: [(name: StaticString, type: String)] = [
        ("ts", "time"), ("uid", "string"), ("id.orig_h", "addr"), ("id.orig_p", "port"),
        ("id.resp_h", "addr"), ("id.resp_p", "port"), ("proto", "enum"), ("service", "string"),
        ("duration", "interval"), ("orig_bytes", "count"), ("resp_bytes", "count"), ("conn_state", "string"),
        ("local_orig", "bool"), ("local_resp", "bool"), ("missed_bytes", "count"), ("history", "string"),
        ("orig_pkts", "count"), ("orig_ip_bytes", "count"), ("resp_pkts", "count"), ("resp_ip_bytes", "count"),
        ("tunnel_parents", "set[string]"),
        ("basis", "string"), ("confidence", "double"), ("detected", "bool"),
    ]

    public let style: Style
    private let out: OutputStream
    private var line = ZeekLine()
    private var json = JSONWriter(capacity: 1024)
    public private(set) var written: UInt64 = 0
    /// A live capture's log is flushed when a record comes this many seconds after the
    /// last flush, so a `tail -f` sees connections soon after they end.
    private let flushSeconds: Int?
    private var lastFlush = time(nil)

    public init(style: Style, to out: OutputStream, flushSeconds: Int? = nil) {
        self.style = style
        self.out = out
        self.flushSeconds = flushSeconds
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

    public func flowEnded(_ flow: EndedFlow) {
        written &+= 1
        switch style {
        case .tsv: writeTSV(flow)
        case .json: writeJSON(flow)
        }
        if let flushSeconds {
            let now = time(nil)
            if now - lastFlush >= flushSeconds {
                out.flush()
                lastFlush = now
            }
        }
    }

    /// Zeek logs a connection once, when it ends.
    public func flowActive(_ flow: EndedFlow) {}

    // MARK: - Values, as Zeek writes them

    /// "C" and 11 base-62 digits of the flow's identity (Zeek's uids are base 62 too).
    public static func uid(_ identity: UInt64) -> String {
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        var value = identity
        var bytes = [UInt8](repeating: 0, count: 12)
        bytes[0] = UInt8(ascii: "C")
        for index in stride(from: 11, through: 1, by: -1) {
            bytes[index] = digits[Int(value % 62)]
            value /= 62
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The service: what a payload showed, else the server port's registered name.
    static func service(_ flow: EndedFlow) -> String? {
        (flow.detectedProtocol ?? flow.service)?.lowercased()
    }

    /// Zeek sets duration and the byte counts only when the connection lasted.
    static func lasted(_ flow: EndedFlow) -> Bool { flow.last.totalNanoseconds > flow.first.totalNanoseconds }

    private static func microseconds(_ nanoseconds: Int64) -> (Int64, UInt64) {
        let micro = nanoseconds / 1000
        return (micro / 1_000_000, UInt64(micro % 1_000_000))
    }

    private func writeTSV(_ flow: EndedFlow) {
        line.reset()
        let exchange = flow.exchange
        let (seconds, micro) = Self.microseconds(flow.first.totalNanoseconds)
        line.decimal(seconds, micro)
        line.text(Self.uid(flow.identity))
        line.text(flow.client.ip.description)
        line.number(flow.client.port)
        line.text(flow.server.ip.description)
        line.number(flow.server.port)
        line.text(flow.transport.name)
        line.optional(Self.service(flow))
        if Self.lasted(flow) {
            let (s, us) = Self.microseconds(flow.last.totalNanoseconds - flow.first.totalNanoseconds)
            line.decimal(s, us)
            line.number(exchange?.clientBytes ?? flow.toServer.payloadBytes)
            line.number(exchange?.serverBytes ?? flow.toClient.payloadBytes)
        } else {
            line.unset(); line.unset(); line.unset()
        }
        line.optional(exchange?.state)
        line.unset()  // local_orig: no local networks given
        line.unset()  // local_resp
        line.number(exchange?.missedBytes ?? 0)
        line.optional(exchange.flatMap { $0.history.isEmpty ? nil : $0.history })
        line.number(flow.toServer.packets)
        line.number(flow.toServer.ipBytes)
        line.number(flow.toClient.packets)
        line.number(flow.toClient.ipBytes)
        line.optional(flow.tunnel == 0 ? nil : TunnelRecord.name(flow.tunnel))
        line.text(flow.basis.rawValue)
        line.text(decimalText(flow.confidence, digits: 2))
        line.text(flow.detectedProtocol != nil ? "T" : "F")
        line.end()
        out.write(line.bytes)
    }

    private func writeJSON(_ flow: EndedFlow) {
        json.reset()
        let exchange = flow.exchange
        json.beginObject()
        let (seconds, micro) = Self.microseconds(flow.first.totalNanoseconds)
        json.key("ts"); json.decimal(seconds, fraction: micro, fractionDigits: 6)
        json.key("uid"); json.string(Self.uid(flow.identity))
        json.key("id.orig_h"); json.string(flow.client.ip.description)
        json.key("id.orig_p"); json.number(flow.client.port)
        json.key("id.resp_h"); json.string(flow.server.ip.description)
        json.key("id.resp_p"); json.number(flow.server.port)
        json.key("proto"); json.string(flow.transport.name)
        if let service = Self.service(flow) { json.key("service"); json.string(service) }
        if Self.lasted(flow) {
            let (s, us) = Self.microseconds(flow.last.totalNanoseconds - flow.first.totalNanoseconds)
            json.key("duration"); json.decimal(s, fraction: us, fractionDigits: 6)
            json.key("orig_bytes"); json.number(exchange?.clientBytes ?? flow.toServer.payloadBytes)
            json.key("resp_bytes"); json.number(exchange?.serverBytes ?? flow.toClient.payloadBytes)
        }
        if let state = exchange?.state { json.key("conn_state"); json.string(state) }
        json.key("missed_bytes"); json.number(exchange?.missedBytes ?? 0)
        if let history = exchange?.history, !history.isEmpty { json.key("history"); json.string(history) }
        json.key("orig_pkts"); json.number(flow.toServer.packets)
        json.key("orig_ip_bytes"); json.number(flow.toServer.ipBytes)
        json.key("resp_pkts"); json.number(flow.toClient.packets)
        json.key("resp_ip_bytes"); json.number(flow.toClient.ipBytes)
        if flow.tunnel != 0 {
            json.key("tunnel_parents"); json.beginArray(); json.string(TunnelRecord.name(flow.tunnel)); json.endArray()
        }
        json.key("basis"); json.string(flow.basis.rawValue)
        json.key("confidence"); json.raw(decimalText(flow.confidence, digits: 2))
        json.key("detected"); json.bool(flow.detectedProtocol != nil)
        json.endObject()
        json.newline()
        out.write(json.bytes)
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

/// One TSV line of a Zeek log in a reusable buffer: tab-separated, `-` for unset.
struct ZeekLine {
    private(set) var bytes: [UInt8] = []
    private var first = true

    init() { bytes.reserveCapacity(512) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        first = true
    }

    private mutating func separator() {
        if !first { bytes.append(0x09) }
        first = false
    }

    /// Text with Zeek's escapes for the separator, backslash and unprintable bytes.
    mutating func text(_ value: String) {
        separator()
        if value.isEmpty {
            bytes.append(contentsOf: "(empty)".utf8)
            return
        }
        for unit in value.utf8 {
            if unit == 0x09 || unit == UInt8(ascii: "\\") || unit < 0x20 || unit >= 0x7f {
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(unit >> 4)], hex[Int(unit & 15)]])
            } else {
                bytes.append(unit)
            }
        }
    }

    mutating func optional(_ value: String?) {
        if let value { text(value) } else { unset() }
    }

    mutating func unset() {
        separator()
        bytes.append(UInt8(ascii: "-"))
    }

    mutating func number<T: BinaryInteger>(_ value: T) {
        separator()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// `seconds.micro`, six decimals, as Zeek writes times and intervals.
    mutating func decimal(_ seconds: Int64, _ micro: UInt64) {
        separator()
        bytes.append(contentsOf: String(seconds).utf8)
        bytes.append(UInt8(ascii: "."))
        let digits = String(micro)
        for _ in digits.count..<6 { bytes.append(48) }
        bytes.append(contentsOf: digits.utf8)
    }

    mutating func end() { bytes.append(0x0a) }
}
