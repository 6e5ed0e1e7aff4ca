import WharfingerCapture
import WharfingerWire

/// The fuzz input: a run of frames on one link type, in a shape a mutation keeps readable.
///
///     byte 0        the pipeline (top bit: the two-thread one) and the link type (the other
///                   bits, as an index into `LinkType.supported`, modulo its count)
///     then per frame:
///     2 bytes       captured length, big-endian (cut to the bytes left)
///     2 bytes       wire length, big-endian (any value: files hold ones below the captured length)
///     1 byte        time step from the previous frame, signed, in quarter seconds (time can go back)
///     ...           the captured bytes
enum FuzzFrames {
    static let frameHeaderSize = 5
    static let quarterSecond: Int64 = 250_000_000
    /// The first frame's time, less its own step.
    static let start = Timestamp(seconds: 1_795_219_200, nanoseconds: 0).totalNanoseconds

    static func linkType(_ input: UnsafeRawBufferPointer) -> LinkType? {
        guard let first = input.first else { return nil }
        return LinkType.supported[Int(first & 0x7F) % LinkType.supported.count]
    }

    /// Whether the frames go to the analysis as the two-thread pipeline hands them over.
    static func twoThreads(_ input: UnsafeRawBufferPointer) -> Bool { (input.first ?? 0) & 0x80 != 0 }

    /// Each frame's header and bytes. The bytes are copied into an allocation of exactly the
    /// captured length, so AddressSanitizer catches a read one byte past the frame.
    static func forEachFrame(_ input: UnsafeRawBufferPointer, _ body: (FrameHeader, borrowing RawSpan) -> Void) {
        var offset = 1
        var time = start
        while offset + frameHeaderSize <= input.count {
            let captured = min(Int(input[offset]) << 8 | Int(input[offset + 1]), input.count - offset - frameHeaderSize)
            let wire = Int(input[offset + 2]) << 8 | Int(input[offset + 3])
            time += Int64(Int8(bitPattern: input[offset + 4])) * quarterSecond
            let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: captured, alignment: 1)
            defer { bytes.deallocate() }
            let from = offset + frameHeaderSize
            bytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: input[from..<(from + captured)]))
            body(FrameHeader(timestamp: Timestamp(totalNanoseconds: time), capturedLength: captured, wireLength: wire),
                 RawSpan(_unsafeBytes: UnsafeRawBufferPointer(bytes)))
            offset = from + captured
        }
    }

    /// An input holding `frames` (at most 65,535 bytes each; time steps rounded down to
    /// quarter seconds, each within the step's range).
    static func encode(linkType: LinkType, twoThreads: Bool, frames: [(FrameHeader, [UInt8])]) -> [UInt8]? {
        guard let index = LinkType.supported.firstIndex(of: linkType) else { return nil }
        var input = [UInt8(index) | (twoThreads ? 0x80 : 0)]
        var previous: Int64?
        for (header, bytes) in frames {
            let now = header.timestamp.totalNanoseconds
            let step = Int8(clamping: previous.map { (now &- $0) / quarterSecond } ?? 0)
            previous = now
            let captured = min(bytes.count, 0xFFFF), wire = min(header.wireLength, 0xFFFF)
            input += [UInt8(captured >> 8), UInt8(captured & 0xFF), UInt8(wire >> 8), UInt8(wire & 0xFF),
                      UInt8(bitPattern: step)]
            input += bytes.prefix(captured)
        }
        return input
    }
}
