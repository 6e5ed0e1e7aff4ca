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
        let mine = sideFlags(dir), others = sideFlags(1 - dir)
        let isn = sideISN(dir)
        if flags.isSynAck {
            // Only after a close: a SYN-ACK with a new ISN answers a new SYN we did not see.
            return close != .open && !(mine.contains(.synAck) && isn == seq)
        }
        if hasClosedSide { return true }
        if mine.contains(.syn) { return isn != seq }  // retransmission keeps its ISN
        if others.contains(.syn) && !anyPayload && !mine.contains(.synAck) {
            return false  // simultaneous open
        }
        if others.contains(.synAck) && synAckAck(1 - dir) == seq &+ 1 {
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

    /// Zeek gives up on a connection attempt this long after its SYN (`tcp_attempt_delay`),
    /// and removes a closed connection this long after its close (`tcp_close_delay`).
    static let attemptDelay: Int64 = 5_000_000_000
    static let closeDelay: Int64 = 5_000_000_000

    /// Whether Zeek's timers have ended the connection by `now`, so that a packet then begins
    /// a new one. The close timer (`ConnDeleteTimer`): 5 s after the close completed. The
    /// attempt timer (`TCPSessionAdapter::AttemptTimer`): 5 s after the first packet, a SYN,
    /// a connection whose responder has sent nothing that moves it out of Zeek's inactive
    /// state (a SYN, FIN, RST or payload) is over; what comes later, more SYNs or the
    /// originator's data in a one-sided capture, begins a new one.
    @inline(__always)
    func endsByZeekTimer(at now: Int64) -> Bool {
        // Both timers run 5 s from or after the first packet.
        guard now &- first >= Self.attemptDelay else { return false }
        if closedAt != .min && now &- closedAt >= Self.closeDelay { return true }
        let origin = sideFlags(Int(firstSender)), responder = sideFlags(1 - Int(firstSender))
        return origin.contains(.openedWithSyn) && origin.isDisjoint(with: [.fin, .rst])
            && responder.isDisjoint(with: Self.leavesInactive)
    }

    /// What a responder sends that Zeek's state machine moves out of the inactive state while
    /// the originator's SYN waits for an answer (a bare ACK leaves it inactive).
    static let leavesInactive: SideFlags = [.syn, .synAck, .fin, .rst, .payload]

    /// Side `dir` closes (a FIN or an RST) for the first time at `now`: Zeek's
    /// `ConnectionClosed` starts the close timer when it reset, or its peer has closed too or
    /// is still inactive (sent nothing, or only bare ACKs to a SYN of this side's that waits).
    @inline(__always)
    mutating func noteFirstClose(dir: Int, flags: TCPFlags, now: Int64) {
        let mine = sideFlags(dir), peers = sideFlags(1 - dir)
        let peerInactive = sidePackets(1 - dir) == 0
            || (Int(firstSender) == dir && mine.contains(.openedWithSyn)
                && peers.isDisjoint(with: Self.leavesInactive))
        if flags.contains(.rst) || !peers.isDisjoint(with: [.fin, .rst]) || peerInactive { closedAt = now }
    }

    /// Notes a TCP segment's flags from side `dir` (its tally already counts the segment).
    @inline(__always)
    mutating func trackTCP(dir: Int, flags: TCPFlags, seq: UInt32, ack: UInt32, payload: Int, time: Int64) {
        // The other side's flags: nothing below changes them.
        let others = sideFlags(1 - dir)
        // How a side opens says whether it spoke first or answered (one-sided flows), and
        // whether Zeek's attempt timer runs.
        let datagrams = dir == 0 ? sides.0.tally.datagrams : sides.1.tally.datagrams
        if datagrams == 1 {
            if flags.isDisjoint(with: [.syn, .fin, .rst]) && (payload > 0 || flags.contains(.ack)) {
                withSide(dir) { $0.flags.insert(payload > 0 ? .openedWithPayload : .openedBare) }
            } else if flags.isSyn {
                withSide(dir) { $0.flags.insert(.openedWithSyn) }
            }
        }
        if !flags.isDisjoint(with: [.fin, .rst]) && sideFlags(dir).isDisjoint(with: [.fin, .rst]) {
            noteFirstClose(dir: dir, flags: flags, now: time)
        }
        if flags.contains(.ack) { withSide(dir) { $0.flags.insert(.acked) } }
        if flags.isSyn {
            let firstSyn = !sideFlags(dir).contains(.syn)
            if firstSyn && others.contains(.synAck) && synAckAck(1 - dir) == seq &+ 1 {
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
                if others.contains(.syn) && !s.flags.contains(.synAck) { s.flags.insert(.rstBeforeSynAck) }
            }
            close = .rst
        } else {
            withSide(dir) { $0.flags.insert(.sentNonReset) }
        }
        if flags.contains(.fin) {
            withSide(dir) { $0.flags.insert(.fin) }
            if others.contains(.fin) && close == .open { close = .fin }
        }
    }

    /// The idle-timeout class the flow is in after its latest packet.
    @inline(__always)
    var currentTimeoutClass: TimeoutClass {
        if !isTCP { return .udp }
        return close != .open || isHalfOpen ? .transitory : .established
    }
}
