import WharfingerAnalysis
import WharfingerWire

/// The report's `timeline` in JSON: `bin_seconds`, and per bin its `start` (epoch seconds)
/// and the `services` that carried anything in it, each with packets and wire bytes per
/// direction. The rows are the largest services, each transport's unanswered probes
/// (`"port": null, "service": "unanswered probes"`, to the server: what the prober sent)
/// and `other` (`"proto": null, "port": null`): every other service. Over all bins each
/// service adds up to its entry of `services`, the probes to `unanswered_probes`. Where
/// some traffic could not be placed bin by bin and was spread evenly over the bins it
/// spanned, `spread` says how much (packets and bytes, both directions); it is absent
/// when every count lies in its bin.
enum TimelineJSON {
    static let probesName = "unanswered probes"
    static let otherName = "other"

    static func write(_ timeline: Timeline, into json: inout JSONWriter) {
        json.key("timeline")
        json.beginObject()
        json.key("bin_seconds"); json.time(Timestamp(totalNanoseconds: timeline.binNanoseconds))
        json.key("bins")
        json.beginArray()
        for bin in 0..<timeline.binCount {
            json.beginObject()
            json.key("start"); json.time(timeline.binStart(bin))
            json.key("services")
            json.beginArray()
            for (index, row) in timeline.rows.enumerated() {
                let counts = timeline[bin, index]
                guard !counts.isZero else { continue }
                json.beginObject()
                writeRow(row, into: &json)
                json.key("to_server"); writeCounts(packets: counts.toServerPackets, bytes: counts.toServerBytes, into: &json)
                json.key("to_client"); writeCounts(packets: counts.toClientPackets, bytes: counts.toClientBytes, into: &json)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        if !timeline.spread.isZero {
            let spread = timeline.spread
            json.key("spread")
            writeCounts(packets: spread.toServerPackets &+ spread.toClientPackets,
                        bytes: spread.toServerBytes &+ spread.toClientBytes, into: &json)
        }
        json.endObject()
    }

    static func writeRow(_ row: Timeline.Row, into json: inout JSONWriter) {
        switch row {
        case .service(let key, let name):
            json.key("proto"); json.string(key.transport.name)
            json.key("port"); json.number(key.port)
            json.key("service"); json.string(name)
        case .probes(let transport):
            json.key("proto"); json.string(transport.name)
            json.key("port"); json.null()
            json.key("service"); json.string(probesName)
        case .other:
            json.key("proto"); json.null()
            json.key("port"); json.null()
            json.key("service"); json.string(otherName)
        }
    }

    private static func writeCounts(packets: UInt64, bytes: UInt64, into json: inout JSONWriter) {
        json.beginObject()
        json.key("packets"); json.number(packets)
        json.key("bytes"); json.number(bytes)
        json.endObject()
    }
}
