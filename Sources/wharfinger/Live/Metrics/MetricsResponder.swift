import Glibc
import Synchronization

/// Serves one page, the latest metrics text, at `GET /metrics` from a thread of its own;
/// any other request gets 404. One connection at a time, each closed after its answer
/// (`Connection: close`), with 2-second socket timeouts so a client that stalls cannot
/// hold it long. The capture loop only swaps the page (`publish`), under a lock held
/// for the swap alone, so it never waits on a scraper.
final class MetricsResponder: Sendable {
    let address: MetricsAddress
    private let listener: Int32
    private let page = Mutex<[UInt8]>([])
    private let stopping = Atomic<Bool>(false)
    /// How long `accept` waits before looking at `stopping` again, in milliseconds.
    private static let pollMilliseconds: Int32 = 250
    private static let requestLimit = 8192
    private static let socketTimeoutSeconds = 2

    /// Binds and listens at once, so a port in use is reported before the capture starts.
    init(listeningOn address: MetricsAddress) throws(MetricsEndpointError) {
        self.address = address
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Self.error(address, errno) }
        var on: Int32 = 1
        // A restart may bind the port while the last run's connections sit in TIME_WAIT; a
        // program still listening there is refused all the same (EADDRINUSE).
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var storage = address.storage
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, address.length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let code = errno
            close(fd)
            throw Self.error(address, code)
        }
        listener = fd
    }

    private static func error(_ address: MetricsAddress, _ code: Int32) -> MetricsEndpointError {
        let reason = switch code {
        case EADDRINUSE: "the port is in use (another program listens there)"
        case EADDRNOTAVAIL: "not an address of this machine"
        case EACCES: "no right to listen there (ports below 1024 need root)"
        case EAFNOSUPPORT: "this machine has no \(address.family == AF_INET6 ? "IPv6" : "IPv4")"
        default: String(cString: strerror(code))
        }
        return .cannotListen(address.description, reason: reason)
    }

    /// Starts answering on a thread of its own.
    func start() {
        SystemThread.start { [self] in serve() }
    }

    /// The text `GET /metrics` returns from now on.
    func publish(_ text: [UInt8]) {
        page.withLock { $0 = text }
    }

    /// Stops answering: the thread closes the socket within a quarter second.
    func stop() {
        stopping.store(true, ordering: .relaxed)
    }

    private func serve() {
        defer { close(listener) }
        while !stopping.load(ordering: .relaxed) {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Self.pollMilliseconds) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            answer(client)
            close(client)
        }
    }

    private func answer(_ client: Int32) {
        var timeout = timeval(tv_sec: Self.socketTimeoutSeconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // The whole request head is read before answering: closing a socket with unread
        // bytes sends a reset, which can cost the client the answer.
        var request = [UInt8](repeating: 0, count: Self.requestLimit)
        var used = 0
        while used < request.count && !Self.headEnds(request[..<used]) {
            let got = request.withUnsafeMutableBytes { recv(client, $0.baseAddress! + used, $0.count - used, 0) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return }
            used += got
        }
        let target = Self.metricsTarget(request[..<used])
        let body = target ? page.withLock { $0 } : Array("not found: this endpoint serves GET /metrics\n".utf8)
        let head = (target ? "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
                           : "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\n")
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        if send(all: Array(head.utf8), to: client) { _ = send(all: body, to: client) }
    }

    /// Writes every byte (MSG_NOSIGNAL: a client gone away is an error here, not SIGPIPE).
    private func send(all bytes: [UInt8], to client: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let wrote = bytes.withUnsafeBytes { Glibc.send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return false }
            sent += wrote
        }
        return true
    }

    /// The request head ends with an empty line (CRLF CRLF, or LF LF from a lax client).
    private static func headEnds(_ bytes: ArraySlice<UInt8>) -> Bool {
        var newlines = 0
        for byte in bytes {
            if byte == 10 {
                newlines += 1
                if newlines == 2 { return true }
            } else if byte != 13 {
                newlines = 0
            }
        }
        return false
    }

    /// `GET /metrics` (a query string allowed), as the request line says.
    static func metricsTarget(_ head: ArraySlice<UInt8>) -> Bool {
        let line = head.prefix { $0 != 13 && $0 != 10 }
        let words = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard words.count == 3, words[0].elementsEqual("GET".utf8), words[2].starts(with: "HTTP/".utf8) else {
            return false
        }
        let path = words[1].prefix { $0 != UInt8(ascii: "?") }
        return path.elementsEqual("/metrics".utf8)
    }
}
