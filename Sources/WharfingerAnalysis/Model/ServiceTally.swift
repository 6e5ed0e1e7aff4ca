import WharfingerWire

import WharfingerServices

/// Traffic of one service: the flows whose verdict names this transport and server port.
public struct ServiceTally: Sendable {
    public var transport: TransportProtocol
    public var port: UInt16
    public var service: String?
    public var flows: UInt64
    /// Distinct client and server addresses: exact up to `DistinctCounter.exactLimit`
    /// (4096), a linear-counting estimate above it.
    public var clients: UInt64
    public var servers: UInt64
    /// Flows whose verdict is weak (see `Conversation.isWeak`).
    public var weakFlows: UInt64
    public var toServer: DirectionTally
    public var toClient: DirectionTally

    public var totalBytes: UInt64 { toServer.bytes &+ toClient.bytes }
    public var totalPackets: UInt64 { toServer.packets &+ toClient.packets }
}
