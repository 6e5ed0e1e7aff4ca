import Glibc

/// Address space for a table's worst case, mapped once: the kernel gives a page only when
/// it is first touched, so a table reserved for 2^20 flows holds in memory what its flows
/// use, and it never grows by copying. (`realloc` copied: once a freed block had raised
/// glibc's mapping threshold, a table grown past it came from the heap, and growing it
/// held the old and the new array at once: 31 MB more at the 131,072nd live flow.)
/// `MAP_NORESERVE`: the worst case is address space, not memory the kernel must promise.
enum ReservedMemory {
    /// Room for `count` values of `T`, every byte zero until written. `hugePages`: advised for
    /// huge pages past its first 2 MiB, for a table read at random (a small run's table stays
    /// on small pages, as it did when tables grew, and a large one's look-ups miss the TLB
    /// less, `HugePages`); not for one read in order, where a huge page would only round its
    /// memory up by as much as 2 MiB.
    static func map<T>(_: T.Type, count: Int, hugePages: Bool = true) -> UnsafeMutablePointer<T> {
        let bytes = max(count, 1) * MemoryLayout<T>.stride
        let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        // A trap's message, as the runtime's own allocation failure would be; not a report's word.
        guard let raw, raw != MAP_FAILED else { fatalError("out of memory: \(bytes) bytes of address space") }
        if hugePages && bytes > HugePages.size { HugePages.advise(raw + HugePages.size, bytes: bytes - HugePages.size) }
        return raw.bindMemory(to: T.self, capacity: count)
    }

    /// Gives back what `map` reserved for `count` values.
    static func unmap<T>(_ start: UnsafeMutablePointer<T>, count: Int) {
        munmap(UnsafeMutableRawPointer(start), max(count, 1) * MemoryLayout<T>.stride)
    }
}
