import Foundation
import Testing
import WharfingerReport
import WharfingerServices

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
        #expect(result.stderr
            == "wharfinger: services file \(file), line 2: expected 'name port/protocol', found 'broken-line-without-port'\n")
    }

    @Test func aMissingFileIsOneLine() throws {
        let result = try wharfinger("read", Paths.capture("dns-udp.pcap"), "--services", "/nonexistent/services")
        #expect(result.status == 66)
        #expect(result.stderr == "wharfinger: services file /nonexistent/services: no such file\n")
    }

    /// The services hand over the problem and the input at fault; the report quotes it short, on one line.
    @Test func aProblemIsWordedWithItsInputQuoted() {
        func text(_ problem: ServicesFileError.Problem, line: Int? = 3) -> String {
            ServicesFileError(path: "/etc/x", line: line, problem: problem).text
        }
        #expect(text(.badPort("99999")) == "services file /etc/x, line 3: port '99999' is not a number (or range) from 0 to 65535")
        #expect(text(.reversedPortRange("90-80")) == "services file /etc/x, line 3: port range '90-80' ends before it starts")
        #expect(text(.tooFewColumns(needed: 3, found: 2)) == "services file /etc/x, line 3: expected at least 3 columns, found 2")
        #expect(text(.isDirectory, line: nil) == "services file /etc/x: is a directory, not a services file")
        let long = String(repeating: "x", count: 70) + "\tend"
        #expect(text(.noPortField(long)) == "services file /etc/x, line 3: expected 'name port/protocol', found '"
                + String(repeating: "x", count: 57) + "...'")
        #expect(text(.noProtocol("a\tb")) == "services file /etc/x, line 3: expected port/protocol, found 'a b'")
    }
}
