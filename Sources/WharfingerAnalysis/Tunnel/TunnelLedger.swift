import WharfingerWire

/// The tunnels seen so far, each tallied as a conversation of its own (a VXLAN flow
/// between two hypervisors), while the conversations inside them go to the analyzer.
/// Runs on the thread that has the frame's bytes, since a tunnel's outer addresses are
/// read back from them. Bounded: past `capacity` tunnels, frames are only counted.
public final class TunnelLedger {
    public let capacity: Int
    private var rows: [UInt64: Int] = [:]
    private var records: [TunnelRecord] = []
    /// Each record's outermost source as first seen, which says a frame's direction.
    private var firstSources: [IPAddress?] = []
    /// The tunnel of the previous frame: frames of one tunnel come in runs, so most frames
    /// find their row without hashing.
    private var lastPath: UInt64 = 0
    private var lastRow = -1
    /// Frames of tunnels found after the ledger was full.
    public private(set) var unrecordedFrames: UInt64 = 0

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// Tallies one frame of a tunnel (`frame.tunnel` not empty).
    public func observe(_ frame: borrowing DecodedFrame, bytes: borrowing RawSpan, timestamp: Timestamp,
                        wireLength: Int, capturedLength: Int) {
        let chain = frame.tunnel, path = frame.packet.tunnel.path
        let row: Int
        if path == lastPath && lastRow >= 0 {
            row = lastRow
        } else if let known = rows[path] {
            row = known
        } else {
            guard records.count < capacity else {
                unrecordedFrames &+= 1
                return
            }
            var hops: [TunnelHopRecord] = []
            for index in 0..<Int(chain.depth) { hops.append(TunnelHopRecord(chain[index], in: bytes)) }
            row = records.count
            rows[path] = row
            firstSources.append(hops[0].source)
            records.append(TunnelRecord(id: path, hops: hops, first: timestamp, last: timestamp,
                                        forward: DirectionTally(), backward: DirectionTally()))
        }
        lastPath = path
        lastRow = row
        let backward = sentBackward(chain[0], row: row, bytes: bytes)
        // The innermost hop's lengths: its UDP is the connection Zeek logs for a tunnel.
        let outer = chain[Int(chain.depth) - 1].outerLengths(in: bytes) ?? (ip: 0, udpPayload: 0)
        records.withUnsafeMutableBufferPointer { all in
            if timestamp < all[row].first { all[row].first = timestamp }
            if timestamp > all[row].last { all[row].last = timestamp }
            if backward {
                all[row].backward.add(wire: wireLength, captured: capturedLength, payload: 0, ip: outer.ip)
                all[row].backwardUDPPayload &+= UInt64(outer.udpPayload)
            } else {
                all[row].forward.add(wire: wireLength, captured: capturedLength, payload: 0, ip: outer.ip)
                all[row].forwardUDPPayload &+= UInt64(outer.udpPayload)
            }
        }
    }

    /// True when the outermost hop's source is not the one first seen.
    @inline(__always)
    private func sentBackward(_ hop: TunnelHop, row: Int, bytes: borrowing RawSpan) -> Bool {
        guard let first = firstSources[row], let outer = hop.outerEndpoints(in: bytes) else { return false }
        return outer.src != first
    }

    /// Every tunnel recorded, in the order first seen.
    public var tunnels: [TunnelRecord] { records }
}
