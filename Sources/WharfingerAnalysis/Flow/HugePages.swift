import Glibc

/// Asks the kernel to back large tables with 2 MiB pages (transparent huge pages, which
/// Debian leaves to `madvise`). The flow table, the fan-in table and the reading ring are
/// read at random or by two threads, megabytes each: on 4 KiB pages every few look-ups
/// miss the TLB, and in a virtual machine a miss walks two page tables. A huge page is
/// also one page fault where 512 small ones were. Only advice: where the kernel has no
/// huge page free, or says no, the memory stays as it was.
public enum HugePages {
    public static let size = 1 << 21

    /// Advises the 2 MiB-aligned part of `bytes` bytes at `start` (none, for a block smaller
    /// than a huge page, or one that spans no aligned 2 MiB whole).
    public static func advise(_ start: UnsafeMutableRawPointer, bytes: Int) {
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(size - 1)
        guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, end - first, MADV_HUGEPAGE)
    }

    /// Uninitialized memory for `count` values of `T`, aligned to a huge page when it is
    /// at least one, and advised. Release with `free`.
    public static func allocate<T>(_: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let bytes = max(count, 1) * MemoryLayout<T>.stride
        var raw: UnsafeMutableRawPointer?
        let alignment = bytes >= size ? size : MemoryLayout<T>.alignment
        // A trap's message, as the runtime's own allocation failure would be; not a report's word.
        guard posix_memalign(&raw, max(alignment, MemoryLayout<Int>.size), bytes) == 0, let raw else {
            fatalError("out of memory")
        }
        advise(raw, bytes: bytes)
        return raw.bindMemory(to: T.self, capacity: count)
    }
}
