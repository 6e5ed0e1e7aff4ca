import Foundation
import Testing

/// Issue 18's "answers a person can act on", on real captures: what a report lists is not
/// crowded or split by what is noise to its reader (a scan's probes among the largest
/// conversations, one service row per FTP data port, STUN flagged on every call's ports).
@Suite struct ActionableReportTests {
    static func section(_ title: String, of text: String) -> [String] {
        ServersViewTests.section(title, of: text)
    }

    /// nmap's connect scan (Captures/connect-scan.pcap): the largest conversations are the
    /// four that reached a service, not 1,096 refused ports; the probes are counted.
    @Test func largestConversationsLeaveOutAScansProbes() throws {
        let file = Paths.capture("connect-scan.pcap")
        let text = try wharfinger("read", file)
        #expect(text.status == 0, "\(text.stderr)")
        let section = Self.section("Largest conversations", of: text.stdout)
        let rows = section.dropFirst(2).filter { $0.hasPrefix("  tcp ") }
        let ports = rows.compactMap { row in
            row.split(separator: " ").dropFirst(2).first.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) }
        }
        #expect(ports.sorted() == ScanCaptureTests.openPorts, "\(section)")
        #expect(!rows.contains { $0.contains("rejected") || $0.contains("syn-unanswered") }, "\(section)")
        #expect(section.last == "  1096 unanswered probes not listed (all in --format json)", "\(section)")

        // The page lists the same four, and says the probes are counted elsewhere.
        let page = try wharfinger("read", file, "--format", "html").stdout
        let largest = try #require(page.range(of: "<h2>Largest conversations</h2>"))
        let listed = page[largest.upperBound...].prefix { _ in true }
        let table = String(listed[..<(listed.range(of: "</section>")?.lowerBound ?? listed.endIndex)])
        #expect(table.components(separatedBy: "<tr><td>tcp</td>").count - 1 == ScanCaptureTests.openPorts.count)
        #expect(!table.contains("rejected"))
        #expect(table.contains("1,096 unanswered probes not listed"))
    }

    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"))
    func ndpiSynScanListsOnlyTheOpenPortsConversations() throws {
        let text = try wharfinger("read", Paths.ndpiCorpus.appendingPathComponent("synscan.pcap").path).stdout
        let section = Self.section("Largest conversations", of: text)
        let rows = section.filter { $0.hasPrefix("  tcp ") }
        #expect(rows.count == 3, "\(section)")
        #expect(rows.allSatisfy { $0.contains("end-of-capture") }, "\(section)")
        #expect(section.last == "  1991 unanswered probes not listed (all in --format json)", "\(section)")
    }

    /// nDPI's ftp.pcap: a passive-mode session with two data connections on ephemeral ports.
    /// They are named ftp-data, as Zeek's conn.log (and tshark) name them, and tallied as
    /// one service, not a row per port.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"))
    func ftpDataConnectionsAreOneNamedService() throws {
        let file = Paths.ndpiCorpus.appendingPathComponent("ftp.pcap").path
        let report = try reportObject(try wharfinger("read", file, "--format", "json").stdout)
        let services = report.objects("services")
        #expect(services.map { $0.string("service") ?? "-" }.sorted() == ["ftp", "ftp-data"], "\(services)")
        let data = try #require(services.first { $0.string("service") == "ftp-data" })
        #expect(data.int("flows") == 2)

        // Every conversation conn.log calls ftp-data the report calls ftp-data too.
        let log = try wharfinger("read", file, "--format", "zeek-json").stdout
        let zeekData = log.split(separator: "\n").compactMap { line -> Int? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  o.string("service") == "ftp-data" else { return nil }
            return o.int("id.resp_p")
        }
        let reportData = report.objects("flows").filter { $0.string("service") == "ftp-data" }
            .compactMap { $0.object("server").int("port") }
        #expect(!zeekData.isEmpty && zeekData.sorted() == reportData.sorted())

        let text = try wharfinger("read", file).stdout
        #expect(Self.section("Services by traffic", of: text).filter { $0.contains("/tcp") }.count == 2)
        #expect(Self.section("Largest conversations", of: text).filter { $0.contains(" ftp-data ") }.count == 2)
        #expect(Self.section("Servers by host", of: text).contains { $0.hasSuffix("21/tcp ftp, 20/tcp ftp-data")
                || $0.hasSuffix("20/tcp ftp-data, 21/tcp ftp") })
    }

    /// STUN runs on whatever port ICE picks (nDPI's teams.pcap: the client's 50016 and
    /// 50036, the peers' 50005 and 50020): no port is unusual for it, so it is never an
    /// unexpected service.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"),
          arguments: ["teams.pcap", "stun_google_meet.pcapng", "whatsapp_login_call.pcap"])
    func stunIsNoUnexpectedService(name: String) throws {
        let file = Paths.ndpiCorpus.appendingPathComponent(name).path
        let report = try reportObject(try wharfinger("read", file, "--format", "json").stdout)
        #expect(report.objects("flows").contains { $0.string("detected_protocol") == "stun" })
        #expect(!report.objects("unexpected").contains { $0.string("detected_protocol") == "stun" },
                "\(report.objects("unexpected"))")
        #expect(!report.objects("flows").contains {
            $0.string("detected_protocol") == "stun" && $0["unexpected_service"] is String
        })
    }

    /// nDPI's tcp_scan.pcapng: a FIN, a NULL and an Xmas probe (nmap -sF, -sN, -sX) to closed
    /// ports 3390-3392, each answered by RST, beside two refused SYNs. They reached no
    /// service: counted with the unanswered probes, not as services dsc, savant and efi-lm.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"))
    func stealthProbesAreUnansweredProbes() throws {
        let file = Paths.ndpiCorpus.appendingPathComponent("tcp_scan.pcapng").path
        let report = try reportObject(try wharfinger("read", file, "--format", "json").stdout)
        #expect(report.objects("services").compactMap { $0.int("port") }.sorted() == [80, 443])
        #expect(report.objects("unanswered_probes").first?.int("flows") == 5)
        let host = try #require(report.objects("hosts").first)
        #expect(host.objects("services").compactMap { $0.int("port") }.sorted() == [80, 443])
        #expect(report.int("unanswered_connections") == 5)

        // A capture that begins in a connection's tail is no probe: googledns_android10.pcap
        // opens with 8.8.8.8:853's FIN-ACKs, which the client resets; they carry ACK.
        let tail = Paths.ndpiCorpus.appendingPathComponent("googledns_android10.pcap").path
        let dot = try reportObject(try wharfinger("read", tail, "--format", "json").stdout)
        #expect(dot.objects("unanswered_probes").isEmpty)
        #expect(dot.objects("services").map { $0.int("flows") } == [7])
    }

    /// A fact against the verdict speaks of the verdict's roles: in an ICE exchange both
    /// sides send STUN requests, and the one from the named server read "client sent STUN
    /// request" both for and against (nDPI's skype-conference-call.pcap).
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"),
          arguments: ["skype-conference-call.pcap", "teams.pcap", "whatsapp_login_call.pcap"])
    func noReasonIsGivenBothForAndAgainst(name: String) throws {
        let file = Paths.ndpiCorpus.appendingPathComponent(name).path
        let report = try reportObject(try wharfinger("read", file, "--format", "json").stdout)
        func words(_ reason: String) -> String {  // the reason without its weight
            String(reason[..<(reason.range(of: " (", options: .backwards)?.lowerBound ?? reason.endIndex)])
        }
        for flow in report.objects("flows") {
            let evidence = flow["evidence"] as? [String] ?? []
            let against = Set(evidence.filter { $0.hasPrefix("against: ") }.map { words(String($0.dropFirst(9))) })
            let supporting = Set(evidence.filter { !$0.hasPrefix("against: ") }.map(words))
            #expect(against.isDisjoint(with: supporting), "\(evidence)")
        }
        if name == "skype-conference-call.pcap" {
            #expect(report.objects("flows").first?["evidence"] as? [String] == [
                "client sent STUN request (+2.5)", "192.168.2.20:49282 sent first (+1.7)",
                "against: server 104.46.40.49:60642 sent STUN request (a client's message) (-2.5)",
                "against: port 49282 is lower than 60642 (-0.2)"])
        }
    }

    /// A subnet's broadcast address is no server: nDPI's 1kxun.pcap sends NetBIOS name and
    /// datagram broadcasts to 192.168.255.255, in frames to ff:ff:ff:ff:ff:ff. The address
    /// alone cannot say it is a broadcast (it needs the netmask); the link layer can.
    @Test(.enabled(if: Paths.ndpiCorpusPresent, "the nDPI corpus (../shared) is not present"))
    func directedBroadcastIsNoServer() throws {
        let file = Paths.ndpiCorpus.appendingPathComponent("1kxun.pcap").path
        let report = try reportObject(try wharfinger("read", file, "--format", "json").stdout)
        let broadcast = report.objects("flows").filter { $0.object("server").string("ip") == "192.168.255.255" }
        #expect(broadcast.count == 8)
        #expect(broadcast.allSatisfy { flow in
            (flow["evidence"] as? [String] ?? []).contains { $0.hasPrefix("192.168.255.255:13") && $0.contains("is a broadcast address") }
        })
        #expect(!report.objects("hosts").contains { $0.string("ip") == "192.168.255.255" })
        for port in [137, 138] {
            let service = try #require(report.objects("services").first { $0.int("port") == port && $0.string("proto") == "udp" })
            #expect(service.int("servers") == 0, "\(service)")
        }
        #expect(report.int("group_conversations") == 90)
    }
}

