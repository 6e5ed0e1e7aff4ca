import WharfingerServices

/// What one side of a flow did, as flags and numbers (no references, no strings).
struct SideState {
    var tally = DirectionTally()
    var flags: SideFlags = []
    /// The initial sequence number from this side's SYN or SYN-ACK.
    var isn: UInt32 = 0
    /// The ack number of this side's SYN-ACK (its SYN's ISN + 1), linking reordered captures.
    var synAckAck: UInt32 = 0
    /// SYNs sent (retransmissions included), saturating.
    var synCount: UInt8 = 0
    /// The signature of the first payload this side sent, if it was recognised.
    var signature: PayloadSignature? = nil
    /// The role an SSH key-exchange message of this side named, once one did.
    var keyExchangeRole: PayloadRole? = nil
}

extension SideState {
    /// It sent a SYN and acknowledged nothing since: no SYN-ACK reached it. (One that
    /// acknowledged was answered, though a one-sided capture may not hold the answer.)
    var synUnanswered: Bool { flags.contains(.syn) && !flags.contains(.acked) }
}

struct SideFlags: OptionSet {
    var rawValue: UInt16
    static let syn = SideFlags(rawValue: 1 << 0)
    static let synAck = SideFlags(rawValue: 1 << 1)
    static let fin = SideFlags(rawValue: 1 << 2)
    static let rst = SideFlags(rawValue: 1 << 3)
    /// Sent at least one payload-bearing packet.
    static let payload = SideFlags(rawValue: 1 << 4)
    /// Its first payload was already looked at.
    static let classified = SideFlags(rawValue: 1 << 5)
    /// Sent an RST before the other side sent any SYN-ACK.
    static let rstBeforeSynAck = SideFlags(rawValue: 1 << 6)
    /// Sent at least one TCP packet without RST (a side that never did only answered with resets).
    static let sentNonReset = SideFlags(rawValue: 1 << 7)
    /// Sent an SSH KEXINIT: its next clear key-exchange message names its role.
    static let sshKexInit = SideFlags(rawValue: 1 << 8)
    /// Its SSH key exchange is over (a role was named, or NEWKEYS came): nothing more to read.
    static let sshKexDone = SideFlags(rawValue: 1 << 9)
    /// Sent a TCP segment with ACK set: it acknowledged a sequence number of the other side,
    /// so the other side sent something (its SYN at least), captured or not.
    static let acked = SideFlags(rawValue: 1 << 10)
    /// Its first TCP segment carried payload: it spoke before acknowledging anything new.
    static let openedWithPayload = SideFlags(rawValue: 1 << 11)
    /// Its first TCP segment was a bare acknowledgement (ACK only, no payload): it answered.
    static let openedBare = SideFlags(rawValue: 1 << 12)
    /// Its first TCP segment was a SYN without ACK (Zeek's endpoint state: SYN sent).
    static let openedWithSyn = SideFlags(rawValue: 1 << 13)
    /// The conversation's first frame was a link-layer broadcast to it: a subnet's broadcast
    /// address, a group like 255.255.255.255 (`FlowState.isGroup(side:)`).
    static let linkBroadcast = SideFlags(rawValue: 1 << 14)
}

/// The idle-timeout class a flow is in; each class has its own LRU list.
enum TimeoutClass: UInt8 {
    case established = 0
    case transitory = 1
    case udp = 2
    static let count = 3
}

/// Why a flow left the table (before the TCP exchange refines it, see `EndReason`).
enum EndCause: UInt8 {
    case idle, evicted, endOfCapture, newConnection, live
}

enum CloseState: UInt8 {
    case open, fin, rst
}

/// Everything the analysis keeps about one conversation: a fixed-size value.
struct FlowState {
    var key: FlowKey
    var hash: UInt32
    // Declared here, they fill the four bytes between `hash` and `first`.
    /// Times the flow was handed to the exporter while going: the next is due when it is
    /// (this + 1) active timeouts old.
    var activeExports: UInt16 = 0
    var endCause: EndCause = .live
    /// What a SOCKS connection carried once its handshake was over, when a signature
    /// recognised it (only the first few packets of each side are looked at).
    var carriedSignature: PayloadSignature? = nil
    var first: Int64
    var last: Int64
    var sides: (SideState, SideState) = (SideState(), SideState())
    // Declared here, it fills the byte after `sides`.
    var timeoutClass: TimeoutClass
    // Intrusive LRU list of the flow's timeout class (slot indices, -1 = none).
    var prev: Int32 = -1
    var next: Int32 = -1
    /// Its `ConnectionHistory` in the analyzer's `HistoryPool` (-1: exchanges not followed).
    var historySlot: Int32 = -1
    /// Its newest run in the analyzer's `TimelineRuns` (-1: it has sent in one bin only).
    var timelineRun: Int32 = -1
    var close: CloseState = .open
    /// Side (0/1) that sent the first packet, and the first payload (-1: none yet).
    var firstSender: Int8
    var firstPayloadSide: Int8 = -1
    /// The side an FTP control connection announced as the listener of this data
    /// connection (-1: none), and how (`FTPAnnouncement.Kind`).
    var ftpListenerSide: Int8 = -1
    var ftpKind: UInt8 = 0
    var isFTPControl = false
    /// A side sent an SSH identification string: its next clear packets may name the roles.
    var isSSH = false
    /// A SYN-ACK came before the SYN it answers.
    var synAckBeforeSyn = false
    /// `TunnelChain.path` of the first packet: the tunnel the report names (0: none).
    var tunnelPath: UInt64 = 0
    /// When the TCP close completed (one side reset, or closed while its peer had closed or
    /// sent nothing): Zeek's close timer ends the connection 5 s later (`endsByZeekTimer`).
    /// `.min`: not yet.
    var closedAt: Int64 = .min

    init(key: FlowKey, hash: UInt32, time: Int64, sender: Int, timeoutClass: TimeoutClass) {
        self.key = key
        self.hash = hash
        self.first = time
        self.last = time
        self.firstSender = Int8(sender)
        self.timeoutClass = timeoutClass
    }

    var isTCP: Bool { key.transport == .tcp }

    /// This conversation among those of its four-tuple (the key's hash and its first
    /// packet's time), for endpoint memory: a conversation never witnesses for itself, but
    /// one that Zeek's timers or an idle timeout began learns from an earlier one.
    var witness: UInt32 { hash ^ UInt32(truncatingIfNeeded: first) ^ UInt32(truncatingIfNeeded: first >> 32) }

    @inline(__always)
    func side(_ i: Int) -> SideState { i == 0 ? sides.0 : sides.1 }

    // One field of a side, read in place: per packet, `side(i).flags` copied the side's 64
    // bytes to read two of them.
    @inline(__always)
    func sideFlags(_ i: Int) -> SideFlags { i == 0 ? sides.0.flags : sides.1.flags }

    @inline(__always)
    func sidePackets(_ i: Int) -> UInt64 { i == 0 ? sides.0.tally.packets : sides.1.tally.packets }

    @inline(__always)
    func sideISN(_ i: Int) -> UInt32 { i == 0 ? sides.0.isn : sides.1.isn }

    @inline(__always)
    func synAckAck(_ i: Int) -> UInt32 { i == 0 ? sides.0.synAckAck : sides.1.synAckAck }

    @inline(__always) @discardableResult
    mutating func withSide<R>(_ i: Int, _ body: (inout SideState) -> R) -> R {
        i == 0 ? body(&sides.0) : body(&sides.1)
    }

    /// The protocol a payload signature recognised, the server's first payload before the client's.
    func detectedProtocol(server: Int) -> String? { detectedSignature(server: server)?.service }

    /// The signature that names it.
    func detectedSignature(server: Int) -> PayloadSignature? {
        side(server).signature ?? side(1 - server).signature
    }

    /// The signatures both sides' first payloads showed, the first sender's first.
    var recognised: RecognisedProtocols {
        let first = firstPayloadSide < 0 ? 0 : Int(firstPayloadSide)
        return RecognisedProtocols(first: side(first).signature, second: side(1 - first).signature,
                                   carried: carriedSignature, ftpData: ftpListenerSide >= 0)
    }

    var anyPayload: Bool { sides.0.flags.contains(.payload) || sides.1.flags.contains(.payload) }

    /// Side `i` is no host but a group, which only receives: a multicast group, the
    /// broadcast address, or an address the link layer broadcast to (a subnet's broadcast).
    @inline(__always)
    func isGroup(side i: Int) -> Bool {
        (i == 0 ? sides.0.flags : sides.1.flags).contains(.linkBroadcast) || key.endpoint(side: i).ip.isGroup
    }

    /// The side whose packets alone were captured, when a tap saw one direction (an
    /// asymmetric route, a one-way mirror): a TCP flow where one side sent nothing and the
    /// other acknowledged it all the same, in payload or in more than one segment (a lone
    /// bare ACK or RST may be a probe). UDP has no acknowledgements, and a one-way UDP
    /// conversation (a query never answered, syslog, a stream) is ordinary: never one-sided.
    var onlySeenSide: Int? {
        guard isTCP else { return nil }
        func acknowledgedUnseen(_ s: SideState) -> Bool {
            s.flags.contains(.acked) && (s.flags.contains(.payload) || s.tally.datagrams > 1)
        }
        if sides.1.tally.packets == 0 && acknowledgedUnseen(sides.0) { return 0 }
        if sides.0.tally.packets == 0 && acknowledgedUnseen(sides.1) { return 1 }
        return nil
    }

    /// A SYN went out and the other side has sent nothing at all.
    var isHalfOpen: Bool {
        (sides.0.synUnanswered && sides.1.tally.packets == 0)
            || (sides.1.synUnanswered && sides.0.tally.packets == 0)
    }

    /// Why it ended, as reports show it: the TCP exchange when it says more than the cause.
    var ending: FlowEnding {
        if isTCP {
            for client in 0..<2 {
                let c = side(client), s = side(1 - client)
                guard c.flags.contains(.syn), !s.flags.contains(.syn) else { continue }
                if s.flags.contains(.rstBeforeSynAck) && !s.flags.contains(.synAck) { return .rejected }
                if s.tally.packets == 0 && c.synUnanswered && endCause != .evicted && endCause != .live {
                    return .synUnanswered
                }
            }
            switch close {
            case .rst: return .rst
            case .fin: return .fin
            case .open: break
            }
        }
        switch endCause {
        case .idle: return .idle
        case .evicted: return .evicted
        case .endOfCapture: return .endOfCapture
        case .newConnection: return .superseded
        case .live: return .live
        }
    }
}
