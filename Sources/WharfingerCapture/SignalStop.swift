import CPcap
import Glibc
import Synchronization

/// The handle SIGINT and SIGTERM stop. A signal handler can reach only globals, and the
/// only libpcap call safe inside one is `pcap_breakloop` (on Linux it sets a flag and
/// writes to an eventfd).
nonisolated(unsafe) private var stoppableHandle: OpaquePointer?

/// Set by the handler too: libpcap's Linux ring reader checks its break flag only while
/// it blocks or walks a batch, and a live session here is non-blocking, so the capture
/// loop looks at this between dispatch calls. A lock-free atomic store is signal-safe.
private let stopRequested = Atomic<Bool>(false)

private let breakLoopHandler: @convention(c) (Int32) -> Void = { _ in
    if let handle = stoppableHandle { pcap_breakloop(handle) }
    stopRequested.store(true, ordering: .relaxed)
}

/// Ends a live capture cleanly on SIGINT or SIGTERM: the capture loop sees `dispatch`
/// return nil and goes on to print its report. The handlers reset themselves after one
/// signal (SA_RESETHAND), so a second Ctrl-C ends a run that is stuck.
public enum SignalStop {
    public static let signals: [Int32] = [SIGINT, SIGTERM]

    /// Routes the signals to `session.breakLoop()`. The session must outlive `release()`.
    public static func install(for session: CaptureSession) {
        stoppableHandle = session.handle
        stopRequested.store(false, ordering: .relaxed)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = breakLoopHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// True once SIGINT or SIGTERM arrived.
    public static var isRequested: Bool { stopRequested.load(ordering: .relaxed) }

    /// Forgets the handle; a signal from now on has the default effect.
    public static func release() {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(signal, &action, nil)
        }
        stoppableHandle = nil
    }
}
