import WharfingerServices

extension ServicesFileError {
    /// One line naming the file and line: "services file /etc/x, line 3: port '99999' is not a
    /// number (or range) from 0 to 65535".
    public var text: String {
        let place = line.map { "\(path), line \($0)" } ?? path
        return "services file \(place): \(problem.text)"
    }
}

extension ServicesFileError.Problem {
    var text: String {
        switch self {
        case .noSuchFile: "no such file"
        case .isDirectory: "is a directory, not a services file"
        case .unreadable: "cannot be read (permission denied?)"
        case .emptyCSV: "empty CSV file"
        case .csvHeaderLacksColumns: "CSV header lacks 'Service Name', 'Port Number' or 'Transport Protocol'"
        case let .tooFewColumns(needed, found): "expected at least \(needed) columns, found \(found)"
        case .unclosedQuote: "quoted field is never closed"
        case .textAfterClosingQuote: "text after a closing quote"
        case let .noPortField(line): "expected 'name port/protocol', found \(Self.quote(line))"
        case let .noProtocol(field): "expected port/protocol, found \(Self.quote(field))"
        case let .badProtocolList(field): "bad protocol list in \(Self.quote(field))"
        case let .badPort(text): "port \(Self.quote(text)) is not a number (or range) from 0 to 65535"
        case let .reversedPortRange(text): "port range \(Self.quote(text)) ends before it starts"
        }
    }

    /// Quotes a piece of the offending input, kept short and on one line.
    private static func quote(_ text: String) -> String {
        let flat = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        let shown = flat.count > 60 ? String(flat.prefix(57)) + "..." : String(flat)
        return "'\(shown)'"
    }
}
