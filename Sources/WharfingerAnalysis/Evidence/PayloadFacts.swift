import WharfingerServices
import WharfingerWire

/// What one frame's payload says, worked out without the flow table: the signature it
/// would get as the first payload of its side, and any FTP data-connection announcement
/// it carries. A two-thread pipeline computes these on the reading thread, where the
/// payload bytes are, and hands over only these values.
public struct PayloadFacts: Sendable {
    var signature: PayloadSignature?
    var ftp: FTPAnnouncement?
    /// What SSH key-exchange packets this payload starts with (nothing for most).
    var sshKeyExchange = SSHKeyExchange.Scan()

    /// The facts of a TCP or UDP frame's captured payload (none without payload).
    public init(_ frame: borrowing DecodedFrame, payload: borrowing RawSpan) {
        let outcome = frame.outcome
        guard frame.payloadLength > 0, payload.byteCount > 0, outcome == .tcp || outcome == .udp else { return }
        let transport: TransportProtocol = outcome == .tcp ? .tcp : .udp
        signature = Self.classify(payload, transport: transport, srcPort: frame.srcPort, dstPort: frame.dstPort)
        if transport == .tcp {
            ftp = FTPControlParser.parse(payload, sender: frame.src)
            sshKeyExchange = SSHKeyExchange.scan(payload)
        }
    }

    /// The payload classifier's verdict on these bytes.
    static func classify(_ payload: borrowing RawSpan, transport: TransportProtocol,
                         srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        PayloadClassifier.classify(payload, transport: transport, srcPort: srcPort, dstPort: dstPort)
    }
}
