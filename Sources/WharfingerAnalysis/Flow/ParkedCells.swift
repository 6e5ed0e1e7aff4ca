/// Idle flows kept packed in 128-byte cells instead of 240-byte states (`FlowTable`'s
/// parking): most flows a table holds are idle, waiting out their timeouts, and a flow's
/// fields are mostly their defaults or small numbers (`BytePackedWords`). A cell holds the
/// flow's place in its class list, its hash, its times and its active exports as they are,
/// so the table's lists, index and sweeps and the active export read a parked flow without
/// unpacking it, and the rest packed. A flow whose packed form does not fit stays a state.
///
/// A cell: `prev`, `next` (4 bytes each), the hash (4), the timeout class (1), a spare byte,
/// the active exports (2), the last-seen and first times (8 each), then the packed state (at
/// most 96 bytes). The cells are reserved for the table's bound at once (`ReservedMemory`)
/// and reused through a free list chained through `next`.
final class ParkedCells {
    static let size = 128
    private static let packedStart = 32
    private static let packedRoom = size - packedStart
    /// A state's slot, whole: padding included, in 8-byte words.
    private static let words = MemoryLayout<FlowState>.stride / 8

    private let cells: UnsafeMutableRawPointer
    let capacity: Int
    private var highWater = 0
    private var freeHead: Int32 = -1
    private(set) var count = 0
    /// A blank flow's words, zero padded. The fields a parked flow keeps in its cell's header,
    /// or restores from it, are blank in the packed state.
    private let blank: UnsafeMutableRawPointer
    /// The state being packed, its header's fields blanked; then its packed form, before it
    /// is known to fit.
    private let staging: UnsafeMutablePointer<FlowState>
    private let packed: UnsafeMutableRawPointer

    init(capacity: Int) {
        precondition(MemoryLayout<FlowState>.stride % 8 == 0 && Self.words <= 32, "ParkedCells: FlowState outgrew the mask")
        self.capacity = max(capacity, 1)
        // One cell more: reading a packed state may load a few bytes past the last cell's.
        cells = UnsafeMutableRawPointer(ReservedMemory.map(UInt8.self, count: (self.capacity + 1) * Self.size))
        let stride = MemoryLayout<FlowState>.stride
        blank = UnsafeMutableRawPointer.allocate(byteCount: stride, alignment: 8)
        blank.initializeMemory(as: UInt8.self, repeating: 0, count: stride)
        blank.assumingMemoryBound(to: FlowState.self).initialize(to: FlowTable.blank)
        staging = UnsafeMutablePointer<FlowState>.allocate(capacity: 1)
        UnsafeMutableRawPointer(staging).initializeMemory(as: UInt8.self, repeating: 0, count: stride)
        packed = UnsafeMutableRawPointer.allocate(byteCount: BytePackedWords.room(words: Self.words), alignment: 8)
    }

    deinit {
        ReservedMemory.unmap(cells.assumingMemoryBound(to: UInt8.self), count: (capacity + 1) * Self.size)
        blank.deallocate()
        staging.deallocate()
        packed.deallocate()
    }

    @inline(__always)
    private func cell(_ i: Int32) -> UnsafeMutableRawPointer { cells + Int(i) &* Self.size }

    @inline(__always)
    func prev(_ i: Int32) -> Int32 { cell(i).load(as: Int32.self) }
    @inline(__always)
    func next(_ i: Int32) -> Int32 { cell(i).load(fromByteOffset: 4, as: Int32.self) }
    @inline(__always)
    func setPrev(_ i: Int32, _ v: Int32) { cell(i).storeBytes(of: v, as: Int32.self) }
    @inline(__always)
    func setNext(_ i: Int32, _ v: Int32) { cell(i).storeBytes(of: v, toByteOffset: 4, as: Int32.self) }
    @inline(__always)
    func hash(_ i: Int32) -> UInt32 { cell(i).load(fromByteOffset: 8, as: UInt32.self) }
    @inline(__always)
    func timeoutClass(_ i: Int32) -> TimeoutClass {
        TimeoutClass(rawValue: cell(i).load(fromByteOffset: 12, as: UInt8.self)) ?? .established
    }
    @inline(__always)
    func activeExports(_ i: Int32) -> UInt16 { cell(i).load(fromByteOffset: 14, as: UInt16.self) }
    @inline(__always)
    func last(_ i: Int32) -> Int64 { cell(i).load(fromByteOffset: 16, as: Int64.self) }
    @inline(__always)
    func first(_ i: Int32) -> Int64 { cell(i).load(fromByteOffset: 24, as: Int64.self) }

    /// Packs `state` into a free cell, its list links and all; nil when its packed form is too
    /// long for a cell (or no cell is free).
    func park(_ state: UnsafePointer<FlowState>) -> Int32? {
        // The slot's words whole, padding and all, then the header's fields blanked.
        UnsafeMutableRawPointer(staging).copyMemory(from: state, byteCount: MemoryLayout<FlowState>.stride)
        staging.pointee.hash = 0
        staging.pointee.prev = -1
        staging.pointee.next = -1
        staging.pointee.timeoutClass = .established
        staging.pointee.activeExports = 0
        staging.pointee.first = 0
        staging.pointee.last = 0
        let length = BytePackedWords.write(staging, blank: blank, words: Self.words, to: packed)
        guard length <= Self.packedRoom else { return nil }
        let i: Int32
        if freeHead >= 0 {
            i = freeHead
            freeHead = next(i)
        } else {
            guard highWater < capacity else { return nil }
            i = Int32(highWater)
            highWater += 1
        }
        let c = cell(i)
        c.storeBytes(of: state.pointee.prev, as: Int32.self)
        c.storeBytes(of: state.pointee.next, toByteOffset: 4, as: Int32.self)
        c.storeBytes(of: state.pointee.hash, toByteOffset: 8, as: UInt32.self)
        c.storeBytes(of: state.pointee.timeoutClass.rawValue, toByteOffset: 12, as: UInt8.self)
        c.storeBytes(of: state.pointee.activeExports, toByteOffset: 14, as: UInt16.self)
        c.storeBytes(of: state.pointee.last, toByteOffset: 16, as: Int64.self)
        c.storeBytes(of: state.pointee.first, toByteOffset: 24, as: Int64.self)
        (c + Self.packedStart).copyMemory(from: packed, byteCount: length)
        count += 1
        return i
    }

    /// The flow parked in cell `i`, whole (its links as the cell holds them), into `state`.
    func unpack(_ i: Int32, into state: UnsafeMutablePointer<FlowState>) {
        BytePackedWords.read(cell(i) + Self.packedStart, blank: blank, words: Self.words, into: state)
        state.pointee.last = last(i)
        state.pointee.first = first(i)
        state.pointee.activeExports = activeExports(i)
        state.pointee.hash = hash(i)
        state.pointee.prev = prev(i)
        state.pointee.next = next(i)
        state.pointee.timeoutClass = timeoutClass(i)
    }

    /// The flow parked in cell `i`, as a value.
    func flow(_ i: Int32) -> FlowState {
        withUnsafeTemporaryAllocation(of: FlowState.self, capacity: 1) { buffer in
            unpack(i, into: buffer.baseAddress!)
            return buffer.baseAddress!.move()
        }
    }

    func free(_ i: Int32) {
        setNext(i, freeHead)
        freeHead = i
        count -= 1
    }

    /// Every cell is free: their pages go back to the kernel (see `FlowTable.releasePages`).
    func releasePages() {
        FlowTable.release(cells, bytes: highWater * Self.size)
        highWater = 0
        freeHead = -1
    }
}
