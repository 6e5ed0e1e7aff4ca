import WharfingerAnalysis
import WharfingerWire

/// The report's scans in JSON: `unanswered_probes` (per transport, the probes that reached
/// no service), `scan_count` and `scans` (the scans the detector holds, earliest first).
enum ScansJSON {
    static func write(_ report: AnalysisReport, into json: inout JSONWriter) {
        json.key("unanswered_probes")
        json.beginArray()
        for probes in report.unansweredProbes {
            json.beginObject()
            json.key("proto"); json.string(probes.transport.name)
            json.key("flows"); json.number(probes.flows)
            json.key("weak_flows"); json.number(probes.weakFlows)
            json.key("sent"); ReportJSON.writeDirection(probes.sent, into: &json)
            json.key("returned"); ReportJSON.writeDirection(probes.returned, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("scan_count"); json.number(report.scanCount)
        json.key("scans")
        json.beginArray()
        for scan in report.scans { write(scan, into: &json) }
        json.endArray()
    }

    static func write(_ scan: ScanRecord, into json: inout JSONWriter) {
        json.beginObject()
        json.key("scanner"); json.string(scan.scanner.description)
        json.key("targets")
        json.beginArray()
        for target in scan.targets { json.string(target.description) }
        json.endArray()
        json.key("target_count"); json.number(scan.targetCount)
        json.key("proto"); json.string(scan.transport.name)
        json.key("probed"); json.number(scan.probed)
        json.key("probes"); json.number(scan.probes)
        json.key("unanswered"); json.number(scan.unanswered)
        json.key("open")
        json.beginArray()
        for port in scan.open { json.number(port) }
        json.endArray()
        json.key("open_not_listed"); json.number(scan.openNotListed)
        json.key("first"); json.time(scan.first)
        json.key("last"); json.time(scan.last)
        json.endObject()
    }
}
