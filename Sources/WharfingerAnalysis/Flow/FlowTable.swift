import Glibc

/// Live flows: open addressing with linear probing over an index of
/// `(hash << 32) | (slot + 1)` words (0 = empty), backward-shift deletion, and the flow
/// states in a slot array with a free list. Each timeout class keeps an intrusive LRU list
/// (least recently seen at the head), so idle sweeps and eviction look at list heads only.
/// The states are reserved for `maxFlows` at once (`ReservedMemory`: memory only for the
/// slots used), so they never move; the index grows by doubling. No allocation once the
/// index has grown to its working size.
///
/// The unsafe storage stays inside: states below `highWater` are initialised (live ones
/// reached from the index, free ones chained through `next`), and every index entry names
/// a live slot.
final class FlowTable {
    private(set) var count = 0
    let maxFlows: Int
    private var index: UnsafeMutablePointer<UInt64>
    private var indexMask: Int
    private let states: UnsafeMutablePointer<FlowState>
    private let stateCapacity: Int
    /// Slots below this were handed out at least once; free ones are chained through `next`.
    private var highWater = 0
    private var freeHead: Int32 = -1
    /// Per timeout class, indexed by its raw value: the least and the most recently seen flow, or -1.
    private var heads: InlineArray<3, Int32> = [-1, -1, -1]
    private var tails: InlineArray<3, Int32> = [-1, -1, -1]
    /// Set whenever a class list gets another head (or its first flow): the flow due to idle
    /// out first may then be another. The analyzer clears it when it has looked at the heads.
    var headsChanged = false

    init(maxFlows: Int) {
        self.maxFlows = max(1, maxFlows)
        stateCapacity = self.maxFlows
        states = ReservedMemory.map(FlowState.self, count: stateCapacity)
        let indexSize = min(1024, FlowTable.roundUpPowerOfTwo(self.maxFlows)) * 2
        index = ZeroedMemory.allocate(UInt64.self, count: indexSize)
        indexMask = indexSize - 1
    }

    deinit {
        states.deinitialize(count: highWater)
        ReservedMemory.unmap(states, count: stateCapacity)
        free(index)
    }

    var isFull: Bool { count >= maxFlows }

    /// The live flow in `slot`, in place, while it is in the table.
    @inline(__always)
    func state(_ slot: Int32) -> UnsafeMutablePointer<FlowState> { states + Int(slot) }

    /// The slot holding `key`, or -1.
    @inline(__always)
    func find(_ key: FlowKey, hash: UInt32) -> Int32 {
        // In locals: a store through `states` could otherwise be taken to change them.
        let index = self.index, states = self.states, mask = indexMask
        var i = Int(hash) & mask
        while true {
            let entry = index[i]
            if entry == 0 { return -1 }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let slot = Int32(truncatingIfNeeded: entry & 0xffff_ffff) &- 1
                if states[Int(slot)].key == key { return slot }
            }
            i = (i &+ 1) & mask
        }
    }

    /// Adds a flow that is not in the table; the caller made room (`isFull` is false).
    func insert(_ state: FlowState) -> Int32 {
        // A trap's message (a broken invariant, for developers), not a report's word.
        precondition(count < maxFlows, "flow table full")
        if (count + 1) * 2 > indexMask + 1 { growIndex() }
        let slot: Int32
        if freeHead >= 0 {
            slot = freeHead
            freeHead = states[Int(slot)].next
            states[Int(slot)] = state
        } else {
            slot = Int32(highWater)
            (states + highWater).initialize(to: state)
            highWater += 1
        }
        placeInIndex(hash: state.hash, slot: slot)
        count += 1
        states[Int(slot)].prev = -1
        states[Int(slot)].next = -1
        link(slot, at: state.timeoutClass)
        return slot
    }

    /// Removes a flow. Its state is read in place before (`state(_:)`), not copied out here:
    /// 240 bytes per ended flow.
    func remove(_ slot: Int32) {
        unlink(slot)
        var i = Int(states[Int(slot)].hash) & indexMask
        let wanted = UInt64(UInt32(bitPattern: slot + 1))
        while index[i] & 0xffff_ffff != wanted { i = (i + 1) & indexMask }
        // Backward-shift deletion keeps probe chains unbroken without tombstones.
        var j = i
        while true {
            j = (j + 1) & indexMask
            let entry = index[j]
            if entry == 0 { break }
            let ideal = Int(UInt32(truncatingIfNeeded: entry >> 32)) & indexMask
            let movable = i <= j ? (ideal <= i || ideal > j) : (ideal <= i && ideal > j)
            if movable {
                index[i] = entry
                i = j
            }
        }
        index[i] = 0
        states[Int(slot)].next = freeHead
        freeHead = slot
        count -= 1
        if count == 0 && highWater >= FlowTable.releasedAtEmpty { releasePages() }
    }

    /// Slots handed out from which an empty table gives its pages back (4 MiB of states).
    static let releasedAtEmpty = 1 << 14

    /// The table is empty (as when a capture ends, before the report is made): its states
    /// and index go back to the kernel, which maps zeros in again if flows come. The
    /// allocations stay, so no flow added later allocates (the index is all zeros already,
    /// as it must be when empty).
    private func releasePages() {
        Self.release(UnsafeMutableRawPointer(states), bytes: highWater * MemoryLayout<FlowState>.stride)
        Self.release(UnsafeMutableRawPointer(index), bytes: (indexMask + 1) * MemoryLayout<UInt64>.stride)
        highWater = 0
        freeHead = -1
    }

    /// `madvise(DONTNEED)` on the whole pages inside `bytes` from `start`: their memory
    /// is freed, and reads see zeros.
    private static func release(_ start: UnsafeMutableRawPointer, bytes: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (Int(bitPattern: start) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(page - 1)
        guard end > first else { return }
        madvise(UnsafeMutableRawPointer(bitPattern: first), end - first, MADV_DONTNEED)
    }

    /// Marks a flow as just seen: to the tail of its (possibly new) class list.
    /// (`unlink` then `link`, in one pass: the flow's own links are written once.)
    @inline(__always)
    func touch(_ slot: Int32, timeoutClass: TimeoutClass) {
        let states = self.states, flow = states + Int(slot)
        let old = Int(flow.pointee.timeoutClass.rawValue), new = Int(timeoutClass.rawValue)
        if old == new && tails[new] == slot { return }
        let p = flow.pointee.prev, n = flow.pointee.next
        if p >= 0 {
            states[Int(p)].next = n
        } else {
            heads[old] = n
            headsChanged = true
        }
        if n >= 0 { states[Int(n)].prev = p } else { tails[old] = p }
        let t = tails[new]
        flow.pointee.timeoutClass = timeoutClass
        flow.pointee.prev = t
        flow.pointee.next = -1
        if t >= 0 {
            states[Int(t)].next = slot
        } else {
            heads[new] = slot
            headsChanged = true
        }
        tails[new] = slot
    }

    /// The least recently seen flow of a class, or -1.
    @inline(__always)
    func head(_ c: TimeoutClass) -> Int32 { heads[Int(c.rawValue)] }

    /// Slots of all live flows, for snapshots and `finish()`.
    func liveSlots() -> [Int32] {
        var slots: [Int32] = []
        slots.reserveCapacity(count)
        for c in [TimeoutClass.established, .transitory, .udp] {
            var s = head(c)
            while s >= 0 {
                slots.append(s)
                s = states[Int(s)].next
            }
        }
        return slots
    }

    // MARK: - Internals

    @inline(__always)
    private func tail(_ c: TimeoutClass) -> Int32 { tails[Int(c.rawValue)] }

    @inline(__always)
    private func link(_ slot: Int32, at c: TimeoutClass) {
        let t = tail(c)
        states[Int(slot)].prev = t
        states[Int(slot)].next = -1
        if t >= 0 {
            states[Int(t)].next = slot
        } else {
            heads[Int(c.rawValue)] = slot
            headsChanged = true
        }
        tails[Int(c.rawValue)] = slot
    }

    @inline(__always)
    private func unlink(_ slot: Int32) {
        let c = states[Int(slot)].timeoutClass
        let p = states[Int(slot)].prev, n = states[Int(slot)].next
        if p >= 0 {
            states[Int(p)].next = n
        } else {
            heads[Int(c.rawValue)] = n
            headsChanged = true
        }
        if n >= 0 { states[Int(n)].prev = p } else { tails[Int(c.rawValue)] = p }
        states[Int(slot)].prev = -1
        states[Int(slot)].next = -1
    }

    private func placeInIndex(hash: UInt32, slot: Int32) {
        var i = Int(hash) & indexMask
        while index[i] != 0 { i = (i + 1) & indexMask }
        index[i] = UInt64(hash) << 32 | UInt64(UInt32(bitPattern: slot + 1))
    }

    private func growIndex() {
        let oldSize = indexMask + 1
        let old = index
        let newSize = oldSize * 2
        index = ZeroedMemory.allocate(UInt64.self, count: newSize)
        indexMask = newSize - 1
        for i in 0..<oldSize where old[i] != 0 {
            var j = Int(UInt32(truncatingIfNeeded: old[i] >> 32)) & indexMask
            while index[j] != 0 { j = (j + 1) & indexMask }
            index[j] = old[i]
        }
        free(old)
    }

    private static func roundUpPowerOfTwo(_ n: Int) -> Int {
        var p = 1
        while p < n { p <<= 1 }
        return p
    }
}
