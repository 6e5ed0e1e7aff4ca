import Glibc

/// Zero-filled tables from `calloc`. A large block comes as fresh pages that the kernel zeroes
/// when each is first touched, so a table sized for the worst case costs nothing for the slots
/// a run never reaches, where filling it with zeros touched every page at start (the 1 MiB of
/// `KnownServers` alone was a fifth of a 13-frame read's page faults). Release with `free`.
enum ZeroedMemory {
    /// `count` values of `T`, every bit zero: for a `T` without references whose all-zero
    /// value means empty.
    static func allocate<T>(_: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        precondition(_isPOD(T.self), "ZeroedMemory: \(T.self) holds references")
        // A trap's message, as the runtime's own allocation failure would be; not a report's word.
        guard let raw = calloc(max(count, 1), MemoryLayout<T>.stride) else { fatalError("out of memory") }
        HugePages.advise(raw, bytes: max(count, 1) * MemoryLayout<T>.stride)
        return raw.bindMemory(to: T.self, capacity: count)
    }
}
