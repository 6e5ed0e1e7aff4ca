/// Names the protocol, and the sender's role, from the first payload bytes one side sent.
///
/// Distinctive magic goes first, heuristic binary formats (DNS, NTP) last. Every read is
/// bounds-checked and every result is built from literals: no traps, no allocation.
public enum PayloadClassifier {
    /// Looks at the first captured payload bytes a side sent. `payload` holds only captured bytes.
    /// `srcPort` is the sender's port. Check `decidedRole` (or `certainty`) before trusting `role`.
    public static func classify(_ payload: borrowing RawSpan, transport: TransportProtocol,
                                srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? {
        guard !payload.isEmpty else { return nil }
        let context = PayloadContext(transport: transport, sourcePort: srcPort, destinationPort: dstPort)
        if transport == .tcp {
            if let signature = TLSSignature.match(payload) { return signature }
            if let signature = SSHSignature.match(payload) { return signature }
            if let signature = ICASignature.match(payload) { return signature }
            if let signature = HTTPSignature.match(payload) { return signature }
            if let signature = TextGreetingSignature.match(payload, context) { return signature }
            if let signature = SOCKSSignature.match(payload) { return signature }
            if let signature = PostgreSQLSignature.match(payload) { return signature }
            if let signature = MySQLSignature.match(payload) { return signature }
        }
        if let signature = DNSSignature.match(payload, context) { return signature }
        if let signature = NTPSignature.match(payload, context) { return signature }
        return nil
    }
}
