import Glibc
import WharfingerCapture
import WharfingerWire

/// The block reader's floor beside libpcap's, as `../shared/bench/floor.c` measures libpcap's:
/// read a file, count frames and bytes, nothing else.
///   PcapngReadFloor blocks F.pcapng    # PcapngBlockReader
///   PcapngReadFloor libpcap F.pcapng   # CaptureSession (libpcap, Wharfinger's 128 KiB read buffer)
final class Counter: PcapngFrameSink, FrameSink {
    var frames: UInt64 = 0, captured: UInt64 = 0, wire: UInt64 = 0

    func describe(_ interface: PcapngInterface) {}

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        receive(header, bytes)
    }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) {
        frames &+= 1
        captured &+= UInt64(header.capturedLength)
        wire &+= UInt64(header.wireLength)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 3, ["blocks", "libpcap"].contains(arguments[1]) else {
    print("usage: PcapngReadFloor blocks|libpcap FILE")
    exit(2)
}
let counter = Counter()
do {
    if arguments[1] == "blocks" {
        try PcapngBlockReader(path: arguments[2]).read(into: counter)
    } else {
        let session = try CaptureSession.openFile(arguments[2])
        while try session.dispatch(limit: -1, to: counter) != nil {}
    }
} catch {
    print(error.message)
    exit(1)
}
print("packets \(counter.frames) caplen_bytes \(counter.captured) wire_bytes \(counter.wire)")
