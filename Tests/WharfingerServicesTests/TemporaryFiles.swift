import Foundation

/// Writes `text` to a fresh temporary directory and returns the file's path.
func temporaryFile(_ text: String, name: String = "services") throws -> String {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("wharfinger-services-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
