import Testing

/// Words a person reads are made in WharfingerReport; Wire, Services and Analysis hand out
/// values. `scripts/count-english.py --check` fails on an English literal of three or more
/// words below the report layer that is not a trap's message.
struct WordsInReportTests {
    @Test(.enabled(if: Paths.tool("python3"), "needs python3"))
    func noSentencesBelowTheReportLayer() throws {
        let script = Paths.repo.appendingPathComponent("scripts/count-english.py").path
        let result = try run("/usr/bin/env", ["python3", script, "--check"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
