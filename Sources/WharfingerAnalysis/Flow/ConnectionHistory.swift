import WharfingerWire

/// What Zeek's conn.log says of a connection's exchange, followed packet by packet the
/// way Zeek's TCP analyzer follows it: each endpoint's state, the history letters, the
/// payload bytes that sequence numbers span, and content gaps. Kept per side (the
/// canonical sides of `FlowKey`); who is the originator is decided only when the flow
/// ends, by the verdict. Fixed size; updated only when a flow log is written.
struct ConnectionHistory {
    // Declared in this order, the fields leave no padding between them: `PackedHistory`
    // reads the history as words, and padding would hold whatever the stack held.
    var sides: (HistorySide, HistorySide) = (HistorySide(), HistorySide())
    /// The time of the last packet that came before both sides had closed: Zeek's
    /// `duration` ends there (a last ACK after the FINs does not lengthen the connection).
    var lastCounted: Int64 = 0
    var letters = HistoryLetters()
    /// Zeek's originator while the connection runs: the first sender, or the other side
    /// when the first packet is a SYN-ACK. Only the state machine's asymmetries use it.
    var origin: Int8 = -1

    /// Zeek ignores sequence jumps larger than this on SYNs and RSTs (`TOO_LARGE_SEQ_DELTA`).
    static let tooLargeDelta: Int32 = 1 << 20

    @inline(__always)
    func side(_ i: Int) -> HistorySide { i == 0 ? sides.0 : sides.1 }

    /// One TCP segment from side `dir` (Zeek's `TCP_Analyzer::DeliverPacket`, less the
    /// reassembly: gaps are data the other side acknowledged but the capture never showed).
    mutating func observeTCP(from dir: Int, flags: TCPFlags, seq: UInt32, ack: UInt32, payload: Int,
                             window: UInt16, time: Int64) {
        if origin < 0 { origin = Int8(flags.isSynAck ? 1 - dir : dir) }
        if !(sides.0.didClose && sides.1.didClose) { lastCounted = time }
        let segment = Segment(flags: flags, seq: seq, ack: ack, payload: payload, window: window)
        // Both sides taken in place once, for the whole segment: every step reads or changes both.
        // Nearly every segment has no SYN, FIN or RST and comes once both sides have been seen.
        if !(segment.syn || segment.fin || segment.rst) && sides.0.state != .inactive && sides.1.state != .inactive {
            if dir == 0 {
                Self.observePlain(segment, from: 0, &sides.0, &sides.1, &letters)
            } else {
                Self.observePlain(segment, from: 1, &sides.1, &sides.0, &letters)
            }
            return
        }
        let isOrigin = Int(origin) == dir
        if dir == 0 {
            Self.observe(segment, from: 0, isOrigin: isOrigin, &sides.0, &sides.1, &letters)
        } else {
            Self.observe(segment, from: 1, isOrigin: isOrigin, &sides.1, &sides.0, &letters)
        }
    }

    /// What one segment carries that the state machine reads.
    struct Segment {
        let flags: TCPFlags
        let seq: UInt32
        let ack: UInt32
        let payload: Int
        let window: UInt16
        var syn: Bool { flags.contains(.syn) }
        var fin: Bool { flags.contains(.fin) }
        var rst: Bool { flags.contains(.rst) }
        var acks: Bool { flags.contains(.ack) }
    }

    /// A segment with a SYN, FIN or RST, or one before both sides have been seen.
    @inline(never)
    private static func observe(_ segment: Segment, from dir: Int, isOrigin: Bool, _ me: inout HistorySide,
                                _ peer: inout HistorySide, _ letters: inout HistoryLetters) {
        let flags = segment.flags, seq = segment.seq, ack = segment.ack, payload = segment.payload
        let syn = segment.syn, fin = segment.fin, rst = segment.rst
        // SYN and FIN take a sequence number each; an RST's data is not part of the stream.
        let length = rst ? (syn ? 1 : 0) + (fin ? 1 : 0) : payload + (syn ? 1 : 0) + (fin ? 1 : 0)
        let end = seq &+ UInt32(truncatingIfNeeded: length)

        me.begin(flags: flags, seq: seq, end: end)
        noteFlags(segment, relativeSeq: seq &- me.startSeq, &me, side: dir, &letters)
        if segment.window == 0 && !rst && peer.state != .closed && me.state != .reset {
            noteRepeated(.zeroWindow, &me, side: dir, &letters)
        }
        if segment.acks {
            if peer.state == .inactive {
                peer.startAt(ack &- 1, last: ack &- 1)
            } else if !rst {
                peer.acknowledge(ack)
            }
        }
        me.received(seq: seq, flags: flags, payload: payload)
        if me.advance(to: end, flags: flags, payload: payload) { noteRepeated(.retransmission, &me, side: dir, &letters) }
        step(&me, &peer, isOrigin: isOrigin, flags: flags, payload: payload)
        if segment.acks && !rst && !fin && peer.gap(before: ack) > 0 {
            noteRepeated(.gap, &peer, side: 1 - dir, &letters)
        }
    }

    /// Nearly every segment: data or an ACK, without a SYN, FIN or RST, once both sides
    /// have been seen. The steps of `observe` that change nothing then (where numbering
    /// starts, the control letters, the state machine) are left out; the rest are the
    /// same steps in the same order.
    @inline(__always)
    private static func observePlain(_ segment: Segment, from dir: Int, _ me: inout HistorySide,
                                     _ peer: inout HistorySide, _ letters: inout HistoryLetters) {
        let payload = segment.payload
        notePlain(segment, &me, side: dir, &letters)
        if segment.window == 0 && peer.state != .closed && me.state != .reset {
            noteRepeated(.zeroWindow, &me, side: dir, &letters)
        }
        if segment.acks { peer.acknowledge(segment.ack) }
        let length = UInt32(truncatingIfNeeded: payload)
        me.received(from: segment.seq, length: length)
        if me.advance(to: segment.seq &+ length, payload: payload) { noteRepeated(.retransmission, &me, side: dir, &letters) }
        if segment.acks && peer.gap(before: segment.ack) > 0 { noteRepeated(.gap, &peer, side: 1 - dir, &letters) }
    }

    // MARK: - The endpoint state machine (Zeek's TCP_Analyzer::UpdateStateMachine)

    @inline(__always)
    private static func step(_ me: inout HistorySide, _ peer: inout HistorySide, isOrigin: Bool,
                             flags: TCPFlags, payload: Int) {
        let syn = flags.contains(.syn), fin = flags.contains(.fin), rst = flags.contains(.rst)
        let ack = flags.contains(.ack)
        switch me.state {
        case .inactive:
            if syn {
                if isOrigin {
                    me.set(ack ? .synAckSent : .synSent)
                } else {
                    // A reply to the originator's SYN, or a SYN of a simultaneous open.
                    if peer.state == .synSent || peer.state == .synAckSent { peer.set(.established) }
                    me.set(.established)
                }
            }
            if fin { me.set(.closed) }
            if rst { me.set(.reset) }
            if me.state == .inactive {
                if !isOrigin && payload == 0 && peer.state == .synSent {
                    // An ACK of the SYN before the SYN-ACK: not yet a partial connection.
                } else if ack && peer.state == .established {
                    me.set(.established)  // the SYN was missed, the SYN-ACK was not
                } else {
                    me.set(.partial)
                }
            }
        case .synSent, .synAckSent:
            if fin { me.set(.closed) }
            if rst { me.set(.reset) }
        case .established, .partial:
            if syn && me.state == .partial && peer.state == .inactive && !ack { me.set(.synSent) }
            if fin && !rst {
                me.set(.closed)
                // A FIN then an RST from the peer was a normal close after all.
                if peer.state == .reset && peer.previousState == .closed { peer.set(.closed) }
            }
            if rst { me.set(.reset) }
        case .closed:
            if rst && peer.state != .closed { me.set(.reset) }
        case .reset:
            break
        }
    }

    // MARK: - History letters (Zeek's update_history)

    @inline(__always)
    private static func noteFlags(_ segment: Segment, relativeSeq: UInt32, _ me: inout HistorySide, side dir: Int,
                                  _ letters: inout HistoryLetters) {
        let control = segment.flags.rawValue & (TCPFlags.syn.rawValue | TCPFlags.fin.rawValue | TCPFlags.rst.rawValue)
        if control == 0 {
            notePlain(segment, &me, side: dir, &letters)
        } else {
            noteControl(segment, relativeSeq: relativeSeq, &me, side: dir, &letters)
        }
    }

    /// Nearly every segment: data or a bare ACK, each noted once per side.
    @inline(__always)
    private static func notePlain(_ segment: Segment, _ me: inout HistorySide, side dir: Int,
                                  _ letters: inout HistoryLetters) {
        if segment.payload > 0 {
            note(.data, &me, side: dir, &letters)
        } else if segment.acks {
            note(.ack, &me, side: dir, &letters)
        }
    }

    /// A SYN, FIN or RST (or more than one of them).
    private static func noteControl(_ segment: Segment, relativeSeq: UInt32, _ me: inout HistorySide, side dir: Int,
                                    _ letters: inout HistoryLetters) {
        let syn = segment.syn, fin = segment.fin, rst = segment.rst
        if (syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 1 : 0) > 1 {
            note(fin && rst ? .inconsistent : .multiFlag, &me, side: dir, &letters)
            return
        }
        // A SYN, FIN or RST is noted again when its sequence number differs from the last one.
        if syn {
            let event: HistoryEvent = segment.acks ? .synAck : .syn
            let at = UInt16(truncatingIfNeeded: relativeSeq)
            if !note(event, mask: .syn, &me, side: dir, &letters), at != me.lastSYN { letters.append(event, side: dir) }
            me.lastSYN = at
        }
        if fin {
            let at = UInt16(truncatingIfNeeded: relativeSeq &+ UInt32(truncatingIfNeeded: segment.payload))
            if !note(.fin, &me, side: dir, &letters), at != me.lastFIN { letters.append(.fin, side: dir) }
            me.lastFIN = at
            me.sentFIN = true
        }
        if rst {
            let at = UInt16(truncatingIfNeeded: relativeSeq)
            if !note(.rst, &me, side: dir, &letters), at != me.lastRST { letters.append(.rst, side: dir) }
            me.lastRST = at
        }
    }

    /// Notes an event once per side; false when that side had already noted it.
    @inline(__always)
    @discardableResult
    private static func note(_ event: HistoryEvent, mask: HistoryEvent? = nil, _ me: inout HistorySide, side dir: Int,
                             _ letters: inout HistoryLetters) -> Bool {
        let bit = UInt16(1) << (mask ?? event).rawValue
        guard me.seen & bit == 0 else { return false }
        me.seen |= bit
        letters.append(event, side: dir)
        return true
    }

    /// Gaps, retransmissions and zero windows are noted at their 1st, 10th, 100th... time.
    private static func noteRepeated(_ event: HistoryEvent, _ me: inout HistorySide, side dir: Int,
                                     _ letters: inout HistoryLetters) {
        let count = me.countRepeat(event)
        var threshold: UInt32 = 1
        while threshold < count && threshold <= UInt32.max / 10 { threshold *= 10 }
        if threshold == count { letters.append(event, side: dir) }
    }
}

/// One side's part of a `ConnectionHistory`.
struct HistorySide {
    var state: TCPEndpointState = .inactive
    var previousState: TCPEndpointState = .inactive
    /// Events this side has noted (one bit per `HistoryEvent`).
    var seen: UInt16 = 0
    /// The first sequence number (the SYN's, or one before the first seen), the highest
    /// sequence number reached and the highest the peer acknowledged, with their wraps.
    var startSeq: UInt32 = 0
    var lastSeq: UInt32 = 0
    var ackSeq: UInt32 = 0
    var lastWraps: UInt16 = 0
    var ackWraps: UInt16 = 0
    /// Relative sequence numbers of the last SYN, FIN and RST (their low 16 bits), so a
    /// retransmission is not noted twice.
    var lastSYN: UInt16 = 0
    var lastFIN: UInt16 = 0
    var lastRST: UInt16 = 0
    var sentFIN = false
    /// It has closed or reset once (Zeek's `did_close`), whatever its state now.
    var didClose = false
    var retransmissions: UInt32 = 0
    var gaps: UInt32 = 0
    var zeroWindows: UInt32 = 0
    /// The in-order edge of the data seen (everything before it was seen), and the
    /// bytes seen beyond it, past a hole.
    var delivered: UInt32 = 0
    var ahead: UInt32 = 0
    /// Bytes the peer acknowledged that the capture never showed (saturating at 4 GiB).
    var missedBytes: UInt32 = 0

    @inline(__always)
    mutating func set(_ new: TCPEndpointState) {
        previousState = state
        state = new
        if new == .closed || new == .reset { didClose = true }
    }

    @inline(__always)
    mutating func startAt(_ start: UInt32, last: UInt32) {
        startSeq = start
        delivered = start &+ 1  // data starts one past the SYN (or the assumed one)
        ahead = 0
        ackSeq = start
        lastSeq = last
        lastWraps = 0
        ackWraps = 0
    }

    /// Zeek's init_endpoint: where this side's sequence numbering starts.
    @inline(__always)
    mutating func begin(flags: TCPFlags, seq: UInt32, end: UInt32) {
        let syn = flags.contains(.syn)
        switch state {
        case .inactive:
            // Without a SYN, numbering starts as if one came just before.
            if syn { startAt(seq, last: end) } else { startAt(seq &- 1, last: seq) }
        case .synSent, .synAckSent:
            if syn && seq != startSeq { startAt(seq, last: end) }
        case .established, .partial:
            if syn { startAt(seq, last: end) }
        case .reset:
            if syn && previousState == .inactive { startAt(seq, last: end) }
        case .closed:
            break
        }
    }

    /// Zeek's update_ack_seq, for acknowledgements this side receives.
    @inline(__always)
    mutating func acknowledge(_ ack: UInt32) {
        let delta = Int32(bitPattern: ack &- ackSeq)
        if ack == 0 && delta > ConnectionHistory.tooLargeDelta { return }  // a broken ack, not a wrap
        if delta > 0 {
            if ack < ackSeq { ackWraps &+= 1 }
            ackSeq = ack
        }
    }

    /// Zeek's update_last_seq; true when the segment carried data already seen.
    @inline(__always)
    mutating func advance(to end: UInt32, flags: TCPFlags, payload: Int) -> Bool {
        let delta = Int32(bitPattern: end &- lastSeq)
        if (flags.contains(.syn) || flags.contains(.rst))
            && (delta > ConnectionHistory.tooLargeDelta || delta < -ConnectionHistory.tooLargeDelta) {
            return false
        }
        if flags.contains(.fin) && lastSeq == startSeq &+ 1 {
            setLast(end)
            return false
        }
        return advance(to: end, payload: payload)
    }

    /// `advance` for a segment without a SYN, FIN or RST.
    @inline(__always)
    mutating func advance(to end: UInt32, payload: Int) -> Bool {
        if state == .reset { return false }
        if Int32(bitPattern: end &- lastSeq) > 0 {
            setLast(end)
        } else if payload > 0 {
            return true
        }
        return false
    }

    @inline(__always)
    private mutating func setLast(_ end: UInt32) {
        if end < lastSeq && Int32(bitPattern: end &- lastSeq) > 0 { lastWraps &+= 1 }
        lastSeq = end
    }

    /// Data of a segment: moves the in-order edge, or counts bytes seen beyond a hole.
    @inline(__always)
    mutating func received(seq: UInt32, flags: TCPFlags, payload: Int) {
        guard !flags.contains(.rst) else { return }
        let start = flags.contains(.syn) ? seq &+ 1 : seq
        let length = UInt32(truncatingIfNeeded: payload) &+ (flags.contains(.fin) ? 1 : 0)
        received(from: start, length: length)
    }

    /// `received` for `length` bytes of the stream from `start`.
    @inline(__always)
    mutating func received(from start: UInt32, length: UInt32) {
        guard length > 0 else { return }
        let end = start &+ length
        if Int32(bitPattern: start &- delivered) <= 0 {
            if Int32(bitPattern: end &- delivered) > 0 { delivered = end }
        } else {
            ahead &+= length
        }
    }

    /// The peer acknowledged `ack`: what lies between the in-order edge and `ack`, less
    /// what was seen beyond a hole, never crossed the capture. Returns the bytes missed.
    @inline(__always)
    mutating func gap(before ack: UInt32) -> UInt32 {
        guard state != .inactive && state != .reset else { return 0 }
        let hole = Int32(bitPattern: ack &- delivered)
        guard hole > 0 && hole < ConnectionHistory.tooLargeDelta else { return 0 }
        let missing = UInt32(hole) > ahead ? UInt32(hole) - ahead : 0
        missedBytes = missedBytes.addingReportingOverflow(missing).overflow ? .max : missedBytes + missing
        delivered = ack
        ahead = 0
        return missing
    }

    mutating func countRepeat(_ event: HistoryEvent) -> UInt32 {
        switch event {
        case .retransmission:
            retransmissions &+= 1
            return retransmissions
        case .gap:
            gaps &+= 1
            return gaps
        default:
            zeroWindows &+= 1
            return zeroWindows
        }
    }

    /// Payload bytes by sequence numbers, as Zeek's TCP_Endpoint::Size.
    func size(peer: HistorySide) -> UInt64 {
        // A SYN, then an RST, and nothing from the peer: no data, whatever the numbers say.
        if previousState == .synSent && state == .reset && peer.state == .inactive
            && ackSeq != startSeq && ackSeq != startSeq &+ 1 {
            return 0
        }
        let last = UInt64(lastWraps) << 32 | UInt64(lastSeq)
        let acked = UInt64(ackWraps) << 32 | UInt64(ackSeq)
        let top = max(last, acked), start = UInt64(startSeq)
        guard top > start else { return 0 }
        var size = top - start
        size -= 1  // the SYN's sequence number
        if sentFIN && size != 0 { size -= 1 }
        return size
    }
}

/// The history letters in the order they happened, up to 24: each a `HistoryEvent` and
/// the side (bit 7) it came from.
struct HistoryLetters: Sendable {
    /// Eight letters a word, the first in the low byte.
    private var storage: InlineArray<3, UInt64> = [0, 0, 0]
    private(set) var count: UInt8 = 0
    static let capacity = 24

    mutating func append(_ event: HistoryEvent, side: Int) {
        guard Int(count) < Self.capacity else { return }
        let byte = UInt64(event.rawValue | UInt8(side) << 7)
        let index = Int(count)
        storage[index / 8] |= byte << UInt64((index % 8) * 8)
        count += 1
    }

    /// The three words as they are stored.
    var words: (UInt64, UInt64, UInt64) { (storage[0], storage[1], storage[2]) }

    subscript(index: Int) -> (event: HistoryEvent, side: Int) {
        let byte = UInt8(truncatingIfNeeded: storage[index / 8] >> UInt64((index % 8) * 8))
        return (HistoryEvent(rawValue: byte & 0x7f) ?? .ack, Int(byte >> 7))
    }
}

extension ConnectionHistory {
    /// The exchange with side `client` as the originator: its endpoint states, history and
    /// byte counts.
    func exchange(client: Int) -> ConnectionExchange {
        let ch = side(client), sh = side(1 - client)
        return ConnectionExchange(
            clientState: ch.state, serverState: sh.state,
            history: ExchangeHistory(letters: letters, clientSide: UInt8(client)),
            clientBytes: ch.size(peer: sh), serverBytes: sh.size(peer: ch),
            missedBytes: UInt64(ch.missedBytes) + UInt64(sh.missedBytes),
            lastCounted: Timestamp(totalNanoseconds: lastCounted))
    }

    /// A UDP conversation's exchange: a `D` for each side that sent a datagram, empty or
    /// not, in the order of their first datagrams (Zeek notes every UDP packet as data, once
    /// per side); payload bytes summed; every packet counts toward the duration.
    static func udpExchange(firstSender: Int, client: Int, clientSent: DirectionTally,
                            serverSent: DirectionTally, last: Int64) -> ConnectionExchange {
        var letters = HistoryLetters()
        let clientData = clientSent.packets > 0, serverData = serverSent.packets > 0
        if firstSender == client {
            if clientData { letters.append(.data, side: client) }
            if serverData { letters.append(.data, side: 1 - client) }
        } else {
            if serverData { letters.append(.data, side: 1 - client) }
            if clientData { letters.append(.data, side: client) }
        }
        return ConnectionExchange(
            clientState: .inactive, serverState: .inactive,
            history: ExchangeHistory(letters: letters, clientSide: UInt8(client)),
            clientBytes: clientSent.payloadBytes, serverBytes: serverSent.payloadBytes, missedBytes: 0,
            lastCounted: Timestamp(totalNanoseconds: last))
    }
}
