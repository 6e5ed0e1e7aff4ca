import Glibc
import Synchronization

/// Set by the SIGHUP handler (a lock-free atomic store is signal-safe) and taken by the
/// capture loop, which reopens the outputs between two dispatches. The signal also cuts
/// short the loop's `poll`, so the reopen happens at once even with no traffic.
private let reopenRequested = Atomic<Bool>(false)

private let reopenHandler: @convention(c) (Int32) -> Void = { _ in
    reopenRequested.store(true, ordering: .relaxed)
}

/// SIGHUP closes and reopens every output file, for logrotate and for an operator.
enum ReopenSignal {
    static func install() {
        reopenRequested.store(false, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = reopenHandler
        sigemptyset(&action.sa_mask)
        sigaction(SIGHUP, &action, nil)
    }

    /// True once per SIGHUP (several before the loop looks count as one).
    static func take() -> Bool {
        reopenRequested.exchange(false, ordering: .relaxed)
    }

    static func release() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(SIGHUP, &action, nil)
    }
}
