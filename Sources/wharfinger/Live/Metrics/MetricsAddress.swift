import Glibc

/// Why `--metrics` cannot be served. Bad text is a usage error (64); an address this
/// machine cannot listen on (a port in use, an address it does not have, a port it may
/// not use) has its own status, 6, so scripts can tell it from a capture failure.
enum MetricsEndpointError: Error {
    case badAddress(String, reason: String)
    case cannotListen(String, reason: String)

    var message: String {
        switch self {
        case .badAddress(let text, let reason), .cannotListen(let text, let reason): "--metrics \(text): \(reason)"
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .badAddress: 64
        case .cannotListen: 6
        }
    }
}

/// The address `--metrics` listens on: an IPv4 literal, an IPv6 literal in brackets or
/// `localhost` (127.0.0.1), then a colon and a port: `127.0.0.1:9464`, `[::1]:9464`.
/// No name is resolved: a metrics endpoint should not wait on DNS.
struct MetricsAddress: CustomStringConvertible {
    let description: String
    let family: Int32
    private(set) var storage = sockaddr_storage()
    let length: socklen_t

    init(parsing text: String) throws(MetricsEndpointError) {
        description = text
        func bad(_ reason: String) -> MetricsEndpointError { .badAddress(text, reason: reason) }
        let host: Substring, portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") else {
                throw bad("an IPv6 address is written in brackets before the port, as [::1]:9464")
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw bad("give an address and a port, as 127.0.0.1:9464") }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            if host.contains(":") { throw bad("write an IPv6 address in brackets, as [::1]:9464") }
        }
        guard !host.isEmpty else {
            throw bad("give the address to listen on, as 127.0.0.1:9464 (0.0.0.0:9464 listens on every interface)")
        }
        guard portText.allSatisfy(\.isASCII), let port = UInt16(portText), port > 0 else {
            throw bad("the port must be a number from 1 to 65535")
        }
        let literal = host == "localhost" ? "127.0.0.1" : String(host)
        var v4 = sockaddr_in(), v6 = sockaddr_in6()
        if !text.hasPrefix("["), inet_pton(AF_INET, literal, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
            family = AF_INET
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: v4) { raw.copyMemory(from: $0) } }
        } else if text.hasPrefix("["), inet_pton(AF_INET6, literal, &v6.sin6_addr) == 1 {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = port.bigEndian
            family = AF_INET6
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: v6) { raw.copyMemory(from: $0) } }
        } else {
            throw bad("'\(host)' is not an IPv4 address, an IPv6 address in brackets or localhost (names are not resolved)")
        }
    }

    /// The URL a scraper reads.
    var url: String { "http://\(description)/metrics" }
}
