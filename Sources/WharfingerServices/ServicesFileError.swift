/// Why a services file could not be merged: the file, the line and the problem, as values
/// (the report words them: `ServicesFileError.text`).
public struct ServicesFileError: Error, Sendable, Equatable {
    public var path: String
    /// 1-based line number; nil when the file as a whole is the problem (unreadable, empty CSV).
    public var line: Int?
    public var problem: Problem

    public init(path: String, line: Int?, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// What is wrong; a case with text carries the piece of the input at fault.
    public enum Problem: Error, Sendable, Equatable {
        case noSuchFile
        case isDirectory
        case unreadable
        case emptyCSV
        /// The CSV header lacks one of Service Name, Port Number, Transport Protocol.
        case csvHeaderLacksColumns
        case tooFewColumns(needed: Int, found: Int)
        case unclosedQuote
        case textAfterClosingQuote
        /// A services line with a name and nothing else.
        case noPortField(String)
        /// The second field has no `/protocol`.
        case noProtocol(String)
        case badProtocolList(String)
        /// Not a number (or range) from 0 to 65535.
        case badPort(String)
        /// A range whose end is below its start.
        case reversedPortRange(String)
    }
}
