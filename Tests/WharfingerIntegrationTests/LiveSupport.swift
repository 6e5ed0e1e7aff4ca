import Foundation
import Testing

/// Live tests capture on `lo` while real programs talk over 127.0.0.0/8; they need root.
enum LiveEnvironment {
    static var isRoot: Bool { getuid() == 0 }
    static let rootOnly = "live capture needs root (CI runs the tests as root)"

    /// A loopback address of its own per test (127.77.x.y), so servers on well-known
    /// ports cannot collide with anything else on the machine.
    static func loopbackAddress() -> String {
        "127.77.\(Int.random(in: 1...250)).\(Int.random(in: 2...250))"
    }

    /// A TCP port nothing listens on at `address` right now.
    static func freePort(on address: String = "127.0.0.1") -> UInt16 {
        for _ in 0..<50 {
            let port = UInt16.random(in: 20_000...40_000)
            if !canConnect(address, port) { return port }
        }
        return 39_999
    }

    static func canConnect(_ address: String, _ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_port = port.bigEndian
        inet_pton(AF_INET, address, &sin.sin_addr)
        return withUnsafePointer(to: &sin) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// Waits (at most `seconds`) until something accepts TCP connections at address:port.
    static func waitUntilListening(_ address: String, _ port: UInt16, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if canConnect(address, port) { return true }
            usleep(50_000)
        }
        return false
    }
}

/// A program running in the background, its output collected in files. Spawned with
/// posix_spawn and reaped with waitpid, so polling it needs no run loop; signals start
/// at their defaults and unblocked whatever the test runner set. It is always ended: by
/// the test, or by `deinit` (SIGKILL) if the test failed on the way.
final class Background {
    let pid: pid_t
    private let outPath: String
    private let errPath: String
    private var finished: RunResult?
    private var exitStatus: Int32?

    init(_ executable: String, _ arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.path
        outPath = "\(folder)/wharfinger-bg-out-\(UUID().uuidString)"
        errPath = "\(folder)/wharfinger-bg-err-\(UUID().uuidString)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        guard status == 0 else { throw LiveTestError.spawnFailed(executable, status) }
        pid = child
    }

    static func wharfinger(_ arguments: [String]) throws -> Background {
        try Background(Paths.binary.path, arguments)
    }

    deinit {
        if isRunning {
            kill(pid, SIGKILL)
            reap(blocking: true)
        }
        unlink(outPath)
        unlink(errPath)
    }

    var stderrSoFar: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }
    var stdoutSoFar: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }

    var isRunning: Bool {
        reap(blocking: false)
        return exitStatus == nil
    }

    private func reap(blocking: Bool) {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, blocking ? 0 : WNOHANG) == pid {
            // Exit status, or 128 + the signal, as a shell reports it.
            exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// Waits (bounded) for a text on stderr, e.g. wharfinger's "listening on" line.
    func waitForStderr(_ text: String, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stderrSoFar.contains(text) { return true }
            if !isRunning { return stderrSoFar.contains(text) }
            usleep(20_000)
        }
        return false
    }

    func signal(_ number: Int32) { if isRunning { kill(pid, number) } }

    /// Waits for the end, at most `seconds`; then SIGKILL (a status of 137).
    func wait(seconds: Double = 30) -> RunResult {
        if let finished { return finished }
        let deadline = Date().addingTimeInterval(seconds)
        while isRunning && Date() < deadline { usleep(20_000) }
        if isRunning { kill(pid, SIGKILL) }
        reap(blocking: true)
        let result = RunResult(status: exitStatus ?? -1, stdout: stdoutSoFar, stderr: stderrSoFar)
        finished = result
        return result
    }

    /// Ends a server the test started: SIGTERM, then SIGKILL if it lingers.
    func stop() {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        _ = wait(seconds: 5)
    }
}

/// python3's http.server on `address` port 80, serving an index.html with `page` from
/// `folder`, once it listens. Stop it with `stop()` (a `defer` right after).
func startHTTPServer(on address: String, in folder: URL, page: String = "hello from the wharf\n") throws -> Background {
    try page.write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    let server = try Background("/usr/bin/env", ["python3", "-m", "http.server", "80", "--bind", address,
                                                "--directory", folder.path])
    guard LiveEnvironment.waitUntilListening(address, 80) else {
        server.stop()
        throw LiveTestError.serverDidNotStart(server.stderrSoFar)
    }
    return server
}

/// A live capture on `lo` the test controls: started, waited for, stopped.
func startLive(_ arguments: [String]) throws -> Background {
    let live = try Background.wharfinger(["live", "-i", "lo"] + arguments)
    guard live.waitForStderr("listening on lo") else {
        let result = live.wait(seconds: 1)
        throw LiveTestError.notListening(result.stderr)
    }
    return live
}

enum LiveTestError: Error {
    case notListening(String)
    case notJSON(String)
    case serverDidNotStart(String)
    case spawnFailed(String, Int32)
}

/// The report JSON object on stdout (the last line when several reports were written).
func reportObject(_ stdout: String) throws -> [String: Any] {
    guard let line = stdout.split(separator: "\n").last,
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw LiveTestError.notJSON(String(stdout.prefix(500)))
    }
    return object
}

/// Typed reads of the report's members.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    func string(_ key: String) -> String? { self[key] as? String }
}

/// Runs a traffic generator to completion (bounded by `timeout`, which kills it).
@discardableResult
func generate(_ executable: String, _ arguments: [String], timeout: Double = 20) throws -> RunResult {
    let client = try Background(executable, arguments)
    return client.wait(seconds: timeout)
}
