import WharfingerServices
import WharfingerWire

/// What one frame's payload says, worked out without the flow table: the signature it
/// would get as the first payload of its side, any FTP data-connection announcement it
/// carries, and the SSH key-exchange messages it starts with. The analyzer asks for them
/// only when the flow needs them; a two-thread pipeline works them out on the reading
/// thread, where the payload bytes are, and hands over only these values.
public struct PayloadFacts: Sendable {
    @usableFromInline var signature: PayloadSignature?
    @usableFromInline var ftp: FTPAnnouncement?
    /// What SSH key-exchange packets this payload starts with (nothing for most).
    @usableFromInline var sshKeyExchange = SSHKeyExchange.Scan()

    /// The facts of a TCP or UDP frame's captured payload (none without payload). Inlined
    /// into the reading thread's per-frame path, with the classifier's shortcut and the FTP
    /// and SSH readers' first-byte tests: most payloads need no call at all.
    @inlinable @inline(__always)
    public init(_ packet: borrowing Packet, transport: TransportProtocol, payload: borrowing RawSpan) {
        guard packet.hasPorts, packet.payloadLength > 0, payload.byteCount > 0 else { return }
        signature = PayloadClassifier.classify(payload, transport: transport, srcPort: packet.source.port,
                                               dstPort: packet.destination.port)
        if transport == .tcp {
            // Most segments start with a byte neither reader wants: no call for them.
            let first = payload.unsafeLoad(fromByteOffset: 0, as: UInt8.self)
            if FTPControlParser.mayAnnounce(first) { ftp = FTPControlParser.parse(payload, sender: packet.source.ip) }
            if SSHKeyExchange.mayStart(with: first) { sshKeyExchange = SSHKeyExchange.scan(payload) }
        }
    }
}
