import Glibc

/// Flushes a live log when a record comes at least `seconds` after the last flush, so a
/// `tail -f` sees records soon after they are written; nil seconds: never (a file read is
/// flushed at its end).
struct PeriodicFlush {
    let seconds: Int?
    private var last = time(nil)

    init(seconds: Int?) { self.seconds = seconds }

    mutating func afterRecord(_ out: OutputStream) {
        guard let seconds else { return }
        let now = time(nil)
        if now - last >= seconds {
            out.flush()
            last = now
        }
    }
}
