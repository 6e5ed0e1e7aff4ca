import Foundation

/// Reads a services file into text. The only Foundation use in WharfingerServices.
enum ServicesFileReader {
    static func read(path: String) throws(ServicesFileError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ServicesFileError(path: path, line: nil, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ServicesFileError(path: path, line: nil, reason: "is a directory, not a services file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServicesFileError(path: path, line: nil, reason: "cannot be read (permission denied?)")
        }
        // Invalid UTF-8 is repaired rather than rejected: only ASCII fields matter here.
        return String(decoding: data, as: UTF8.self)
    }
}

extension ServicesFileError: LocalizedError {
    public var errorDescription: String? { description }
}
