import Testing
import WharfingerServices

/// SSH binary packets as RFC 4253 section 6 lays them out: uint32 packet_length, byte
/// padding_length, the payload (message code first), then the padding.
private func sshPacket(_ code: UInt8, payloadLength: Int = 40, padding: Int = 6) -> [UInt8] {
    let length = UInt32(1 + payloadLength + padding)
    var bytes = [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
    bytes.append(UInt8(padding))
    bytes.append(code)
    bytes += [UInt8](repeating: 0x5A, count: payloadLength - 1)
    bytes += [UInt8](repeating: 0, count: padding)
    return bytes
}

private func scan(_ bytes: [UInt8]) -> SSHKeyExchange.Scan { SSHKeyExchange.scan(bytes.span.bytes) }
private func role(_ bytes: [UInt8]) -> PayloadRole? { scan(bytes).role }

@Suite("SSH key exchange names the roles")
struct SSHKeyExchangeTests {
    @Test("messages only one role sends", arguments: [
        (UInt8(30), PayloadRole.client), (32, .client), (34, .client), (31, .server), (33, .server),
    ])
    func oneRolesMessages(_ code: UInt8, _ expected: PayloadRole) {
        #expect(role(sshPacket(code)) == expected)
    }

    @Test("KEXINIT is sent by both: the message after it decides")
    func afterKexInit() {
        #expect(scan(sshPacket(20, payloadLength: 300)) == SSHKeyExchange.Scan(kexInit: true))
        #expect(scan(sshPacket(30)) == SSHKeyExchange.Scan(role: .client))
        #expect(scan(sshPacket(20, payloadLength: 300) + sshPacket(30)) == SSHKeyExchange.Scan(kexInit: true, role: .client))
        #expect(role(sshPacket(20, payloadLength: 300) + sshPacket(30)) == .client)
        #expect(role(sshPacket(20, payloadLength: 300) + sshPacket(31, payloadLength: 500)) == .server)
    }

    @Test("an identification line, KEXINIT and KEX_ECDH_INIT in one segment")
    func bannerThenPackets() {
        let banner = Array("SSH-2.0-OpenSSH_9.6\r\n".utf8)
        #expect(role(banner + sshPacket(20, payloadLength: 1000) + sshPacket(30)) == .client)
        #expect(role(banner) == nil)
    }

    @Test("what is not a clear key-exchange packet names nothing")
    func notKeyExchange() {
        #expect(scan(sshPacket(21)) == SSHKeyExchange.Scan(newKeys: true))  // NEWKEYS: both send it
        #expect(scan(sshPacket(21) + sshPacket(30)) == SSHKeyExchange.Scan(newKeys: true))  // encrypted after it
        #expect(role(sshPacket(30, padding: 2)) == nil)  // padding below 4
        #expect(role(Array(sshPacket(30).prefix(5))) == nil)  // cut before the message code
        #expect(role([0x00, 0x01, 0x00, 0x00, 0x08, 0x1E]) == nil)  // longer than 35000
        var random = SplitMix64(state: 7)
        var named = 0
        for _ in 0..<20000 {
            let bytes = (0..<64).map { _ in UInt8.random(in: 0...255, using: &random) }
            if role(bytes) != nil { named += 1 }
        }
        #expect(named <= 2, "random bytes named a role \(named) times in 20000")
    }
}
