import Glibc

/// Live flows: open addressing with linear probing over an index of
/// `(hash << 32) | (slot + 1)` words (0 = empty), backward-shift deletion, and the flow
/// states in a slot array with a free list. Each timeout class keeps an intrusive LRU list
/// (least recently seen at the head), so idle sweeps and eviction look at list heads only.
/// The states are reserved for `maxFlows` at once (`ReservedMemory`: memory only for the
/// slots used), so they never move; the index grows by doubling. No allocation once the
/// index has grown to its working size.
///
/// Parking: a flow idle for a while (`parkIdle`) moves into a packed cell (`ParkedCells`,
/// 128 bytes) and keeps its place in its list and the index, under an id with `parkedBit`
/// set; `unpark` brings it back to a state in the same place. So a list holds states and
/// cells, in the order the flows were last seen either way, and what ends when, and in which
/// order, is the same whether flows were parked or not. The sweep looks at the states slot
/// by slot (a free one has `prev` -2), not down the lists.
///
/// The unsafe storage stays inside: states below `highWater` are initialised (live ones
/// reached from the index, free ones chained through `next`), and every index entry names
/// a live slot or a parked cell.
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
    let parked: ParkedCells

    /// Ids of parked flows have this bit set: the rest is the cell.
    static let parkedBit: Int32 = 1 << 30

    init(maxFlows: Int) {
        self.maxFlows = min(max(1, maxFlows), Int(Self.parkedBit) - 1)
        stateCapacity = self.maxFlows
        states = ReservedMemory.map(FlowState.self, count: stateCapacity)
        parked = ParkedCells(capacity: self.maxFlows)
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

    /// The live flow in `slot`, in place, while it is in the table. Not for a parked id.
    @inline(__always)
    func state(_ slot: Int32) -> UnsafeMutablePointer<FlowState> { states + Int(slot) }

    /// The id names a parked flow (`unpark` it to a slot to change it).
    @inline(__always)
    static func isParked(_ id: Int32) -> Bool { id >= parkedBit }

    /// A live flow's last-seen time, parked or not.
    @inline(__always)
    func lastSeen(_ id: Int32) -> Int64 {
        Self.isParked(id) ? parked.last(id & ~Self.parkedBit) : states[Int(id)].last
    }

    /// A live flow's first time and its exports while going (`activeExports`), parked or not.
    @inline(__always)
    func firstSeenAndExports(_ id: Int32) -> (first: Int64, exports: UInt16) {
        if Self.isParked(id) { return (parked.first(id & ~Self.parkedBit), parked.activeExports(id & ~Self.parkedBit)) }
        return (states[Int(id)].first, states[Int(id)].activeExports)
    }

    /// A live flow as a value, parked or not.
    func flow(_ id: Int32) -> FlowState {
        Self.isParked(id) ? parked.flow(id & ~Self.parkedBit) : states[Int(id)]
    }

    /// The slot or parked id holding `key`, or -1.
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
                if Self.isParked(slot) {
                    if parked.flow(slot & ~Self.parkedBit).key == key { return slot }
                } else if states[Int(slot)].key == key {
                    return slot
                }
            }
            i = (i &+ 1) & mask
        }
    }

    /// Adds a flow that is not in the table; the caller made room (`isFull` is false).
    func insert(_ state: FlowState) -> Int32 {
        // A trap's message (a broken invariant, for developers), not a report's word.
        precondition(count < maxFlows, "flow table full")
        if (count + 1) * 2 > indexMask + 1 { growIndex() }
        let slot = takeSlot()
        states[Int(slot)] = state
        placeInIndex(hash: state.hash, slot: slot)
        count += 1
        states[Int(slot)].prev = -1
        states[Int(slot)].next = -1
        link(slot, at: state.timeoutClass)
        return slot
    }

    /// A free slot, initialised (a blank's bytes, when it was never handed out).
    @inline(__always)
    private func takeSlot() -> Int32 {
        if freeHead >= 0 {
            let slot = freeHead
            freeHead = states[Int(slot)].next
            return slot
        }
        (states + highWater).initialize(to: FlowTable.blank)
        highWater += 1
        return Int32(highWater - 1)
    }

    /// A flow of no one: what a slot holds before its first, and what packing starts from.
    static let blank = FlowState(key: FlowKey(a: .unspecified, transport: .tcp, b: .unspecified, tunnel: 0),
                                 hash: 0, time: 0, sender: 0, timeoutClass: .established)

    /// Removes a flow (not a parked one). Its state is read in place before (`state(_:)`),
    /// not copied out here: 240 bytes per ended flow.
    func remove(_ slot: Int32) {
        unlink(slot)
        var i = indexPosition(of: slot, hash: states[Int(slot)].hash)
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
        states[Int(slot)].prev = Self.freeMark
        states[Int(slot)].next = freeHead
        freeHead = slot
        count -= 1
        if count == 0 && highWater >= FlowTable.releasedAtEmpty { releasePages() }
    }

    /// Where the index names `id`.
    @inline(__always)
    private func indexPosition(of id: Int32, hash: UInt32) -> Int {
        var i = Int(hash) & indexMask
        let wanted = UInt64(UInt32(bitPattern: id + 1))
        while index[i] & 0xffff_ffff != wanted { i = (i + 1) & indexMask }
        return i
    }

    // MARK: - Parking

    /// Parks the flows last seen from `start` up to `end`: a sweep takes the flows that have
    /// become idle enough since the one before, so one too long for a cell is tried once.
    func parkIdle(seenFrom start: Int64, before end: Int64) {
        for slot in 0..<Int32(highWater) where states[Int(slot)].prev != Self.freeMark {
            let last = states[Int(slot)].last
            if last >= start && last < end { park(slot) }
        }
    }

    /// `prev` of a free slot.
    private static let freeMark: Int32 = -2

    /// Packs the flow in `slot` into a cell, in its place; returns its id now (`slot` when
    /// its packed form is too long for a cell: it stays a state).
    @discardableResult
    func park(_ slot: Int32) -> Int32 {
        guard let cell = parked.park(states + Int(slot)) else { return slot }
        let id = cell | Self.parkedBit
        let c = Int(states[Int(slot)].timeoutClass.rawValue)
        let p = states[Int(slot)].prev, n = states[Int(slot)].next
        if p >= 0 { setNext(p, id) } else { heads[c] = id }
        if n >= 0 { setPrev(n, id) } else { tails[c] = id }
        index[indexPosition(of: slot, hash: states[Int(slot)].hash)] = UInt64(states[Int(slot)].hash) << 32
            | UInt64(UInt32(bitPattern: id + 1))
        states[Int(slot)].prev = Self.freeMark
        states[Int(slot)].next = freeHead
        freeHead = slot
        return id
    }

    /// The slot of a live flow: for a parked id the one it is unparked to, any other id
    /// (a slot, or -1) as it is.
    @inline(__always)
    func slot(unparking id: Int32) -> Int32 { Self.isParked(id) ? unpark(id) : id }

    /// Brings a parked flow back to a state, in its place; returns its slot.
    func unpark(_ id: Int32) -> Int32 {
        let cell = id & ~Self.parkedBit
        let slot = takeSlot()
        parked.unpack(cell, into: states + Int(slot))
        parked.free(cell)
        let c = Int(states[Int(slot)].timeoutClass.rawValue)
        let p = states[Int(slot)].prev, n = states[Int(slot)].next
        if p >= 0 { setNext(p, slot) } else { heads[c] = slot }
        if n >= 0 { setPrev(n, slot) } else { tails[c] = slot }
        let hash = states[Int(slot)].hash
        index[indexPosition(of: id, hash: hash)] = UInt64(hash) << 32 | UInt64(UInt32(bitPattern: slot + 1))
        return slot
    }

    @inline(__always)
    private func next(_ id: Int32) -> Int32 {
        Self.isParked(id) ? parked.next(id & ~Self.parkedBit) : states[Int(id)].next
    }

    @inline(__always)
    private func setNext(_ id: Int32, _ value: Int32) {
        if Self.isParked(id) { parked.setNext(id & ~Self.parkedBit, value) } else { states[Int(id)].next = value }
    }

    @inline(__always)
    private func setPrev(_ id: Int32, _ value: Int32) {
        if Self.isParked(id) { parked.setPrev(id & ~Self.parkedBit, value) } else { states[Int(id)].prev = value }
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
        parked.releasePages()
        highWater = 0
        freeHead = -1
    }

    /// `madvise(DONTNEED)` on the whole pages inside `bytes` from `start`: their memory
    /// is freed, and reads see zeros.
    static func release(_ start: UnsafeMutableRawPointer, bytes: Int) {
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
            setNext(p, n)
        } else {
            heads[old] = n
            headsChanged = true
        }
        if n >= 0 { setPrev(n, p) } else { tails[old] = p }
        let t = tails[new]
        flow.pointee.timeoutClass = timeoutClass
        flow.pointee.prev = t
        flow.pointee.next = -1
        if t >= 0 {
            setNext(t, slot)
        } else {
            heads[new] = slot
            headsChanged = true
        }
        tails[new] = slot
    }

    /// The least recently seen flow of a class, or -1.
    @inline(__always)
    func head(_ c: TimeoutClass) -> Int32 { heads[Int(c.rawValue)] }

    /// Slots and parked ids of all live flows, for snapshots and `finish()`.
    func liveSlots() -> [Int32] {
        var slots: [Int32] = []
        slots.reserveCapacity(count)
        for c in [TimeoutClass.established, .transitory, .udp] {
            var s = head(c)
            while s >= 0 {
                slots.append(s)
                s = next(s)
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
            setNext(t, slot)
        } else {
            heads[Int(c.rawValue)] = slot
            headsChanged = true
        }
        tails[Int(c.rawValue)] = slot
    }

    @inline(__always)
    private func unlink(_ slot: Int32) {
        let c = Int(states[Int(slot)].timeoutClass.rawValue)
        let p = states[Int(slot)].prev, n = states[Int(slot)].next
        if p >= 0 {
            setNext(p, n)
        } else {
            heads[c] = n
            headsChanged = true
        }
        if n >= 0 { setPrev(n, p) } else { tails[c] = p }
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
