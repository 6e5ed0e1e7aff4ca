import WharfingerWire

/// An FTP control connection announcing where a data connection will listen.
public struct FTPAnnouncement: Equatable, Sendable {
    /// PORT/EPRT: the FTP client listens; PASV/EPSV: the FTP server does.
    public enum Kind: UInt8, Sendable {
        case port = 1, eprt, pasv, epsv
    }
    var listener: Endpoint
    var kind: Kind
}

/// How the reports name the data connections an FTP control connection announced, whatever
/// their ports: one service, `ftp-data`, as Zeek and tshark name them, tallied under its
/// registered port rather than one row per ephemeral port.
enum FTPDataService {
    static let name = "ftp-data"
    static let port: UInt16 = 20
}

/// Reads PORT/EPRT commands and 227/229 replies from FTP control payloads. Runs only on
/// control connections (tcp/21 or payload recognised as FTP), one packet at a time;
/// a command split across segments is missed (rare: they are one short line).
@usableFromInline
enum FTPControlParser {
    @usableFromInline
    static func parse(_ payload: borrowing RawSpan, sender: IPAddress) -> FTPAnnouncement? {
        // Most segments are dismissed here: PORT, EPRT (either case), 227 and 229 only.
        guard payload.byteCount >= 4, mayAnnounce(payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self)) else {
            return nil
        }
        return payload.withUnsafeBytes { raw -> FTPAnnouncement? in
            let bytes = raw.prefix(512)
            guard bytes.count >= 4 else { return nil }
            func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
            let head = (upper(bytes[bytes.startIndex]), upper(bytes[bytes.startIndex + 1]),
                        upper(bytes[bytes.startIndex + 2]), upper(bytes[bytes.startIndex + 3]))
            let rest = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(4))
            switch head {
            case (0x50, 0x4F, 0x52, 0x54):  // PORT h1,h2,h3,h4,p1,p2
                return sixNumbers(rest).map { FTPAnnouncement(listener: $0, kind: .port) }
            case (0x32, 0x32, 0x37, _):  // 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)
                return sixNumbers(rest).map { FTPAnnouncement(listener: $0, kind: .pasv) }
            case (0x45, 0x50, 0x52, 0x54):  // EPRT |1|132.235.1.2|6275|
                return eprt(rest).map { FTPAnnouncement(listener: $0, kind: .eprt) }
            case (0x32, 0x32, 0x39, _):  // 229 Entering Extended Passive Mode (|||6446|)
                return epsvPort(rest).map { FTPAnnouncement(listener: Endpoint(ip: sender, port: $0), kind: .epsv) }
            default:
                return nil
            }
        }
    }

    /// False when a payload starting with `first` announces nothing: PORT, EPRT (either
    /// case), 227 and 229 start with "p", "e" or "2".
    @inlinable @inline(__always)
    static func mayAnnounce(_ first: UInt8) -> Bool {
        first | 0x20 == UInt8(ascii: "p") || first | 0x20 == UInt8(ascii: "e") || first == UInt8(ascii: "2")
    }

    /// The first run of six comma-separated decimal numbers: an IPv4 address and a port.
    private static func sixNumbers(_ bytes: UnsafeRawBufferPointer) -> Endpoint? {
        var i = 0
        while i < bytes.count && !isDigit(bytes[i]) {
            if bytes[i] == 0x0D || bytes[i] == 0x0A { return nil }
            i += 1
        }
        var numbers: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        for n in 0..<6 {
            var value = 0, digits = 0
            while i < bytes.count && isDigit(bytes[i]) && digits < 4 {
                value = value * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0, value <= 255 else { return nil }
            switch n {
            case 0: numbers.0 = value
            case 1: numbers.1 = value
            case 2: numbers.2 = value
            case 3: numbers.3 = value
            case 4: numbers.4 = value
            default: numbers.5 = value
            }
            if n < 5 {
                guard i < bytes.count, bytes[i] == 0x2C else { return nil }
                i += 1
            }
        }
        let ip = UInt32(numbers.0) << 24 | UInt32(numbers.1) << 16 | UInt32(numbers.2) << 8 | UInt32(numbers.3)
        let port = UInt16(numbers.4) << 8 | UInt16(numbers.5)
        guard port != 0 else { return nil }
        return Endpoint(ip: IPAddress(ipv4: ip), port: port)
    }

    /// `<d>proto<d>address<d>port<d>` after optional spaces.
    private static func eprt(_ bytes: UnsafeRawBufferPointer) -> Endpoint? {
        var fields: [String] = []
        var i = 0
        while i < bytes.count && bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return nil }
        let delimiter = bytes[i]
        i += 1
        var current: [UInt8] = []
        while i < bytes.count && fields.count < 3 {
            let b = bytes[i]
            if b == 0x0D || b == 0x0A { return nil }
            if b == delimiter {
                fields.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(b)
            }
            i += 1
        }
        guard fields.count == 3, let address = IPAddress(fields[1]), let port = UInt16(fields[2]), port != 0 else {
            return nil
        }
        return Endpoint(ip: address, port: port)
    }

    /// The port in `(|||port|)`.
    private static func epsvPort(_ bytes: UnsafeRawBufferPointer) -> UInt16? {
        guard let open = bytes.firstIndex(of: 0x28), open + 4 < bytes.count else { return nil }
        let d = bytes[open + 1]
        guard bytes[open + 2] == d, bytes[open + 3] == d else { return nil }
        var i = open + 4, value = 0, digits = 0
        while i < bytes.count && isDigit(bytes[i]) && digits < 5 {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, value > 0, value <= 65535, i < bytes.count, bytes[i] == d else { return nil }
        return UInt16(value)
    }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

/// Announced data-connection listeners, looked up when a new TCP flow starts. Bounded:
/// the oldest announcements are forgotten first.
struct FTPExpectations {
    private var byEndpoint: [EndpointKey: FTPAnnouncement.Kind] = [:]
    private var order: [EndpointKey] = []
    private var oldest = 0
    let capacity = 4096

    var isEmpty: Bool { byEndpoint.isEmpty }

    mutating func add(_ announcement: FTPAnnouncement) {
        let key = EndpointKey(announcement.listener, transport: .tcp)
        if byEndpoint.updateValue(announcement.kind, forKey: key) != nil { return }
        if order.count < capacity {
            order.append(key)
        } else {
            byEndpoint.removeValue(forKey: order[oldest])
            order[oldest] = key
            oldest = (oldest + 1) % capacity
        }
    }

    func kind(listener: Endpoint) -> FTPAnnouncement.Kind? {
        byEndpoint[EndpointKey(listener, transport: .tcp)]
    }
}
