import ArgumentParser

@main
struct Wharfinger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wharfinger",
        abstract: "Who landed, from where, what they carried: client/server verdicts and service tallies for TCP and UDP.",
        version: wharfingerVersion,
        subcommands: [Read.self, Live.self, Interfaces.self, Explain.self]
    )
}
