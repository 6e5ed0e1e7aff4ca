import WharfingerWire

/// What can go wrong opening or reading a capture. Each case has its own one-line
/// message and exit status (listed in docs/errors.md), so scripts can tell them apart.
public enum CaptureError: Error, Sendable, Equatable {
    case fileMissing(path: String)
    case permissionDenied(path: String, detail: String)
    case notACapture(path: String, detail: String)
    /// The file ends inside a record; `frames` were read before it.
    case cutShort(path: String, frames: UInt64, detail: String)
    /// A pcapng block that cannot be read (its length, or a field inside it), at byte
    /// `offset`; `frames` were read before it.
    case damagedBlock(path: String, frames: UInt64, offset: Int64, detail: String)
    /// A record libpcap cannot read past (a capture length beyond the snap length, a bad
    /// pcapng block); `frames` were read before it.
    case damagedRecord(path: String, frames: UInt64, detail: String)
    case badFilter(expression: String, detail: String)
    case unsupportedLinkType(path: String, linkType: Int32, name: String)
    case unknownInterface(name: String, detail: String)
    case capturePermission(device: String, detail: String)
    case readFailed(path: String, detail: String)
    case liveFailed(device: String, detail: String)

    public var exitStatus: Int32 {
        switch self {
        case .readFailed, .liveFailed: 1
        case .badFilter: 2
        case .unsupportedLinkType: 3
        case .unknownInterface: 4
        case .cutShort, .damagedBlock, .damagedRecord: 5
        case .notACapture: 65
        case .fileMissing: 66
        case .permissionDenied, .capturePermission: 77
        }
    }

    /// A file damaged part-way: the frames before the damage stand, and the next file is read.
    public var isDamage: Bool {
        switch self {
        case .cutShort, .damagedBlock, .damagedRecord: true
        default: false
        }
    }

    public var message: String {
        switch self {
        case .fileMissing(let path):
            "\(path): no such file"
        case .permissionDenied(let path, let detail):
            "\(path): permission denied (\(detail))"
        case .notACapture(let path, let detail):
            "\(path): not a pcap or pcapng capture file (\(detail))"
        case .cutShort(let path, let frames, let detail):
            "\(path): file cut short after frame \(frames) (\(detail))"
        case .damagedBlock(let path, let frames, let offset, let detail):
            "\(path): damaged pcapng block at byte offset \(offset), after frame \(frames) (\(detail))"
        case .damagedRecord(let path, let frames, let detail):
            "\(path): damaged record after frame \(frames) (\(detail))"
        case .badFilter(let expression, let detail):
            "filter '\(expression)' does not compile: \(detail)"
        case .unsupportedLinkType(let path, let linkType, let name):
            "\(path): link type \(name) (\(linkType)) is not supported; supported: \(LinkType.supportedNames)"
        case .unknownInterface(let name, let detail):
            "\(name): no such capture device (\(detail)); `wharfinger interfaces` lists them"
        case .capturePermission(let device, let detail):
            "\(device): no permission to capture (\(detail)); run as root, or grant the binary the right once: setcap cap_net_raw,cap_net_admin+eip $(command -v wharfinger)"
        case .readFailed(let path, let detail):
            "\(path): read failed: \(detail)"
        case .liveFailed(let device, let detail):
            "\(device): capture failed: \(detail)"
        }
    }
}

extension CaptureError: CustomStringConvertible {
    public var description: String { message }
}
