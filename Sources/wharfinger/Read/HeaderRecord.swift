import WharfingerAnalysis
import WharfingerWire

/// What the reading thread hands the analysis thread for one TCP or UDP frame: the
/// decoder's packet, libpcap's time and lengths, and what the payload said. No packet bytes.
struct HeaderRecord {
    var packet: Packet
    var transport: TransportProtocol
    var time: Timestamp
    var wireLength: Int
    var capturedLength: Int
    var facts: PayloadFacts
}
