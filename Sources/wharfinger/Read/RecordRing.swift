import Glibc
import Synchronization
import WharfingerAnalysis

/// A fixed ring of header records from one producer thread to one consumer thread.
/// Each side publishes its position in batches, so the shared counters are touched
/// once per `batch` records, not per frame; a full or empty ring makes its side sleep
/// briefly rather than spin.
final class RecordRing: @unchecked Sendable {
    private let capacity: Int
    /// `capacity - 1`: capacity and batch are powers of two, so a position's slot and the
    /// end of a batch are a mask away, not a division (per frame, on both threads).
    private let slotMask: Int
    private let batchMask: Int
    private let slots: UnsafeMutablePointer<HeaderRecord>
    /// Records published by the producer / released by the consumer, ever.
    private let published = Atomic<Int>(0)
    private let released = Atomic<Int>(0)
    private let closed = Atomic<Bool>(false)

    // The producer's own position, ahead of what it has published. (The consumer keeps
    // its position in a local: a field written per record next to this one would bounce
    // the cache line between the two cores.)
    private var produced = 0
    private var producerSeesReleased = 0

    init(capacity: Int = 1 << 14, batch: Int = 256) {
        precondition(capacity.nonzeroBitCount == 1 && batch.nonzeroBitCount == 1 && batch <= capacity)
        self.capacity = capacity
        slotMask = capacity - 1
        batchMask = batch - 1
        slots = HugePages.allocate(HeaderRecord.self, count: capacity)
    }

    deinit {
        // Records still in the ring (a run that stopped early) are dropped properly.
        let start = released.load(ordering: .acquiring), end = published.load(ordering: .acquiring)
        for i in start..<end { (slots + i & slotMask).deinitialize(count: 1) }
        free(slots)
    }

    /// Producer: the slot for the next record, waiting while the ring is full. The caller
    /// initializes the record there, where the consumer will read it, rather than making it
    /// on the stack to be copied (per frame), then calls `commit()`.
    @inline(__always)
    func reserve() -> UnsafeMutablePointer<HeaderRecord> {
        if produced - producerSeesReleased == capacity {
            publish()
            while true {
                producerSeesReleased = released.load(ordering: .acquiring)
                if produced - producerSeesReleased < capacity { break }
                usleep(20)
            }
        }
        return slots + produced & slotMask
    }

    /// Producer: adds the record initialized in the slot `reserve()` gave.
    @inline(__always)
    func commit() {
        produced += 1
        if produced & batchMask == 0 { publish() }
    }

    /// Producer: makes everything pushed so far visible.
    func publish() { published.store(produced, ordering: .releasing) }

    /// Producer: publishes everything pushed and waits until the consumer has handled it
    /// all. Until the next push the consumer has nothing to do, so the producer may read
    /// what the consumer wrote (the release of its position orders those writes before).
    func waitUntilDrained() {
        publish()
        while released.load(ordering: .acquiring) != produced { usleep(20) }
        producerSeesReleased = produced
    }

    /// Producer: no more records will come.
    func close() {
        publish()
        closed.store(true, ordering: .releasing)
    }

    /// Consumer: hands every record to `body` until the producer closes the ring and it is empty.
    /// `body` reads each record in its slot (moving it out copied 152 bytes per frame).
    func drain(_ body: (UnsafePointer<HeaderRecord>) -> Void) {
        var consumed = 0
        while true {
            let available = published.load(ordering: .acquiring)
            if available == consumed {
                if closed.load(ordering: .acquiring) && published.load(ordering: .acquiring) == consumed { return }
                usleep(20)
                continue
            }
            while consumed < available {
                let slot = slots + consumed & slotMask
                body(slot)
                slot.deinitialize(count: 1)
                consumed += 1
                if consumed & batchMask == 0 { released.store(consumed, ordering: .releasing) }
            }
            released.store(consumed, ordering: .releasing)
        }
    }
}
