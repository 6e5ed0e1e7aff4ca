import WharfingerWire

/// Who handed the frames over: libpcap, or the pcapng block reader for the pcapng files
/// libpcap refuses (`CaptureFile`).
public struct FrameReaders: Sendable, Equatable {
    public var libpcap: UInt64
    public var blockReader: UInt64

    public init(libpcap: UInt64, blockReader: UInt64 = 0) {
        self.libpcap = libpcap
        self.blockReader = blockReader
    }

    public var total: UInt64 { libpcap &+ blockReader }

    /// "42 frames read by libpcap", "1 frame read by the pcapng block reader", or both.
    var text: String {
        switch (libpcap, blockReader) {
        case (_, 0): counted(libpcap, "frame") + " read by libpcap"
        case (0, _): counted(blockReader, "frame") + " read by the pcapng block reader"
        default: "\(total) read: \(libpcap) by libpcap, \(blockReader) by the pcapng block reader"
        }
    }
}

/// The frame-accounting table: every frame read, by outcome, and who read them.
public enum FrameAccountingText {
    /// `fragmentsInFlows`: the later fragments counted with their conversation, noted on
    /// the fragment row (a frame keeps its one outcome).
    public static func lines(_ counts: OutcomeCounts, readers: FrameReaders, fragmentsInFlows: UInt64 = 0) -> [String] {
        var lines = ["Frames", "  outcome           frames"]
        for outcome in counts.listed {
            var line = "  " + pad(outcome.name, 16) + " " + leftPad(String(counts[outcome]), 8)
            if outcome == .fragment && fragmentsInFlows > 0 {
                line += "  \(fragmentsInFlows) counted with their conversations"
            }
            lines.append(line)
        }
        let total = counts.total
        let check = (total == readers.total ? "= " : "!= ") + readers.text
        lines.append("  " + pad("total", 16) + " " + leftPad(String(total), 8) + "  " + check)
        return lines
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}
