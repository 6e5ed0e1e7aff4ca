import ArgumentParser

/// The files a live capture writes as it runs: the frames (`-w`, rotated like tcpdump's)
/// and the conn.log (`--log`, rotated like Zeek's).
struct LiveFileOptions: ParsableArguments {
    @Option(name: .customShort("w"), help: ArgumentHelp(
        "Also write the captured frames to this pcap file (with -G: a strftime pattern, as in tcpdump).",
        valueName: "file"),
            completion: .file(extensions: captureFileExtensions))
    var write: String?

    @Option(name: .customShort("G"), help: ArgumentHelp(
        "With -w: a new file every SECONDS, its name the -w pattern through strftime at its opening (cap-%H%M%S.pcap), as tcpdump -G.",
        valueName: "seconds"))
    var rotateSeconds: Int?

    @Option(name: .customShort("C"), help: ArgumentHelp(
        "With -w: a new file once the current one is past MB million bytes, numbered as tcpdump -C does (cap.pcap, cap.pcap1, cap.pcap2...).",
        valueName: "MB"))
    var fileSize: Double?

    @Option(name: .customShort("W"), help: ArgumentHelp(
        "With -C or -G: keep N files. With -C the numbers wrap, as tcpdump's ring (cap.pcap0...); with -G alone the oldest file is removed as a new one opens.",
        valueName: "N"))
    var fileCount: Int?

    @Option(name: .long, help: ArgumentHelp("Also write Zeek's conn.log to this file: one record per connection as it ends.", valueName: "file"),
            completion: .file())
    var log: String?

    @Option(name: .long, help: ArgumentHelp("The --log file's format: zeek (TSV) or zeek-json.", valueName: "format"),
            completion: .list(["zeek", "zeek-json"]))
    var logFormat: OutputFormat = .zeek

    @Option(name: .long, help: ArgumentHelp(
        "With --log: every SECONDS (on multiples of it since midnight UTC) close the log and rename it with its open and close times, as Zeek does (conn.2026-12-06-18-00-00_2026-12-06-19-00-00.log).",
        valueName: "seconds"))
    var rotate: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Also write the report as one self-contained HTML page (charts and tables) to this file when the capture ends.",
        valueName: "file"),
            completion: .file(extensions: ["html"]))
    var html: String?

    func validate() throws {
        if write == nil && (rotateSeconds != nil || fileSize != nil || fileCount != nil) {
            throw ValidationError("-G, -C and -W rotate the -w file: give -w FILE")
        }
        // Rotation renames and replaces files: never standard output or a device.
        if let write, rotateSeconds != nil || fileSize != nil, !Self.isPlainPath(write) {
            throw ValidationError("-G and -C rotate files: -w '\(write)' is standard output or a device")
        }
        if let log, rotate != nil, !Self.isPlainPath(log) {
            throw ValidationError("--rotate renames the log: --log '\(log)' is standard output or a device")
        }
        if let rotateSeconds, rotateSeconds < 1 { throw ValidationError("-G must be at least 1 second") }
        if let fileSize, !(fileSize > 0) { throw ValidationError("-C must be positive (millions of bytes)") }
        if let fileCount {
            guard fileCount >= 1 else { throw ValidationError("-W must be at least 1") }
            if rotateSeconds == nil && fileSize == nil { throw ValidationError("-W goes with -C or -G") }
        }
        if log == nil && rotate != nil { throw ValidationError("--rotate rotates the --log file: give --log FILE") }
        if let rotate, rotate < 1 { throw ValidationError("--rotate must be at least 1 second") }
        if logFormat.zeekStyle == nil { throw ValidationError("--log-format is zeek or zeek-json") }
    }

    /// Not `-` (standard output) and not under /dev.
    static func isPlainPath(_ path: String) -> Bool { path != "-" && !path.hasPrefix("/dev/") }

    var rotation: RotatingCapture.Rotation {
        RotatingCapture.Rotation(seconds: rotateSeconds, bytes: fileSize.map { Int($0 * 1_000_000) }, ring: fileCount)
    }
}
