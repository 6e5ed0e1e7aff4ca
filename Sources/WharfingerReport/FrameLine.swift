import WharfingerAnalysis
import WharfingerWire

/// One frame as a line of text (like `tcpdump -n`) or as an NDJSON object.
public struct FrameLine {
    public var number: UInt64
    public var timestamp: Timestamp
    public var wireLength: Int
    public var capturedLength: Int
    public var frame: DecodedFrame
    /// The pcapng interface, for frames the pcapng block reader read (libpcap's have none).
    public var interface: Int?
    public var interfaceName: String?
    /// The tunnels the frame came through, outermost first (its other values are the
    /// innermost conversation's).
    public var tunnel: [TunnelHopRecord] = []
    /// How `text` writes the time (the JSON object keeps epoch seconds).
    public var time: TimeStyle = .utc

    public init(number: UInt64, timestamp: Timestamp, wireLength: Int, capturedLength: Int, frame: DecodedFrame,
                interface: Int? = nil, interfaceName: String? = nil) {
        self.number = number
        self.timestamp = timestamp
        self.wireLength = wireLength
        self.capturedLength = capturedLength
        self.frame = frame
        self.interface = interface
        self.interfaceName = interfaceName
    }

    private var ipLabel: String { frame.ipVersion == 6 ? "IP6" : "IP" }

    private func endpoint(_ address: IPAddress, _ port: UInt16) -> String {
        frame.packet.hasPorts ? "\(address).\(port)" : "\(address)"
    }

    /// `1 2026-11-21 00:00:00.123456 IP 10.0.0.1.51514 > 10.0.0.2.80: Flags [S], seq 1, ack 0, length 0`
    public var text: String {
        var line = "\(number) \(TimeText.frame(timestamp, style: time)) "
        let addresses = frame.ipVersion == 0 ? "" :
            "\(ipLabel) \(endpoint(frame.packet.source.ip, frame.packet.source.port)) > \(endpoint(frame.packet.destination.ip, frame.packet.destination.port)): "
        switch frame.outcome {
        case .tcp:
            line += addresses + "Flags [\(frame.packet.tcpFlags.tcpdumpLetters)], seq \(frame.packet.seq), ack \(frame.packet.ack), length \(frame.packet.payloadLength)"
        case .udp:
            line += addresses + "UDP, length \(frame.packet.payloadLength)"
        case .otherTransport:
            line += addresses + "ip-proto-\(frame.ipProto), wire \(wireLength)"
        case .fragment:
            line += addresses + "fragment (ip-proto-\(frame.ipProto)), wire \(wireLength)"
        case .notIP:
            line += "not-ip, link protocol 0x" + hex4(frame.linkProtocol) + ", wire \(wireLength)"
        case .truncated, .malformed:
            line += addresses + frame.outcome.name + ": " + (frame.stop?.text ?? "")
        case .unsupportedLink:
            line += "unsupported-link, link type \(frame.linkProtocol), wire \(wireLength)"
        case .encrypted:
            line += "encrypted, wire \(wireLength)"
        }
        if !tunnel.isEmpty { line += " [in " + TunnelWriting.text(tunnel) + "]" }
        return line
    }

    /// One NDJSON object (without the newline).
    public func writeJSON(into json: inout JSONWriter) {
        json.beginObject()
        json.key("n"); json.number(number)
        json.key("ts"); json.time(timestamp)
        json.key("wire_len"); json.number(wireLength)
        json.key("cap_len"); json.number(capturedLength)
        if let interface {
            json.key("interface"); json.number(interface)
            if let interfaceName { json.key("interface_name"); json.string(interfaceName) }
        }
        json.key("outcome"); json.string(frame.outcome.name)
        if frame.ipVersion != 0 {
            json.key("ip_version"); json.number(frame.ipVersion)
            json.key("src"); json.string(frame.packet.source.ip.description)
            json.key("dst"); json.string(frame.packet.destination.ip.description)
            json.key("ip_proto"); json.number(frame.ipProto)
        }
        if frame.packet.hasPorts {
            json.key("sport"); json.number(frame.packet.source.port)
            json.key("dport"); json.number(frame.packet.destination.port)
        }
        if frame.outcome == .tcp || frame.outcome == .udp {
            json.key("payload_len"); json.number(frame.packet.payloadLength)
        }
        if frame.outcome == .tcp {
            json.key("flags"); json.string(frame.packet.tcpFlags.tcpdumpLetters)
            json.key("seq"); json.number(frame.packet.seq)
            json.key("ack"); json.number(frame.packet.ack)
        }
        if frame.outcome == .notIP {
            json.key("link_protocol"); json.number(frame.linkProtocol)
        }
        if frame.outcome == .unsupportedLink {
            json.key("link_type"); json.number(frame.linkProtocol)
        }
        if frame.isFragment { json.key("fragment"); json.bool(true) }
        if !tunnel.isEmpty { json.key("tunnel"); TunnelWriting.writeHops(tunnel, into: &json) }
        if let stop = frame.stop {
            json.key("reason"); json.string(stop.text)
            json.key("layer"); json.string(stop.layer.name)
            json.key("offset"); json.number(stop.offset)
        }
        json.endObject()
    }
}

func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 4 - digits.count) + digits
}
