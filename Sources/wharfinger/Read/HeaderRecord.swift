import WharfingerAnalysis
import WharfingerCapture
import WharfingerWire

/// What the reading thread hands the analysis thread for one TCP or UDP frame: the
/// decoder's packet, libpcap's time and lengths, and what the payload said. No packet bytes:
/// 152 bytes, each of which crosses from one core's cache to the other's.
struct HeaderRecord {
    var packet: Packet
    var time: Timestamp
    var transport: TransportProtocol
    var wireLength: UInt32
    var capturedLength: UInt32
    var facts: PayloadFacts

    /// Writes a frame's record straight into `slot` (uninitialized ring memory), field by
    /// field: the packet goes once from the decoded frame to the slot, and the facts are
    /// worked out from it there, so nothing is held on the stack in between (per frame).
    /// `bytes`: the frame's captured bytes, where the packet's payload is. Every stored
    /// property is written here (a new one must be too: the slot holds no earlier record).
    @inline(__always)
    static func initialize(_ slot: UnsafeMutablePointer<HeaderRecord>, packet: borrowing Packet,
                           transport: TransportProtocol, header: FrameHeader, bytes: borrowing RawSpan) {
        let written = slot.pointer(to: \.packet)!
        written.initialize(to: copy packet)
        slot.pointer(to: \.time)!.initialize(to: header.timestamp)
        slot.pointer(to: \.transport)!.initialize(to: transport)
        slot.pointer(to: \.wireLength)!.initialize(to: UInt32(truncatingIfNeeded: header.wireLength))
        slot.pointer(to: \.capturedLength)!.initialize(to: UInt32(truncatingIfNeeded: header.capturedLength))
        let payload = bytes.extracting(droppingFirst: min(written.pointee.payloadOffset, bytes.byteCount))
        slot.pointer(to: \.facts)!.initialize(to: PayloadFacts(written.pointee, transport: transport, payload: payload))
    }
}
