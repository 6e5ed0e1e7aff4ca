import Glibc
import WharfingerAnalysis
import WharfingerReport

/// The `--log` conn.log, rotated as Zeek rotates its logs: every `--rotate` seconds, on
/// multiples of the interval since midnight UTC (hourly logs turn on the hour), the file
/// gets its `#close` line and is renamed with its open and close times in Zeek's archive
/// form (`conn.2026-12-06-18-00-00_2026-12-06-19-00-00.log`, UTC), and a new one opens
/// with its header. The last file is archived too when the capture ends. JSON lines the
/// same, without header lines.
///
/// Records come from the analysis (on its thread with `--threads 2`); `tick`, `reopen`
/// and rotation run on the capture thread while the analysis is idle (see
/// `FramePipeline.whileAnalysisIdle`), so no record can fall between two files.
final class RotatingLog: FlowExporter {
    let path: String
    private let style: ZeekConnLog.Style
    private let localNetworks: LocalNetworks
    private let interval: Int?
    private let errors: OutputErrors
    private var stream: OutputStream?
    private var log: ZeekConnLog?
    private var openedAt: time_t = 0
    private var rotateAt = Int64.max

    /// Opens the first file (before root is given up); nil with `errno` set when it cannot be.
    init?(path: String, style: ZeekConnLog.Style, rotateSeconds: Int?, localNetworks: LocalNetworks = .init(),
          errors: OutputErrors) {
        self.path = path
        self.style = style
        self.localNetworks = localNetworks
        interval = rotateSeconds
        self.errors = errors
        guard let stream = OutputStream(creating: path) else { return nil }
        start(stream, at: time(nil))
    }

    // MARK: - FlowExporter

    func flowEnded(_ flow: Conversation) { log?.flowEnded(flow) }

    func flowActive(_ flow: Conversation) { log?.flowActive(flow) }

    func tunnelsEnded(_ tunnels: [TunnelRecord]) { log?.tunnelsEnded(tunnels) }

    /// The end of the capture: the last file closed (and archived when rotating).
    func close() {
        finishFile()
        if interval != nil { archive(closedAt: time(nil)) }
    }

    // MARK: - On the capture thread, the analysis idle

    /// Writes out what is buffered (a failure is told here) and rotates when it is time.
    func tick() {
        if let stream {
            stream.flush()
            if let failure = stream.failure { errors.failed(.log, path, errno: failure, until: until) }
            else { errors.recovered(.log, path) }
        }
        // Named by the boundary itself (the tick comes up to a second after it), as Zeek's
        // hourly files run from one hour to the next.
        if Int64(time(nil)) >= rotateAt { rotate(at: time_t(rotateAt)) }
    }

    /// SIGHUP: with `--rotate`, a rotation now; without, the file is closed and its path
    /// opened again, appended to if it is still there (logrotate moved it away: a new one).
    func reopen() {
        if interval != nil { return rotate(at: time(nil)) }
        finishFile()
        open(appending: true, at: time(nil))
    }

    private func rotate(at now: time_t) {
        finishFile()
        archive(closedAt: now)
        open(appending: false, at: now)
    }

    /// The `#close` line, then the file closed; a failure is told (the file stays as it is).
    private func finishFile() {
        guard let stream, let log else { return }
        log.close()
        if let failure = stream.close() { errors.failed(.log, path, errno: failure, until: until) }
        self.stream = nil
        self.log = nil
    }

    private func open(appending: Bool, at now: time_t) {
        guard let stream = OutputStream(creating: path, appending: appending) else {
            errors.failed(.log, path, errno: errno, until: until)
            scheduleRotation(openedAt: now)
            return
        }
        start(stream, at: now)
    }

    private func start(_ stream: OutputStream, at now: time_t) {
        self.stream = stream
        let log = ZeekConnLog(style: style, to: stream, flushSeconds: 1, localNetworks: localNetworks)
        self.log = log
        log.open()
        scheduleRotation(openedAt: now)
    }

    /// The next multiple of the interval after `now`.
    private func scheduleRotation(openedAt now: time_t) {
        openedAt = now
        guard let interval else { return }
        rotateAt = (Int64(now) / Int64(interval) + 1) * Int64(interval)
    }

    /// Renames the file at `path` with its open and close times; a name taken already (two
    /// rotations within a second) gets `-2`, `-3`... before the extension.
    private func archive(closedAt: time_t) {
        let name = Self.archiveName(path, opened: openedAt, closed: closedAt)
        var target = name.stem + name.suffix
        var copy = 1
        while access(target, F_OK) == 0 {
            copy += 1
            target = name.stem + "-\(copy)" + name.suffix
        }
        // A removed file or folder leaves nothing to rename: its loss was told when writing failed.
        _ = rename(path, target)
    }

    /// Zeek's archive name, split before the extension: `conn.log` opened at 18:00 and
    /// closed at 19:00 is `conn.2026-12-06-18-00-00_2026-12-06-19-00-00` + `.log`.
    static func archiveName(_ path: String, opened: time_t, closed: time_t) -> (stem: String, suffix: String) {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".").flatMap { $0 > slash ? $0 : nil }
        let base = dot.map { String(path[..<$0]) } ?? path
        let suffix = dot.map { String(path[$0...]) } ?? ""
        return ("\(base).\(zeekTime(opened))_\(zeekTime(closed))", suffix)
    }

    /// `2026-12-06-18-00-00`, UTC, as the file's `#open` and `#close` lines.
    static func zeekTime(_ time: time_t) -> String {
        formattedTime("%Y-%m-%d-%H-%M-%S", time, utc: true) ?? ""
    }

    private var until: String {
        interval != nil ? "records are not written until the next rotation" : "records are not written until SIGHUP reopens it"
    }
}
