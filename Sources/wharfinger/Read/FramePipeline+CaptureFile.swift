import WharfingerCapture
import WharfingerWire

/// `read` hands each file to `CaptureFile.read`, which tells the pipeline which file is
/// next and how its frames are to be decoded.
extension FramePipeline: CaptureFileSink {
    func startFile(_ path: String, linkType: LinkType) -> Bool {
        guard let decoder = decoder(for: linkType) else { return false }
        self.decoder = decoder
        source = path
        return true
    }

    func startBlocks(_ path: String) {
        source = path
    }
}
