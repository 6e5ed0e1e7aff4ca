import WharfingerWire

/// The TCP state machine of one flow: which SYN begins a new connection on a known
/// four-tuple, and what each side's flags say (handshake, resets, close). Pure updates of
/// the flow's own values; the analyzer does what reaches beyond the flow.
extension FlowState {
    /// A SYN or SYN-ACK on a known four-tuple: does it begin a new connection? As Zeek's
    /// `TCPSessionAdapter::IsReuse` decides: once either side has closed or reset, every SYN
    /// does (a client retrying a refused port gives a record per attempt, as Zeek's `REJ`s);
    /// before that, a SYN whose sequence number is not the connection's own.
    @inline(__always)
    func startsNewConnection(dir: Int, flags: TCPFlags, seq: UInt32) -> Bool {
        let me = side(dir), other = side(1 - dir)
        if flags.isSynAck {
            // Only after a close: a SYN-ACK with a new ISN answers a new SYN we did not see.
            return close != .open && !(me.flags.contains(.synAck) && me.isn == seq)
        }
        if hasClosedSide { return true }
        if me.flags.contains(.syn) { return me.isn != seq }  // retransmission keeps its ISN
        if other.flags.contains(.syn) && !anyPayload && !me.flags.contains(.synAck) {
            return false  // simultaneous open
        }
        if other.flags.contains(.synAck) && other.synAckAck == seq &+ 1 {
            return false  // the SYN of a SYN-ACK captured before it
        }
        return true
    }

    /// A side has sent a FIN or an RST (Zeek's `did_close` of either endpoint).
    @inline(__always)
    var hasClosedSide: Bool {
        let closing: SideFlags = [.fin, .rst]
        return !sides.0.flags.isDisjoint(with: closing) || !sides.1.flags.isDisjoint(with: closing)
    }

    /// Notes a TCP segment's flags from side `dir` (its tally already counts the segment).
    @inline(__always)
    mutating func trackTCP(dir: Int, flags: TCPFlags, seq: UInt32, ack: UInt32, payload: Int) {
        let other = side(1 - dir)
        // How a side opens says whether it spoke first or answered (one-sided flows).
        if side(dir).tally.datagrams == 1 && flags.isDisjoint(with: [.syn, .fin, .rst])
            && (payload > 0 || flags.contains(.ack)) {
            withSide(dir) { $0.flags.insert(payload > 0 ? .openedWithPayload : .openedBare) }
        }
        if flags.contains(.ack) { withSide(dir) { $0.flags.insert(.acked) } }
        if flags.isSyn {
            let firstSyn = !side(dir).flags.contains(.syn)
            if firstSyn && other.flags.contains(.synAck) && other.synAckAck == seq &+ 1 {
                synAckBeforeSyn = true
            }
            withSide(dir) { s in
                s.flags.insert(.syn)
                s.isn = seq
                if s.synCount < .max { s.synCount += 1 }
            }
        } else if flags.isSynAck {
            withSide(dir) { s in
                s.flags.insert(.synAck)
                s.isn = seq
                s.synAckAck = ack
            }
        }
        if flags.contains(.rst) {
            withSide(dir) { s in
                s.flags.insert(.rst)
                if other.flags.contains(.syn) && !s.flags.contains(.synAck) { s.flags.insert(.rstBeforeSynAck) }
            }
            close = .rst
        } else {
            withSide(dir) { $0.flags.insert(.sentNonReset) }
        }
        if flags.contains(.fin) {
            withSide(dir) { $0.flags.insert(.fin) }
            if other.flags.contains(.fin) && close == .open { close = .fin }
        }
    }

    /// The idle-timeout class the flow is in after its latest packet.
    @inline(__always)
    var currentTimeoutClass: TimeoutClass {
        if !isTCP { return .udp }
        return close != .open || isHalfOpen ? .transitory : .established
    }
}
