import WharfingerWire

/// What a signature may know besides the bytes: the transport and the sender's and receiver's ports.
struct PayloadContext {
    var transport: TransportProtocol
    var sourcePort: UInt16
    var destinationPort: UInt16

    /// True when either side uses `port`.
    func involves(_ port: UInt16) -> Bool {
        sourcePort == port || destinationPort == port
    }
}
