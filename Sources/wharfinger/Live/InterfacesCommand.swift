import ArgumentParser
import WharfingerCapture
import WharfingerReport

struct Interfaces: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the capture devices libpcap sees: name, description, addresses, up/running/loopback."
    )

    @Option(name: .long, help: "text or json.", completion: .list(["text", "json"]))
    var format: OutputFormat = .text

    func run() throws {
        let devices: [CaptureDevice]
        do { devices = try CaptureDevice.all() } catch { throw fail(error) }
        let out = OutputStream.standardOutput
        if format == .text {
            for device in devices { out.write(Self.lines(device).joined(separator: "\n") + "\n") }
            if devices.isEmpty { out.write("no capture devices (capturing may need root or cap_net_raw)\n") }
        } else {
            var json = JSONWriter()
            json.beginArray()
            for device in devices { Self.write(device, into: &json) }
            json.endArray()
            json.newline()
            out.write(json.bytes)
        }
        try checkStandardOutput()
    }

    static func lines(_ device: CaptureDevice) -> [String] {
        var state = [device.isUp ? "up" : "down"]
        if device.isRunning { state.append("running") }
        if device.isLoopback { state.append("loopback") }
        if device.isWireless { state.append("wireless") }
        if let connection = device.connection { state.append(connection) }
        var lines = ["\(device.name)  [\(state.joined(separator: ", "))]" + (device.description.map { "  \($0)" } ?? "")]
        for address in device.addresses {
            lines.append("    \(address.family) \(address.address)" + (address.netmask.map { " netmask \($0)" } ?? ""))
        }
        return lines
    }

    static func write(_ device: CaptureDevice, into json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(device.name)
        json.key("description"); json.string(device.description)
        json.key("up"); json.bool(device.isUp)
        json.key("running"); json.bool(device.isRunning)
        json.key("loopback"); json.bool(device.isLoopback)
        json.key("wireless"); json.bool(device.isWireless)
        json.key("connection"); json.string(device.connection)
        json.key("addresses")
        json.beginArray()
        for address in device.addresses {
            json.beginObject()
            json.key("family"); json.string(address.family)
            json.key("address"); json.string(address.address)
            json.key("netmask"); json.string(address.netmask)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
