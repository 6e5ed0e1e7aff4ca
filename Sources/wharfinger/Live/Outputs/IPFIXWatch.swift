import WharfingerReport

/// Tells when the IPFIX collector stops taking messages and when it takes them again, from
/// the exporter's running summary (the exporter itself reconnects over TCP; a UDP
/// collector that is gone shows as "connection refused" on every other datagram, from
/// the ICMP errors the kernel hands back).
struct IPFIXWatch {
    let exporter: IPFIXExporter
    private var lost: UInt64 = 0
    private var sentSinceLoss: UInt64 = 0
    private var messages: UInt64 = 0
    private var lastLoss = 0.0
    /// Messages go out for this long with none lost before the collector is told back: over
    /// UDP a datagram to a closed port is "sent" and only the next one is refused; over TCP
    /// a message sent on a new connection has reached the collector's host.
    var quietSeconds: Double { exporter.destination.transport == .udp ? 5 : 0 }

    init(exporter: IPFIXExporter) { self.exporter = exporter }

    var name: String { "the IPFIX collector \(exporter.destination)" }

    mutating func tick(elapsed: Double, errors: OutputErrors) {
        let summary = exporter.summary
        if summary.lostMessages > lost {
            lost = summary.lostMessages
            sentSinceLoss = 0
            lastLoss = elapsed
            errors.failed(.ipfix, name, error: summary.lastError ?? "unknown error",
                          until: "records are lost until it takes them again")
        } else {
            sentSinceLoss &+= summary.messages &- messages
            if sentSinceLoss > 0 && elapsed - lastLoss >= quietSeconds { errors.recovered(.ipfix, name) }
        }
        messages = summary.messages
    }
}
