/// What a conversation says about the side that opened it, as the scan detector and the
/// tallies of unanswered probes read it.
extension FlowState {
    /// The side that opened the conversation: for TCP the one side that sent a SYN (nil
    /// when both did), or, when neither did, the first sender of a stealth probe (a FIN,
    /// NULL or Xmas segment a closed port reset, `isStealthProbe`); for UDP the first sender.
    @inline(__always)
    var openerSide: Int? {
        guard isTCP else { return Int(firstSender) }
        let aOpened = sides.0.flags.contains(.syn), bOpened = sides.1.flags.contains(.syn)
        if aOpened == bOpened { return !aOpened && isStealthProbe ? Int(firstSender) : nil }
        return aOpened ? 0 : 1
    }

    /// No SYN either way and no payload: the first sender's segments, none with ACK set
    /// (nmap's -sF, -sN, -sX), were only ever answered by RST, as a closed port answers them
    /// (RFC 9293). A capture that begins in a connection's tail is none: its segments ACK.
    private var isStealthProbe: Bool {
        guard !anyPayload else { return false }
        let opener = side(Int(firstSender)).flags, other = side(1 - Int(firstSender)).flags
        return !opener.contains(.acked) && other.contains(.rst) && !other.contains(.sentNonReset)
    }

    /// A TCP probe that reached no service: a SYN got no SYN-ACK, the other side stayed
    /// silent or only reset (Zeek's S0, REJ, RSTOS0, SH), or a stealth probe a closed port
    /// reset; no payload went either way. Such a conversation is tallied as an unanswered
    /// probe, not as a service.
    @inline(__always)
    var isUnansweredTCPProbe: Bool {
        guard isTCP, let opener = openerSide, !anyPayload else { return false }
        let other = side(1 - opener).flags
        guard !other.contains(.syn) && !other.contains(.sentNonReset) else { return false }
        return side(opener).synUnanswered || !side(opener).flags.contains(.syn)
    }

    /// The opener got nothing back: a TCP probe as above, or UDP datagrams with no reply.
    @inline(__always)
    var isUnanswered: Bool {
        guard let opener = openerSide else { return false }
        return isTCP ? isUnansweredTCPProbe : side(1 - opener).tally.packets == 0
    }

    /// The other side took the opener's call: a SYN-ACK, or any UDP reply.
    var isAnswered: Bool {
        guard let opener = openerSide else { return false }
        return isTCP ? side(1 - opener).flags.contains(.synAck) : side(1 - opener).tally.packets > 0
    }

    /// The server side once nothing later can move the conversation's traffic to another
    /// service or to the unanswered probes: one side's SYN (the handshake verdict) and a
    /// packet other than a reset back from the other side (so no probe). The timeline then
    /// counts what the conversation sent as it goes (`ServiceTimeline.flush`).
    @inline(__always)
    var placedServerSide: Int? {
        guard isTCP else { return nil }
        let aOpened = sides.0.flags.contains(.syn), bOpened = sides.1.flags.contains(.syn)
        guard aOpened != bOpened else { return nil }
        let server = aOpened ? 1 : 0
        return side(server).flags.contains(.sentNonReset) ? server : nil
    }
}
