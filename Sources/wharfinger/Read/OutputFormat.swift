import ArgumentParser
import WharfingerReport

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, ndjson
    /// Zeek's conn.log, TSV or JSON lines: one record per connection as it ends.
    case zeek
    case zeekJSON = "zeek-json"
    /// One self-contained page: charts and tables (read; live writes it with --html FILE).
    case html

    /// The conn.log style, for the two Zeek formats.
    var zeekStyle: ZeekConnLog.Style? {
        switch self {
        case .zeek: .tsv
        case .zeekJSON: .json
        default: nil
        }
    }
}

extension OutputFormat {
    /// Each command's `--format` help names the formats it takes (live takes fewer), so
    /// ArgumentParser adds no list of every one.
    static var allValueStrings: [String] { [] }
}

extension TimeStyle: ExpressibleByArgument {}
