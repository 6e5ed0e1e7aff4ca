import Dispatch
import Glibc
import Synchronization
import WharfingerAnalysis
import WharfingerWire

/// Exports conversations to an IPFIX collector as RFC 5103 biflow records: the client
/// is the source, the server the destination.
///
/// Counts are deltas: a conversation still going is exported every active timeout with
/// what it carried since its previous record (the analysis hands over totals; the last
/// totals sent are remembered per conversation until it ends), so the records of one
/// conversation add up to its totals. Octets are IP bytes (`DirectionTally.ipBytes`).
///
/// Records are packed into messages of at most `maxMessageLength` bytes; a message not
/// yet full is sent once it has waited `maxDelay` seconds (a timer on its own queue), so
/// a quiet live capture still delivers its records. Over UDP the templates go in the first
/// message and again every `templateRefreshMessages` messages or `templateRefreshSeconds`
/// seconds (RFC 7011 §8.4); over TCP once per connection (a connection that fails is
/// reopened by the timer, and messages are lost meanwhile). Calls may come from any thread:
/// the state is behind one lock, taken once per conversation, never per packet.
public final class IPFIXExporter: FlowExporter {
    public struct Options: Sendable {
        public var observationDomain: UInt32 = 1
        /// 1400 over UDP (a 1500-byte path MTU, with IPv6 and UDP headers); 8 KiB over TCP.
        public var maxMessageLength: Int?
        public var templateRefreshMessages = 16
        public var templateRefreshSeconds = 10.0
        public var maxDelay = 1.0

        public init(observationDomain: UInt32 = 1) { self.observationDomain = observationDomain }
    }

    /// What the exporter has done, for the end of a run.
    public struct Summary: Sendable, Equatable {
        public var records: UInt64 = 0
        public var messages: UInt64 = 0
        public var lostMessages: UInt64 = 0
        /// The records in the lost messages (a collector's count plus these is every record).
        public var lostRecords: UInt64 = 0
        public var lastError: String?
    }

    /// The packets and IP bytes of one direction.
    struct Counts: Equatable, Sendable {
        var packets: UInt64 = 0
        var octets: UInt64 = 0

        func minus(_ earlier: Counts) -> Counts {
            Counts(packets: packets &- min(packets, earlier.packets), octets: octets &- min(octets, earlier.octets))
        }
    }

    /// What the previous records of a conversation still going carried.
    struct Exported: Sendable {
        var client: Endpoint
        var toServer: Counts
        var toClient: Counts
        var endMilliseconds: UInt64
    }

    private struct State: ~Copyable {
        var encoder: IPFIXMessageEncoder
        var sender: IPFIXSender
        var exported: [UInt64: Exported] = [:]
        var openedAt = 0.0
        var templatesSentAt = -Double.infinity
        var messagesSinceTemplates = 0
        var summary = Summary()
        var closed = false
    }

    public let destination: IPFIXDestination
    private let options: Options
    private let state: Mutex<State>
    private let timer: DispatchSourceTimer

    /// Resolves and opens the destination (TCP: connects) now, so that an unknown host or
    /// a refused connection stops the run before it starts.
    public convenience init(destination: IPFIXDestination, options: Options = Options()) throws(IPFIXExportError) {
        self.init(sender: try IPFIXSender(destination: destination), options: options)
    }

    public init(sender: consuming IPFIXSender, options: Options = Options()) {
        destination = sender.destination
        self.options = options
        let length = options.maxMessageLength ?? (destination.transport == .udp ? 1400 : 8192)
        state = Mutex(State(encoder: IPFIXMessageEncoder(observationDomain: options.observationDomain, maxLength: length),
                            sender: sender))
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "wharfinger-ipfix-flush"))
        let tick = min(0.25, options.maxDelay / 2)
        timer.schedule(deadline: .now() + tick, repeating: tick)
        timer.setEventHandler { [weak self] in self?.sendIfWaiting() }
        timer.resume()
    }

    deinit { timer.cancel() }

    // MARK: - FlowExporter

    public func flowEnded(_ flow: Conversation) {
        state.withLock { state in
            let previous = state.exported.removeValue(forKey: flow.identity)
            let (record, _) = Self.record(flow, reason: Self.endReason(flow.ending), after: previous)
            add(record, to: &state)
        }
    }

    public func flowActive(_ flow: Conversation) {
        state.withLock { state in
            let previous = state.exported[flow.identity]
            let (record, exported) = Self.record(flow, reason: .activeTimeout, after: previous)
            // Nothing new since the previous record: nothing to say until it ends.
            if previous != nil && record.packets == 0 && record.reversePackets == 0 { return }
            state.exported[flow.identity] = exported
            add(record, to: &state)
        }
    }

    /// Sends what is waiting and closes the socket; `failure` then says whether anything was lost.
    public func close() {
        timer.cancel()
        state.withLock { state in
            guard !state.closed else { return }
            if state.encoder.isOpen { send(&state) }
            state.sender.close()
            state.closed = true
        }
    }

    public var summary: Summary { state.withLock { $0.summary } }

    /// Messages that could not be sent, as one error (nil: all went out).
    public var failure: IPFIXExportError? {
        let summary = self.summary
        guard summary.lostMessages > 0 else { return nil }
        return .messagesLost(destination, lost: summary.lostMessages, total: summary.messages,
                             detail: summary.lastError ?? "unknown error")
    }

    // MARK: - Records

    /// flowEndReason for a conversation that ended. An unanswered SYN ends when the
    /// half-open timeout passes without an answer: an idle timeout. A new SYN on the same
    /// four-tuple (superseded) is a sign from the packets that the old connection is over,
    /// as a FIN or RST is: end of flow detected.
    public static func endReason(_ ending: FlowEnding) -> IPFIXFlowEndReason {
        switch ending {
        case .idle, .synUnanswered: .idleTimeout
        case .fin, .rst, .rejected, .superseded: .endOfFlowDetected
        case .endOfCapture: .forcedEnd
        case .evicted: .lackOfResources
        case .live: .activeTimeout
        }
    }

    /// The record of `flow` carrying what it sent since `previous`, and what to remember.
    static func record(_ flow: Conversation, reason: IPFIXFlowEndReason, after previous: Exported?)
        -> (IPFIXBiflowRecord, Exported) {
        let toServer = Counts(packets: flow.toServer.packets, octets: flow.toServer.ipBytes)
        let toClient = Counts(packets: flow.toClient.packets, octets: flow.toClient.ipBytes)
        var sentToServer = Counts(), sentToClient = Counts()
        if let previous {
            // A later verdict may have swapped the roles: the sides' counts swap with them.
            let same = previous.client == flow.client
            sentToServer = same ? previous.toServer : previous.toClient
            sentToClient = same ? previous.toClient : previous.toServer
        }
        let forward = toServer.minus(sentToServer), reverse = toClient.minus(sentToClient)
        let end = milliseconds(flow.last)
        let record = IPFIXBiflowRecord(
            start: previous.map { min($0.endMilliseconds, end) } ?? milliseconds(flow.first),
            end: end,
            source: flow.client.ip, destination: flow.server.ip,
            sourcePort: flow.client.port, destinationPort: flow.server.port,
            protocolIdentifier: flow.transport.rawValue,
            octets: forward.octets, packets: forward.packets,
            reverseOctets: reverse.octets, reversePackets: reverse.packets,
            direction: flow.isWeak ? .arbitrary : .initiator,
            endReason: reason, flowID: flow.identity,
            applicationName: flow.detectedProtocol ?? flow.service ?? "")
        return (record, Exported(client: flow.client, toServer: toServer, toClient: toClient, endMilliseconds: end))
    }

    static func milliseconds(_ time: Timestamp) -> UInt64 {
        UInt64(max(0, time.totalNanoseconds / 1_000_000))
    }

    // MARK: - Messages

    private func add(_ record: IPFIXBiflowRecord, to state: inout State) {
        guard !state.closed else { return }
        if state.encoder.isOpen && !state.encoder.fits(record) { send(&state) }
        if !state.encoder.isOpen { begin(&state) }
        state.encoder.append(record)
        state.summary.records &+= 1
    }

    private func begin(_ state: inout State) {
        let now = IPFIXSender.monotonicSeconds()
        let templates: Bool
        if destination.transport == .tcp {
            // A new connection (the timer reopens a failed one) starts with the templates.
            templates = state.sender.needsTemplates
        } else {
            templates = state.messagesSinceTemplates >= options.templateRefreshMessages
                || now - state.templatesSentAt >= options.templateRefreshSeconds
        }
        if templates {
            state.templatesSentAt = now
            state.messagesSinceTemplates = 0
        }
        state.encoder.begin(withTemplates: templates)
        state.openedAt = now
    }

    private func send(_ state: inout State) {
        // A TCP connection opened since the message was begun: it must start with the templates.
        if destination.transport == .tcp && state.sender.needsTemplates { state.encoder.addTemplates() }
        let records = UInt64(state.encoder.recordsInMessage)
        let message = state.encoder.finish(exportTime: UInt32(truncatingIfNeeded: time(nil)))
        state.messagesSinceTemplates += 1
        state.summary.messages &+= 1
        if !state.sender.send(message) {
            state.summary.lostMessages &+= 1
            state.summary.lostRecords &+= records
            state.summary.lastError = state.sender.lastError
        }
    }

    /// The timer: a message that has waited `maxDelay` goes out as it is, and a failed TCP
    /// connection is reopened, outside the lock, so the analysis never waits for a connect.
    private func sendIfWaiting() {
        let reconnection = state.withLock { state -> IPFIXSender.Reconnection? in
            guard !state.closed else { return nil }
            if state.encoder.isOpen && IPFIXSender.monotonicSeconds() - state.openedAt >= options.maxDelay {
                send(&state)
            }
            return state.sender.reconnectionDue()
        }
        guard let outcome = reconnection?.connect() else { return }
        state.withLock { state in
            if state.closed { outcome.discard() } else { state.sender.adopt(outcome) }
        }
    }
}
