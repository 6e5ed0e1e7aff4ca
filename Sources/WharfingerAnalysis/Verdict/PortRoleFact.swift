import WharfingerWire
import WharfingerServices

/// One thing two ports say about which of them is the server's. The report words it
/// (`PortRoleFact.text` in WharfingerReport), for `explain` and a verdict's evidence alike.
public struct PortRoleFact: Sendable, Equatable {
    public var kind: RoleFact
    /// The port this fact names as the server's.
    public var serverPort: UInt16
    public var otherPort: UInt16
    /// For `.ephemeralPort`: the range the client's port is in. For `.registeredPort`:
    /// whether the other port is assigned too but lies in an ephemeral range.
    public var range: EphemeralRange? = nil
    public var otherInEphemeral = false
}
