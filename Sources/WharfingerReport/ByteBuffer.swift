/// Bytes being written, in one growable buffer with one owner (no reference counting): the
/// room JSON documents (`JSONText`) and conn.log lines (`ZeekLine`) are written into. Callers
/// reserve room once for what they put next; `put` checks nothing.
struct ByteBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Room for `more` bytes after those written.
    @inline(__always)
    mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(count + more) }
    }

    private mutating func grow(_ needed: Int) {
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func put(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        Self.copy(bytes, to: storage + count, length)
        count += length
    }

    /// `length` bytes from `from` to `to`. Most pieces are short (keys, words, names): two
    /// overlapping loads and stores of the widest size that fits cost less than a call to memcpy.
    @inline(__always)
    static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, _ length: Int) {
        let to = UnsafeMutableRawPointer(to), from = UnsafeRawPointer(from)
        @inline(__always)
        func copy<T>(_: T.Type) {
            to.storeBytes(of: from.loadUnaligned(as: T.self), as: T.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: length - MemoryLayout<T>.size, as: T.self),
                          toByteOffset: length - MemoryLayout<T>.size, as: T.self)
        }
        // Halved, not tried in turn: a piece of unknown length takes three or four tests.
        if length > 16 {
            if length <= 32 { copy(SIMD16<UInt8>.self) } else if length <= 64 { copy(SIMD32<UInt8>.self) } else {
                to.copyMemory(from: from, byteCount: length)
            }
        } else if length >= 4 {
            if length >= 8 { copy(UInt64.self) } else { copy(UInt32.self) }
        } else if length >= 2 {
            copy(UInt16.self)
        } else if length == 1 {
            to.storeBytes(of: from.load(as: UInt8.self), as: UInt8.self)
        }
    }

    /// `length` bytes written before, from `offset`, written again after those written (room
    /// reserved by the caller): a piece that recurs is copied from where it was written first.
    @inline(__always)
    mutating func again(from offset: Int, _ length: Int) {
        put(storage + offset, length)
    }

    /// Up to `most` bytes written by `body` after those written (room reserved by the
    /// caller); `body` returns how many it wrote.
    @inline(__always)
    mutating func append(most: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        count += body(storage + count)
    }

    /// Decimal digits, zero-padded to `width` (room for them reserved).
    @inline(__always)
    mutating func digits(_ value: UInt64, width: Int) {
        count += writeDigits(value, width: width, at: storage + count)
    }

    /// As `digits`, two at a time (`writeDigitPairs`).
    @inline(__always)
    mutating func digitPairs(_ value: UInt64, width: Int) {
        count += writeDigitPairs(value, width: width, at: storage + count)
    }

    /// `value`'s digits zero-padded to `count` (`writeFractionDigits`).
    @inline(__always)
    mutating func fractionDigits(_ value: UInt64, count digits: Int) {
        count += writeFractionDigits(value, count: digits, at: storage + count)
    }
}
