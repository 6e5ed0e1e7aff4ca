import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

extension PortRoleFact {
    /// "port 22 is well-known (<1024), 51234 is not": the one text for a port fact, which
    /// `explain` and the report's evidence both print.
    public func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
        func name(_ port: UInt16) -> String { registry.name(port: port, transport: transport) ?? "unassigned" }
        switch kind {
        case .wellKnownPort:
            return "port \(serverPort) is well-known (<1024), \(otherPort) is not"
        case .commonServicePort:
            return "port \(serverPort) is a commonly deployed service port (\(name(serverPort))), \(otherPort) is not"
        case .registeredPort:
            return otherInEphemeral
                ? "port \(serverPort) is registered (\(name(serverPort))), \(otherPort) lies in an ephemeral range"
                : "port \(serverPort) is registered (\(name(serverPort))), \(otherPort) is not"
        case .ephemeralPort:
            switch range ?? .iana {
            case .iana: return "\(otherPort) is in the IANA dynamic range 49152-65535"
            case .linux: return "\(otherPort) is in the Linux ephemeral range 32768-60999"
            case .oldStacks: return "\(otherPort) is in the old-stack ephemeral range 1024-4999"
            }
        case .servicePortPair:
            return "port \(serverPort) (\(name(serverPort))) is the server's of a pair the registry gives one protocol, \(otherPort) (\(name(otherPort))) the client's"
        case .oldStackPort:
            return "\(otherPort) is in the old-stack ephemeral range 1024-4999"
        default:
            return "port \(serverPort) is lower than \(otherPort)"
        }
    }
}
