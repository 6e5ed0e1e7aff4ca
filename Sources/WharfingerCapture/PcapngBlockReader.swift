import CPcap
import Glibc
import WharfingerWire

/// Receives what `PcapngBlockReader` reads: each interface as its block is read, then each
/// frame with the index of its interface. The bytes are the reader's buffer, valid only
/// during the call.
public protocol PcapngFrameSink: AnyObject {
    func describe(_ interface: PcapngInterface)
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int)
}

/// Reads the pcapng files libpcap refuses: interfaces with different link types or snap
/// lengths, or sections of different byte orders. Everything else stays libpcap's.
///
/// It reads Section Header Blocks (either byte order, any number of sections), Interface
/// Description Blocks (`if_name`, `if_tsresol`, `if_tsoffset`), Enhanced, Simple and
/// obsolete Packet Blocks, and steps over every other block. Each block's length is checked
/// against the bytes left in the file and `maximumBlockLength` before any byte of it is
/// read; the file is read with read(2) into one buffer, which grows only for a block larger
/// than it, so frames cost no allocation.
public final class PcapngBlockReader {
    /// No block may claim more than this (libpcap allows 16 MiB for packet blocks).
    public static let maximumBlockLength = 256 << 20

    /// The file's path, for messages.
    public let path: String
    // The fields read per frame skip Swift's run-time exclusivity checks: only `read` and the
    // methods it calls touch them, on one thread, never overlapping. Reading a 1M-frame pcapng
    // (Fuzz/Sources/PcapngReadFloor) took 1.26x libpcap's time with the checks, 0.76x without.

    /// Every interface read so far, numbered across sections.
    @exclusivity(unchecked) public private(set) var interfaces: [PcapngInterface] = []
    /// Frames read per interface (`interfaces`' order) that passed the filter, including
    /// those passed over by `skipping`.
    @exclusivity(unchecked) public private(set) var frameCounts: [UInt64] = []

    private let descriptor: Int32
    private let fileSize: Int64
    @exclusivity(unchecked) private var buffer: ReadBuffer
    /// The byte order of the section being read, and where its interfaces start in `interfaces`.
    @exclusivity(unchecked) private var order = ByteOrder(swapped: false)
    @exclusivity(unchecked) private var sectionStart = 0
    @exclusivity(unchecked) private var filters: InterfaceFilters?

    /// Opens `path` (a regular file: standard input cannot be read a second time).
    public init(path: String) throws(CaptureError) {
        self.path = path
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == EACCES ? .permissionDenied(path: path, detail: String(cString: strerror(errno)))
                                  : .fileMissing(path: path)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .readFailed(path: path, detail: "not a regular file")
        }
        self.descriptor = descriptor
        fileSize = Int64(status.st_size)
        buffer = ReadBuffer(capacity: 1 << 20)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// True for libpcap's refusals this reader exists for.
    public static func reads(_ error: CaptureError) -> Bool {
        let detail: String
        switch error {
        case .readFailed(_, let text), .notACapture(_, let text): detail = text
        default: return false
        }
        return detail.contains("different from the type of the first interface")
            || detail.contains("different from the snapshot length of the first interface")
            || detail.contains("sections with different byte orders")
    }

    /// Whether a pcapng file that libpcap opened with an unsupported link type (its first
    /// interface's) has other interfaces the decoder knows: then the block reader reads it,
    /// and only that interface's frames are counted as `unsupported-link`. Reads every
    /// block once; false for anything that is not pcapng or is damaged before a second one.
    public static func hasSupportedInterface(_ path: String) -> Bool {
        guard let reader = try? PcapngBlockReader(path: path) else { return false }
        try? reader.read(into: DiscardingSink(), skipping: .max)
        return reader.interfaces.contains { $0.linkType.isSupported }
    }

    /// Reads the whole file into `sink`. `filter` is compiled per interface with libpcap
    /// (for its link type) and run on each frame. The first `skipping` frames that pass it
    /// are counted but not handed over: libpcap delivered them before it refused the file.
    /// A damaged block throws `.damagedBlock` with its offset; the frames before it were
    /// handed over.
    public func read(into sink: some PcapngFrameSink, filter: String? = nil, skipping: UInt64 = 0) throws(CaptureError) {
        filters = filter.map { InterfaceFilters(expression: $0) }
        var toSkip = skipping
        var offset: Int64 = 0
        while true {
            guard try buffer.fill(8, from: descriptor, path: path) else {
                if buffer.count == 0 { return }
                throw damaged(offset, "the file ends inside a block header (\(buffer.count) bytes)")
            }
            var type = buffer.load32(0, order)
            if type == BlockType.sectionHeader {
                // The byte-order magic after the length says how to read this section.
                guard try buffer.fill(12, from: descriptor, path: path) else {
                    throw damaged(offset, "the file ends inside a section header")
                }
                let magic = buffer.load32(8, ByteOrder(swapped: false))
                if magic == SectionHeader.magic { order = ByteOrder(swapped: false) }
                else if magic == SectionHeader.magic.byteSwapped { order = ByteOrder(swapped: true) }
                else { throw damaged(offset, "section header with a bad byte-order magic 0x\(String(magic, radix: 16))") }
                type = BlockType.sectionHeader
            } else if offset == 0 {
                throw damaged(offset, "the file does not start with a section header")
            }
            let length = Int(buffer.load32(4, order))
            if let problem = check(length: length, type: type, at: offset) { throw damaged(offset, problem) }
            guard try buffer.fill(length, from: descriptor, path: path) else {
                throw damaged(offset, "block of \(length) bytes runs past the end of the file")
            }
            guard Int(buffer.load32(length - 4, order)) == length else {
                throw damaged(offset, "block length \(length) does not match its trailing length \(buffer.load32(length - 4, order))")
            }
            let body = 8..<(length - 4)
            switch type {
            case BlockType.sectionHeader:
                sectionStart = interfaces.count
            case BlockType.interfaceDescription:
                try describeInterface(body, at: offset, into: sink)
            case BlockType.enhancedPacket, BlockType.obsoletePacket:
                try packet(body, enhanced: type == BlockType.enhancedPacket, at: offset, into: sink, skip: &toSkip)
            case BlockType.simplePacket:
                try simplePacket(body, at: offset, into: sink, skip: &toSkip)
            default:
                break
            }
            buffer.consume(length)
            offset += Int64(length)
        }

        func check(length: Int, type: UInt32, at offset: Int64) -> String? {
            if length < Block.minimumLength { return "block length \(length) is below the minimum of \(Block.minimumLength)" }
            if length % 4 != 0 { return "block length \(length) is not a multiple of 4" }
            if length > Self.maximumBlockLength { return "block length \(length) exceeds the maximum of \(Self.maximumBlockLength)" }
            if Int64(length) > fileSize - offset {
                return "block length \(length) runs past the end of the file (\(fileSize - offset) bytes left)"
            }
            if type == BlockType.sectionHeader && length < SectionHeader.minimumLength {
                return "section header length \(length) is below the minimum of \(SectionHeader.minimumLength)"
            }
            return nil
        }
    }

    private func damaged(_ offset: Int64, _ detail: String) -> CaptureError {
        .damagedBlock(path: path, frames: 0, offset: offset, detail: detail)
    }

    private func describeInterface(_ body: Range<Int>, at offset: Int64, into sink: some PcapngFrameSink) throws(CaptureError) {
        guard body.count >= InterfaceDescription.fixedLength else {
            throw damaged(offset, "interface description of \(body.count + 12) bytes is too short")
        }
        let linkType = LinkType(rawValue: Int32(buffer.load16(body.lowerBound, order)))
        let snapLength = buffer.load32(body.lowerBound + 4, order)
        var name: String?
        var tsresol: UInt8 = 6
        var tsoffset: Int64 = 0
        var cursor = body.lowerBound + InterfaceDescription.fixedLength
        while cursor + 4 <= body.upperBound {
            let code = buffer.load16(cursor, order), count = Int(buffer.load16(cursor + 2, order))
            let value = (cursor + 4)..<(cursor + 4 + count)
            guard value.upperBound <= body.upperBound else {
                throw damaged(offset, "interface option \(code) of \(count) bytes runs past its block")
            }
            switch code {
            case InterfaceDescription.endOfOptions: cursor = body.upperBound; continue
            case InterfaceDescription.name: name = buffer.text(value)
            case InterfaceDescription.tsresol where count >= 1: tsresol = buffer.load8(value.lowerBound)
            case InterfaceDescription.tsoffset where count >= 8: tsoffset = Int64(bitPattern: buffer.load64(value.lowerBound, order))
            default: break
            }
            cursor = value.upperBound + (4 - count % 4) % 4
        }
        guard let clock = PcapngClock(tsresol: tsresol, offsetSeconds: tsoffset) else {
            throw damaged(offset, "interface time resolution 0x\(String(tsresol, radix: 16)) does not fit 64 bits")
        }
        let interface = PcapngInterface(index: interfaces.count, linkType: linkType, snapLength: snapLength,
                                        name: name, clock: clock)
        interfaces.append(interface)
        frameCounts.append(0)
        try filters?.add(interface, path: path)
        sink.describe(interface)
    }

    /// An Enhanced Packet Block, or the obsolete Packet Block (16-bit interface id and drop count).
    @inline(__always)
    private func packet(_ body: Range<Int>, enhanced: Bool, at offset: Int64, into sink: some PcapngFrameSink,
                        skip: inout UInt64) throws(CaptureError) {
        guard body.count >= PacketBlock.fixedLength else {
            throw damaged(offset, "packet block of \(body.count + 12) bytes is too short")
        }
        let base = body.lowerBound
        let local = enhanced ? Int(buffer.load32(base, order)) : Int(buffer.load16(base, order))
        let units = UInt64(buffer.load32(base + 4, order)) << 32 | UInt64(buffer.load32(base + 8, order))
        let captured = Int(buffer.load32(base + 12, order)), wire = Int(buffer.load32(base + 16, order))
        let data = base + PacketBlock.fixedLength
        guard captured <= body.upperBound - data else {
            throw damaged(offset, "packet block's captured length \(captured) runs past its block")
        }
        let index = sectionStart + local
        guard local < interfaces.count - sectionStart else {
            throw damaged(offset, "packet block names interface \(local), which its section does not describe")
        }
        deliver(FrameHeader(timestamp: interfaces[index].clock.timestamp(units), capturedLength: captured, wireLength: wire),
                data, interface: index, into: sink, skip: &skip)
    }

    /// A Simple Packet Block: interface 0 of its section, no time, captured up to its snap length.
    private func simplePacket(_ body: Range<Int>, at offset: Int64, into sink: some PcapngFrameSink,
                              skip: inout UInt64) throws(CaptureError) {
        guard body.count >= 4 else { throw damaged(offset, "simple packet block of \(body.count + 12) bytes is too short") }
        guard interfaces.count > sectionStart else {
            throw damaged(offset, "simple packet block in a section that describes no interface")
        }
        let wire = Int(buffer.load32(body.lowerBound, order))
        deliver(FrameHeader(timestamp: .zero, capturedLength: min(wire, body.count - 4), wireLength: wire),
                body.lowerBound + 4, interface: sectionStart, into: sink, skip: &skip)
    }

    @inline(__always)
    /// `interface` indexes `interfaces` (an index, not the value: copying one would retain its name per frame).
    private func deliver(_ header: FrameHeader, _ data: Int, interface: Int, into sink: some PcapngFrameSink,
                         skip: inout UInt64) {
        var header = header
        // As libpcap does: no more than the interface's snap length is handed over.
        let snapLength = Int(interfaces[interface].snapLength)
        if snapLength > 0 && header.capturedLength > snapLength { header.capturedLength = snapLength }
        let bytes = buffer.bytes(data, header.capturedLength)
        if let filters, !filters.accepts(interface, header, bytes) { return }
        frameCounts[interface] &+= 1
        if skip > 0 {
            skip -= 1
            return
        }
        sink.receive(header, RawSpan(_unsafeBytes: bytes), interface: interface)
    }
}

/// Takes nothing: for reading a file's interfaces only.
private final class DiscardingSink: PcapngFrameSink {
    func describe(_ interface: PcapngInterface) {}
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {}
}

/// Block types and layouts (pcapng, draft-ietf-opsawg-pcapng).
private enum BlockType {
    static let sectionHeader: UInt32 = 0x0A0D_0D0A
    static let interfaceDescription: UInt32 = 1
    static let obsoletePacket: UInt32 = 2
    static let simplePacket: UInt32 = 3
    static let enhancedPacket: UInt32 = 6
}

private enum Block {
    /// Type, length and trailing length.
    static let minimumLength = 12
}

private enum SectionHeader {
    static let magic: UInt32 = 0x1A2B_3C4D
    /// Type, length, magic, version (2 + 2), section length (8), trailing length.
    static let minimumLength = 28
}

private enum InterfaceDescription {
    /// Link type (2), reserved (2), snap length (4).
    static let fixedLength = 8
    static let endOfOptions: UInt16 = 0
    static let name: UInt16 = 2
    static let tsresol: UInt16 = 9
    static let tsoffset: UInt16 = 14
}

private enum PacketBlock {
    /// Interface id (4), timestamp (4 + 4), captured length (4), original length (4).
    static let fixedLength = 20
}

/// Reads a section's integers: in the writer's byte order, swapped when it differs from ours.
struct ByteOrder {
    var swapped: Bool
}

/// The bytes of the file not yet consumed, starting at the current block. One allocation,
/// grown only when a block is larger than it (bounded by `maximumBlockLength`).
/// Invariant: `start <= end <= capacity`; every load is at an index below `count` that
/// `fill` has made available.
struct ReadBuffer {
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var end = 0

    init(capacity: Int) {
        self.capacity = capacity
        storage = .allocate(byteCount: capacity, alignment: 16)
    }

    func deallocate() { storage.deallocate() }

    var count: Int { end - start }

    /// Makes `needed` bytes available from the current position. False at end of file first.
    mutating func fill(_ needed: Int, from descriptor: Int32, path: String) throws(CaptureError) -> Bool {
        if count >= needed { return true }
        if start > 0 {
            storage.copyMemory(from: storage + start, byteCount: count)
            end = count
            start = 0
        }
        if needed > capacity {
            let grown = UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: 16)
            grown.copyMemory(from: storage, byteCount: end)
            storage.deallocate()
            storage = grown
            capacity = needed
        }
        while end < needed {
            let got = Glibc.read(descriptor, storage + end, capacity - end)
            if got == 0 { return false }
            if got < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, detail: String(cString: strerror(errno)))
            }
            end += got
        }
        return true
    }

    mutating func consume(_ length: Int) { start += length }

    @inline(__always)
    func load8(_ at: Int) -> UInt8 { storage.load(fromByteOffset: start + at, as: UInt8.self) }

    @inline(__always)
    func load16(_ at: Int, _ order: ByteOrder) -> UInt16 { load(at, order) }

    @inline(__always)
    func load32(_ at: Int, _ order: ByteOrder) -> UInt32 { load(at, order) }

    @inline(__always)
    func load64(_ at: Int, _ order: ByteOrder) -> UInt64 { load(at, order) }

    /// The one place the section's byte order is applied.
    @inline(__always)
    private func load<T: FixedWidthInteger>(_ at: Int, _ order: ByteOrder) -> T {
        let value = storage.loadUnaligned(fromByteOffset: start + at, as: T.self)
        return order.swapped ? value.byteSwapped : value
    }

    func bytes(_ at: Int, _ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: storage + start + at, count: count)
    }

    /// UTF-8 text up to its first NUL.
    func text(_ range: Range<Int>) -> String {
        let raw = bytes(range.lowerBound, range.count)
        return String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
}

/// A BPF filter compiled once per interface, for its link type, and run with
/// `pcap_offline_filter`, as libpcap runs a filter on the frames of a file.
final class InterfaceFilters {
    let expression: String
    private var programs: [UnsafeMutablePointer<bpf_program>] = []

    init(expression: String) { self.expression = expression }

    deinit {
        for program in programs {
            pcap_freecode(program)
            program.deallocate()
        }
    }

    func add(_ interface: PcapngInterface, path: String) throws(CaptureError) {
        // LINKTYPE_RAW (101) is DLT_RAW (12) to libpcap's compiler.
        let type = interface.linkType == .rawLinktype ? LinkType.raw.rawValue : interface.linkType.rawValue
        let snap = interface.snapLength == 0 ? 262_144 : Int32(clamping: interface.snapLength)
        guard let dead = pcap_open_dead(type, snap) else { throw .readFailed(path: path, detail: "pcap_open_dead failed") }
        defer { pcap_close(dead) }
        let program = UnsafeMutablePointer<bpf_program>.allocate(capacity: 1)
        program.initialize(to: bpf_program())
        guard pcap_compile(dead, program, expression, 1, bpf_u_int32(PCAP_NETMASK_UNKNOWN)) == 0 else {
            program.deallocate()
            throw .badFilter(expression: expression, detail: String(cString: pcap_geterr(dead)))
        }
        programs.append(program)
    }

    @inline(__always)
    func accepts(_ index: Int, _ header: FrameHeader, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var h = pcap_pkthdr()
        h.caplen = bpf_u_int32(header.capturedLength)
        h.len = bpf_u_int32(clamping: header.wireLength)
        return pcap_offline_filter(programs[index], &h, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)) != 0
    }
}
