import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

extension PortRoleFact: SpokenFact {
    /// "port 22 is well-known (<1024), 51234 is not": the one text for a port fact, which
    /// `explain` and the report's evidence both print.
    public func write<Sink: SentenceSink & ~Copyable>(registry: ServiceRegistry, transport: TransportProtocol, to sink: inout Sink) {
        // Inlined: each phrase is then a constant copy, not a call.
        @inline(__always) func say(_ text: StaticString) { sink.write(text) }
        @inline(__always) func port(_ port: UInt16) { sink.write(port) }
        func name(_ port: UInt16) { sink.write(registry.name(port: port, transport: transport) ?? "unassigned") }
        switch kind {
        case .wellKnownPort:
            say("port "); port(serverPort); say(" is well-known (<1024), "); port(otherPort); say(" is not")
        case .commonServicePort:
            say("port "); port(serverPort); say(" is a commonly deployed service port ("); name(serverPort)
            say("), "); port(otherPort); say(" is not")
        case .registeredPort:
            say("port "); port(serverPort); say(" is registered ("); name(serverPort); say("), "); port(otherPort)
            say(otherInEphemeral ? " lies in an ephemeral range" : " is not")
        case .ephemeralPort:
            port(otherPort)
            switch range ?? .iana {
            case .iana: say(" is in the IANA dynamic range 49152-65535")
            case .linux: say(" is in the Linux ephemeral range 32768-60999")
            case .oldStacks: say(" is in the old-stack ephemeral range 1024-4999")
            }
        case .servicePortPair:
            say("port "); port(serverPort); say(" ("); name(serverPort)
            say(") is the server's of a pair the registry gives one protocol, "); port(otherPort); say(" (")
            name(otherPort); say(") the client's")
        case .oldStackPort:
            port(otherPort); say(" is in the old-stack ephemeral range 1024-4999")
        default:
            say("port "); port(serverPort); say(" is lower than "); port(otherPort)
        }
    }
}
