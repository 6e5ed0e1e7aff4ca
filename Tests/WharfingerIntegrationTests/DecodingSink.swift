import WharfingerCapture
import WharfingerWire

/// Keeps each frame of a capture decoded, read by `CaptureFile.read` as `wharfinger read`
/// reads it: libpcap's frames with the file's decoder, the block reader's with their
/// interface's (`unsupportedLink` for a link type the decoder does not know).
final class DecodingSink: CaptureFileSink {
    private(set) var frames: [DecodedFrame] = []
    /// The file's link type, or its first pcapng interface's when the block reader read it.
    private(set) var linkType: LinkType?
    private var decoder: FrameDecoder?
    private var interfaceTypes: [LinkType] = []
    private var interfaceDecoders: [FrameDecoder?] = []

    /// Reads `path` and returns the sink.
    static func read(_ path: String) throws(CaptureError) -> DecodingSink {
        let sink = DecodingSink()
        try CaptureFile.read(path, filter: nil, into: sink)
        return sink
    }

    func startFile(_ path: String, linkType: LinkType) -> Bool {
        self.linkType = linkType
        decoder = FrameDecoder(linkType: linkType)
        return decoder != nil
    }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) {
        guard let decoder else { return }
        frames.append(decoder.decode(bytes, wireLength: header.wireLength))
    }

    func startBlocks(_ path: String) {}

    func describe(_ interface: PcapngInterface) {
        if interfaceTypes.isEmpty { linkType = interface.linkType }
        interfaceTypes.append(interface.linkType)
        interfaceDecoders.append(FrameDecoder(linkType: interface.linkType))
    }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        frames.append(interfaceDecoders[interface]?.decode(bytes, wireLength: header.wireLength)
            ?? .unsupportedLink(interfaceTypes[interface]))
    }

    func finishInterfaces(of reader: PcapngBlockReader) {}
}
