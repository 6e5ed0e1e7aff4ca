import Foundation
import Glibc
import WharfingerWire

/// The IPFIX messages a collector received, read back by a parser of its own (not the
/// encoder's code): message headers, template sets and the data records they describe.
struct IPFIXReading {
    struct Field: Equatable {
        var element: UInt16
        var length: UInt16
        var enterprise: UInt32?
        /// "8", or "29305/1" for an enterprise element.
        var key: String { enterprise.map { "\($0)/\(element)" } ?? "\(element)" }
    }

    struct Message {
        var version: Int
        var length: Int
        var exportTime: UInt32
        var sequence: UInt32
        var domain: UInt32
        var setIDs: [Int] = []
        var records: [Record] = []
    }

    /// One data record's values by field key.
    struct Record {
        var template: Int
        var values: [String: [UInt8]]

        func number(_ key: String) -> UInt64 { (values[key] ?? []).reduce(0) { $0 << 8 | UInt64($1) } }
        func address(_ key: String) -> String {
            let bytes = values[key] ?? []
            if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
            let high = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let low = bytes.suffix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return IPAddress(high: high, low: low, isIPv6: true).description
        }

        var source: String { address(template == 257 ? "27" : "8") }
        var destination: String { address(template == 257 ? "28" : "12") }
        var sourcePort: Int { Int(number("7")) }
        var destinationPort: Int { Int(number("11")) }
        var proto: Int { Int(number("4")) }
        var packets: UInt64 { number("2") }
        var octets: UInt64 { number("1") }
        var reversePackets: UInt64 { number("29305/2") }
        var reverseOctets: UInt64 { number("29305/1") }
        var biflowDirection: Int { Int(number("239")) }
        var endReason: Int { Int(number("136")) }
        var flowID: UInt64 { number("148") }
        var start: UInt64 { number("152") }
        var end: UInt64 { number("153") }
        var applicationName: String { String(decoding: values["96"] ?? [], as: UTF8.self) }
        /// "tcp 10.0.0.1:40000 > 10.0.0.2:80", as the tests key conversations.
        var conversation: String {
            let name = proto == 6 ? "tcp" : "udp"
            let s = source.contains(":") ? "[\(source)]" : source, d = destination.contains(":") ? "[\(destination)]" : destination
            return "\(name) \(s):\(sourcePort) > \(d):\(destinationPort)"
        }
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var templates: [Int: [Field]] = [:]
    private(set) var messages: [Message] = []

    var records: [Record] { messages.flatMap(\.records) }

    /// Each datagram is one message.
    mutating func read(datagrams: [[UInt8]]) throws {
        for datagram in datagrams {
            let length = try read(message: datagram[...])
            guard length == datagram.count else { throw Problem(description: "datagram of \(datagram.count) bytes holds a message of \(length)") }
        }
    }

    /// Messages back to back, each delimited by its length field (TCP).
    mutating func read(stream: [UInt8]) throws {
        var rest = stream[...]
        while !rest.isEmpty {
            let length = try read(message: rest)
            rest = rest.dropFirst(length)
        }
    }

    private static func u16(_ b: ArraySlice<UInt8>, _ at: Int) -> Int { Int(b[b.startIndex + at]) << 8 | Int(b[b.startIndex + at + 1]) }
    private static func u32(_ b: ArraySlice<UInt8>, _ at: Int) -> UInt32 { UInt32(u16(b, at)) << 16 | UInt32(u16(b, at + 2)) }

    /// Reads the message at the start of `bytes`; returns its length.
    private mutating func read(message bytes: ArraySlice<UInt8>) throws -> Int {
        guard bytes.count >= 16 else { throw Problem(description: "\(bytes.count) bytes left: no message header") }
        let length = Self.u16(bytes, 2)
        guard length >= 16, length <= bytes.count else { throw Problem(description: "message length \(length) with \(bytes.count) bytes") }
        var message = Message(version: Self.u16(bytes, 0), length: length, exportTime: Self.u32(bytes, 4),
                              sequence: Self.u32(bytes, 8), domain: Self.u32(bytes, 12))
        let body = bytes.prefix(length)
        var offset = 16
        while offset < length {
            guard offset + 4 <= length else { throw Problem(description: "a set header cut at \(offset)") }
            let id = Self.u16(body, offset), setLength = Self.u16(body, offset + 2)
            guard setLength >= 4, offset + setLength <= length else {
                throw Problem(description: "set \(id) of length \(setLength) at \(offset) in a message of \(length)")
            }
            message.setIDs.append(id)
            let set = body[(body.startIndex + offset + 4)..<(body.startIndex + offset + setLength)]
            if id == 2 { try readTemplates(set) } else if id >= 256 { message.records += try readData(set, template: id) }
            offset += setLength
        }
        messages.append(message)
        return length
    }

    private mutating func readTemplates(_ set: ArraySlice<UInt8>) throws {
        var at = 0
        while at < set.count {
            guard at + 4 <= set.count else { throw Problem(description: "a template header cut") }
            let id = Self.u16(set, at), count = Self.u16(set, at + 2)
            at += 4
            var fields: [Field] = []
            for _ in 0..<count {
                guard at + 4 <= set.count else { throw Problem(description: "template \(id): a field cut") }
                let raw = Self.u16(set, at), length = Self.u16(set, at + 2)
                at += 4
                var enterprise: UInt32? = nil
                if raw & 0x8000 != 0 {
                    guard at + 4 <= set.count else { throw Problem(description: "template \(id): a PEN cut") }
                    enterprise = Self.u32(set, at)
                    at += 4
                }
                fields.append(Field(element: UInt16(raw & 0x7FFF), length: UInt16(length), enterprise: enterprise))
            }
            templates[id] = fields
        }
    }

    private func readData(_ set: ArraySlice<UInt8>, template id: Int) throws -> [Record] {
        guard let fields = templates[id] else { throw Problem(description: "data set \(id) before its template") }
        var records: [Record] = []
        var at = 0
        while at < set.count {
            var values: [String: [UInt8]] = [:]
            for field in fields {
                var length = Int(field.length)
                if field.length == 0xFFFF {
                    guard at < set.count else { throw Problem(description: "a variable length cut") }
                    length = Int(set[set.startIndex + at])
                    at += 1
                    if length == 255 {
                        length = Self.u16(set, at)
                        at += 2
                    }
                }
                guard at + length <= set.count else { throw Problem(description: "record of template \(id) cut at field \(field.key)") }
                values[field.key] = Array(set[(set.startIndex + at)..<(set.startIndex + at + length)])
                at += length
            }
            records.append(Record(template: id, values: values))
        }
        return records
    }
}

/// A loopback socket standing in for a collector: UDP datagrams, or one TCP stream.
final class LoopbackCollector {
    private(set) var descriptor: Int32
    let port: UInt16
    let isTCP: Bool

    /// `port` 0: one the kernel picks; another: a collector back on the port of one that went.
    init(tcp: Bool, port: UInt16 = 0) throws {
        isTCP = tcp
        // Close-on-exec: a program the test starts later (wharfinger itself) must not keep the
        // port open after `close()`.
        let fd = socket(AF_INET, Int32(tcp ? SOCK_STREAM.rawValue : SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var size: Int32 = 8 << 20
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            Glibc.close(fd)
            throw IPFIXReading.Problem(description: "bind: \(errno)")
        }
        if tcp { listen(fd, 4) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        self.port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close() }

    /// The collector goes away: its socket is closed (a TCP connection waiting is reset).
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    var url: String { "\(isTCP ? "tcp" : "udp")://127.0.0.1:\(port)" }

    /// The datagrams received so far (UDP), waiting at most `seconds` for the first.
    func datagrams(waiting seconds: Double = 0) -> [[UInt8]] {
        var received: [[UInt8]] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&poller, 1, Int32(seconds * 1000))
        while true {
            let count = recv(descriptor, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            guard count > 0 else { return received }
            received.append(Array(buffer[0..<count]))
        }
    }

    /// Everything sent on the one TCP connection, read until the sender closed it.
    func stream(waiting seconds: Double = 5) -> [UInt8] {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1000)) == 1 else { return [] }
        let connection = accept(descriptor, nil, nil)
        guard connection >= 0 else { return [] }
        defer { Glibc.close(connection) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var reader = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&reader, 1, Int32(seconds * 1000)) == 1 else { return bytes }
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return bytes }
            bytes += buffer[0..<count]
        }
    }

    /// A UDP port nothing is bound to right now on 127.0.0.1.
    static func freeUDPPort() throws -> UInt16 {
        try LoopbackCollector(tcp: false).port
    }
}

/// tshark's view of IPFIX messages: each received message is written into a capture as
/// the datagram (or TCP segments) that carried it, and tshark's cflow dissector reads it.
enum IPFIXTshark {
    static let port: UInt16 = 4739

    /// A capture of the datagrams as they went from 127.0.0.1:50000 to 127.0.0.1:4739.
    static func capture(datagrams: [[UInt8]]) throws -> String {
        var builder = CaptureBuilder()
        for datagram in datagrams { builder.udp("127.0.0.1:50000", "127.0.0.1:\(port)", payload: datagram) }
        return try builder.write("ipfix-udp")
    }

    /// A capture of the stream as one TCP connection to 127.0.0.1:4739, cut into segments
    /// of `segment` bytes that do not follow message boundaries.
    static func capture(stream: [UInt8], segment: Int = 1000) throws -> String {
        var builder = CaptureBuilder()
        let client = "127.0.0.1:50001", server = "127.0.0.1:\(port)"
        builder.tcp(client, server, "S", seq: 0)
        builder.tcp(server, client, "S.", seq: 0, ack: 1)
        builder.tcp(client, server, ".", seq: 1, ack: 1)
        var sent = 0
        while sent < stream.count {
            let piece = Array(stream[sent..<min(sent + segment, stream.count)])
            builder.tcp(client, server, "P.", seq: UInt32(1 + sent), ack: 1, payload: piece)
            sent += piece.count
            builder.tcp(server, client, ".", seq: 1, ack: UInt32(1 + sent))
        }
        return try builder.write("ipfix-tcp")
    }

    /// tshark's detailed dissection followed by its expert info summary (`-V -z expert`).
    static func dissect(_ capture: String, tcp: Bool) throws -> String {
        let decode = ["-d", "\(tcp ? "tcp" : "udp").port==\(port),cflow"]
        return try run("/usr/bin/tshark", ["-n", "-r", capture, "-V", "-z", "expert"] + decode).stdout
    }
}

/// Each TCP/UDP packet of the captures as tshark reads it: its direction ("tcp
/// 10.0.0.1:40000 > 10.0.0.2:80"), time and IP bytes (IPv4 total length, IPv6 payload
/// length plus its 40-byte header). The files are joined with mergecap first: one tshark
/// run instead of one per file.
struct TsharkPackets {
    private var packets: [(direction: String, time: Double, octets: UInt64)] = []

    init(_ files: [String]) throws {
        let merged = FileManager.default.temporaryDirectory.appendingPathComponent("wharfinger-merged-\(UUID().uuidString).pcapng").path
        defer { unlink(merged) }
        let merge = try run("/usr/bin/mergecap", ["-a", "-w", merged] + files)
        guard merge.status == 0 else { throw IPFIXReading.Problem(description: "mergecap: \(merge.stderr)") }
        let result = try run("/usr/bin/tshark", ["-n", "-r", merged, "-T", "fields", "-E", "occurrence=l",
                                                  "-e", "ip.src", "-e", "ipv6.src", "-e", "ip.dst", "-e", "ipv6.dst",
                                                  "-e", "tcp.srcport", "-e", "udp.srcport", "-e", "tcp.dstport", "-e", "udp.dstport",
                                                  "-e", "ip.len", "-e", "ipv6.plen", "-e", "frame.time_epoch", "-Y", "tcp or udp"])
        for line in result.stdout.split(separator: "\n") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count == 11 else { continue }
            let v6 = !c[1].isEmpty
            let src = v6 ? "[\(c[1])]" : c[0], dst = v6 ? "[\(c[3])]" : c[2]
            let tcp = !c[4].isEmpty
            let direction = "\(tcp ? "tcp" : "udp") \(src):\(tcp ? c[4] : c[5]) > \(dst):\(tcp ? c[6] : c[7])"
            packets.append((direction, Double(c[10]) ?? 0, v6 ? 40 + (UInt64(c[9]) ?? 0) : UInt64(c[8]) ?? 0))
        }
    }

    /// IP bytes sent in `direction` from `first` to `last` (epoch seconds, as the report
    /// gives them to the microsecond): one conversation, when a four-tuple had several.
    func octets(_ direction: String, from first: Double, to last: Double) -> UInt64 {
        packets.filter { $0.direction == direction && $0.time >= first - 2e-6 && $0.time <= last + 2e-6 }
            .reduce(0) { $0 + $1.octets }
    }
}
