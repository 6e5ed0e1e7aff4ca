import Glibc
import WharfingerAnalysis
import WharfingerWire

/// `read --format ndjson`: one JSON object per conversation, written as each ends, so
/// memory stays bounded however many a capture holds. Each line has the members of a
/// `--format json` flow that the analysis knows without rendering evidence: no `evidence`,
/// `facts` or `unexpected_service` (the JSON report has them). Nothing follows the last
/// conversation: every line is one.
public final class ConversationLines: FlowExporter {
    private let out: OutputStream
    private var json = JSONWriter(capacity: 1024)
    public private(set) var written: UInt64 = 0
    /// A live capture's lines are flushed when one comes this many seconds after the last
    /// flush (on the thread that writes them), so a reader sees conversations soon after they end.
    private var periodicFlush: PeriodicFlush

    public init(to out: OutputStream, flushSeconds: Int? = nil) {
        self.out = out
        periodicFlush = PeriodicFlush(seconds: flushSeconds)
    }

    public func flowEnded(_ flow: Conversation) {
        written &+= 1
        json.reset()
        json.beginObject()
        json.key("uid"); ZeekConnLog.uid(flow.identity, into: &json)
        json.key("proto"); json.string(flow.transport.name)
        json.key("client"); json.endpoint(flow.client)
        json.key("server"); json.endpoint(flow.server)
        json.key("service"); json.string(flow.service)
        json.key("detected_protocol"); json.string(flow.detectedProtocol)
        json.key("basis"); json.string(flow.basis.rawValue)
        json.key("confidence"); json.decimal(flow.confidence, digits: 2)
        json.key("weak"); json.bool(flow.isWeak)
        json.key("one_sided"); json.string(flow.oneSided?.name)
        json.key("first"); json.time(flow.first)
        json.key("last"); json.time(flow.last)
        json.key("duration"); json.interval(from: flow.first, to: flow.last)
        json.key("end"); json.string(flow.ending.rawValue)
        if flow.tunnel != 0 { json.key("tunnel"); json.string(TunnelRecord.name(flow.tunnel)) }
        json.key("to_server"); ReportJSON.writeDirection(flow.toServer, into: &json)
        json.key("to_client"); ReportJSON.writeDirection(flow.toClient, into: &json)
        json.endObject()
        json.newline()
        json.write(to: out)
        periodicFlush.afterRecord(out)
    }

    /// Only conversations that have ended are written.
    public func flowActive(_ flow: Conversation) {}

    public func close() { out.flush() }
}
