import WharfingerWire

/// Allocation-free lookups in the IANA arrays (generated packed in ServiceRegistry+IANA.swift,
/// unpacked once in ServiceRegistry+IANAArrays.swift).
enum BuiltInServiceTable {
    struct Entry {
        var name: String
        var description: String?
    }

    static func entry(port: UInt16, transport: TransportProtocol) -> Entry? {
        let ports = transport == .tcp ? ServiceRegistry.IANA.tcpPorts : ServiceRegistry.IANA.udpPorts
        guard let index = binarySearch(ports, port) else { return nil }
        return entry(at: index, transport: transport)
    }

    static func name(port: UInt16, transport: TransportProtocol) -> String? {
        let slot = (transport == .tcp ? tcpByPort : udpByPort)[Int(port)]
        return slot == 0 ? nil : ServiceRegistry.IANA.names[Int(slot) - 1]
    }

    static func isAssigned(port: UInt16, transport: TransportProtocol) -> Bool {
        (transport == .tcp ? tcpByPort : udpByPort)[Int(port)] != 0
    }

    /// Name index + 1 for every port (0: unassigned), built once: the verdicts ask about
    /// ports for every ended flow, and a direct index beats a binary search there.
    private static let tcpByPort = byPort(ServiceRegistry.IANA.tcpPorts, ServiceRegistry.IANA.tcpNameIndices)
    private static let udpByPort = byPort(ServiceRegistry.IANA.udpPorts, ServiceRegistry.IANA.udpNameIndices)

    private static func byPort<I: BinaryInteger>(_ ports: [UInt16], _ nameIndices: [I]) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 1 << 16)
        for (port, name) in zip(ports, nameIndices) { table[Int(port)] = UInt16(name) + 1 }
        return table
    }

    /// Ports whose built-in name is `service` (exact match), ascending.
    static func ports(service: String, transport: TransportProtocol) -> [UInt16] {
        guard let nameIndex = binarySearch(ServiceRegistry.IANA.names, service) else { return [] }
        let ports = transport == .tcp ? ServiceRegistry.IANA.tcpPorts : ServiceRegistry.IANA.udpPorts
        let nameIndices = transport == .tcp ? ServiceRegistry.IANA.tcpNameIndices : ServiceRegistry.IANA.udpNameIndices
        let order = transport == .tcp ? tcpByName : udpByName
        // The first entry of the name, then each of its entries.
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if Int(nameIndices[Int(order[middle])]) < nameIndex { low = middle + 1 } else { high = middle }
        }
        var found: [UInt16] = []
        while low < order.count, Int(nameIndices[Int(order[low])]) == nameIndex {
            found.append(ports[Int(order[low])])
            low += 1
        }
        return found
    }

    /// Entry indices ordered by name, then port, built once: every report asks for the ports of
    /// each payload signature's service, and scanning the table for each was most of a report's
    /// fixed cost.
    private static let tcpByName = byName(ServiceRegistry.IANA.tcpNameIndices)
    private static let udpByName = byName(ServiceRegistry.IANA.udpNameIndices)

    private static func byName<I: BinaryInteger>(_ nameIndices: [I]) -> [Int32] {
        // The ports are ascending, so index order within a name is port order.
        nameIndices.indices.sorted { (Int(nameIndices[$0]), $0) < (Int(nameIndices[$1]), $1) }.map { Int32($0) }
    }

    private static func entry(at index: Int, transport: TransportProtocol) -> Entry {
        let iana = ServiceRegistry.IANA.self
        let nameIndex = transport == .tcp ? iana.tcpNameIndices[index] : iana.udpNameIndices[index]
        let descriptionIndex = transport == .tcp ? iana.tcpDescriptionIndices[index] : iana.udpDescriptionIndices[index]
        let description = descriptionIndex == iana.noDescription ? nil : iana.descriptions[Int(descriptionIndex)]
        return Entry(name: iana.names[Int(nameIndex)], description: description)
    }

    private static func binarySearch<T: Comparable>(_ sorted: [T], _ wanted: T) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == wanted ? low : nil
    }
}
