/// Builds IPFIX messages (RFC 7011 §3) from biflow records, with no sockets: a message
/// header, an optional template set, then data sets, at most `maxLength` bytes each.
///
/// The caller begins a message (with the templates or without), appends records while
/// they `fit`, and finishes it with its export time. The header's sequence number is the
/// count of data records in the messages finished before (§3.1), modulo 2^32.
public struct IPFIXMessageEncoder: Sendable {
    public static let version: UInt16 = 10
    public static let headerLength = 16
    public static let setHeaderLength = 4
    public static let templateSetID: UInt16 = 2

    public let observationDomain: UInt32
    public let maxLength: Int
    public let templates: [IPFIXTemplate]
    /// Data records in the messages finished so far: the next message's sequence number.
    public private(set) var sequenceNumber: UInt32 = 0
    public private(set) var messagesFinished: UInt64 = 0

    private var bytes: [UInt8] = []
    /// Where the data set being filled starts, and its template.
    private var openSet: (start: Int, template: UInt16)?
    public private(set) var recordsInMessage: UInt32 = 0
    public private(set) var isOpen = false

    /// `maxLength`: 512 to 65535 (the header's length field); 1400 keeps a UDP datagram
    /// inside a 1500-byte path MTU with IPv6 and UDP headers.
    public init(observationDomain: UInt32, maxLength: Int = 1400, templates: [IPFIXTemplate] = IPFIXTemplate.all) {
        precondition((512...65535).contains(maxLength), "an IPFIX message is 512 to 65535 bytes here")
        self.observationDomain = observationDomain
        self.maxLength = maxLength
        self.templates = templates
        bytes.reserveCapacity(maxLength)
    }

    /// Bytes of the template set: its header and every template record.
    public var templateSetLength: Int { Self.setHeaderLength + templates.reduce(0) { $0 + $1.encodedLength } }

    /// Starts a message; `withTemplates` puts the template set first.
    public mutating func begin(withTemplates: Bool) {
        precondition(!isOpen, "finish the message first")
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: Self.headerLength))  // filled in by finish
        if withTemplates { bytes += templateSet() }
        hasTemplates = withTemplates
        openSet = nil
        recordsInMessage = 0
        isOpen = true
    }

    /// Puts the template set at the front of the open message, if it is not there: for a
    /// message begun before its TCP connection was opened. The message may then pass
    /// `maxLength` by `templateSetLength`; over UDP the templates are chosen at `begin`.
    public mutating func addTemplates() {
        precondition(isOpen, "begin a message first")
        guard !hasTemplates else { return }
        let set = templateSet()
        bytes.insert(contentsOf: set, at: Self.headerLength)
        if let open = openSet { openSet = (open.start + set.count, open.template) }
        hasTemplates = true
    }

    /// Whether the open message carries the template set.
    public private(set) var hasTemplates = false

    private func templateSet() -> [UInt8] {
        var set: [UInt8] = []
        set.appendBigEndian(Self.templateSetID)
        set.appendBigEndian(UInt16(templateSetLength))
        for template in templates {
            set.appendBigEndian(template.id)
            set.appendBigEndian(UInt16(template.fields.count))
            for field in template.fields {
                if let enterprise = field.enterprise {
                    set.appendBigEndian(field.element | IPFIXFieldSpecifier.enterpriseBit)
                    set.appendBigEndian(field.length)
                    set.appendBigEndian(enterprise)
                } else {
                    set.appendBigEndian(field.element)
                    set.appendBigEndian(field.length)
                }
            }
        }
        return set
    }

    /// Whether `record` fits in the open message (a new data set's header included).
    public func fits(_ record: IPFIXBiflowRecord) -> Bool {
        let template = record.template
        let setHeader = openSet?.template == template.id ? 0 : Self.setHeaderLength
        return bytes.count + setHeader + template.dataLength(of: record) <= maxLength
    }

    /// Appends a data record to the open message; it must `fit`.
    public mutating func append(_ record: IPFIXBiflowRecord) {
        precondition(isOpen && fits(record), "begin a message the record fits in")
        let template = record.template
        if openSet?.template != template.id {
            closeSet()
            openSet = (bytes.count, template.id)
            bytes.appendBigEndian(template.id)
            bytes.appendBigEndian(UInt16(0))
        }
        for field in template.fields { write(field, of: record) }
        recordsInMessage &+= 1
    }

    /// The finished message, its header filled in; the encoder is ready to begin the next.
    public mutating func finish(exportTime: UInt32) -> [UInt8] {
        precondition(isOpen, "begin a message first")
        closeSet()
        bytes.setBigEndian(Self.version, at: 0)
        bytes.setBigEndian(UInt16(bytes.count), at: 2)
        bytes.setBigEndian(exportTime, at: 4)
        bytes.setBigEndian(sequenceNumber, at: 8)
        bytes.setBigEndian(observationDomain, at: 12)
        sequenceNumber &+= recordsInMessage
        messagesFinished &+= 1
        isOpen = false
        recordsInMessage = 0
        return bytes
    }

    private mutating func closeSet() {
        guard let set = openSet else { return }
        bytes.setBigEndian(UInt16(bytes.count - set.start), at: set.start + 2)
        openSet = nil
    }

    /// One field of a data record, as the template orders them.
    private mutating func write(_ field: IPFIXFieldSpecifier, of record: IPFIXBiflowRecord) {
        let reverse = field.enterprise == IPFIXFieldSpecifier.reversePEN
        switch field.element {
        case IPFIXElement.flowStartMilliseconds: bytes.appendBigEndian(record.start)
        case IPFIXElement.flowEndMilliseconds: bytes.appendBigEndian(record.end)
        case IPFIXElement.sourceIPv4Address: bytes.appendBigEndian(record.source.ipv4Value)
        case IPFIXElement.destinationIPv4Address: bytes.appendBigEndian(record.destination.ipv4Value)
        case IPFIXElement.sourceIPv6Address:
            bytes.appendBigEndian(record.source.high)
            bytes.appendBigEndian(record.source.low)
        case IPFIXElement.destinationIPv6Address:
            bytes.appendBigEndian(record.destination.high)
            bytes.appendBigEndian(record.destination.low)
        case IPFIXElement.sourceTransportPort: bytes.appendBigEndian(record.sourcePort)
        case IPFIXElement.destinationTransportPort: bytes.appendBigEndian(record.destinationPort)
        case IPFIXElement.protocolIdentifier: bytes.append(record.protocolIdentifier)
        case IPFIXElement.octetDeltaCount: bytes.appendBigEndian(reverse ? record.reverseOctets : record.octets)
        case IPFIXElement.packetDeltaCount: bytes.appendBigEndian(reverse ? record.reversePackets : record.packets)
        case IPFIXElement.biflowDirection: bytes.append(record.direction.rawValue)
        case IPFIXElement.flowEndReason: bytes.append(record.endReason.rawValue)
        case IPFIXElement.flowId: bytes.appendBigEndian(record.flowID)
        case IPFIXElement.applicationName:
            let name = record.nameBytes
            bytes.append(UInt8(name.count))
            bytes.append(contentsOf: name)
        default:
            preconditionFailure("no value for information element \(field.element)")
        }
    }
}

extension [UInt8] {
    /// The one writer of network-order numbers for IPFIX messages.
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }

    mutating func setBigEndian<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        Swift.withUnsafeBytes(of: value.bigEndian) { raw in
            for (index, byte) in raw.enumerated() { self[offset + index] = byte }
        }
    }
}
