import CPcap
import Glibc

/// A capture device as libpcap lists it (`pcap_findalldevs`).
public struct CaptureDevice: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        /// "ipv4", "ipv6" or "link".
        public var family: String
        public var address: String
        public var netmask: String?
    }

    public var name: String
    public var description: String?
    public var addresses: [Address]
    public var isUp: Bool
    public var isRunning: Bool
    public var isLoopback: Bool
    public var isWireless: Bool
    /// Whether the device is connected (libpcap's PCAP_IF_CONNECTION_STATUS); nil when unknown.
    public var connection: ConnectionStatus?

    public enum ConnectionStatus: Sendable, Equatable {
        case connected, disconnected
        /// The device has no notion of being connected (loopback, `any`).
        case notApplicable
    }

    /// Every device libpcap can open, in its order (the best default first).
    public static func all() throws(CaptureError) -> [CaptureDevice] {
        var list: UnsafeMutablePointer<pcap_if_t>?
        let (status, detail) = withErrorBuffer { pcap_findalldevs(&list, $0) }
        guard status == 0 else { throw .liveFailed(device: "(devices)", detail: detail) }
        defer { pcap_freealldevs(list) }
        var devices: [CaptureDevice] = []
        var cursor = list
        while let entry = cursor {
            devices.append(CaptureDevice(entry.pointee))
            cursor = entry.pointee.next
        }
        return devices
    }

    init(_ entry: pcap_if_t) {
        name = String(cString: entry.name)
        description = entry.description.map { String(cString: $0) }
        let flags = entry.flags
        isUp = flags & UInt32(PCAP_IF_UP) != 0
        isRunning = flags & UInt32(PCAP_IF_RUNNING) != 0
        isLoopback = flags & UInt32(PCAP_IF_LOOPBACK) != 0
        isWireless = flags & UInt32(PCAP_IF_WIRELESS) != 0
        connection = switch flags & UInt32(PCAP_IF_CONNECTION_STATUS) {
        case UInt32(PCAP_IF_CONNECTION_STATUS_CONNECTED): .connected
        case UInt32(PCAP_IF_CONNECTION_STATUS_DISCONNECTED): .disconnected
        case UInt32(PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE): .notApplicable
        default: nil
        }
        var found: [Address] = []
        var cursor = entry.addresses
        while let item = cursor {
            if let address = item.pointee.addr, let (family, text) = socketAddressText(address) {
                let mask = item.pointee.netmask.flatMap { socketAddressText($0)?.1 }
                found.append(Address(family: family, address: text, netmask: mask))
            }
            cursor = item.pointee.next
        }
        addresses = found
    }
}

/// An IPv4, IPv6 or link-layer socket address as text, or nil for other families.
private func socketAddressText(_ address: UnsafeMutablePointer<sockaddr>) -> (String, String)? {
    switch Int32(address.pointee.sa_family) {
    case AF_INET:
        return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
            var sin = v4.pointee.sin_addr
            return ("ipv4", presentation(AF_INET, &sin, Int(INET_ADDRSTRLEN)))
        }
    case AF_INET6:
        return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
            var sin6 = v6.pointee.sin6_addr
            var text = presentation(AF_INET6, &sin6, Int(INET6_ADDRSTRLEN))
            if v6.pointee.sin6_scope_id != 0 { text += "%\(v6.pointee.sin6_scope_id)" }
            return ("ipv6", text)
        }
    case AF_PACKET:
        // sockaddr_ll (linux/if_packet.h, not in Glibc's module): the hardware address
        // length is byte 11, the address starts at byte 12 (at most 8 bytes).
        let raw = UnsafeRawPointer(address)
        let length = min(Int(raw.load(fromByteOffset: LinkAddress.lengthOffset, as: UInt8.self)), 8)
        guard length > 0 else { return nil }
        let digits = Array("0123456789abcdef")
        let hex = (0..<length).map { index in
            let byte = raw.load(fromByteOffset: LinkAddress.addressOffset + index, as: UInt8.self)
            return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
        }
        return ("link", hex.joined(separator: ":"))
    default:
        return nil
    }
}

private func presentation<T>(_ family: Int32, _ address: inout T, _ size: Int) -> String {
    var buffer = [CChar](repeating: 0, count: size)
    let ok = withUnsafePointer(to: &address) { pointer in
        buffer.withUnsafeMutableBufferPointer { inet_ntop(family, pointer, $0.baseAddress, socklen_t(size)) != nil }
    }
    guard ok else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Field offsets of Linux's `struct sockaddr_ll`.
private enum LinkAddress {
    static let lengthOffset = 11
    static let addressOffset = 12
}
