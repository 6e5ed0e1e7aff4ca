import Foundation
import Testing

/// Later IP fragments carry no ports; they count with the conversation their datagram's
/// first fragment names. `Captures/udp-fragments.pcap` was recorded with real programs
/// (scripts/record-fragment-capture.sh): 3,000-byte UDP datagrams over a 1,280-byte MTU,
/// three fragments each, IPv4 and IPv6.
struct FragmentTests {
    static let capture = Paths.capture("udp-fragments.pcap")

    @Test func laterFragmentsCountWithTheirConversation() throws {
        let report = try Report(Self.capture)
        #expect(report.frames["fragment"] == 16)
        #expect(report.fragmentsInConversations == 16)
        #expect(report.framesOutsideConversations == 0)
        #expect(report.flows.count == 4)
        for flow in report.flows {
            let toServer = flow.raw["to_server"] as? [String: Int] ?? [:]
            let toClient = flow.raw["to_client"] as? [String: Int] ?? [:]
            // One datagram each way, of three frames; 3,000 bytes of payload each way.
            #expect(toServer["packets"] == 3 && toClient["packets"] == 3, "\(flow.raw)")
            #expect(toServer["payload_bytes"] == 3000 && toClient["payload_bytes"] == 3000, "\(flow.raw)")
        }
        let text = try wharfinger("read", Self.capture)
        #expect(text.stdout.contains("fragment               16  16 counted with their conversations"))
    }

    /// Zeek counts reassembled datagrams: one packet each way, its IP bytes whole (IPv4:
    /// 20 + 8 + 3,000).
    @Test func connLogCountsDatagrams() throws {
        let result = try wharfinger("read", Self.capture, "--format", "zeek")
        let log = try ZeekLog.parse(result.stdout)
        #expect(log.records.count == 4)
        for record in log.records {
            #expect(record["orig_pkts"]?.text == "1" && record["resp_pkts"]?.text == "1")
            if record["id.resp_p"]?.text == "5300" {
                #expect(record["orig_ip_bytes"]?.text == "3028" && record["resp_ip_bytes"]?.text == "3028")
            }
        }
    }

    /// Against tshark (reassembly off, frames grouped by datagram), on the bundled capture and
    /// on every capture of ../shared/corpus that holds TCP or UDP fragments (found by reading
    /// the whole corpus: these are all of them).
    @Test(.enabled(if: Paths.tool("tshark") && Paths.tool("python3"), "tshark or python3 is missing"))
    func framesAndBytesMatchTshark() throws {
        var files = [Self.capture]
        if Paths.corpusPresent && Paths.ndpiCorpusPresent {
            files += ["dns_fragmented.pcap", "dnscrypt-v1-and-resolver-pings.pcap", "ip_fragmented_garbage.pcap",
                      "fuzz-2006-06-26-2594.pcap", "fuzz-2006-09-29-28586.pcap", "fuzz-2020-02-16-11740.pcap"]
                .map { Paths.ndpiCorpus.appendingPathComponent($0).path }
            files += ["afs.pcap", "babel_update_oobr.pcap", "ipv6_frag6_negative_len.pcap",
                      "isakmp-ikev1_n_print-oobr.pcap", "isakmp-various-oobr.pcap"]
                .map { Paths.corpus.appendingPathComponent($0).path }
        }
        let script = Paths.repo.appendingPathComponent("scripts/compare-fragments.py").path
        let result = try run("/usr/bin/env", ["python3", script, "--wharfinger", Paths.binary.path] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Not vacuous: the conversations with later fragments were found and compared.
        let checked = result.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: ": ") else { return nil }
            return Int(line[range.upperBound...].split(separator: " ").first ?? "")
        }.reduce(0, +)
        #expect(checked >= (files.count > 1 ? 129 : 4), "\(result.stdout)")
    }
}
