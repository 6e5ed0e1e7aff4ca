import Foundation
import Testing

/// nDPI's RTSP and IRC captures through the binary: VLC's RTSP on 8554 was reported as
/// unexpected http (its OPTIONS line taken for HTTP's), freenode's IRC on 8000 as unexpected
/// ftp (its USER taken for FTP's). Each now names its own protocol, and FTP's and POP3's
/// captures keep theirs.
@Suite(.enabled(if: Paths.ndpiCorpusPresent, "../shared/corpus is missing"))
struct RTSPAndIRCCorpusTests {
    /// The text report and the JSON report's flows of one nDPI capture.
    static func read(_ name: String) throws -> (text: String, flows: [[String: Any]]) {
        let path = Paths.ndpiCorpus.appendingPathComponent(name).path
        let text = try wharfinger("read", path, "--no-progress")
        try #require(text.status == 0, "\(name): \(text.stderr)")
        let json = try wharfinger("read", path, "--format", "json", "--no-progress")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        return (text.stdout, report["flows"] as? [[String: Any]] ?? [])
    }

    static func detected(_ flows: [[String: Any]]) -> [String] {
        flows.compactMap { $0["detected_protocol"] as? String }
    }

    @Test func vlcOn8554IsRTSPAndExpected() throws {
        let (text, flows) = try Self.read("rtsp.pcap")
        #expect(!text.contains("http on tcp/8554"), "\(text)")
        #expect(!text.contains("Unexpected services"), "\(text)")
        let detected = Self.detected(flows)
        #expect(!detected.isEmpty && detected.allSatisfy { $0 == "rtsp" }, "\(detected)")
        #expect(flows.allSatisfy { $0["unexpected_service"] == nil || $0["unexpected_service"] is NSNull })
        let evidence = flows.flatMap { $0["evidence"] as? [String] ?? [] }
        #expect(evidence.contains { $0.contains("client sent RTSP request line") }, "\(evidence)")
    }

    /// One SETUP and no answer: the request line alone names the client.
    @Test func aLoneSetupNamesItsClient() throws {
        let (_, flows) = try Self.read("rtsp_setup_http.pcapng")
        let flow = try #require(flows.first)
        #expect(flow["detected_protocol"] as? String == "rtsp")
        #expect(flow["basis"] as? String == "payload")
        #expect((flow["client"] as? [String: Any])?["ip"] as? String == "172.28.5.170")
    }

    /// IRC on 8000 is unusual (irdmi's port), so it stays unexpected, but as irc, not ftp.
    @Test func freenodeOn8000IsIRC() throws {
        let (text, flows) = try Self.read("irc.pcap")
        #expect(!text.contains("ftp on tcp/8000"), "\(text)")
        #expect(text.contains("irc on tcp/8000"), "\(text)")
        #expect(Self.detected(flows) == ["irc"])
        let evidence = flows.flatMap { $0["evidence"] as? [String] ?? [] }
        #expect(evidence.contains { $0.contains("IRC registration command") }, "\(evidence)")
    }

    /// FTP's one-parameter USER and POP3's lower-case user keep their protocols.
    @Test(arguments: [("ftp.pcap", "ftp"), ("ftp_failed.pcap", "ftp"), ("pop3.pcap", "pop3")])
    func ftpAndPOP3StayTheirs(name: String, service: String) throws {
        let (_, flows) = try Self.read(name)
        let detected = Self.detected(flows)
        #expect(detected.contains(service), "\(name): \(detected)")
        #expect(!detected.contains("irc"), "\(name): \(detected)")
    }
}
