/// CAPWAP data messages (RFC 5415 section 4.3, UDP 5247): a wireless access point hands
/// its controller the stations' frames, as 802.11 frames (T flag, wireless binding 1) or
/// as Ethernet frames. A DTLS-protected message (preamble type 1), a keep-alive or a later
/// fragment is not followed.
enum CAPWAP {
    enum Field {
        static let preamble = 0
        /// HLEN (5 bits), RID (5), WBID (5), T, F, L, W, M, K, flags (3).
        static let bits = 0
        static let fragmentOffset = 6
        static let minimumLength = 8
    }
    static let nativeFrame: UInt32 = 1 << 8
    static let fragment: UInt32 = 1 << 7
    static let keepAlive: UInt32 = 1 << 3
    static let bindingIEEE80211: UInt32 = 1

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        guard length >= Field.minimumLength, cursor.available(from: offset) >= Field.minimumLength,
              frame.u8(offset + Field.preamble) == 0 else { return false }
        let bits = frame.be32(offset + Field.bits)
        let headerLength = Int((bits >> 19) & 0x1f) * 4
        let binding = (bits >> 9) & 0x1f
        let native = bits & nativeFrame != 0
        guard headerLength >= Field.minimumLength, headerLength < length,
              !native || binding == bindingIEEE80211, bits & keepAlive == 0,
              bits & fragment == 0 || frame.be16(offset + Field.fragmentOffset) >> 3 == 0
        else { return false }
        guard cursor.enterTunnel(.capwap, udpOffset: udpOffset, at: offset, in: .capwap) else { return true }
        guard cursor.require(headerLength, at: offset, in: .capwap) else { return true }
        let body = offset + headerLength
        if native {
            // Cisco's access points send the frame-control bytes swapped, which tshark assumes
            // too; a protocol version other than 0 in the first byte gives them away.
            let swapped = cursor.available(from: body) >= 2 && frame.u8(body) & 0x03 != 0 && frame.u8(body + 1) & 0x03 == 0
            IEEE80211.decode(frame, &cursor, at: body, swapped: swapped)
        } else {
            Ethernet.decode(frame, &cursor, at: body)
        }
        return true
    }
}
