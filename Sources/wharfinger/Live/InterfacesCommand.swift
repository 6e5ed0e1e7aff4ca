import ArgumentParser
import WharfingerCapture
import WharfingerReport

struct Interfaces: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, or ArgumentParser derives it from the type's name at every start (reflection).
        commandName: "interfaces",
        abstract: "List the capture devices libpcap sees: name, description, addresses, up/running/loopback."
    )

    @Option(name: .long, help: "text or json.", completion: .list(["text", "json"]))
    var format: OutputFormat = .text

    func run() throws {
        let devices: [CaptureDevice]
        do { devices = try CaptureDevice.all() } catch { throw fail(error) }
        let out = OutputStream.standardOutput
        if format == .text {
            out.write(DeviceList.textLines(devices).joined(separator: "\n") + "\n")
        } else {
            var json = JSONWriter()
            DeviceList.writeJSON(devices, into: &json)
            json.newline()
            json.write(to: out)
        }
        try checkStandardOutput()
    }
}
