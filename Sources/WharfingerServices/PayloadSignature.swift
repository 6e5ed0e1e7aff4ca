/// Which side a payload's first bytes say their sender is.
public enum PayloadRole: UInt8, Sendable { case client, server }

/// How far a signature settles its sender's role.
public enum PayloadRoleCertainty: UInt8, Sendable {
    /// The bytes alone settle it: a TLS ClientHello, a DNS QR bit, an HTTP request line.
    case certain
    /// The role is the usual one for these bytes, but they are short or generic
    /// (a 2-byte SOCKS5 reply, a bare `220 ` greeting).
    case likely
    /// Both sides send these bytes (SSH version banners). The server speaks first, so the
    /// sender is the server only if it spoke before its peer; the flow analysis knows who did.
    case serverIfFirst
    /// The protocol is known, the role is not (NTP symmetric modes).
    case undecided
}

/// A protocol recognised from the first payload bytes a side sent.
///
/// Its texts are literals (`StaticString`), so a signature is plain bytes: building one
/// does not allocate, and copying one (from the reading thread to the analysis thread)
/// costs no reference counting.
public struct PayloadSignature: Sendable, Equatable {
    /// A service name as the registry spells it where there is one ("http", "socks", "ica",
    /// "domain", "ntp"...). TLS is reported as "tls", a protocol rather than a registry name,
    /// because the service under it depends on the port (https, imaps, ldaps...).
    public let serviceName: StaticString
    /// The role the sender plays. Only meaningful as a verdict when `decidedRole` is non-nil:
    /// for `.serverIfFirst` it is `.server`, for `.undecided` it is `.client` by convention.
    public let role: PayloadRole
    /// Short evidence text, e.g. "HTTP request line", "ICA banner 7F 7F 49 43 41 00", "DNS QR=1 (response)".
    public let evidenceText: StaticString
    /// How far these bytes settle `role`.
    public let certainty: PayloadRoleCertainty

    public init(service: StaticString, role: PayloadRole, evidence: StaticString,
                certainty: PayloadRoleCertainty = .certain) {
        self.serviceName = service
        self.role = role
        self.evidenceText = evidence
        self.certainty = certainty
    }

    public var service: String { serviceName.description }
    public func isService(_ name: StaticString) -> Bool { serviceName.hasSameText(as: name) }
    public var evidence: String { evidenceText.description }

    public static func == (a: PayloadSignature, b: PayloadSignature) -> Bool {
        a.role == b.role && a.certainty == b.certainty
            && a.serviceName.hasSameText(as: b.serviceName) && a.evidenceText.hasSameText(as: b.evidenceText)
    }

    /// The role when the bytes decide it on their own (`.certain` or `.likely`), else nil.
    public var decidedRole: PayloadRole? {
        switch certainty {
        case .certain, .likely: role
        case .serverIfFirst, .undecided: nil
        }
    }
}

extension StaticString {
    /// Byte-for-byte equality (a `StaticString` is not `Equatable`). The same literal
    /// usually has one address, so that is compared first.
    func hasSameText(as other: StaticString) -> Bool {
        if hasPointerRepresentation && other.hasPointerRepresentation && utf8Start == other.utf8Start
            && utf8CodeUnitCount == other.utf8CodeUnitCount { return true }
        return withUTF8Buffer { mine in other.withUTF8Buffer { mine.elementsEqual($0) } }
    }
}
