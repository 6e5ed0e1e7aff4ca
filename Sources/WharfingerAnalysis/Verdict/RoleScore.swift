import Glibc

/// The facts of one conversation added up: the log-odds that side A is the server.
/// A value type with no storage beyond two numbers, so a verdict costs no allocation.
public struct RoleScore: Sendable {
    /// Sum of the weights naming side A, minus those naming side B.
    public private(set) var logOdds = 0.0

    public init() {}

    /// Adds one fact naming side A (`serverIsA`) or side B as the server.
    public mutating func add(_ fact: RoleFact, serverIsA: Bool) {
        logOdds += serverIsA ? fact.weight : -fact.weight
    }

    /// The probability that side A is the server.
    public var probabilityAIsServer: Double { 1 / (1 + exp(-logOdds)) }

    /// True when the facts name side A, false when side B, nil when they cancel out.
    public var serverIsA: Bool? { logOdds > 0 ? true : logOdds < 0 ? false : nil }

    /// The probability of the side the facts name (0.5 when they cancel out).
    public var confidence: Double { max(probabilityAIsServer, 1 - probabilityAIsServer) }
}
