import Glibc

/// Why root could not be given up. `--user` is a promise that the capture does not go on
/// as root, so each of these ends the run.
public enum PrivilegeDropError: Error, Sendable, Equatable {
    case unknownUser(String)
    case failed(user: String, step: String, detail: String)

    public var exitStatus: Int32 {
        switch self {
        case .unknownUser: 64
        case .failed: 77
        }
    }

    public var message: String {
        switch self {
        case .unknownUser(let name): "--user \(name): no such user"
        case .failed(let user, let step, let detail): "--user \(user): \(step) failed (\(detail))"
        }
    }
}

/// Gives up root for `user`, as `tcpdump -Z` does: supplementary groups, then group, then
/// user (in that order; after setuid the others are no longer allowed). Call it once the
/// device and any output file are open: they stay usable, nothing new can be opened as root.
public func dropPrivileges(to user: String) throws(PrivilegeDropError) {
    guard let entry = getpwnam(user) else { throw .unknownUser(user) }
    let uid = entry.pointee.pw_uid, gid = entry.pointee.pw_gid
    func check(_ result: Int32, _ step: String) throws(PrivilegeDropError) {
        if result != 0 { throw .failed(user: user, step: step, detail: String(cString: strerror(errno))) }
    }
    try check(setgroups(0, nil), "setgroups")
    try check(initgroups(user, gid), "initgroups")
    try check(setgid(gid), "setgid")
    try check(setuid(uid), "setuid")
    // Root must not be recoverable.
    if uid != 0 && (setuid(0) == 0 || seteuid(0) == 0) {
        throw .failed(user: user, step: "setuid", detail: "root could be regained")
    }
}
