import WharfingerAnalysis
import WharfingerWire

/// A tunnel carried in UDP (VXLAN, Geneve, GTP-U, Teredo) as the conn.log record Zeek
/// writes for its outer connection: the innermost hop's endpoints, Zeek's service name for
/// it, and a uid that the records of the conversations inside name in `tunnel_parents`
/// (Zeek names the innermost encapsulation there). A tunnel inside another tunnel leaves
/// its own `tunnel_parents` unset.
struct ZeekTunnelRecord {
    var uid: UInt64
    var first: Timestamp
    var last: Timestamp
    var orig: Endpoint
    var resp: Endpoint
    var service: String
    var origSent: DirectionTally
    var respSent: DirectionTally
    var origPayload: UInt64
    var respPayload: UInt64
    /// The first packet came from the responder (Zeek's `^`).
    var flipped: Bool

    /// The uid of a tunnel's own record, from the id its conversations carry
    /// (`Conversation.tunnel`): Zeek's `tunnel_parents` names it.
    static func identity(tunnel: UInt64) -> UInt64 {
        // Mixed so that it is no conversation's identity (those hash a key and a time).
        var x = tunnel ^ 0x5475_6E6E_656C_2121
        x = (x ^ (x >> 31)) &* 0x7FB5_D329_728E_A185
        x = (x ^ (x >> 27)) &* 0x81DA_DEF4_BC2D_D44D
        return x ^ (x >> 33)
    }

    /// Zeek's analyzer name for a tunnel it logs as a connection; nil for the others.
    static func service(_ kind: TunnelKind) -> String? {
        switch kind {
        case .vxlan: "vxlan"
        case .geneve: "geneve"
        case .gtpU: "gtpv1"
        case .teredo: "teredo"
        default: nil
        }
    }

    /// The UDP ports these tunnels are sent to.
    static func isTunnelPort(_ port: UInt16) -> Bool {
        port == 4789 || port == 8472 || port == 6081 || port == 2152 || port == 3544
    }

    /// Nil for a tunnel Zeek logs no connection for (GRE, IP-in-IP...) or whose outer
    /// endpoints were not captured. The originator is the first packet's sender, unless it
    /// sent from the tunnel's port to another (Zeek's likely-server-port rule for UDP).
    init?(_ tunnel: TunnelRecord) {
        guard let hop = tunnel.hops.last, let service = Self.service(hop.kind),
              let source = hop.source, let destination = hop.destination,
              let sourcePort = hop.sourcePort, let destinationPort = hop.destinationPort else { return nil }
        uid = Self.identity(tunnel: tunnel.id)
        first = tunnel.first
        last = tunnel.last
        self.service = service
        flipped = Self.isTunnelPort(sourcePort) && !Self.isTunnelPort(destinationPort)
        let a = Endpoint(ip: source, port: sourcePort), b = Endpoint(ip: destination, port: destinationPort)
        (orig, resp) = flipped ? (b, a) : (a, b)
        (origSent, respSent) = flipped ? (tunnel.backward, tunnel.forward) : (tunnel.forward, tunnel.backward)
        (origPayload, respPayload) = flipped ? (tunnel.backwardUDPPayload, tunnel.forwardUDPPayload)
            : (tunnel.forwardUDPPayload, tunnel.backwardUDPPayload)
    }

    var duration: Int64 { last.totalNanoseconds - first.totalNanoseconds }

    /// UDP's `conn_state`: who sent anything at all.
    var connState: String {
        if origSent.packets > 0 { return respSent.packets > 0 ? "SF" : "S0" }
        return respSent.packets > 0 ? "SHR" : "OTH"
    }

    /// `D` and `d` for each side that sent, in the order they first did.
    var history: String {
        let orig = origSent.packets > 0 ? "D" : "", resp = respSent.packets > 0 ? "d" : ""
        return flipped ? "^" + resp + orig : orig + resp
    }
}
