/// The tunnels that ride on UDP, found by their registered port on either side. A port
/// is only a hint: each tunnel header is checked before it is followed, and a datagram
/// whose header does not fit stays an ordinary UDP datagram.
enum UDPTunnel {
    enum Port {
        static let vxlan: UInt16 = 4789
        /// Linux's VXLAN default before IANA assigned 4789.
        static let vxlanLinux: UInt16 = 8472
        static let vxlanGPE: UInt16 = 4790
        static let geneve: UInt16 = 6081
        static let gtpU: UInt16 = 2152
        static let teredo: UInt16 = 3544
        static let l2tp: UInt16 = 1701
        static let capwapData: UInt16 = 5247
    }

    /// `payload`/`length`: where the UDP payload starts and its true length. Returns true
    /// when a tunnel was followed (the frame now holds the inner values).
    @inline(__always)
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       payload: Int, length: Int) -> Bool {
        let src = cursor.frame.packet.source.port, dst = cursor.frame.packet.destination.port
        if follow(dst, frame, &cursor, udpOffset: udpOffset, payload: payload, length: length) { return true }
        return src != dst && follow(src, frame, &cursor, udpOffset: udpOffset, payload: payload, length: length)
    }

    @inline(__always)
    private static func follow(_ port: UInt16, _ frame: borrowing RawSpan, _ cursor: inout DecodeCursor,
                               udpOffset: Int, payload: Int, length: Int) -> Bool {
        switch port {
        case Port.vxlan, Port.vxlanLinux:
            VXLAN.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.vxlanGPE:
            VXLAN.decodeGPE(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.geneve:
            Geneve.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.gtpU:
            GTPU.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.teredo:
            Teredo.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.l2tp:
            L2TP.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        case Port.capwapData:
            CAPWAP.decode(frame, &cursor, udpOffset: udpOffset, at: payload, length: length)
        default:
            false
        }
    }
}
