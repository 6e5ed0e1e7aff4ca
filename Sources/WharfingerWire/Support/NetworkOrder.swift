// The one place that turns network-order bytes into numbers. Every caller has
// already checked the span is long enough (check once, then read), so release builds
// load without a second bounds check per field; debug builds (the tests) keep
// RawSpan's own check, so a read that no length check covers traps there.
// `@inlinable` so the checked forms below inline into other modules' probes.
// The decoders add a header's offset and its fields' with `&+`: offsets and lengths within
// a frame are far below Int's range, so the overflow check of `+` (two instructions per
// field, on every frame) could never fire.

extension RawSpan {
    @inlinable @inline(__always)
    func load<T: FixedWidthInteger & BitwiseCopyable>(_ offset: Int, as type: T.Type) -> T {
        #if DEBUG
        unsafeLoadUnaligned(fromByteOffset: offset, as: T.self)
        #else
        unsafeLoadUnaligned(fromUncheckedByteOffset: offset, as: T.self)
        #endif
    }

    @inlinable @inline(__always)
    func u8(_ offset: Int) -> UInt8 { load(offset, as: UInt8.self) }

    @inlinable @inline(__always)
    func be16(_ offset: Int) -> UInt16 { UInt16(bigEndian: load(offset, as: UInt16.self)) }

    @inlinable @inline(__always)
    func le16(_ offset: Int) -> UInt16 { UInt16(littleEndian: load(offset, as: UInt16.self)) }

    @inlinable @inline(__always)
    func be32(_ offset: Int) -> UInt32 { UInt32(bigEndian: load(offset, as: UInt32.self)) }

    @inline(__always)
    func be64(_ offset: Int) -> UInt64 { UInt64(bigEndian: load(offset, as: UInt64.self)) }

    /// The reading machine's byte order, for the fields libpcap converts to it when it
    /// reads a file (NFLOG's TLV headers).
    @inline(__always)
    func host16(_ offset: Int) -> UInt16 { load(offset, as: UInt16.self) }

    @inline(__always)
    func le32(_ offset: Int) -> UInt32 { UInt32(littleEndian: load(offset, as: UInt32.self)) }
}

// Checked forms, for code that probes bytes no length check has vouched for (payload
// signatures look at the first bytes of any flow): nil when the field is not all
// captured, else the same read as above.
extension RawSpan {
    @inlinable @inline(__always)
    func holds(_ size: Int, at offset: Int) -> Bool { offset >= 0 && offset <= byteCount - size }

    @inlinable @inline(__always)
    public func u8(at offset: Int) -> UInt8? { holds(1, at: offset) ? u8(offset) : nil }

    @inlinable @inline(__always)
    public func be16(at offset: Int) -> UInt16? { holds(2, at: offset) ? be16(offset) : nil }

    @inlinable @inline(__always)
    public func le16(at offset: Int) -> UInt16? { holds(2, at: offset) ? le16(offset) : nil }

    @inlinable @inline(__always)
    public func be32(at offset: Int) -> UInt32? { holds(4, at: offset) ? be32(offset) : nil }
}
