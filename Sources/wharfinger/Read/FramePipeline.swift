import WharfingerCapture
import WharfingerReport
import WharfingerWire

/// Decodes each frame libpcap hands over and passes it on: to a per-frame printer,
/// or to the analysis behind the report. Counts every frame by outcome.
struct FramePipeline {
    enum Mode {
        case packets(OutputFormat)
        case report(OutputFormat)
    }

    let mode: Mode
    private(set) var frames: UInt64 = 0
    private(set) var outcomes = OutcomeCounts()
    private var json = JSONWriter()
    private let out = OutputStream.standardOutput

    init(mode: Mode) { self.mode = mode }

    mutating func handle(_ header: FrameHeader, _ bytes: borrowing RawSpan, decoder: FrameDecoder) {
        frames += 1
        let frame = decoder.decode(bytes, wireLength: header.wireLength)
        outcomes.add(frame.outcome)
        if case .packets(let format) = mode {
            let line = FrameLine(number: frames, timestamp: header.timestamp, wireLength: header.wireLength,
                                 capturedLength: header.capturedLength, frame: frame)
            if format == .ndjson {
                json.reset()
                line.writeJSON(into: &json)
                json.newline()
                out.write(json.bytes)
            } else {
                out.write(line.text + "\n")
            }
        }
    }

    /// Prints the summary (and later the report). `partial`: the run stopped early.
    mutating func finish(partial: Bool) {
        let summary = FrameAccountingText.lines(outcomes, delivered: frames)
        switch mode {
        case .packets(.ndjson):
            // stdout stays one frame per line; the accounting goes to stderr.
            out.flush()
            OutputStream.standardError.write(summary.joined(separator: "\n") + "\n")
            OutputStream.standardError.flush()
        case .report(.json), .packets(.json):
            json.reset()
            json.beginObject()
            json.key("frames")
            json.beginObject()
            json.key("total"); json.number(outcomes.total)
            for outcome in FrameOutcome.allCases {
                json.key(outcomeKey(outcome)); json.number(outcomes[outcome])
            }
            json.endObject()
            json.key("complete"); json.bool(!partial)
            json.endObject()
            json.newline()
            out.write(json.bytes)
        default:
            out.write(summary.joined(separator: "\n") + "\n")
        }
        out.flush()
    }
}

func outcomeKey(_ outcome: FrameOutcome) -> StaticString {
    switch outcome {
    case .tcp: "tcp"
    case .udp: "udp"
    case .otherTransport: "other-transport"
    case .notIP: "not-ip"
    case .fragment: "fragment"
    case .truncated: "truncated"
    case .malformed: "malformed"
    }
}
