/// Columns aligned to their widest cell: text left, numbers right.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    var indent = "  "

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func lines(style: TextStyle) -> [String] {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let last = i == cells.count - 1
                parts.append(alignments[i] == .right ? leftPad(cell, widths[i]) : (last ? cell : pad(cell, widths[i])))
            }
            return indent + parts.joined(separator: "  ")
        }
        return [style.dim(render(headers))] + rows.map(render)
    }
}

/// ANSI styling, on only when writing to a terminal.
public struct TextStyle: Sendable {
    public var colour: Bool
    public init(colour: Bool) { self.colour = colour }

    private func wrap(_ code: String, _ text: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func green(_ text: String) -> String { wrap("32", text) }
    func yellow(_ text: String) -> String { wrap("33", text) }
    func red(_ text: String) -> String { wrap("31", text) }
}

/// 1234567 -> "1.2M"; exact numbers are in the JSON.
func compact(_ value: UInt64) -> String {
    let units = ["", "K", "M", "G", "T", "P"]
    var scaled = Double(value)
    var unit = 0
    while scaled >= 1000 && unit < units.count - 1 {
        scaled /= 1000
        unit += 1
    }
    if unit == 0 { return String(value) }
    let tenths = Int((scaled * 10).rounded())
    return tenths >= 1000 ? "\(tenths / 10)\(units[unit])" : "\(tenths / 10).\(tenths % 10)\(units[unit])"
}
