import WharfingerWire

/// The IANA service-name registry, built in; `--services FILE` adds or overrides.
///
/// Lookups are allocation-free: the built-in table is binary-searched and file entries sit in a
/// dictionary that is only consulted when a file was merged.
public struct ServiceRegistry: Sendable {
    public static let iana = ServiceRegistry()

    /// Entries merged from files, keyed by `Self.key(port:transport:)`; they win over built-ins.
    private var overrides: [UInt32: ServiceEntry] = [:]

    public init() {}

    /// The service name registered for a port, or nil when it is unassigned.
    public func name(port: UInt16, transport: TransportProtocol) -> String? {
        if !overrides.isEmpty, let entry = overrides[Self.key(port: port, transport: transport)] {
            return entry.name
        }
        return BuiltInServiceTable.name(port: port, transport: transport)
    }

    /// True when the port has a name, without making the name's String.
    public func isAssigned(port: UInt16, transport: TransportProtocol) -> Bool {
        if !overrides.isEmpty, overrides[Self.key(port: port, transport: transport)] != nil { return true }
        return BuiltInServiceTable.isAssigned(port: port, transport: transport)
    }

    /// The full registry entry for a port, or nil when it is unassigned.
    public func entry(port: UInt16, transport: TransportProtocol) -> ServiceEntry? {
        if let entry = overrides[Self.key(port: port, transport: transport)] { return entry }
        return BuiltInServiceTable.entry(port: port, transport: transport).map {
            ServiceEntry(name: $0.name, description: $0.description, source: .iana)
        }
    }

    /// Ports a service name is registered on (for "HTTP on an unusual port" checks), ascending.
    /// The name matches exactly as the registry spells it ("http", "http-alt" are different services).
    public func ports(service: String, transport: TransportProtocol) -> [UInt16] {
        var ports = BuiltInServiceTable.ports(service: service, transport: transport)
        guard !overrides.isEmpty else { return ports }
        // A file may have renamed a built-in port away from `service`, or assigned new ones to it.
        ports.removeAll { port in
            overrides[Self.key(port: port, transport: transport)].map { $0.name != service } ?? false
        }
        for (key, entry) in overrides where entry.name == service && Self.transport(ofKey: key) == transport {
            ports.append(UInt16(truncatingIfNeeded: key))
        }
        return Array(Set(ports)).sorted()
    }

    /// Adds or overrides from a services(5) file or IANA's CSV. Throws with a one-line message.
    ///
    /// Within one file the first entry for a port and transport wins (as in IANA's list and
    /// getservbyport); the file as a whole overrides the built-ins and earlier merges.
    public mutating func merge(contentsOf path: String) throws {
        let text = try ServicesFileReader.read(path: path)
        let entries = try ServicesFileParser.parse(text, path: path)
        var seen = Set<UInt32>()
        for parsed in entries {
            let key = Self.key(port: parsed.port, transport: parsed.transport)
            guard seen.insert(key).inserted else { continue }
            overrides[key] = ServiceEntry(name: parsed.name, description: parsed.description,
                                          source: .file(path: path, line: parsed.line))
        }
    }

    /// How many port/transport entries came from merged files.
    public var mergedEntryCount: Int { overrides.count }

    private static func key(port: UInt16, transport: TransportProtocol) -> UInt32 {
        UInt32(transport.rawValue) << 16 | UInt32(port)
    }

    private static func transport(ofKey key: UInt32) -> TransportProtocol? {
        TransportProtocol(rawValue: UInt8(truncatingIfNeeded: key >> 16))
    }
}

/// One registry entry: a name, IANA's (or the file's) description, and where it came from.
public struct ServiceEntry: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case iana
        case file(path: String, line: Int)
    }

    public var name: String
    public var description: String?
    public var source: Source

    public init(name: String, description: String?, source: Source) {
        self.name = name
        self.description = description
        self.source = source
    }
}
