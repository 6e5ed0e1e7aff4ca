/// Why a services file could not be merged. `description` is one line naming the file and line.
public struct ServicesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line number; nil when the file as a whole is the problem (unreadable, empty CSV).
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(path), line \($0)" } ?? path
        return "services file \(place): \(reason)"
    }

    /// Quotes a piece of the offending input, kept short and on one line.
    static func quote(_ text: some StringProtocol) -> String {
        let flat = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        let shown = flat.count > 60 ? String(flat.prefix(57)) + "..." : String(flat)
        return "'\(shown)'"
    }
}
