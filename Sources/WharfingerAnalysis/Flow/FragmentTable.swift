import WharfingerWire

/// Which conversation each recent fragmented datagram belongs to, so its later fragments,
/// which carry no ports, count with it. A datagram is named by its addresses, protocol,
/// identification and tunnel; its first fragment says whose it is. Later fragments that
/// arrive first wait in the entry (their counts only, never their bytes) until the first
/// comes. A fixed table: a datagram whose entry is taken by another, or whose first
/// fragment never comes within `lifetime`, leaves its later fragments counting with no
/// conversation, as they did before this table.
struct FragmentTable {
    struct Datagram: Equatable {
        var source: IPAddress
        var destination: IPAddress
        var id: UInt32
        var transport: TransportProtocol
        var tunnel: UInt64

        init(_ packet: borrowing Packet, transport: TransportProtocol) {
            source = packet.source.ip
            destination = packet.destination.ip
            id = packet.fragmentID
            self.transport = transport
            tunnel = packet.tunnel.context
        }

        var hash: UInt64 {
            var h = source.high &* 0x9e37_79b9_7f4a_7c15 ^ source.low
            h = (h ^ destination.high) &* 0xbf58_476d_1ce4_e5b9 ^ destination.low
            h = (h ^ UInt64(id) << 8 ^ UInt64(transport.rawValue)) &* 0x94d0_49bb_1331_11eb ^ tunnel
            return h ^ h >> 29
        }
    }

    /// What a later fragment adds to its conversation.
    struct Share {
        var frames: UInt64 = 0
        var wire: Int = 0
        var captured: Int = 0
        var payload: Int = 0

        mutating func add(wire: Int, captured: Int, payload: Int) {
            frames &+= 1
            self.wire &+= wire
            self.captured &+= captured
            self.payload &+= max(payload, 0)
        }
    }

    private struct Entry {
        var datagram: Datagram
        /// Set by the first fragment: the conversation and the sender's side in it.
        var flow: FlowKey?
        var side: Int
        /// The first fragment's time, or the first waiting fragment's.
        var time: Int64
        /// Later fragments that came before the first one (lost if the entry is taken).
        var waiting: Share
    }

    /// Linux keeps fragments 30 s (`net.ipv4.ipfrag_time`); a datagram older than that is over.
    static let lifetime: Int64 = 30_000_000_000
    private var entries: [Entry?]
    private let mask: Int
    /// Later fragments counted with their conversation; the frame accounting's other
    /// fragment frames found none (or are not TCP or UDP).
    private(set) var attributed: UInt64 = 0

    init(capacity: Int = 1024) {
        var size = 1
        while size < capacity { size <<= 1 }
        entries = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// A first fragment: its datagram belongs to `flow`, sent by `side`. Returns what
    /// arrived before it, to be added to that side.
    mutating func learnFirst(_ datagram: Datagram, flow: FlowKey, side: Int, time: Int64) -> Share? {
        let slot = Int(truncatingIfNeeded: datagram.hash) & mask
        var waiting: Share?
        if let old = entries[slot] {
            if old.datagram == datagram && old.flow == nil && time &- old.time <= Self.lifetime {
                waiting = old.waiting
                attributed &+= old.waiting.frames
            }
        }
        entries[slot] = Entry(datagram: datagram, flow: flow, side: side, time: time, waiting: Share())
        return waiting
    }

    /// A later fragment: the conversation and side it counts with, or nil while its first
    /// fragment is still to come (it waits) or never came (it counts with no conversation).
    mutating func later(_ datagram: Datagram, time: Int64, wire: Int, captured: Int,
                        payload: Int) -> (flow: FlowKey, side: Int)? {
        let slot = Int(truncatingIfNeeded: datagram.hash) & mask
        if var entry = entries[slot], entry.datagram == datagram, time &- entry.time <= Self.lifetime {
            if let flow = entry.flow {
                attributed &+= 1
                return (flow, entry.side)
            }
            entry.waiting.add(wire: wire, captured: captured, payload: payload)
            entries[slot] = entry
            return nil
        }
        var share = Share()
        share.add(wire: wire, captured: captured, payload: payload)
        entries[slot] = Entry(datagram: datagram, flow: nil, side: 0, time: time, waiting: share)
        return nil
    }

    /// A later fragment whose conversation had already ended counts with none.
    mutating func lost() { attributed &-= 1 }
}
