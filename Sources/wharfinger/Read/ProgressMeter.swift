import Glibc
import WharfingerReport

/// Progress on stderr while a large file is read on a terminal: share of the file,
/// frames, rate. Cleared when done; silent when stderr is not a terminal.
struct ProgressMeter {
    let enabled: Bool
    private var lastDraw: Double = 0
    private let started: Double
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        started = ProgressMeter.now()
        lastDraw = started
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func update(path: String, offset: Int64?, size: Int64, frames: UInt64) {
        guard enabled else { return }
        let now = ProgressMeter.now()
        guard now - lastDraw >= 0.25 else { return }
        lastDraw = now
        let share = (offset.map { size > 0 ? min(100, Int($0 * 100 / size)) : 100 }).map { "\($0)%" } ?? "?"
        let rate = Double(frames) / max(now - started, 0.001)
        let line = "\r\u{1B}[K\(path): \(share) read, \(frames) frames, \(Int(rate / 1000)) kframes/s"
        OutputStream.standardError.write(line)
        OutputStream.standardError.flush()
        drawn = true
    }

    mutating func clear() {
        guard drawn else { return }
        OutputStream.standardError.write("\r\u{1B}[K")
        OutputStream.standardError.flush()
        drawn = false
    }
}
