import Glibc
import WharfingerWire

/// An endpoint with its transport: the thing that has peers.
struct EndpointKey: Hashable {
    var endpoint: Endpoint
    var transport: TransportProtocol

    init(_ endpoint: Endpoint, transport: TransportProtocol) {
        self.endpoint = endpoint
        self.transport = transport
    }

    func hash(into hasher: inout Hasher) {
        let ip = endpoint.ip
        hasher.combine(ip.high)
        hasher.combine(ip.low ^ UInt64(endpoint.port) << 48 ^ UInt64(transport.rawValue) << 40 ^ (ip.isIPv6 ? 1 << 39 : 0))
    }

    /// A 64-bit fingerprint of the endpoint, to count it as someone's peer.
    var fingerprint: UInt64 {
        let ip = endpoint.ip
        var h = FlowKey.mix(ip.high ^ 0x9e37_79b9_7f4a_7c15, ip.low ^ 0xbf58_476d_1ce4_e5b9)
        h = FlowKey.mix(h ^ UInt64(endpoint.port) << 16 ^ UInt64(transport.rawValue) << 8 ^ (ip.isIPv6 ? 1 : 0),
                        0x94d0_49bb_1331_11eb)
        return h
    }
}

/// Distinct peers of one endpoint: the first eight exactly, beyond that a 256-bit
/// linear-counting bitmap (good to a few hundred, then it saturates near 1400). Both in
/// the same 32 bytes: the eight are kept by their fingerprints' high 32 bits, which hold
/// the byte that picks a bitmap bit, so the ninth turns them into the bitmap they would
/// have set. 40 bytes where a list of 64-bit fingerprints beside the bitmap took 104: the
/// fan-in table's slots are 64 bytes, half what they were, and it touches half the pages.
struct PeerCounter {
    /// Eight `UInt32`s (the exact peers), or, once `overflowed`, four `UInt64`s (the bitmap).
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var exactCount: UInt8 = 0
    private var overflowed = false

    mutating func add(_ fingerprint: UInt64) {
        if overflowed { return setBit(fingerprint) }
        let high = UInt32(truncatingIfNeeded: fingerprint >> 32)
        let n = Int(exactCount)
        let found = withUnsafeBytes(of: storage) { raw in
            let words = raw.bindMemory(to: UInt32.self)
            for i in 0..<n where words[i] == high { return true }
            return false
        }
        if found { return }
        if n < 8 {
            withUnsafeMutableBytes(of: &storage) { raw in raw.storeBytes(of: high, toByteOffset: n * 4, as: UInt32.self) }
            exactCount += 1
            return
        }
        let exact = storage
        storage = (0, 0, 0, 0)
        overflowed = true
        withUnsafeBytes(of: exact) { raw in
            for peer in raw.bindMemory(to: UInt32.self) { setBit(UInt64(peer) << 32) }
        }
        setBit(fingerprint)
    }

    var count: Int {
        if !overflowed { return Int(exactCount) }
        let set = storage.0.nonzeroBitCount + storage.1.nonzeroBitCount + storage.2.nonzeroBitCount
            + storage.3.nonzeroBitCount
        return Self.estimates[256 - set]
    }

    /// The estimate for each number of zero bits: a busy server's count is asked once per
    /// ended flow that has it as an endpoint, and the logarithm cost more than the look-up.
    private static let estimates: [Int] = (0...256).map { zeros in
        guard zeros > 0 else { return 1420 }
        let estimate = Int((-256.0 * naturalLog(Double(zeros) / 256.0)).rounded())
        return max(estimate, 9)
    }

    private mutating func setBit(_ fingerprint: UInt64) {
        let bit = Int(fingerprint >> 56)  // 0..<256
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: storage.0 |= mask
        case 1: storage.1 |= mask
        case 2: storage.2 |= mask
        default: storage.3 |= mask
        }
    }
}

/// ln(x) for 0 < x <= 1 without Foundation: x = m * 2^e, then an atanh series on m.
func naturalLog(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    let e = x.exponent
    let m = x.significand  // 1 <= m < 2
    let t = (m - 1) / (m + 1)
    let t2 = t * t
    var term = t, sum = 0.0
    var k = 1.0
    for _ in 0..<30 {
        sum += term / k
        term *= t2
        k += 2
    }
    return 2 * sum + Double(e) * 0.693_147_180_559_945_3
}

/// Distinct peers per endpoint (address, port, transport) across the capture: a server
/// is an endpoint many peers talk to. Updated once per new flow, not per packet. Open
/// addressing with linear probing on the endpoint's fingerprint; entries inline. Bounded:
/// when `capacity` endpoints are tracked, those with the fewest peers are forgotten.
final class FanInTable {
    private struct Slot {
        var key: EndpointKey
        var peers: PeerCounter
    }

    /// Bytes a tracked endpoint takes in the table (StructureTests pins it).
    static var slotBytes: Int { MemoryLayout<Slot>.stride }

    private var slots: UnsafeMutablePointer<Slot>
    private var used: UnsafeMutablePointer<Bool>
    private var mask: Int
    private(set) var trackedEndpoints = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        // Sized for the capacity at once (at most half full, as `slot(for:)` keeps it; up to
        // the default 2^16 endpoints' 8 MiB), so it does not grow: the slots are mapped, not
        // touched, and a page is paid for when an endpoint first lands in it, where growing
        // copied every entry through six tables on its way to the last (their page faults
        // showed at 1M frames).
        var size = 1024
        while size < min(self.capacity * 2, 1 << 17) { size <<= 1 }
        slots = HugePages.allocate(Slot.self, count: size)
        used = ZeroedMemory.allocate(Bool.self, count: size)
        mask = size - 1
    }

    deinit {
        free(slots)  // Slot is trivial: nothing to deinitialize
        free(used)
    }

    func record(_ a: EndpointKey, _ b: EndpointKey) {
        if trackedEndpoints + 2 > capacity { forgetQuietEndpoints() }
        let fa = a.fingerprint, fb = b.fingerprint
        // Find (and maybe insert, which may reallocate `slots`) before touching the storage.
        let ia = slot(for: a, fingerprint: fa)
        slots[ia].peers.add(fb)
        let ib = slot(for: b, fingerprint: fb)
        slots[ib].peers.add(fa)
    }

    func peerCount(_ e: EndpointKey) -> Int { peerCount(e, fingerprint: e.fingerprint) }

    /// `fingerprint`: `e.fingerprint`, when the caller has it already.
    func peerCount(_ e: EndpointKey, fingerprint: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: fingerprint) & mask
        while used[i] {
            if slots[i].key == e { return slots[i].peers.count }
            i = (i + 1) & mask
        }
        return 0
    }

    /// The slot of `key`, inserted when new.
    private func slot(for key: EndpointKey, fingerprint: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: fingerprint) & mask
        while used[i] {
            if slots[i].key == key { return i }
            i = (i + 1) & mask
        }
        if (trackedEndpoints + 1) * 2 > mask + 1 {
            grow(to: (mask + 1) * 2)
            return slot(for: key, fingerprint: fingerprint)
        }
        (slots + i).initialize(to: Slot(key: key, peers: PeerCounter()))
        used[i] = true
        trackedEndpoints += 1
        return i
    }

    /// Drops endpoints with one peer, then two, ... until at most half the capacity remain.
    /// In place: a second table while the first is still full would double the peak.
    private func forgetQuietEndpoints() {
        var limit = 1
        while trackedEndpoints > capacity / 2 {
            var i = 0
            while i <= mask {
                // A removal shifts a later entry into slot i: look at the slot again.
                if used[i] && slots[i].peers.count <= limit { remove(at: i) } else { i += 1 }
            }
            limit += 1
        }
    }

    /// Linear probing's backward-shift deletion: later entries of the cluster that may
    /// live in the hole move into it, so every lookup still finds its key.
    private func remove(at index: Int) {
        var hole = index
        used[hole] = false
        trackedEndpoints -= 1
        var j = (hole + 1) & mask
        while used[j] {
            let home = Int(truncatingIfNeeded: slots[j].key.fingerprint) & mask
            // Entry j may move to the hole unless its home lies cyclically in (hole, j].
            let homeAfterHole = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j)
            if !homeAfterHole {
                slots[hole] = slots[j]
                used[hole] = true
                used[j] = false
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    private func grow(to size: Int) {
        let oldSlots = slots, oldUsed = used, oldSize = mask + 1
        slots = HugePages.allocate(Slot.self, count: size)
        used = ZeroedMemory.allocate(Bool.self, count: size)
        mask = size - 1
        trackedEndpoints = 0
        for i in 0..<oldSize where oldUsed[i] {
            let entry = oldSlots[i]
            var j = Int(truncatingIfNeeded: entry.key.fingerprint) & mask
            while used[j] { j = (j + 1) & mask }
            (slots + j).initialize(to: entry)
            used[j] = true
            trackedEndpoints += 1
        }
        free(oldSlots)
        free(oldUsed)
    }
}
