import WharfingerWire

extension DecodeStop {
    /// One line naming layer and offset, e.g. `ipv4 at offset 14: header cut short (needs 20 bytes, 6 captured)`.
    public var text: String {
        var detail = problem.text
        switch problem {
        case .shortHeader:
            detail += " (needs \(needed) bytes, \(available) captured)"
        case .ipv4HeaderLengthBelowMinimum, .tcpDataOffsetBelowMinimum:
            detail += " (\(value))"
        case .ipv4TotalLengthBelowHeader, .udpLengthBelowMinimum, .udpLengthBeyondDatagram,
             .tcpHeaderBeyondSegment, .ipv6ExtensionBeyondPayload, .transportHeaderBeyondPacket,
             .linkHeaderLengthBelowMinimum:
            detail += " (\(value) bytes)"
        case .badIPVersion:
            detail += " (version \(value))"
        case .ipv6ExtensionChainTooLong, .extensionChainTooLong:
            detail += " (more than \(value) headers)"
        case .tunnelsTooDeep:
            detail += " (more than \(value))"
        case .extensionHeaderLengthZero:
            break
        }
        return "\(layer.name) at offset \(offset): \(detail)"
    }
}

extension StopProblem {
    /// What went wrong, without the numbers: "header cut short", "IHL below 5".
    var text: String {
        switch self {
        case .shortHeader: "header cut short"
        case .badIPVersion: "IP version field does not match the link's protocol"
        case .ipv4HeaderLengthBelowMinimum: "IHL below 5"
        case .ipv4TotalLengthBelowHeader: "total length below the header length"
        case .ipv6ExtensionChainTooLong: "extension header chain too long"
        case .ipv6ExtensionBeyondPayload: "extension header runs past the payload length"
        case .tcpDataOffsetBelowMinimum: "data offset below 5"
        case .tcpHeaderBeyondSegment: "data offset runs past the IP payload"
        case .udpLengthBelowMinimum: "length below 8"
        case .udpLengthBeyondDatagram: "length runs past the IP payload"
        case .transportHeaderBeyondPacket: "IP payload too short for the transport header"
        case .tunnelsTooDeep: "tunnels nested too deep"
        case .extensionHeaderLengthZero: "extension header length 0"
        case .extensionChainTooLong: "extension header chain too long"
        case .linkHeaderLengthBelowMinimum: "header length below the minimum"
        }
    }
}
