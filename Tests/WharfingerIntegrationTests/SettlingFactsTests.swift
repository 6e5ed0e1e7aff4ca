import Foundation
import Testing

/// The facts whose kind settles roles (a payload only one role sends, the SSH key exchange,
/// an FTP announcement) outweigh every other fact together, so they had better be right.
/// On real traffic recorded by others (nDPI's test captures), every such fact of a TCP
/// connection whose handshake is in the capture must name the handshake's server.
private let ndpiFiles = Paths.shared.appendingPathComponent("corpus/ndpi/files")

@Suite(.enabled(if: FileManager.default.fileExists(atPath: ndpiFiles.path), "../shared/corpus/ndpi is not beside the repo"))
struct SettlingFactsTests {
    static let folder = ndpiFiles
    static let settling: Set<String> = ["payload-message", "ssh-key-exchange", "ftp-announcement"]

    @Test func settlingFactsAgreeWithTheHandshakeOnRealTraffic() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".pcap") || $0.hasSuffix(".pcapng") || $0.hasSuffix(".cap") }.sorted()
        var checked = 0
        var kinds: Set<String> = []
        var wrong: [String] = []
        for file in files {
            let result = try wharfinger("read", Self.folder.appendingPathComponent(file).path,
                                        "--format", "json", "--no-progress")
            // Unsupported link types and damaged files are the robustness suites' business.
            guard let data = result.stdout.data(using: .utf8), !result.stdout.isEmpty,
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let flows = json["flows"] as? [[String: Any]] else { continue }
            for raw in flows where raw["basis"] as? String == "handshake" && raw["proto"] as? String == "tcp" {
                let flow = Flow(raw)
                for fact in raw["facts"] as? [[String: Any]] ?? [] {
                    guard let kind = fact["kind"] as? String, Self.settling.contains(kind) else { continue }
                    let named = fact["server"] as? [String: Any] ?? [:]
                    let ip = named["ip"] as? String ?? "?"
                    let endpoint = (ip.contains(":") ? "[\(ip)]" : ip) + ":\(named["port"] as? Int ?? -1)"
                    checked += 1
                    kinds.insert(kind)
                    if endpoint != flow.server {
                        wrong.append("\(file): \(flow.client) -> \(flow.server): \(kind) names \(endpoint)")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(checked): \(wrong.prefix(20))")
        // Enough real facts of each settling kind the corpus holds, so the test cannot pass idle.
        #expect(checked >= 500, "only \(checked) settling facts checked")
        #expect(kinds.isSuperset(of: ["payload-message", "ssh-key-exchange"]), "\(kinds)")
    }
}
