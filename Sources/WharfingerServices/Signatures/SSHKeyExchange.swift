import WharfingerWire

/// The role an SSH key-exchange message names (RFC 4253 sections 6 and 7, RFC 4419,
/// RFC 5656). Both sides send the identification string, KEXINIT (20) and NEWKEYS (21), so
/// none of those names a role; between KEXINIT and NEWKEYS the packets are clear and one
/// role's only: the client sends KEXDH_INIT / KEX_ECDH_INIT (30), KEX_DH_GEX_REQUEST (34)
/// and KEX_DH_GEX_INIT (32); the server KEXDH_REPLY / KEX_DH_GEX_GROUP (31) and
/// KEX_DH_GEX_REPLY (33). After NEWKEYS the packets are encrypted and random bytes can
/// look like anything, so a role counts only after its sender's KEXINIT and before its NEWKEYS.
public enum SSHKeyExchange {
    /// The largest binary packet RFC 4253 section 6.1 requires implementations to handle.
    static let maximumPacketLength: UInt32 = 35000

    /// What the clear binary packets at the start of one segment show.
    public struct Scan: Sendable, Equatable {
        /// A KEXINIT came before any role message in the segment.
        public var kexInit = false
        /// The first message only one role sends, if any.
        public var role: PayloadRole? = nil
        /// A NEWKEYS came (before any role message): what follows is encrypted.
        public var newKeys = false

        public init(kexInit: Bool = false, role: PayloadRole? = nil, newKeys: Bool = false) {
            self.kexInit = kexInit
            self.role = role
            self.newKeys = newKeys
        }
    }

    /// False when a segment starting with `first` shows nothing to `scan`: a packet length
    /// below 35000 starts with 00, an identification line with "S". Most segments are
    /// dismissed on this, inlined where the facts are worked out.
    @inlinable @inline(__always)
    public static func mayStart(with first: UInt8) -> Bool {
        first == 0x00 || first == UInt8(ascii: "S")
    }

    /// Walks the clear binary packets a segment starts with (after an identification line,
    /// when it carries one), stopping at the first role message, NEWKEYS, or anything that
    /// is not a well-formed packet boundary.
    public static func scan(_ payload: borrowing RawSpan) -> Scan {
        var result = Scan()
        guard let first = payload.u8(at: 0), mayStart(with: first) else { return result }
        var offset = 0
        if payload.hasPrefix("SSH-") {
            guard let newline = payload.firstOffset(of: 0x0A, in: 0..<256) else { return result }
            offset = newline + 1
        }
        // uint32 packet_length, byte padding_length, byte message code.
        for _ in 0..<4 {
            guard let length = payload.be32(at: offset), let padding = payload.u8(at: offset + 4),
                  let code = payload.u8(at: offset + 5),
                  length >= 12, length <= maximumPacketLength, padding >= 4, UInt32(padding) < length
            else { return result }
            switch code {
            case 20:
                result.kexInit = true
                offset += 4 + Int(length)
            case 21:
                result.newKeys = true
                return result
            case 30, 32, 34:
                result.role = .client
                return result
            case 31, 33:
                result.role = .server
                return result
            default:
                return result
            }
        }
        return result
    }
}
