import WharfingerCapture
import WharfingerWire

@testable import WharfingerAnalysis

/// Feeds a capture's TCP and UDP frames to an analyzer on one thread, as `wharfinger read
/// --threads 1` does: libpcap's frames with the file's decoder, the block reader's with
/// their interface's.
final class AnalyzingSink: CaptureFileSink {
    let analyzer: ConnectionAnalyzer
    private var decoder: FrameDecoder?
    private var interfaceDecoders: [FrameDecoder?] = []

    init(configuration: AnalysisConfiguration) {
        analyzer = ConnectionAnalyzer(configuration: configuration)
    }

    func startFile(_ path: String, linkType: LinkType) -> Bool {
        decoder = FrameDecoder(linkType: linkType)
        return decoder != nil
    }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) {
        guard let decoder else { return }
        observe(decoder.decode(bytes, wireLength: header.wireLength), header, bytes)
    }

    func startBlocks(_ path: String) {}

    func describe(_ interface: PcapngInterface) { interfaceDecoders.append(FrameDecoder(linkType: interface.linkType)) }

    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        guard let decoder = interfaceDecoders[interface] else { return }
        observe(decoder.decode(bytes, wireLength: header.wireLength), header, bytes)
    }

    func finishInterfaces(of reader: PcapngBlockReader) {}

    private func observe(_ frame: DecodedFrame, _ header: FrameHeader, _ bytes: borrowing RawSpan) {
        guard let transport = frame.transport else { return }
        let payload = bytes.extracting(droppingFirst: min(frame.packet.payloadOffset, bytes.byteCount))
        analyzer.observe(frame.packet, transport: transport, time: header.timestamp, wireLength: header.wireLength,
                         capturedLength: header.capturedLength,
                         payload: { PayloadFacts(frame.packet, transport: transport, payload: payload) })
    }
}
