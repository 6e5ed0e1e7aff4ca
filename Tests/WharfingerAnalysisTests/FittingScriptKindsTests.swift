import Foundation
import Testing

@testable import WharfingerAnalysis

/// scripts/fit-role-weights.py fits the weights of the kinds it reads from RoleFact.swift.
/// This runs it and compares what it read with the kinds themselves, so a kind added,
/// renamed or made settling in the code without the script following fails here, not in a
/// refit that silently leaves a kind out.
@Suite("The fitting script's kinds")
struct FittingScriptKindsTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/fit-role-weights.py")

    @Test("fit-role-weights.py --kinds lists RoleFact's kinds, in order, with the settling and port kinds")
    func scriptReadsTheCodesKinds() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, "--kinds"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(complaint)")

        let expected = RoleFact.allCases.map { kind in
            ([kind.name] + (kind.settles ? ["settling"] : []) + (kind.category == .ports ? ["ports"] : []))
                .joined(separator: " ")
        }
        #expect(printed.split(separator: "\n").map(String.init) == expected)
    }
}
