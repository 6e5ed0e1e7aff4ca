import WharfingerAnalysis
import WharfingerWire

/// Tunnels in words and in JSON, the same way for frame lines, flow records and the
/// report's tunnel list.
enum TunnelWriting {
    /// `vxlan 192.0.2.1.50123 > 192.0.2.2.4789 vni 42`; `pbb isid 256` for link-layer hops.
    static func text(_ hop: TunnelHopRecord) -> String {
        var text = hop.kind.name
        if let source = hop.source, let destination = hop.destination {
            text += " " + endpoint(source, hop.sourcePort) + " > " + endpoint(destination, hop.destinationPort)
        }
        if let identifier = hop.identifier, let name = hop.kind.identifierName {
            text += " \(name) \(identifier)"
        }
        return text
    }

    /// The hops, outermost first, joined by " / ".
    static func text(_ hops: [TunnelHopRecord]) -> String {
        hops.map(text).joined(separator: " / ")
    }

    private static func endpoint(_ address: IPAddress, _ port: UInt16?) -> String {
        port.map { "\(address).\($0)" } ?? "\(address)"
    }

    /// `[{"kind":"vxlan","src":...,"dst":...,"sport":...,"dport":...,"vni":42}, ...]`
    static func writeHops(_ hops: [TunnelHopRecord], into json: inout JSONWriter) {
        json.beginArray()
        for hop in hops {
            json.beginObject()
            json.key("kind"); json.string(hop.kind.name)
            if let source = hop.source, let destination = hop.destination {
                json.key("src"); json.string(source.description)
                json.key("dst"); json.string(destination.description)
            }
            if let sourcePort = hop.sourcePort, let destinationPort = hop.destinationPort {
                json.key("sport"); json.number(sourcePort)
                json.key("dport"); json.number(destinationPort)
            }
            if let identifier = hop.identifier, let name = hop.kind.identifierName {
                json.key(name); json.number(identifier)
            }
            json.endObject()
        }
        json.endArray()
    }

    /// The report's `tunnels` member: each tunnel with its chain and its own tally.
    static func writeTunnels(_ tunnels: [TunnelRecord], unrecordedFrames: UInt64, into json: inout JSONWriter) {
        json.key("tunnels")
        json.beginArray()
        for tunnel in tunnels {
            json.beginObject()
            json.key("id"); json.string(tunnel.name)
            json.key("chain"); writeHops(tunnel.hops, into: &json)
            json.key("first"); json.time(tunnel.first)
            json.key("last"); json.time(tunnel.last)
            json.key("forward"); ReportJSON.writeDirection(tunnel.forward, into: &json)
            json.key("backward"); ReportJSON.writeDirection(tunnel.backward, into: &json)
            json.endObject()
        }
        json.endArray()
        if unrecordedFrames > 0 { json.key("unrecorded_tunnel_frames"); json.number(unrecordedFrames) }
    }
}
