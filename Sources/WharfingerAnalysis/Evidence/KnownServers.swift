import Glibc

/// Endpoints that were the server of a conversation whose roles were settled (by the
/// handshake or by a payload only servers send): in the run's other conversations they
/// are most likely the server too. A fixed direct-mapped table of endpoint fingerprints:
/// a newer endpoint overwrites an older one in its slot, so memory stays bounded and old
/// endpoints age out however long a live capture runs.
/// Each slot also keeps the flow that taught it (`FlowState.witness`), so a flow is never
/// its own witness, while a later conversation on the same four-tuple may be taught by an
/// earlier one.
final class KnownServers {
    private struct Slot {
        var fingerprint: UInt64
        var teacher: UInt32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int

    /// `capacity` is rounded up to a power of two.
    init(capacity: Int) {
        var size = 1
        while size < max(capacity, 1) { size <<= 1 }
        slots = ZeroedMemory.allocate(Slot.self, count: size)  // fingerprint 0: an empty slot
        mask = size - 1
    }

    deinit { free(slots) }

    /// `endpoint` was the server of the flow `teacher` (its `FlowState.witness`).
    func remember(_ endpoint: EndpointKey, teacher: UInt32) {
        let f = endpoint.fingerprint | 1  // 0 marks an empty slot
        slots[Int(truncatingIfNeeded: f >> 8) & mask] = Slot(fingerprint: f, teacher: teacher)
    }

    /// True when another flow than `asking` showed `endpoint` to be a server.
    func contains(_ endpoint: EndpointKey, asking: UInt32) -> Bool {
        contains(fingerprint: endpoint.fingerprint, asking: asking)
    }

    /// As `contains(_:asking:)`, given the endpoint's `EndpointKey.fingerprint`.
    func contains(fingerprint: UInt64, asking: UInt32) -> Bool {
        let f = fingerprint | 1
        let slot = slots[Int(truncatingIfNeeded: f >> 8) & mask]
        return slot.fingerprint == f && slot.teacher != asking
    }
}
