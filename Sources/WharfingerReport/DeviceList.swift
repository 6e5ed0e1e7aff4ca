import WharfingerCapture

/// `interfaces`: the capture devices libpcap lists, as text lines or a JSON array.
public enum DeviceList {
    /// Per device its name, state and description, then one line per address; one line
    /// saying there are none when libpcap lists none.
    public static func textLines(_ devices: [CaptureDevice]) -> [String] {
        guard !devices.isEmpty else { return ["no capture devices (capturing may need root or cap_net_raw)"] }
        return devices.flatMap(lines)
    }

    public static func writeJSON(_ devices: [CaptureDevice], into json: inout JSONWriter) {
        json.beginArray()
        for device in devices { write(device, into: &json) }
        json.endArray()
    }

    private static func lines(_ device: CaptureDevice) -> [String] {
        var state = [device.isUp ? "up" : "down"]
        if device.isRunning { state.append("running") }
        if device.isLoopback { state.append("loopback") }
        if device.isWireless { state.append("wireless") }
        if let connection = device.connection { state.append(text(connection)) }
        var lines = ["\(device.name)  [\(state.joined(separator: ", "))]" + (device.description.map { "  \($0)" } ?? "")]
        for address in device.addresses {
            lines.append("    \(address.family) \(address.address)" + (address.netmask.map { " netmask \($0)" } ?? ""))
        }
        return lines
    }

    private static func text(_ connection: CaptureDevice.ConnectionStatus) -> String {
        switch connection {
        case .connected: "connected"
        case .disconnected: "disconnected"
        case .notApplicable: "not applicable"
        }
    }

    private static func write(_ device: CaptureDevice, into json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(device.name)
        json.key("description"); json.string(device.description)
        json.key("up"); json.bool(device.isUp)
        json.key("running"); json.bool(device.isRunning)
        json.key("loopback"); json.bool(device.isLoopback)
        json.key("wireless"); json.bool(device.isWireless)
        json.key("connection"); json.string(device.connection.map(text))
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
