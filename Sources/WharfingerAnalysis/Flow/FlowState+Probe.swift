/// What a conversation says about the side that opened it, as the scan detector and the
/// tallies of unanswered probes read it.
extension FlowState {
    /// The side that opened the conversation: for TCP the one side that sent a SYN (nil
    /// when neither or both did), for UDP the first sender.
    var openerSide: Int? {
        guard isTCP else { return Int(firstSender) }
        let aOpened = sides.0.flags.contains(.syn), bOpened = sides.1.flags.contains(.syn)
        if aOpened == bOpened { return nil }
        return aOpened ? 0 : 1
    }

    /// A TCP probe that reached no service: a SYN got no SYN-ACK, the other side stayed
    /// silent or only reset (Zeek's S0, REJ, RSTOS0, SH), and no payload went either way.
    /// Such a conversation is tallied as an unanswered probe, not as a service.
    var isUnansweredTCPProbe: Bool {
        guard isTCP, let opener = openerSide, !anyPayload, side(opener).synUnanswered else { return false }
        let other = side(1 - opener).flags
        return !other.contains(.syn) && !other.contains(.sentNonReset)
    }

    /// The opener got nothing back: a TCP probe as above, or UDP datagrams with no reply.
    var isUnanswered: Bool {
        guard let opener = openerSide else { return false }
        return isTCP ? isUnansweredTCPProbe : side(1 - opener).tally.packets == 0
    }

    /// The other side took the opener's call: a SYN-ACK, or any UDP reply.
    var isAnswered: Bool {
        guard let opener = openerSide else { return false }
        return isTCP ? side(1 - opener).flags.contains(.synAck) : side(1 - opener).tally.packets > 0
    }
}
