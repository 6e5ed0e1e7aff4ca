import Foundation

/// Paths the integration tests share: the repo, the built binary, ../shared.
enum Paths {
    static let repo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let captures = repo.appendingPathComponent("Captures")
    static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus/tcpdump/files")
    static let corpusIndex = shared.appendingPathComponent("corpus/tcpdump/INDEX.tsv")
    /// nDPI's captures of real application traffic, tunnels included.
    static let ndpiCorpus = shared.appendingPathComponent("corpus/ndpi/files")

    /// The wharfinger executable next to the test bundle in the build folder.
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("wharfinger")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repo.appendingPathComponent(".build/debug/wharfinger")
    }

    static var corpusPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    static var ndpiCorpusPresent: Bool { FileManager.default.fileExists(atPath: ndpiCorpus.path) }

    static func capture(_ name: String) -> String { captures.appendingPathComponent(name).path }

    static func tool(_ name: String) -> Bool {
        ["/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin"].contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion, collecting its output (through files, so neither
/// stream can fill up and block the child).
func run(_ executable: String, _ arguments: [String]) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let folder = FileManager.default.temporaryDirectory
    let outURL = folder.appendingPathComponent("wharfinger-out-\(UUID().uuidString)")
    let errURL = folder.appendingPathComponent("wharfinger-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

func wharfinger(_ arguments: String...) throws -> RunResult {
    try run(Paths.binary.path, arguments)
}

func wharfinger(arguments: [String]) throws -> RunResult {
    try run(Paths.binary.path, arguments)
}
