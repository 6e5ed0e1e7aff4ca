import FoundationEssentials

/// Reads a services file into text. The only Foundation use in WharfingerServices (FoundationEssentials,
/// which ArgumentParser loads anyway; all of Foundation would add its ICU to every start).
enum ServicesFileReader {
    static func read(path: String) throws(ServicesFileError) -> String {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ServicesFileError(path: path, line: nil, problem: .noSuchFile)
        }
        guard !isDirectory else {
            throw ServicesFileError(path: path, line: nil, problem: .isDirectory)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServicesFileError(path: path, line: nil, problem: .unreadable)
        }
        // Invalid UTF-8 is repaired rather than rejected: only ASCII fields matter here.
        return String(decoding: data, as: UTF8.self)
    }
}
