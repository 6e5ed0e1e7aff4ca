import WharfingerAnalysis
import WharfingerCapture
import WharfingerWire

/// What the reading thread hands the analysis thread for one frame: the decoded header
/// values, libpcap's lengths and time, and what the payload said. No packet bytes.
struct HeaderRecord {
    var header: FrameHeader
    var frame: DecodedFrame
    var facts: PayloadFacts
}
