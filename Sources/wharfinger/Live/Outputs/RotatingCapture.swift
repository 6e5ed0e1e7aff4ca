import Glibc
import WharfingerCapture
import WharfingerWire

/// The `-w` file, rotated as tcpdump rotates it: a new file every `-G` seconds (from the
/// opening of the current one) and past `-C` million bytes; with `-W N`, `-C` numbers
/// wrap after N files (tcpdump's ring), and with `-G` alone the oldest of N files is
/// removed when a new one opens (where tcpdump would stop the capture). Each file is a
/// whole pcap with its own header. A file that cannot be written is closed and counted in
/// `errors`; writing resumes with the next file (a rotation, or SIGHUP).
final class RotatingCapture {
    struct Rotation {
        var seconds: Int?
        /// Bytes (`-C` is in millions of bytes, as tcpdump's).
        var bytes: Int?
        var ring: Int?
    }

    private let session: CaptureSession
    private let naming: CaptureFileName
    private let rotation: Rotation
    private let errors: OutputErrors
    private var file: DumpFile?
    /// The file's name, whether it opened or not (for messages).
    private(set) var currentName: String
    /// With `-W`: the newest files, oldest first (no list without it: weeks of names).
    private var kept: [String] = []
    private var number = 0
    private var openedAt: time_t = 0
    /// Past this time (packet or wall clock, both the realtime clock) the next file opens.
    private var rotateAt = Int64.max
    private var bytesWritten = 0
    /// pcap's file header; each frame adds its own 16-byte header.
    private static let fileHeader = 24, frameHeader = 16

    /// Opens the first file (before root is given up); a failure there ends the run.
    init(pattern: String, rotation: Rotation, session: CaptureSession, errors: OutputErrors) throws(CaptureError) {
        self.session = session
        self.rotation = rotation
        self.errors = errors
        // Numbers go with -C only: tcpdump -G -W names its files by time alone.
        naming = CaptureFileName(pattern: pattern, expandsTime: rotation.seconds != nil,
                                 ring: rotation.bytes != nil ? rotation.ring : nil)
        openedAt = time(nil)
        currentName = naming.name(openedAt: openedAt, number: 0)
        file = try DumpFile(path: currentName, session: session)
        started()
    }

    var isRotating: Bool { rotation.seconds != nil || rotation.bytes != nil }

    /// One frame (the hot path: two comparisons and libpcap's buffered write).
    @inline(__always)
    func write(_ bytes: UnsafeRawBufferPointer, timestamp: Timestamp, wireLength: Int) {
        if timestamp.seconds >= rotateAt { next(number: 0, at: time_t(timestamp.seconds)) }
        if let limit = rotation.bytes, bytesWritten > limit { next(number: number + 1, at: openedAt) }
        file?.write(bytes, timestamp: timestamp, wireLength: wireLength)
        bytesWritten &+= bytes.count &+ Self.frameHeader
    }

    /// The capture loop's tick: writes out what is buffered (a failure is told here), and
    /// opens the next `-G` file even when no frame comes to do it.
    func tick() {
        if let file {
            if let failure = file.flush() { lost(failure) } else { errors.recovered(.pcap, currentName) }
        }
        let now = time(nil)
        if Int64(now) >= rotateAt { next(number: 0, at: now) }
    }

    /// SIGHUP: the current file is closed and the name opened again, appended to if the
    /// file is still there (logrotate moved it away: a new one). With `-G` the name is
    /// that of the present moment, so the reopen starts a new file, and a new interval.
    func reopen() {
        // Standard output or a device stays as it is: closing it would lose it.
        guard LiveFileOptions.isPlainPath(naming.pattern) else { return }
        close()
        let now = time(nil)
        let name = naming.name(openedAt: now, number: rotation.seconds != nil ? 0 : number)
        open(name, at: now, appending: true)
        if rotation.seconds != nil { number = 0 }
    }

    /// Closes the file at the end of the capture.
    func close() {
        if let failure = file?.close() { lost(failure) }
        file = nil
    }

    private func next(number: Int, at time: time_t) {
        close()
        var number = number
        if let ring = rotation.ring, rotation.bytes != nil, number >= ring { number = 0 }
        self.number = number
        open(naming.name(openedAt: time, number: number), at: time, appending: false)
    }

    private func open(_ name: String, at time: time_t, appending: Bool) {
        currentName = name
        openedAt = time
        do {
            // Told as writing again once a flush has gone through (a full disk may still take a new file).
            file = try DumpFile(path: name, session: session, appending: appending)
        } catch {
            file = nil
            // libpcap's text starts with the path.
            let detail = error.detail.hasPrefix(name + ": ") ? String(error.detail.dropFirst(name.count + 2)) : error.detail
            errors.failed(.pcap, name, error: detail, until: until)
        }
        started()
    }

    /// Counts from the new file: its interval, its size, the ring of `-G` files.
    private func started() {
        rotateAt = rotation.seconds.map { Int64(openedAt) + Int64($0) } ?? .max
        bytesWritten = Self.fileHeader
        guard let ring = rotation.ring else { return }
        kept.removeAll { $0 == currentName }
        kept.append(currentName)
        guard kept.count > ring else { return }
        let oldest = kept.removeFirst()
        // -C numbers wrap onto the oldest file; -G names do not, so it goes.
        if rotation.bytes == nil { unlink(oldest) }
    }

    private func lost(_ code: Int32) {
        // Closed at once: the frames that follow would be lost too, and a cut record is the file's last.
        file?.close()
        file = nil
        errors.failed(.pcap, currentName, errno: code, until: until)
    }

    private var until: String {
        isRotating ? "frames are not written until the next file opens" : "frames are not written until SIGHUP reopens it"
    }
}
