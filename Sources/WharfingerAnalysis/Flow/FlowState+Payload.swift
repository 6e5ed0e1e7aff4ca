import WharfingerServices
import WharfingerWire

/// What a flow keeps of its payloads: the first payload's signature per side, whether it
/// is an FTP control connection or an SSH session, and the roles an SSH key exchange names.
extension FlowState {
    /// Records what the first payload of a side said (nil: nothing recognised).
    @inline(__always)
    mutating func noteFirstPayload(dir: Int, signature: PayloadSignature?, transport: TransportProtocol) {
        withSide(dir) { $0.flags.insert([.classified, .payload]) }
        guard let signature else { return }
        withSide(dir) { $0.signature = signature }
        if signature.isFTP && transport == .tcp { isFTPControl = true }
        if signature == .sshIdentification && transport == .tcp { isSSH = true }
    }

    /// A SOCKS connection's later payloads, until one shows the protocol it carries.
    @inline(__always)
    func looksForCarriedProtocol(dir: Int) -> Bool {
        guard carriedSignature == nil, sidePackets(dir) <= 16 else { return false }
        return sides.0.signature?.isSOCKS == true || sides.1.signature?.isSOCKS == true
    }

    /// Keeps the first signature that is not SOCKS's own.
    @inline(__always)
    mutating func noteCarried(_ signature: PayloadSignature?) {
        guard let signature, !signature.isSOCKS else { return }
        carriedSignature = signature
    }

    /// SSH's key exchange is clear only in a session's first few packets, until NEWKEYS;
    /// after it random bytes could look like a key-exchange message, so they are not read.
    @inline(__always)
    func looksForKeyExchange(dir: Int) -> Bool {
        isSSH && !sideFlags(dir).contains(.sshKexDone) && sidePackets(dir) <= 16
    }

    /// A role message counts only after the same side's KEXINIT.
    @inline(__always)
    mutating func noteKeyExchange(dir: Int, _ scan: SSHKeyExchange.Scan) {
        withSide(dir) { side in
            if scan.kexInit { side.flags.insert(.sshKexInit) }
            if let role = scan.role, side.flags.contains(.sshKexInit) {
                side.keyExchangeRole = role
                side.flags.insert(.sshKexDone)
            }
            if scan.newKeys { side.flags.insert(.sshKexDone) }
        }
    }
}
