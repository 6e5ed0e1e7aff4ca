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
/// Classifier results carry string literals only, so building one does not allocate.
public struct PayloadSignature: Sendable, Equatable {
    /// A service name as the registry spells it where there is one ("http", "socks", "ica",
    /// "domain", "ntp"...). TLS is reported as "tls", a protocol rather than a registry name,
    /// because the service under it depends on the port (https, imaps, ldaps...).
    public var service: String
    /// The role the sender plays. Only meaningful as a verdict when `decidedRole` is non-nil:
    /// for `.serverIfFirst` it is `.server`, for `.undecided` it is `.client` by convention.
    public var role: PayloadRole
    /// Short evidence text, e.g. "HTTP request line", "ICA banner 7F 7F 49 43 41 00", "DNS QR=1 (response)".
    public var evidence: String
    /// How far these bytes settle `role`.
    public var certainty: PayloadRoleCertainty

    public init(service: String, role: PayloadRole, evidence: String) {
        self.init(service: service, role: role, evidence: evidence, certainty: .certain)
    }

    public init(service: String, role: PayloadRole, evidence: String, certainty: PayloadRoleCertainty) {
        self.service = service
        self.role = role
        self.evidence = evidence
        self.certainty = certainty
    }

    /// The role when the bytes decide it on their own (`.certain` or `.likely`), else nil.
    public var decidedRole: PayloadRole? {
        switch certainty {
        case .certain, .likely: role
        case .serverIfFirst, .undecided: nil
        }
    }
}
