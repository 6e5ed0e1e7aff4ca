import WharfingerCapture
import WharfingerWire

/// Why a live capture ended. Every one of them is a normal end: the report follows.
enum StopReason: String {
    case signal, count, duration
}

/// Runs `dispatch` on a non-blocking live session until a signal, `-c` or `--duration`
/// stops it. Between dispatch calls it waits at most a quarter second for frames, so the
/// stop conditions and the periodic work (`every`) are checked even when nothing arrives.
struct CaptureLoop {
    let session: CaptureSession
    var count: UInt64?
    var duration: Double?
    /// Seconds between calls of `tick`.
    var tickInterval: Double = 1
    static let longestWait = 0.25

    /// `frames` is how many frames the sink has been handed.
    /// `afterBatch` runs after each dispatch that handed over frames, `reopen` after a SIGHUP.
    func run(into sink: some FrameSink, frames: () -> UInt64,
             afterBatch: () -> Void = {},
             reopen: () -> Void = {},
             tick: (_ elapsed: Double) -> Void) throws(CaptureError) -> (reason: StopReason, elapsed: Double) {
        let start = MonotonicClock.now()
        var nextTick = start + tickInterval
        while true {
            if SignalStop.isRequested { return (.signal, MonotonicClock.now() - start) }
            if ReopenSignal.take() { reopen() }
            let delivered = frames()
            if let count, delivered >= count { return (.count, MonotonicClock.now() - start) }
            let now = MonotonicClock.now()
            if let duration, now - start >= duration { return (.duration, now - start) }
            if now >= nextTick {
                tick(now - start)
                nextTick = max(nextTick + tickInterval, now)
            }
            let limit = count.map { Int32(clamping: $0 - delivered) } ?? -1
            guard let handed = try session.dispatch(limit: limit, to: sink) else {
                return (.signal, MonotonicClock.now() - start)
            }
            if handed > 0 { afterBatch() }
            if handed == 0 {
                var wait = min(Self.longestWait, nextTick - now)
                if let duration { wait = min(wait, start + duration - now) }
                session.waitForFrames(milliseconds: Int32(max(0, wait) * 1000) + 1)
            }
        }
    }
}
