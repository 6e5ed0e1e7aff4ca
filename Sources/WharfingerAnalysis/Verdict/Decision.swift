/// A flow's verdict as the tallies take it, with its reasons when an output wants them.
/// Made once, where the verdict is decided, and handed with it to every output: the endpoint
/// memory and the fan-in it read change as the run goes on (the flow itself teaches the
/// memory once settled), so deciding again later could give other facts or another verdict.
struct Decision {
    var verdict: Verdict
    /// The verdict's reasons (`VerdictEngine.decideWithReasons`); empty when no output
    /// prints them.
    var facts: [VerdictFact]
}
