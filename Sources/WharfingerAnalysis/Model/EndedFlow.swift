import WharfingerServices
import WharfingerWire

/// One conversation handed to a flow exporter (Zeek conn.log, IPFIX): when it has ended
/// and its verdict is final, or, for exports of long connections, while it is still going.
/// Built from the flow's fixed-size state, with no evidence text.
public struct EndedFlow: Sendable {
    public var transport: TransportProtocol
    public var client: Endpoint
    public var server: Endpoint
    public var first: Timestamp
    public var last: Timestamp
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// The registry's name for the server port.
    public var service: String?
    /// The protocol a payload signature recognised, when one did.
    public var detectedProtocol: String?
    public var basis: VerdictBasis
    /// 0.5...1: the probability that `server` is the server.
    public var confidence: Double
    public var ending: FlowEnding
    /// `TunnelChain.path` of the first packet (0: none).
    public var tunnel: UInt64
    /// Stable for the conversation and different for every other one of the run (even
    /// on the same four-tuple): a hash of its key and its first packet's time.
    public var identity: UInt64
    /// The first packet came from the server (Zeek's `^`).
    public var serverSentFirst: Bool
    /// What conn.log says of the exchange; nil unless the analysis followed it
    /// (`AnalysisConfiguration.followsExchanges`).
    public var exchange: ConnectionExchange?

    /// Unknown, position-only, or not by the handshake and below 0.7.
    public var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }
}

/// conn.log's view of one connection's exchange, with the client as originator.
public struct ConnectionExchange: Sendable, Equatable {
    /// S0, S1, SF, REJ, S2, S3, RSTO, RSTR, RSTOS0, RSTRH, SH, SHR or OTH.
    public var state: String
    /// Zeek's history letters.
    public var history: String
    /// Payload bytes: for TCP spanned by sequence numbers, for UDP summed.
    public var clientBytes: UInt64
    public var serverBytes: UInt64
    /// Bytes acknowledged that the capture never showed (content gaps).
    public var missedBytes: UInt64
}

/// Why a conversation was handed over.
public enum FlowEnding: String, Sendable, CaseIterable {
    case fin, rst, rejected
    case synUnanswered = "syn-unanswered"
    case idle, evicted
    case endOfCapture = "end-of-capture"
    case superseded
    /// Still going: an export of a long connection (`--active-timeout`), or a snapshot.
    case live

    /// The connection itself ended it (FIN, RST, rejected).
    public var isClosedByExchange: Bool { self == .fin || self == .rst || self == .rejected }
}

/// Receives conversations, on the thread the analysis runs on.
public protocol FlowExporter: AnyObject {
    /// A conversation has ended and its verdict is final. Called once per conversation.
    func flowEnded(_ flow: EndedFlow)
    /// A conversation still going, every `AnalysisConfiguration.activeTimeout` seconds of
    /// capture time; its counts are totals so far.
    func flowActive(_ flow: EndedFlow)
    /// The analysis is over: every conversation has been handed over.
    func close()
}
