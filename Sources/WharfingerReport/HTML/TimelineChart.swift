import WharfingerAnalysis
import WharfingerWire

/// The timeline as an inline SVG: one stacked bar per bin and service row, bytes to the
/// server above the axis and to the client below, on one scale; scans as shaded spans.
/// Each bar carries its numbers (`data-b` bin, `data-r` row, `data-d` s or c, `data-p`
/// packets, `data-y` bytes), so what is drawn can be checked against the JSON.
struct TimelineChart {
    var timeline: Timeline
    var scans: [ScanRecord]

    static let width = 1100.0, height = 400.0
    static let left = 78.0, right = 18.0, top = 42.0, bottom = 46.0
    static var plotWidth: Double { width - left - right }
    static var plotHeight: Double { height - top - bottom }

    /// The CSS class of a row's colour.
    static func colourClass(_ row: Timeline.Row, index: Int) -> String {
        switch row {
        case .service: index < HTMLStyle.serviceColours ? "s\(index)" : "so"
        case .probes(let transport): transport == .tcp ? "sp" : "sq"
        case .other: "so"
        }
    }

    static func rowName(_ row: Timeline.Row) -> String {
        switch row {
        case .service(let key, let name): "\(name ?? "unassigned") \(key.port)/\(key.transport.name)"
        case .probes(let transport): "unanswered \(transport.name) probes"
        case .other: "other services"
        }
    }

    var svg: String {
        let bins = timeline.binCount
        guard bins > 0, let start = timeline.start else { return "<p class=\"muted\">No conversations to draw.</p>" }
        let binSeconds = Double(timeline.binNanoseconds) / 1e9
        var up = [UInt64](repeating: 0, count: bins), down = up
        for bin in 0..<bins {
            for row in timeline.rows.indices {
                up[bin] &+= timeline[bin, row].toServerBytes
                down[bin] &+= timeline[bin, row].toClientBytes
            }
        }
        let maxUp = Double(up.max() ?? 0), maxDown = Double(down.max() ?? 0)
        let scale = Self.plotHeight / max(maxUp + maxDown, 1)
        let axisY = Self.top + maxUp * scale
        let barWidth = Self.plotWidth / Double(bins)
        let gap = barWidth > 4 ? 1.0 : 0
        var out = "<svg viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-label=\"traffic over time\">"
        out.reserveCapacity(bins * timeline.rows.count * 150)
        out += yAxis(maxUp: maxUp, maxDown: maxDown, scale: scale, axisY: axisY, binSeconds: binSeconds)
        out += xAxis(start: start, bins: bins)
        out += scanBands(start: start, bins: bins)
        out += "<g class=\"bars\">"
        for bin in 0..<bins where up[bin] > 0 || down[bin] > 0 || timeline.rows.indices.contains(where: { !timeline[bin, $0].isZero }) {
            let x = Self.left + Double(bin) * barWidth
            out += "<g><title>\(HTMLText.escape(binTitle(bin, up: up[bin], down: down[bin])))</title>"
            var yUp = axisY, yDown = axisY
            for (index, row) in timeline.rows.enumerated() {
                let counts = timeline[bin, index]
                guard !counts.isZero else { continue }
                let colour = Self.colourClass(row, index: index)
                if counts.toServerPackets > 0 || counts.toServerBytes > 0 {
                    let h = Double(counts.toServerBytes) * scale
                    yUp -= h
                    out += rect(colour, x: x, y: yUp, w: barWidth - gap, h: h, bin: bin, row: index, dir: "s",
                                packets: counts.toServerPackets, bytes: counts.toServerBytes)
                }
                if counts.toClientPackets > 0 || counts.toClientBytes > 0 {
                    let h = Double(counts.toClientBytes) * scale
                    out += rect(colour, x: x, y: yDown, w: barWidth - gap, h: h, bin: bin, row: index, dir: "c",
                                packets: counts.toClientPackets, bytes: counts.toClientBytes)
                    yDown += h
                }
            }
            out += "</g>"
        }
        out += "</g>"
        out += "<line class=\"zero\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(fixed(axisY))\" y2=\"\(fixed(axisY))\"/>"
        out += "<text class=\"title\" x=\"\(Self.width - Self.right - 4)\" y=\"\(Self.top + 12)\" text-anchor=\"end\">▲ to servers</text>"
        out += "<text class=\"title\" x=\"\(Self.width - Self.right - 4)\" y=\"\(Self.height - Self.bottom - 6)\" text-anchor=\"end\">▼ to clients</text>"
        out += "</svg>"
        return out
    }

    /// The legend: each row's colour, name and bytes over the capture.
    var legend: String {
        var out = "<ul class=\"legend\">"
        for (index, row) in timeline.rows.enumerated() {
            let total = timeline.total(row: index)
            out += "<li><span class=\"sw \(Self.colourClass(row, index: index))\"></span>\(HTMLText.escape(Self.rowName(row)))"
                + " <span class=\"muted\">\(HTMLText.bytes(total.toServerBytes &+ total.toClientBytes))</span></li>"
        }
        if !scans.isEmpty { out += "<li><span class=\"sw\" style=\"background:var(--scanline)\"></span>scan (shaded span)</li>" }
        return out + "</ul>"
    }

    private func rect(_ colour: String, x: Double, y: Double, w: Double, h: Double, bin: Int, row: Int, dir: String,
                      packets: UInt64, bytes: UInt64) -> String {
        "<rect class=\"\(colour)\" x=\"\(fixed(x))\" y=\"\(fixed(y))\" width=\"\(fixed(max(w, 0.4)))\" height=\"\(fixed(h))\""
            + " data-b=\"\(bin)\" data-r=\"\(row)\" data-d=\"\(dir)\" data-p=\"\(packets)\" data-y=\"\(bytes)\"/>"
    }

    private func binTitle(_ bin: Int, up: UInt64, down: UInt64) -> String {
        var packetsUp: UInt64 = 0, packetsDown: UInt64 = 0
        for row in timeline.rows.indices {
            packetsUp &+= timeline[bin, row].toServerPackets
            packetsDown &+= timeline[bin, row].toClientPackets
        }
        return "\(TimeText.utc(timeline.binStart(bin))) UTC, \(HTMLText.width(nanoseconds: timeline.binNanoseconds)): "
            + "\(HTMLText.bytes(up)) in \(counted(packetsUp, "packet")) to servers, "
            + "\(HTMLText.bytes(down)) in \(counted(packetsDown, "packet")) to clients"
    }

    /// Gridlines and rate labels both ways from the axis, and the axis title.
    private func yAxis(maxUp: Double, maxDown: Double, scale: Double, axisY: Double, binSeconds: Double) -> String {
        let maxRate = max(maxUp, maxDown) / binSeconds
        let step = ChartTicks.niceStep(maxRate / 5)
        var out = ""
        for (extent, sign) in [(maxUp, -1.0), (maxDown, 1.0)] {
            var value = step
            while value * binSeconds <= extent * 1.0001 && step > 0 {
                let y = axisY + sign * value * binSeconds * scale
                out += "<line class=\"grid\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(fixed(y))\" y2=\"\(fixed(y))\"/>"
                out += "<text x=\"\(Self.left - 6)\" y=\"\(fixed(y + 3.5))\" text-anchor=\"end\">\(HTMLText.rate(value))</text>"
                value += step
            }
        }
        out += "<text x=\"\(Self.left - 6)\" y=\"\(fixed(axisY + 3.5))\" text-anchor=\"end\">0</text>"
        out += "<line class=\"axis\" x1=\"\(Self.left)\" x2=\"\(Self.left)\" y1=\"\(Self.top)\" y2=\"\(Self.height - Self.bottom)\"/>"
        let middle = Self.top + Self.plotHeight / 2
        out += "<text transform=\"translate(14 \(fixed(middle))) rotate(-90)\" text-anchor=\"middle\">wire bytes per second</text>"
        return out
    }

    /// Time ticks at a round step, labelled in UTC, and the axis title with the bin width.
    private func xAxis(start: Timestamp, bins: Int) -> String {
        let startNs = start.totalNanoseconds
        let span = Int64(bins) &* timeline.binNanoseconds
        let step = ChartTicks.timeStep(span: span)
        let endNs = startNs &+ span
        let multiDay = TimeText.utcDay(start) != TimeText.utcDay(Timestamp(totalNanoseconds: endNs - 1))
        var out = "<line class=\"axis\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(Self.height - Self.bottom)\" y2=\"\(Self.height - Self.bottom)\"/>"
        var tick = (startNs / step + (startNs % step > 0 ? 1 : 0)) * step
        while tick <= endNs {
            let x = Self.left + Double(tick - startNs) / Double(span) * Self.plotWidth
            let time = Timestamp(totalNanoseconds: tick)
            let label: String
            if multiDay || step >= 86_400_000_000_000 {
                label = String(TimeText.utc(time, fractionDigits: 0).dropLast(3))
            } else {
                let digits = step >= 1_000_000_000 ? 0 : step >= 100_000_000 ? 1 : step >= 10_000_000 ? 2 : 3
                label = TimeText.utcClock(time, fractionDigits: digits)
            }
            out += "<line class=\"axis\" x1=\"\(fixed(x))\" x2=\"\(fixed(x))\" y1=\"\(Self.height - Self.bottom)\" y2=\"\(Self.height - Self.bottom + 5)\"/>"
            out += "<text x=\"\(fixed(x))\" y=\"\(Self.height - Self.bottom + 17)\" text-anchor=\"middle\">\(label)</text>"
            tick += step
        }
        let day = multiDay ? "" : ", " + String(TimeText.utc(start, fractionDigits: 0).prefix(10))
        out += "<text x=\"\(Self.left + Self.plotWidth / 2)\" y=\"\(Self.height - 6)\" text-anchor=\"middle\">"
            + "time (UTC\(day)), bins of \(HTMLText.width(nanoseconds: timeline.binNanoseconds))</text>"
        return out
    }

    private func scanBands(start: Timestamp, bins: Int) -> String {
        let span = Double(Int64(bins) &* timeline.binNanoseconds)
        func x(_ t: Timestamp) -> Double {
            let offset = Double(t.totalNanoseconds &- start.totalNanoseconds) / span
            return Self.left + min(max(offset, 0), 1) * Self.plotWidth
        }
        var out = ""
        for (index, scan) in scans.enumerated() {
            let x1 = x(scan.first), x2 = max(x(scan.last), x1 + 2)
            out += "<rect class=\"scan\" x=\"\(fixed(x1))\" y=\"\(Self.top)\" width=\"\(fixed(x2 - x1))\" height=\"\(Self.plotHeight)\"/>"
            out += "<line class=\"scanedge\" x1=\"\(fixed(x1))\" x2=\"\(fixed(x1))\" y1=\"\(Self.top - 30 + Double(index % 2) * 13)\" y2=\"\(Self.height - Self.bottom)\"/>"
            let label = "scan by \(scan.scanner) (\(scan.transport.name), \(counted(scan.probed, "port")))"
            let anchor = x1 > Self.width - 260 ? "end" : "start"
            out += "<text class=\"scanlabel\" x=\"\(fixed(anchor == "end" ? x1 - 4 : x1 + 4))\" y=\"\(Self.top - 20 + Double(index % 2) * 13)\" text-anchor=\"\(anchor)\">"
                + "\(HTMLText.escape(label))</text>"
            if index >= 3 { break }
        }
        return out
    }

    private func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + "\(magnitude / 100)" }
        return sign + "\(magnitude / 100)." + (fraction < 10 ? "0\(fraction)" : (fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction)"))
    }
}

/// Round steps for the axes.
enum ChartTicks {
    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2, 5, 10] where power * factor >= rough { return power * factor }
        return power * 10
    }

    private static let timeSteps: [Int64] = {
        let ms: Int64 = 1_000_000, s = 1000 * ms, min = 60 * s, h = 60 * min, d = 24 * h
        return [1 * ms, 2 * ms, 5 * ms, 10 * ms, 20 * ms, 50 * ms, 100 * ms, 200 * ms, 500 * ms,
                s, 2 * s, 5 * s, 10 * s, 15 * s, 30 * s, min, 2 * min, 5 * min, 10 * min, 15 * min, 30 * min,
                h, 2 * h, 3 * h, 6 * h, 12 * h, d, 2 * d, 7 * d, 14 * d, 30 * d, 91 * d, 182 * d, 365 * d, 730 * d, 1826 * d]
    }()

    /// A round time step giving at most about eight ticks over `span` nanoseconds.
    static func timeStep(span: Int64) -> Int64 {
        timeSteps.first { span / $0 <= 8 } ?? max(1, span / 8)
    }
}
