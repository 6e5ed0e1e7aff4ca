import Glibc

/// Sends finished IPFIX messages: over UDP one datagram each, over TCP back to back on
/// one stream, where each message's length field delimits it (RFC 7011 §10.4.2).
///
/// A TCP connection that fails is closed; the next message may open a new one (at most
/// every `reconnectInterval` seconds), and the templates must then be sent again, since
/// they belong to a transport session (§8). Connecting and sending are bounded by
/// `timeout`, so a stalled collector cannot hold the analysis for long. It owns its
/// socket (closed when it goes).
public struct IPFIXSender: ~Copyable, Sendable {
    public let destination: IPFIXDestination
    /// Seconds to wait for a TCP connection, or for room to send.
    public static let timeout = 3.0
    public static let reconnectInterval = 5.0

    private var addresses: [(storage: sockaddr_storage, length: socklen_t)]
    private var descriptor: Int32 = -1
    private var lastAttempt = 0.0
    /// The connection is new and nothing has been sent on it yet: templates go first.
    public private(set) var needsTemplates = true
    /// The latest send error, as strerror says it.
    public private(set) var lastError: String?

    /// Resolves the host and opens the socket (for TCP, connects): a collector that
    /// cannot be found or reached fails here, before any traffic is read.
    public init(destination: IPFIXDestination) throws(IPFIXExportError) {
        let addresses = try Self.resolve(destination)
        let (socket, failure) = Self.connectedSocket(addresses, transport: destination.transport)
        guard let socket else { throw .unreachable(destination, detail: failure) }
        self.destination = destination
        self.addresses = addresses
        descriptor = socket
        lastAttempt = Self.monotonicSeconds()
    }

    deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

    public var isOpen: Bool { descriptor >= 0 }

    /// A new connection to try after a TCP failure, once `reconnectInterval` has passed since
    /// the last attempt. Its `connect()` blocks (at most `timeout`), so the caller runs it
    /// without holding what guards the sender, then hands the outcome to `adopt`.
    public mutating func reconnectionDue() -> Reconnection? {
        guard descriptor < 0 else { return nil }
        let now = Self.monotonicSeconds()
        guard now - lastAttempt >= Self.reconnectInterval else { return nil }
        lastAttempt = now
        return Reconnection(addresses: addresses, transport: destination.transport)
    }

    public struct Reconnection: Sendable {
        fileprivate let addresses: [(storage: sockaddr_storage, length: socklen_t)]
        fileprivate let transport: IPFIXDestination.Transport

        public func connect() -> Outcome {
            let (socket, failure) = IPFIXSender.connectedSocket(addresses, transport: transport)
            return socket.map(Outcome.connected) ?? .failed(failure)
        }
    }

    /// A reconnection's result: a connected socket, owned by whoever holds it until
    /// `adopt` or `discard`, or why there is none.
    public enum Outcome: Sendable {
        case connected(Int32)
        case failed(String)

        public func discard() {
            if case .connected(let socket) = self { Glibc.close(socket) }
        }
    }

    /// Takes the new connection (the templates go first on it), or notes why it failed.
    public mutating func adopt(_ outcome: Outcome) {
        switch outcome {
        case .connected(let socket) where descriptor < 0:
            descriptor = socket
            needsTemplates = true
        case .connected:
            outcome.discard()
        case .failed(let failure):
            lastError = failure
        }
    }

    /// Sends one whole message. False when it was not sent (`lastError` says why); a
    /// TCP connection is then closed, as part of a message may have gone.
    public mutating func send(_ message: [UInt8]) -> Bool {
        guard descriptor >= 0 else { return false }
        if destination.transport == .tcp, let failure = peerClosed() {
            // Sent now, the message would vanish into a connection the collector has left.
            lastError = failure
            close()
            return false
        }
        var sent = 0
        let failure: String? = message.withUnsafeBytes { raw in
            while sent < raw.count {
                let count = Glibc.send(descriptor, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno == EAGAIN ? "timed out" : String(cString: strerror(errno))
                }
                sent += count
            }
            return nil
        }
        if let failure {
            lastError = failure
            if destination.transport == .tcp { close() }
            return false
        }
        needsTemplates = false
        return true
    }

    /// A collector sends nothing on an IPFIX TCP connection: when it reads as ready, the
    /// collector has closed or reset it. Why, or nil while it is open.
    private func peerClosed() -> String? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) == 1 else { return nil }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count == 0 { return "the collector closed the connection" }
        if count < 0 && errno != EAGAIN { return String(cString: strerror(errno)) }
        return nil
    }

    public mutating func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    // MARK: - Sockets

    private static func resolve(_ destination: IPFIXDestination) throws(IPFIXExportError)
        -> [(storage: sockaddr_storage, length: socklen_t)] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(destination.transport == .udp ? SOCK_DGRAM.rawValue : SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(destination.host, String(destination.port), &hints, &list)
        guard status == 0, let first = list else {
            throw .unresolvable(destination, detail: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var found: [(storage: sockaddr_storage, length: socklen_t)] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            var storage = sockaddr_storage()
            let length = current.pointee.ai_addrlen
            withUnsafeMutableBytes(of: &storage) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(start: current.pointee.ai_addr, count: Int(length)))
            }
            found.append((storage, length))
            entry = current.pointee.ai_next
        }
        return found
    }

    /// A socket connected to the first address that takes it; the failure text otherwise.
    private static func connectedSocket(_ addresses: [(storage: sockaddr_storage, length: socklen_t)],
                                        transport: IPFIXDestination.Transport) -> (Int32?, String) {
        var failure = "no address"
        for (storage, length) in addresses {
            var address = storage
            let type = transport == .udp ? SOCK_DGRAM.rawValue : SOCK_STREAM.rawValue
            let fd = socket(Int32(address.ss_family), Int32(type) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { failure = String(cString: strerror(errno)); continue }
            if let problem = connect(fd, to: &address, length: length) {
                Glibc.close(fd)
                failure = problem
                continue
            }
            var timeout = timeval(tv_sec: Int(Self.timeout), tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            return (fd, "")
        }
        return (nil, failure)
    }

    /// connect(2), bounded by `timeout` for TCP (non-blocking, then poll).
    private static func connect(_ fd: Int32, to address: inout sockaddr_storage, length: socklen_t) -> String? {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(fd, F_SETFL, flags) }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, length) }
        }
        if status == 0 { return nil }
        guard errno == EINPROGRESS else { return String(cString: strerror(errno)) }
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        var ready: Int32
        repeat { ready = poll(&poller, 1, Int32(Self.timeout * 1000)) } while ready < 0 && errno == EINTR
        if ready < 0 { return String(cString: strerror(errno)) }
        if ready == 0 { return "timed out" }
        var error: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size)
        return error == 0 ? nil : String(cString: strerror(error))
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
