import WharfingerServices

/// What recognised a conversation's protocol from its payload, as values: the signature of
/// the first payload's sender, then its peer's, and whether an FTP control connection
/// announced it as a data connection, and what a SOCKS connection carried. conn.log's `service` names each (Zeek's analyzer names).
public struct RecognisedProtocols: Sendable, Equatable {
    /// The signature the first side to send payload showed, if any.
    public var first: PayloadSignature?
    /// The signature its peer showed, if any.
    public var second: PayloadSignature?
    /// What a SOCKS connection carried after its handshake, if a signature recognised it.
    public var carried: PayloadSignature?
    /// An FTP control connection announced this connection (PORT, EPRT, PASV or EPSV).
    public var ftpData: Bool

    public init(first: PayloadSignature? = nil, second: PayloadSignature? = nil, carried: PayloadSignature? = nil,
                ftpData: Bool = false) {
        self.first = first
        self.second = second
        self.carried = carried
        self.ftpData = ftpData
    }

    /// Nothing recognised.
    public var isEmpty: Bool { first == nil && second == nil && carried == nil && !ftpData }
}
