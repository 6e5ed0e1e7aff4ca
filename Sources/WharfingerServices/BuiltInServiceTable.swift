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
        let byName = transport == .tcp ? tcpByName : udpByName
        return byName.entries(ofName: nameIndex).map { ports[Int($0)] }
    }

    /// Entry indices grouped by name, built once: every report asks for the ports of each
    /// payload signature's service, and scanning the table for each was most of a report's
    /// fixed cost.
    private static let tcpByName = NameIndex(ServiceRegistry.IANA.tcpNameIndices)
    private static let udpByName = NameIndex(ServiceRegistry.IANA.udpNameIndices)

    /// A counting sort of the entries by name index: linear, where a comparison sort of the
    /// twelve thousand entries was a tenth of a small capture's run.
    private struct NameIndex {
        /// Entry indices, name by name; within a name in entry order, which is port order.
        private var order: [Int32]
        /// Where each name's entries start in `order`; one more than there are names.
        private var starts: [Int32]

        init<I: BinaryInteger>(_ nameIndices: [I]) {
            var starts = [Int32](repeating: 0, count: ServiceRegistry.IANA.nameCount + 1)
            for name in nameIndices { starts[Int(name) + 1] += 1 }
            for name in 1..<starts.count { starts[name] += starts[name - 1] }
            var order = [Int32](repeating: 0, count: nameIndices.count)
            // Each entry goes to its name's next free place; that moves each start to the
            // next name's, so one shift puts them back.
            for (entry, name) in nameIndices.enumerated() {
                order[Int(starts[Int(name)])] = Int32(entry)
                starts[Int(name)] += 1
            }
            starts.insert(0, at: 0)
            starts.removeLast()
            (self.order, self.starts) = (order, starts)
        }

        func entries(ofName name: Int) -> ArraySlice<Int32> {
            order[Int(starts[name])..<Int(starts[name + 1])]
        }
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
