import ArgumentParser
import WharfingerReport

/// `--local-nets`, shared by `read` (with --format zeek or zeek-json) and `live` (with --log).
struct LocalNetsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The conn.log's local networks, as Zeek's Site::local_nets: local_orig and local_resp say whether each end is in one (unset without this).",
        valueName: "cidr,..."))
    var localNets: String?

    /// The networks, or none; a block that is no network is a usage error.
    func networks() throws -> LocalNetworks {
        guard let localNets else { return LocalNetworks() }
        switch LocalNetworks.parse(localNets) {
        case .success(let networks): return networks
        case .failure(let error): throw ValidationError(error.message)
        }
    }
}
