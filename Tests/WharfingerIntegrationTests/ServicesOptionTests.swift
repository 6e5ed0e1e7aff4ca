import Foundation
import Testing

/// `--services FILE` adds to or overrides the built-in IANA registry.
@Suite struct ServicesOptionTests {
    func servicesFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("services-\(UUID().uuidString)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func overridesTheRegistryName() throws {
        let file = try servicesFile("# local names\nwharf-proxy\t1080/tcp\t# our SOCKS proxy\n")
        let report = try Report(Paths.capture("socks-from-1494.pcap"), ["--services", file])
        let service = try #require(report.service("tcp", 1080))
        #expect(service["service"] as? String == "wharf-proxy")
        let builtIn = try Report(Paths.capture("socks-from-1494.pcap"))
        #expect(builtIn.service("tcp", 1080)?["service"] as? String == "socks")
    }

    @Test func aBadFileIsOneLineNamingTheLine() throws {
        let file = try servicesFile("good 1/tcp\nbroken-line-without-port\n")
        let result = try wharfinger("read", Paths.capture("dns-udp.pcap"), "--services", file)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("wharfinger: services file \(file), line 2: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aMissingFileIsOneLine() throws {
        let result = try wharfinger("read", Paths.capture("dns-udp.pcap"), "--services", "/nonexistent/services")
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("wharfinger: services file /nonexistent/services: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
