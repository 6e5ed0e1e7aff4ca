import Glibc

/// Starts detached POSIX threads. Foundation's `Thread` did the same, but importing Foundation
/// for it loaded libFoundation, its internationalization library and ICU at every start: with
/// the search of their conformances, a third of a small capture's run.
enum SystemThread {
    /// Runs `body` at once on a thread of its own (the default 8 MiB stack, as `Thread` had).
    /// Who waits for it has `body` signal when it is done.
    static func start(_ body: @escaping @Sendable () -> Void) {
        final class Job {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        var handle = pthread_t()
        let job = Unmanaged.passRetained(Job(body)).toOpaque()
        let status = pthread_create(&handle, nil, { job in
            Unmanaged<Job>.fromOpaque(job!).takeRetainedValue().body()
            return nil
        }, job)
        // Only a lack of memory or of thread slots fails here; neither leaves a way on.
        precondition(status == 0, "pthread_create: \(String(cString: strerror(status)))")
        pthread_detach(handle)
    }
}
