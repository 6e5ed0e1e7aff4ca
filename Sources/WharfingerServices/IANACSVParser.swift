import WharfingerWire

/// Parses IANA's service-names-port-numbers.csv: a header row naming the columns, then one
/// record per assignment. Quoted fields may hold commas, doubled quotes and line breaks, so
/// a record's line number is the line it starts on. Rows without a name or port (reserved
/// ports, SRV-only names) and transports other than TCP/UDP are skipped.
enum IANACSVParser {
    static func parse(_ text: String, path: String) throws(ServicesFileError) -> [ParsedServiceEntry] {
        var records = CSVRecords(text: text, path: path)
        guard let header = try records.next() else {
            throw ServicesFileError(path: path, line: nil, problem: .emptyCSV)
        }
        let columns = header.fields.map { $0.trimmingWhitespace().lowercased() }
        guard let nameColumn = columns.firstIndex(of: "service name"),
              let portColumn = columns.firstIndex(of: "port number"),
              let transportColumn = columns.firstIndex(of: "transport protocol") else {
            throw ServicesFileError(path: path, line: header.line, problem: .csvHeaderLacksColumns)
        }
        let descriptionColumn = columns.firstIndex(of: "description")
        let needed = max(nameColumn, portColumn, transportColumn) + 1

        var entries: [ParsedServiceEntry] = []
        while let record = try records.next() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }  // blank line
            guard record.fields.count >= needed else {
                throw ServicesFileError(path: path, line: record.line,
                                        problem: .tooFewColumns(needed: needed, found: record.fields.count))
            }
            let name = record.fields[nameColumn].trimmingWhitespace()
            let portText = record.fields[portColumn].trimmingWhitespace()
            guard !name.isEmpty, !portText.isEmpty,
                  let transport = TransportProtocol(name: record.fields[transportColumn].trimmingWhitespace()) else { continue }
            let ports: ClosedRange<UInt16>
            do { ports = try ServicesFileParser.parsePorts(portText) } catch {
                throw ServicesFileError(path: path, line: record.line, problem: error)
            }
            let description = descriptionColumn.flatMap { column in
                column < record.fields.count ? firstLine(of: record.fields[column]) : nil
            }
            for port in ports {
                entries.append(ParsedServiceEntry(name: String(name), port: port, transport: transport,
                                                  description: description, line: record.line))
            }
        }
        return entries
    }

    private static func firstLine(of field: Substring) -> String? {
        let line = field.split(whereSeparator: \.isNewline).first?.trimmingWhitespace() ?? ""
        return line.isEmpty ? nil : String(line)
    }
}

/// RFC 4180 records, one at a time, each with the line it starts on.
struct CSVRecords {
    struct Record {
        var fields: [Substring]
        var line: Int
    }

    private let text: String
    private let path: String
    private var index: String.Index
    private var line = 1

    init(text: String, path: String) {
        self.text = text
        self.path = path
        self.index = text.startIndex
    }

    mutating func next() throws(ServicesFileError) -> Record? {
        guard index < text.endIndex else { return nil }
        let startLine = line
        var fields: [Substring] = []
        while true {
            let field = try nextField(recordLine: startLine)
            fields.append(field)
            guard index < text.endIndex else { return Record(fields: fields, line: startLine) }
            let separator = text[index]
            index = text.index(after: index)
            if separator.isNewline {
                line += 1
                return Record(fields: fields, line: startLine)
            }
            // Otherwise it was a comma: read the next field.
        }
    }

    /// Reads one field and stops on the comma or line break after it (not consuming it).
    private mutating func nextField(recordLine: Int) throws(ServicesFileError) -> Substring {
        guard index < text.endIndex, text[index] == "\"" else {
            let start = index
            while index < text.endIndex, text[index] != ",", !text[index].isNewline { index = text.index(after: index) }
            return text[start..<index]
        }
        // Quoted: keep the raw text between the quotes; a doubled quote stays doubled, which
        // is harmless for names, ports and descriptions.
        index = text.index(after: index)
        let start = index
        while true {
            guard index < text.endIndex else {
                throw ServicesFileError(path: path, line: recordLine, problem: .unclosedQuote)
            }
            let character = text[index]
            if character == "\"" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "\"" {
                    index = text.index(after: next)
                    continue
                }
                let field = text[start..<index]
                index = next
                guard index == text.endIndex || text[index] == "," || text[index].isNewline else {
                    throw ServicesFileError(path: path, line: line, problem: .textAfterClosingQuote)
                }
                return field
            }
            if character.isNewline { line += 1 }
            index = text.index(after: index)
        }
    }
}
