import WharfingerWire

import ArgumentParser
import WharfingerAnalysis
import WharfingerReport
import WharfingerServices

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, or ArgumentParser derives it from the type's name at every start (reflection).
        commandName: "explain",
        abstract: "Explain what two ports say about which side is the server, without a capture.",
        discussion: "Example: wharfinger explain 1080 1494 --proto tcp"
    )

    @Argument(help: "The first port.") var portA: UInt16
    @Argument(help: "The second port.") var portB: UInt16
    @Option(name: .long, help: "tcp or udp.") var proto: TransportChoice = .tcp
    @Option(name: .long, help: "A services(5) file or IANA CSV that adds to or overrides the built-in registry.",
            completion: .file())
    var services: String?

    func run() throws {
        let registry = try serviceRegistry(merging: services)
        let explanation = PortPairExplanation(portA: portA, portB: portB, transport: proto.transport, registry: registry)
        OutputStream.standardOutput.write(ExplainText(explanation).lines.joined(separator: "\n") + "\n")
        try checkStandardOutput()
    }
}

enum TransportChoice: String, ExpressibleByArgument, CaseIterable {
    case tcp, udp
    var transport: TransportProtocol { self == .tcp ? .tcp : .udp }
}
