/// One field of an IPFIX template (RFC 7011 §3.2): an information element, its length
/// in a data record, and for an enterprise-specific element its Private Enterprise
/// Number (written with the enterprise bit set on the element id).
public struct IPFIXFieldSpecifier: Hashable, Sendable {
    /// The information element id, without the enterprise bit.
    public var element: UInt16
    /// Bytes in a data record, or `IPFIXFieldSpecifier.variableLength`.
    public var length: UInt16
    /// The Private Enterprise Number; nil for an IANA element.
    public var enterprise: UInt32?

    public init(_ element: UInt16, length: UInt16, enterprise: UInt32? = nil) {
        self.element = element
        self.length = length
        self.enterprise = enterprise
    }

    /// A field whose length each data record gives (RFC 7011 §7).
    public static let variableLength: UInt16 = 0xFFFF
    /// The enterprise bit on the element id of a field specifier.
    public static let enterpriseBit: UInt16 = 0x8000
    /// RFC 5103's Private Enterprise Number for reverse information elements.
    public static let reversePEN: UInt32 = 29305

    /// Bytes the specifier takes in a template record: 4, or 8 with a PEN.
    public var encodedLength: Int { enterprise == nil ? 4 : 8 }

    /// The same element for the reverse direction of a biflow (RFC 5103 §6.1).
    public var reversed: IPFIXFieldSpecifier { IPFIXFieldSpecifier(element, length: length, enterprise: Self.reversePEN) }
}

/// The IANA information elements Wharfinger exports (https://www.iana.org/assignments/ipfix).
public enum IPFIXElement {
    public static let octetDeltaCount: UInt16 = 1
    public static let packetDeltaCount: UInt16 = 2
    public static let protocolIdentifier: UInt16 = 4
    public static let sourceTransportPort: UInt16 = 7
    public static let sourceIPv4Address: UInt16 = 8
    public static let destinationTransportPort: UInt16 = 11
    public static let destinationIPv4Address: UInt16 = 12
    public static let sourceIPv6Address: UInt16 = 27
    public static let destinationIPv6Address: UInt16 = 28
    public static let applicationName: UInt16 = 96
    public static let flowEndReason: UInt16 = 136
    public static let flowId: UInt16 = 148
    public static let flowStartMilliseconds: UInt16 = 152
    public static let flowEndMilliseconds: UInt16 = 153
    public static let biflowDirection: UInt16 = 239
}

/// flowEndReason (IANA element 136).
public struct IPFIXFlowEndReason: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let idleTimeout = IPFIXFlowEndReason(rawValue: 1)
    public static let activeTimeout = IPFIXFlowEndReason(rawValue: 2)
    public static let endOfFlowDetected = IPFIXFlowEndReason(rawValue: 3)
    public static let forcedEnd = IPFIXFlowEndReason(rawValue: 4)
    public static let lackOfResources = IPFIXFlowEndReason(rawValue: 5)
}

/// biflowDirection (IANA element 239, RFC 5103 §6.3).
public struct IPFIXBiflowDirection: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The source is not known to be the initiator.
    public static let arbitrary = IPFIXBiflowDirection(rawValue: 0)
    /// The source is the initiator (the client).
    public static let initiator = IPFIXBiflowDirection(rawValue: 1)
}
