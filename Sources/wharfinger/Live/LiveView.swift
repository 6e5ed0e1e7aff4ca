import Glibc
import WharfingerAnalysis
import WharfingerCapture
import WharfingerReport
import WharfingerWire

/// The compact view a terminal shows during a live capture, redrawn in place each second:
/// rate, drops, the top services, and the verdicts reached since the last refresh.
struct LiveView {
    let device: String
    let out = OutputStream.standardOutput
    static let topServices = 8
    static let newVerdicts = 6
    /// The latest scans shown, one line each.
    static let scans = 2
    private var drawnLines = 0
    private var lastFrames: UInt64 = 0
    private var lastElapsed = 0.0
    /// Flows of the previous snapshot: a verdict not among them is new.
    private var previousFlows = Set<FlowIdentity>()

    init(device: String) { self.device = device }

    mutating func refresh(_ report: AnalysisReport, statistics: CaptureStatistics, elapsed: Double, outputErrors: UInt64) {
        let frames = report.frames.total
        let rate = Double(frames &- lastFrames) / max(elapsed - lastElapsed, 0.001)
        lastFrames = frames
        lastElapsed = elapsed
        var lines = Self.wrap([
            "wharfinger live on \(device): \(Int(elapsed)) s", counted(frames, "frame") + " (\(Int(rate))/s)",
            counted(report.flowCount, "conversation") + " (\(report.liveFlows) open)",
            "dropped \(statistics.droppedByKernel) by the kernel, \(statistics.droppedByInterface) by the interface",
        ] + (outputErrors > 0 ? [counted(outputErrors, "output write failure")] : []), width: Self.terminalWidth() - 1)
        lines.append(pad("service", 16) + pad("port", 11) + pad("flows", 8) + pad("pkts", 9) + "bytes")
        for service in report.services.prefix(Self.topServices) {
            lines.append(pad(service.service ?? "-", 16) + pad("\(service.port)/\(service.transport.name)", 11)
                + pad("\(service.flows)", 8) + pad("\(service.totalPackets)", 9) + "\(service.totalBytes)")
        }
        if report.services.isEmpty { lines.append("(no TCP or UDP conversations yet)") }
        lines += report.scans.suffix(Self.scans).map(ScansText.line)
        var fresh: [String] = []
        var current = Set<FlowIdentity>()
        current.reserveCapacity(report.flows.count)
        for flow in report.flows {
            let identity = FlowIdentity(flow)
            current.insert(identity)
            if !previousFlows.contains(identity) && fresh.count < Self.newVerdicts {
                fresh.append("  \(flow.transport.name) \(flow.client) -> \(flow.server) \(flow.service ?? "-") "
                    + "(\(flow.basis.rawValue))")
            }
        }
        previousFlows = current
        if !fresh.isEmpty { lines += ["new verdicts:"] + fresh }
        lines.append("Ctrl-C stops the capture and prints the report.")
        draw(lines)
    }

    /// Removes the view so the final report starts where it was.
    mutating func clear() { draw([]) }

    private mutating func draw(_ lines: [String]) {
        var text = drawnLines > 0 ? "\u{1B}[\(drawnLines)A\r\u{1B}[J" : ""
        // A line wider than the terminal would wrap and spoil the count of lines to redraw.
        let width = Self.terminalWidth()
        for line in lines { text += (line.count < width ? line : String(line.prefix(width - 1))) + "\n" }
        drawnLines = lines.count
        out.write(text)
        out.flush()
    }

    /// The status parts joined by commas, on as few lines as fit `width`: a part that does
    /// not fit starts an indented line of its own rather than being cut.
    static func wrap(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in parts {
            if line.isEmpty {
                line = part
            } else if line.count + 2 + part.count < width {  // room for a closing comma
                line += ", " + part
            } else {
                lines.append(line + ",")
                line = "  " + part
            }
        }
        return lines + [line]
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1 else { return 80 }
        return Int(size.ws_col)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

/// A flow as the view recognises it from one snapshot to the next.
private struct FlowIdentity: Hashable {
    let client: Endpoint
    let server: Endpoint
    let first: Timestamp
    let transport: String

    init(_ flow: Conversation) {
        client = flow.client
        server = flow.server
        first = flow.first
        transport = flow.transport.name
    }
}
