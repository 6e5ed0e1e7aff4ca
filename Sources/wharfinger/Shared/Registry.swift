import WharfingerServices

/// The built-in IANA registry, with a `--services` file merged over it when one is given.
/// A file that cannot be read or has a bad line ends the run with one line.
func serviceRegistry(merging services: String?) throws -> ServiceRegistry {
    var registry = ServiceRegistry.iana
    guard let services else { return registry }
    do {
        try registry.merge(contentsOf: services)
    } catch let error as ServicesFileError {
        throw fail(error)
    }
    return registry
}
