import WharfingerServices
import WharfingerWire

/// One conversation as it leaves the analysis, ended or (in a snapshot or an export of a
/// long connection) still going, with its verdict. Every output reads this one value: the
/// text and JSON reports, the conversation lines, conn.log, IPFIX and the live view. It
/// holds numbers and typed facts; the report layer makes the words, rounds and formats.
/// Built by one function, `ConversationBuilder.conversation(_:verdict:facts:exchange:unexpected:)`.
public struct Conversation: Sendable {
    public var transport: TransportProtocol
    public var client: Endpoint
    public var server: Endpoint
    /// The registry's name for the server port; `ftp-data` for a data connection an FTP
    /// control connection announced, whatever its port (`FTPDataService`).
    public var service: String?
    /// The protocol a payload signature recognised, when one did.
    public var detectedProtocol: String?
    /// The detected protocol is not what the server port is registered for (`service`),
    /// nor an alias of it, and the registry gives it other ports: http on tcp/8081, ssh on 2222.
    public var detectedProtocolUnexpected: Bool
    /// Every signature the payloads showed, in the order their senders first sent payload,
    /// and an FTP data connection's announcement: what conn.log's `service` names.
    public var recognised: RecognisedProtocols
    /// A probe that reached no service (a scan's refused or silent port): tallied with the
    /// unanswered probes rather than under a service, so the reports' lists of largest
    /// conversations leave it out. Known in the reports' conversations; false in the
    /// exporters' (conn.log, IPFIX, conversation lines), which list every conversation alike.
    public var isUnansweredProbe: Bool = false
    public var basis: VerdictBasis
    /// 0.5...1, unrounded: the probability that `server` is the server (handshake 0.99,
    /// syn-ack 0.95; otherwise the weighed facts' probability).
    public var confidence: Double
    /// The reasons, as the verdict lists them: for it before against it, the weighed ones
    /// strongest first. Gathered only where they are read (the reports' conversations, and
    /// the exporters' with `AnalysisConfiguration.exportsReasons`: the streamed JSON report);
    /// empty in the other exporters' (conn.log, IPFIX, conversation lines), which print none
    /// and end a conversation without allocating for them.
    public var facts: [VerdictFact]
    public var first: Timestamp
    public var last: Timestamp
    public var toServer: DirectionTally
    public var toClient: DirectionTally
    /// What ended it: the TCP exchange when it says more than the cause; `live` while it goes on.
    public var ending: FlowEnding
    /// The tunnel the conversation's first packet came through (`TunnelChain.path`, 0:
    /// none); the report's tunnel records say what it is.
    public var tunnel: UInt64
    /// Stable for the conversation and different for every other one of the run (even
    /// on the same four-tuple): a hash of its key and its first packet's time.
    public var identity: UInt64
    /// The first packet came from the server (Zeek's `^`).
    public var serverSentFirst: Bool
    /// The one role whose packets alone were captured, when the tap saw one direction
    /// (`FlowState.onlySeenSide`); nil when both were, or when it cannot be told (UDP).
    public var oneSided: ConversationRole?
    /// The exchange as conn.log follows it; nil unless the analysis followed it
    /// (`AnalysisConfiguration.followsExchanges`) and the conversation was handed to an exporter.
    public var exchange: ConnectionExchange?

    /// Unknown, decided only by who sent first or more (position-dependent), or not decided
    /// by the handshake and below 0.7: the one rule, which the tallies' weak counts use too.
    public var isWeak: Bool { VerdictStrength.isWeak(basis: basis, confidence: confidence) }

    /// The weighed facts among `facts`: each has a kind and a weight.
    public var weighedFacts: [VerdictFact] { facts.filter { $0.kind != nil } }
}

enum VerdictStrength {
    static func isWeak(basis: VerdictBasis, confidence: Double) -> Bool {
        basis == .unknown || basis == .traffic || (!basis.isHandshake && confidence < 0.7)
    }
}
