import WharfingerWire

/// What a capture file is read into: libpcap's frames (`FrameSink`), and the frames and
/// interfaces of a pcapng file libpcap refuses (`PcapngFrameSink`).
public protocol CaptureFileSink: FrameSink, PcapngFrameSink {
    /// libpcap opened `path`, whose frames are all of `linkType`. False when the sink cannot
    /// decode that link type: then none of the file's frames follow through `FrameSink`.
    func startFile(_ path: String, linkType: LinkType) -> Bool
    /// The block reader starts on `path`: its interfaces and frames follow.
    func startBlocks(_ path: String)
    /// The block reader is done with its file, read whole or up to damage.
    func finishInterfaces(of reader: PcapngBlockReader)
}

/// Reads one capture file, the way `wharfinger read` does and the corpus tests check: through
/// libpcap, and through `PcapngBlockReader` for the pcapng files libpcap refuses (mixed link
/// types, snap lengths or byte orders) or whose first interface only is of an unsupported type.
public enum CaptureFile {
    /// Frames per `dispatch`: the progress callback runs between slices.
    static let sliceFrames: Int32 = 1 << 16

    /// Reads `path` ("-": standard input) into `sink`, frames passing `filter` (BPF) only.
    /// `progress` runs after each slice of frames libpcap hands over, with its offset in
    /// the file. Damage part-way (a file cut short, a damaged record or pcapng block) is
    /// thrown once the frames before it were handed over, naming how many there were.
    public static func read(_ path: String, filter: String?, into sink: some CaptureFileSink,
                            progress: (_ fileOffset: Int64?) -> Void = { _ in }) throws(CaptureError) {
        var handedOver: UInt64 = 0
        do {
            try readWithLibpcap(path, filter: filter, into: sink, handedOver: &handedOver, progress: progress)
        } catch let error where path != "-" && PcapngBlockReader.reads(error) {
            // libpcap refused the file part-way (at its second interface, or second
            // section): the block reader reads it all and passes over what libpcap delivered.
            try readBlocks(path, filter: filter, into: sink, skipping: handedOver)
        }
    }

    /// `handedOver`: the frames libpcap handed to the sink before an error.
    private static func readWithLibpcap(_ path: String, filter: String?, into sink: some CaptureFileSink,
                                        handedOver: inout UInt64,
                                        progress: (Int64?) -> Void) throws(CaptureError) {
        let session = try CaptureSession.openFile(path)
        guard sink.startFile(path, linkType: session.linkType) else {
            if path != "-" && PcapngBlockReader.hasSupportedInterface(path) {
                // A pcapng file whose first interface is unsupported but a later one is.
                return try readBlocks(path, filter: filter, into: sink, skipping: 0)
            }
            throw .unsupportedLinkType(path: path, linkType: session.linkType.rawValue,
                                       name: linkTypeName(session.linkType.rawValue))
        }
        if let filter { try session.setFilter(filter) }
        do {
            while try session.dispatch(limit: sliceFrames, to: sink) != nil {
                progress(session.fileOffset)
            }
        } catch {
            handedOver = session.framesRead
            // A refusal the block reader is for is not damage.
            if PcapngBlockReader.reads(error) { throw error }
            // Frames are numbered as the file counts them, as tshark does.
            throw session.damage(error, afterFrame: session.framesRead) ?? error
        }
    }

    private static func readBlocks(_ path: String, filter: String?, into sink: some CaptureFileSink,
                                   skipping: UInt64) throws(CaptureError) {
        let reader = try PcapngBlockReader(path: path)
        sink.startBlocks(path)
        defer { sink.finishInterfaces(of: reader) }
        do {
            try reader.read(into: sink, filter: filter, skipping: skipping)
        } catch .damagedBlock(_, _, let offset, let detail) {
            // The frames before the damage, the ones libpcap delivered among them (the reader
            // counts those it passed over too, once it has reached them).
            let frames = max(reader.frameCounts.reduce(0, +), skipping)
            throw .damagedBlock(path: path, frames: frames, offset: offset, detail: detail)
        }
    }
}
