import WharfingerWire

/// The SSH identification string "SSH-protoversion-softwareversion" (RFC 4253 section 4.2).
/// Both sides send one, so the bytes cannot tell the role; the server normally sends first.
enum SSHSignature {
    static func match(_ payload: RawSpan) -> PayloadSignature? {
        guard payload.hasPrefix("SSH-"), payload.u8(at: 4)?.isASCIIDigit == true else { return nil }
        return .sshIdentification
    }
}
