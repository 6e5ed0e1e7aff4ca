import Glibc
import WharfingerCapture
import WharfingerWire

/// Touches every byte of every frame and decodes it for its interface's link type, so a
/// bad offset or length in the reader shows up under AddressSanitizer.
final class CheckingSink: PcapngFrameSink {
    var decoders: [FrameDecoder?] = []
    var checksum: UInt64 = 0

    func describe(_ interface: PcapngInterface) {
        decoders.append(FrameDecoder(linkType: interface.linkType))
    }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        precondition(bytes.byteCount == header.capturedLength)
        for index in 0..<bytes.byteCount { checksum &+= UInt64(bytes.unsafeLoad(fromByteOffset: index, as: UInt8.self)) }
        if let decoder = decoders[interface] {
            checksum &+= UInt64(decoder.decode(bytes, wireLength: header.wireLength).packet.payloadOffset)
        }
    }
}

/// The reader reads files (it is only ever given a path), so each input goes to one file.
private let path = "/tmp/wharfinger-pcapng-fuzz-\(getpid()).pcapng"

/// One input, as libFuzzer's LLVMFuzzerTestOneInput.
private func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return 0 }
    var written = 0
    while written < size {
        let count = write(descriptor, data + written, size - written)
        if count <= 0 { break }
        written += count
    }
    close(descriptor)
    guard let reader = try? PcapngBlockReader(path: path) else { return 0 }
    let sink = CheckingSink()
    _ = try? reader.read(into: sink)
    _ = PcapngBlockReader.hasSupportedInterface(path)
    return 0
}

/// libFuzzer's own driver. SwiftPM links an executable with `main` defined as
/// `PcapngBlockReaderFuzz_main`, so libFuzzer's main is not linked in; this one runs its driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("PcapngBlockReaderFuzz_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
