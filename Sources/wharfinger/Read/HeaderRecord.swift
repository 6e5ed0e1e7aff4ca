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

    init(_ packet: Packet, transport: TransportProtocol, header: FrameHeader, facts: PayloadFacts) {
        self.packet = packet
        time = header.timestamp
        self.transport = transport
        wireLength = UInt32(truncatingIfNeeded: header.wireLength)
        capturedLength = UInt32(truncatingIfNeeded: header.capturedLength)
        self.facts = facts
    }
}
