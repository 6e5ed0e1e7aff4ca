import ArgumentParser
import WharfingerReport

/// What `read` and `live` print: the report, or one line per frame (`--packets`), in
/// `--format`. `Command` words `--format`'s help: live offers fewer formats than read.
struct OutputOptions<Command: OutputFormatHelp>: ParsableArguments {
    @Flag(name: .long, help: "Print one line per frame instead of the report.")
    var packets = false

    @Option(name: .long, help: Command.formatHelp, completion: Command.formatCompletion)
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(
        "With --packets: each frame's time as the UTC date and clock (the default, like the report's header), the local date and clock (tcpdump -tttt), or epoch seconds (tcpdump -tt, to the nanosecond).",
        valueName: "utc|local|epoch"))
    var time: TimeStyle?

    // The checks below are called from each command's validate(), in their place among its
    // own checks. As this group's validate() ArgumentParser would run them while parsing,
    // before the command's, and a run with several mistakes would be told another first.

    /// Frames print as text or NDJSON; JSON is the report's.
    func validateFrameFormat() throws {
        if packets && format == .html {
            throw ValidationError("--packets prints text or ndjson; --format html is the report as a page")
        }
        if packets && format == .json {
            throw ValidationError("--packets prints text or ndjson (one JSON object per frame); --format json is the report")
        }
        if time != nil && !(packets && format == .text) {
            throw ValidationError("--time sets the frame times of --packets text; the report writes UTC, JSON epoch seconds")
        }
    }

    /// IPFIX exports conversations, which --packets does not follow.
    func validate(exporting export: ExportOptions) throws {
        if packets && export.ipfix != nil { throw ValidationError("--packets prints frames; --ipfix exports conversations") }
    }
}

/// A command's help for `--format`.
protocol OutputFormatHelp {
    static var formatHelp: ArgumentHelp { get }
    /// Nil: every format.
    static var formatCompletion: CompletionKind? { get }
}
