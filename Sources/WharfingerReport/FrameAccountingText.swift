import WharfingerWire

/// The frame-accounting table: every frame libpcap delivered, by outcome.
public enum FrameAccountingText {
    public static func lines(_ counts: OutcomeCounts, delivered: UInt64) -> [String] {
        var lines = ["Frames", "  outcome           frames"]
        for outcome in counts.listed {
            lines.append("  " + pad(outcome.name, 16) + " " + leftPad(String(counts[outcome]), 8))
        }
        let total = counts.total
        let check = total == delivered ? "= \(delivered) delivered by libpcap" : "!= \(delivered) delivered by libpcap"
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
