import WharfingerWire

/// One RFC 5103 biflow: the source is the client, the destination the server; the
/// plain counters are what the client sent, the reverse ones (PEN 29305) what the
/// server sent. Counts are deltas since the conversation's previous record.
public struct IPFIXBiflowRecord: Sendable, Equatable {
    /// Milliseconds since the epoch (flowStartMilliseconds, flowEndMilliseconds).
    public var start: UInt64
    public var end: UInt64
    public var source: IPAddress
    public var destination: IPAddress
    public var sourcePort: UInt16
    public var destinationPort: UInt16
    public var protocolIdentifier: UInt8
    /// IP bytes and packets from source to destination.
    public var octets: UInt64
    public var packets: UInt64
    /// IP bytes and packets from destination to source.
    public var reverseOctets: UInt64
    public var reversePackets: UInt64
    public var direction: IPFIXBiflowDirection
    public var endReason: IPFIXFlowEndReason
    /// The same for every record of one conversation (flowId).
    public var flowID: UInt64
    /// UTF-8, at most `maximumNameLength` bytes (applicationName).
    public var applicationName: String

    /// A name fits the one-byte length form of a variable-length field (RFC 7011 §7).
    public static let maximumNameLength = 254

    public init(start: UInt64, end: UInt64, source: IPAddress, destination: IPAddress, sourcePort: UInt16,
                destinationPort: UInt16, protocolIdentifier: UInt8, octets: UInt64, packets: UInt64,
                reverseOctets: UInt64, reversePackets: UInt64, direction: IPFIXBiflowDirection,
                endReason: IPFIXFlowEndReason, flowID: UInt64, applicationName: String) {
        self.start = start
        self.end = end
        self.source = source
        self.destination = destination
        self.sourcePort = sourcePort
        self.destinationPort = destinationPort
        self.protocolIdentifier = protocolIdentifier
        self.octets = octets
        self.packets = packets
        self.reverseOctets = reverseOctets
        self.reversePackets = reversePackets
        self.direction = direction
        self.endReason = endReason
        self.flowID = flowID
        self.applicationName = applicationName
    }

    /// The template its family uses.
    public var template: IPFIXTemplate { source.isIPv6 ? .biflowIPv6 : .biflowIPv4 }

    /// The name's bytes as written: cut to `maximumNameLength` on a character boundary.
    var nameBytes: Substring.UTF8View {
        var name = Substring(applicationName)
        while name.utf8.count > Self.maximumNameLength { name = name.dropLast() }
        return name.utf8
    }
}

/// A template record: its id (256 and up) and its fields in data-record order.
public struct IPFIXTemplate: Sendable, Equatable {
    public let id: UInt16
    public let fields: [IPFIXFieldSpecifier]

    /// The biflow of an IPv4 conversation.
    public static let biflowIPv4 = IPFIXTemplate(id: 256, fields: biflowFields(ipv6: false))
    /// The biflow of an IPv6 conversation.
    public static let biflowIPv6 = IPFIXTemplate(id: 257, fields: biflowFields(ipv6: true))
    public static let all = [biflowIPv4, biflowIPv6]

    private static func biflowFields(ipv6: Bool) -> [IPFIXFieldSpecifier] {
        let address: UInt16 = ipv6 ? 16 : 4
        let octets = IPFIXFieldSpecifier(IPFIXElement.octetDeltaCount, length: 8)
        let packets = IPFIXFieldSpecifier(IPFIXElement.packetDeltaCount, length: 8)
        return [
            IPFIXFieldSpecifier(IPFIXElement.flowStartMilliseconds, length: 8),
            IPFIXFieldSpecifier(IPFIXElement.flowEndMilliseconds, length: 8),
            IPFIXFieldSpecifier(ipv6 ? IPFIXElement.sourceIPv6Address : IPFIXElement.sourceIPv4Address, length: address),
            IPFIXFieldSpecifier(ipv6 ? IPFIXElement.destinationIPv6Address : IPFIXElement.destinationIPv4Address,
                                length: address),
            IPFIXFieldSpecifier(IPFIXElement.sourceTransportPort, length: 2),
            IPFIXFieldSpecifier(IPFIXElement.destinationTransportPort, length: 2),
            IPFIXFieldSpecifier(IPFIXElement.protocolIdentifier, length: 1),
            octets, packets, octets.reversed, packets.reversed,
            IPFIXFieldSpecifier(IPFIXElement.biflowDirection, length: 1),
            IPFIXFieldSpecifier(IPFIXElement.flowEndReason, length: 1),
            IPFIXFieldSpecifier(IPFIXElement.flowId, length: 8),
            IPFIXFieldSpecifier(IPFIXElement.applicationName, length: IPFIXFieldSpecifier.variableLength),
        ]
    }

    /// Bytes of the template record: its 4-byte header and the field specifiers.
    public var encodedLength: Int { 4 + fields.reduce(0) { $0 + $1.encodedLength } }

    /// Bytes of `record` as a data record of this template.
    func dataLength(of record: IPFIXBiflowRecord) -> Int {
        fields.reduce(0) { total, field in
            total + (field.length == IPFIXFieldSpecifier.variableLength ? 1 + record.nameBytes.count : Int(field.length))
        }
    }
}
