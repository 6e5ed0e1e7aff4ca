import Foundation
import Testing

/// `scripts/compare-with-tshark.py`: the protocol and both ports of the innermost
/// conversation agree with tshark's last TCP or UDP layer, inside tunnels too.
@Suite(.enabled(if: Paths.tool("tshark"), "tshark is not installed"))
struct TsharkAgreementTests {
    var script: String { Paths.repo.appendingPathComponent("scripts/compare-with-tshark.py").path }

    /// Every bundled capture but the one nested past the depth limit on purpose, whose
    /// frames TunnelCaptureTests expects to be malformed.
    @Test func bundledCapturesAgreeCompletely() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.captures.path)
            .filter { $0 != "tunnel-depth5.pcap" }.sorted().map(Paths.capture)
        let result = try run("/usr/bin/env", ["python3", script, "--wharfinger", Paths.binary.path,
                                              "--min-agreement", "1.0"] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("disagreed 0,"))
    }

    /// A pcapng of interfaces with different link types and snap lengths, which Wharfinger
    /// reads with its own block reader: ports and each frame's interface agree with tshark.
    @Test(.enabled(if: MixedCapture.toolsPresent, "mergecap/editcap are not installed"))
    func mixedInterfacePcapngAgreesCompletely() throws {
        let (merged, _) = try MixedCapture.make()
        let result = try run("/usr/bin/env", ["python3", script, "--wharfinger", Paths.binary.path,
                                              "--min-agreement", "1.0", merged])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("compared 31 frames, agreed 31, disagreed 0,"), "\(result.stdout)")
    }

    /// Disagreements the corpus is allowed are listed with their explanation in
    /// Tests/tshark-corpus-disagreements.tsv; any other one fails the test.
    @Test(.enabled(if: Paths.corpusPresent && Paths.ndpiCorpusPresent, "../shared/corpus is not beside the repo"))
    func corporaAgreeAtLeast9995PerTenThousand() throws {
        let explained = Paths.repo.appendingPathComponent("Tests/tshark-corpus-disagreements.tsv").path
        let result = try run("/usr/bin/env", ["python3", script, "--wharfinger", Paths.binary.path,
                                              "--explained", explained, "--min-agreement", "0.9995",
                                              Paths.corpus.path, Paths.ndpiCorpus.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let summary = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("compared "), "\(summary)")
    }
}
