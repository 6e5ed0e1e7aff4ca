import WharfingerAnalysis
import WharfingerWire

/// The servers view (`hosts`) and the unexpected services (`unexpected`) in JSON.
extension ReportJSON {
    /// Each host is rendered as it is written, and what is written goes out in pieces
    /// (`spill`): the section is never held whole, as hosts or as text.
    static func writeServerHosts(_ view: ServerHosts, into json: inout JSONWriter, spillingTo out: OutputStream) {
        json.key("hosts")
        json.beginArray()
        for host in view.hosts {
            json.beginObject()
            json.key("ip"); json.address(host.address)
            json.key("flows"); json.number(host.flows)
            json.key("clients"); json.number(host.clients)
            json.key("basis"); json.string(host.basis.rawValue)
            json.key("to_server"); writeDirection(host.toServer, into: &json)
            json.key("to_client"); writeDirection(host.toClient, into: &json)
            json.key("services")
            json.beginArray()
            for service in host.services {
                json.beginObject()
                json.key("proto"); json.string(service.transport.name)
                json.key("port"); json.number(service.port)
                json.key("service"); json.string(service.service)
                json.key("detected_protocol"); json.string(service.detectedProtocol)
                json.key("flows"); json.number(service.flows)
                json.key("basis"); json.string(service.basis.rawValue)
                json.endObject()
            }
            json.endArray()
            json.key("not_kept_service_flows"); json.number(host.notKeptServiceFlows)
            json.endObject()
            spill(&json, to: out)
        }
        json.endArray()
        json.key("hosts_not_kept_flows"); json.number(view.notKeptFlows)
        json.key("unanswered_connections"); json.number(view.unansweredConnections)
        json.key("group_conversations"); json.number(view.groupConversations)
    }

    static func writeUnexpected(_ view: UnexpectedServices, into json: inout JSONWriter) {
        json.key("unexpected_count"); json.number(view.flows)
        json.key("unexpected_not_kept_flows"); json.number(view.notKeptFlows)
        json.key("unexpected")
        json.beginArray()
        for service in view.services {
            json.beginObject()
            json.key("proto"); json.string(service.transport.name)
            json.key("server"); json.endpoint(service.server)
            json.key("service"); json.string(service.service)
            json.key("detected_protocol"); json.string(service.detectedProtocol)
            json.key("text"); json.string(service.text)
            json.key("flows"); json.number(service.flows)
            json.key("first"); json.time(service.first)
            json.key("last"); json.time(service.last)
            json.endObject()
        }
        json.endArray()
    }
}
