import WharfingerWire

import WharfingerServices

/// Per-service packets and bytes as counters that only grow, for an endpoint that is read
/// again and again (Prometheus): the `limit` services that carried the most bytes have a
/// series each, the rest of each transport is summed in one `other` series, so the number
/// of series stays bounded however many ports a capture sees.
///
/// Each sample (`AnalysisCounters.services`) counts live flows under the verdict they have
/// at that moment, and later evidence can revise a verdict, moving a flow's packets from
/// one service to another: a service's count can shrink between samples, a counter cannot.
/// So each service's counts pass through a high-water mark, and only growth above the mark
/// is added, to the series the service belongs to at that sample. Packets a revision moves
/// from A to B are counted under B at once while A stays where it was until its count
/// passes its mark again: the series add up to the sum of the marks, which is the traffic
/// counted whenever no verdict was revised, and more by at most what revisions moved.
public struct ServiceCounterLedger: Sendable {
    /// An exported series: a service of its own, or the rest of a transport's services.
    public enum Series: Hashable, Sendable {
        case service(ServiceKey)
        case other(TransportProtocol)
    }

    /// Packets and wire bytes per direction.
    public struct Counts: Sendable, Equatable {
        public var toServerPackets: UInt64 = 0
        public var toServerBytes: UInt64 = 0
        public var toClientPackets: UInt64 = 0
        public var toClientBytes: UInt64 = 0

        public init() {}

        public init(_ traffic: ServiceTraffic) {
            toServerPackets = traffic.toServer.packets
            toServerBytes = traffic.toServer.bytes
            toClientPackets = traffic.toClient.packets
            toClientBytes = traffic.toClient.bytes
        }

        public var bytes: UInt64 { toServerBytes &+ toClientBytes }
        public var packets: UInt64 { toServerPackets &+ toClientPackets }
    }

    /// How many services have a series of their own.
    public let limit: Int
    /// Every series that ever counted anything, with its totals (which only grow).
    public private(set) var totals: [Series: Counts] = [:]
    /// The services with a series of their own since the last sample: the `limit` largest
    /// by bytes (their marks), ties to the lower transport and port.
    public private(set) var members: Set<ServiceKey> = []
    /// The most each service has counted in any sample.
    private var marks: [ServiceKey: Counts] = [:]

    public init(limit: Int) { self.limit = max(0, limit) }

    /// Adds what each service counted since the last sample.
    public mutating func record(_ services: [ServiceKey: ServiceTraffic]) {
        var grown: [(key: ServiceKey, growth: Counts)] = []
        for (key, traffic) in services {
            let mark = marks[key] ?? Counts()
            let raised = mark.raised(to: Counts(traffic))
            guard raised != mark else { continue }
            marks[key] = raised
            grown.append((key, raised.minus(mark)))
        }
        guard !grown.isEmpty else { return }
        if membershipMayChange(grown) { rank() }
        for (key, growth) in grown {
            let series: Series = members.contains(key) ? .service(key) : .other(key.transport)
            totals[series, default: Counts()].add(growth)
        }
    }

    /// The series to export now: each member's, then each transport's `other` (once it
    /// counted anything), in a stable order. A service that left the members keeps its
    /// totals here, and continues from them if it comes back.
    public var current: [(series: Series, counts: Counts)] {
        var out = members.sorted().map { (series: Series.service($0), counts: totals[.service($0)] ?? Counts()) }
        for transport in TransportProtocol.allCases {
            if let counts = totals[.other(transport)] { out.append((.other(transport), counts)) }
        }
        return out
    }

    /// Marks only grow, so a member leaves only when a service outside grows past the
    /// smallest member.
    private func membershipMayChange(_ grown: [(key: ServiceKey, growth: Counts)]) -> Bool {
        guard limit > 0 else { return false }
        let outsiders = grown.lazy.filter { !self.members.contains($0.key) }
        guard !outsiders.isEmpty else { return false }
        if members.count < limit { return true }
        let smallest = members.lazy.map { self.marks[$0]?.bytes ?? 0 }.min() ?? 0
        return outsiders.contains { (self.marks[$0.key]?.bytes ?? 0) >= smallest }
    }

    private mutating func rank() {
        let ranked = marks.sorted { a, b in a.value.bytes != b.value.bytes ? a.value.bytes > b.value.bytes : a.key < b.key }
        members = Set(ranked.prefix(limit).map(\.key))
    }
}

extension ServiceCounterLedger.Counts {
    fileprivate func raised(to other: Self) -> Self {
        var out = self
        out.toServerPackets = max(toServerPackets, other.toServerPackets)
        out.toServerBytes = max(toServerBytes, other.toServerBytes)
        out.toClientPackets = max(toClientPackets, other.toClientPackets)
        out.toClientBytes = max(toClientBytes, other.toClientBytes)
        return out
    }

    /// `self - other`, field by field; every field of `other` is at most this one's.
    public func minus(_ other: Self) -> Self {
        var out = self
        out.toServerPackets -= other.toServerPackets
        out.toServerBytes -= other.toServerBytes
        out.toClientPackets -= other.toClientPackets
        out.toClientBytes -= other.toClientBytes
        return out
    }
}
