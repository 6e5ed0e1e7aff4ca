import WharfingerWire

/// One TCP or UDP entry read from a services file.
struct ParsedServiceEntry: Equatable {
    var name: String
    var port: UInt16
    var transport: TransportProtocol
    var description: String?
    var line: Int
}

/// Parses services(5) text (including Wireshark's `port/tcp/udp` and `6000-6063/tcp` forms)
/// and IANA's service-names-port-numbers CSV. Protocols other than TCP and UDP are skipped.
enum ServicesFileParser {
    static func parse(_ text: String, path: String) throws(ServicesFileError) -> [ParsedServiceEntry] {
        let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        if let firstLine, firstLine.lowercased().hasPrefix("service name,") {
            return try IANACSVParser.parse(text, path: path)
        }
        return try parseServicesFormat(text, path: path)
    }

    /// `name port[-port]/proto[/proto...] [aliases...] [# comment]`
    static func parseServicesFormat(_ text: String, path: String) throws(ServicesFileError) -> [ParsedServiceEntry] {
        var entries: [ParsedServiceEntry] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let (content, comment) = splitComment(rawLine)
            let fields = content.split(whereSeparator: \.isWhitespace)
            if fields.isEmpty { continue }
            guard fields.count >= 2 else {
                throw ServicesFileError(path: path, line: lineNumber, problem: .noPortField(String(content)))
            }
            let spec = fields[1]
            guard let slash = spec.firstIndex(of: "/") else {
                throw ServicesFileError(path: path, line: lineNumber, problem: .noProtocol(String(spec)))
            }
            let ports: ClosedRange<UInt16>
            do { ports = try parsePorts(spec[..<slash]) } catch {
                throw ServicesFileError(path: path, line: lineNumber, problem: error)
            }
            let protocols = spec[spec.index(after: slash)...].split(separator: "/", omittingEmptySubsequences: false)
            guard protocols.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else {
                throw ServicesFileError(path: path, line: lineNumber, problem: .badProtocolList(String(spec)))
            }
            let description = comment.map { String($0.trimmingWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 }
            for transport in protocols.compactMap({ TransportProtocol(name: $0) }) {
                for port in ports {
                    entries.append(ParsedServiceEntry(name: String(fields[0]), port: port, transport: transport,
                                                      description: description, line: lineNumber))
                }
            }
        }
        return entries
    }

    /// `80` or `6000-6063`. The problem has no place yet: callers add the file and line.
    static func parsePorts(_ text: Substring) throws(ServicesFileError.Problem) -> ClosedRange<UInt16> {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2, let low = parsePort(bounds[0]),
              let high = bounds.count == 2 ? parsePort(bounds[1]) : low else {
            throw .badPort(String(text))
        }
        guard low <= high else {
            throw .reversedPortRange(String(text))
        }
        return low...high
    }

    private static func parsePort(_ text: Substring) -> UInt16? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return UInt16(text)
    }

    private static func splitComment(_ line: Substring) -> (content: Substring, comment: Substring?) {
        guard let hash = line.firstIndex(of: "#") else { return (line, nil) }
        return (line[..<hash], line[line.index(after: hash)...])
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }
}
