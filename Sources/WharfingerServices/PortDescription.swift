import WharfingerWire

/// Everything the registry and the range tables say about one port, for `explain` (the report
/// words it: `PortDescription.summary`).
public struct PortDescription: Sendable, Equatable {
    public var port: UInt16
    public var transport: TransportProtocol
    /// The registry entry, or nil when the port is unassigned.
    public var entry: ServiceEntry?
    public var range: PortRange
    /// Ephemeral ranges the port falls in (empty when none).
    public var ephemeralRanges: [EphemeralRange]

    public var name: String? { entry?.name }

}

extension ServiceRegistry {
    /// The registry entry, IANA range and ephemeral ranges of a port.
    public func describe(port: UInt16, transport: TransportProtocol) -> PortDescription {
        PortDescription(port: port, transport: transport, entry: entry(port: port, transport: transport),
                        range: PortRange(port), ephemeralRanges: EphemeralRange.containing(port))
    }
}
