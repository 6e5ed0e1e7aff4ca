import WharfingerAnalysis

/// What the reading thread hands the analysis thread for one frame: the header values the
/// analysis reads, libpcap's lengths and time, and what the payload said. No packet bytes.
struct HeaderRecord {
    var packet: PacketSummary
    var facts: PayloadFacts
}
