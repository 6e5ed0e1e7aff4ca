/// ARCnet (LINKTYPE_ARCNET_BSD, LINKTYPE_ARCNET_LINUX), as tcpdump's print-arcnet.c reads
/// it: source and destination station bytes, then a system code. RFC 1051 codes (IP 0xF0,
/// ARP 0xF1, and diagnostics) have nothing more; RFC 1201 codes add a split flag and a
/// 2-byte sequence id. Linux puts a 2-byte offset before the code and hands over whole
/// packets; BSD hands over the pieces, and marks an exception frame with flag 0xFF and a
/// second code, flag and sequence id.
enum ARCnet {
    enum BSD {
        static let code = 2
        static let flag = 3
        static let exceptionFlag = 7
        static let headerLengthRFC1051 = 3
        static let headerLengthRFC1201 = 6
        static let headerLengthException = 10
    }
    enum Linux {
        static let code = 4
        static let headerLengthRFC1051 = 5
        static let headerLengthRFC1201 = 8
    }
    static let ipRFC1051: UInt8 = 0xf0
    static let arpRFC1051: UInt8 = 0xf1
    static let diagnose: UInt8 = 0x80
    static let ipRFC1201: UInt8 = 0xd4
    static let ipv6: UInt8 = 0xc4
    static let exception: UInt8 = 0xff

    static func isRFC1051(_ code: UInt8) -> Bool { code == ipRFC1051 || code == arpRFC1051 || code == diagnose }

    static func decodeBSD(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(BSD.headerLengthRFC1051, at: 0, in: .arcnet) else { return }
        let code = frame.u8(BSD.code)
        guard !isRFC1051(code) else {
            decodePayload(frame, &cursor, code: code, at: BSD.headerLengthRFC1051)
            return
        }
        guard cursor.require(BSD.headerLengthRFC1201, at: 0, in: .arcnet) else { return }
        var flag = frame.u8(BSD.flag)
        var header = BSD.headerLengthRFC1201
        if flag == exception {
            guard cursor.require(BSD.headerLengthException, at: 0, in: .arcnet) else { return }
            flag = frame.u8(BSD.exceptionFlag)
            header = BSD.headerLengthException
        }
        // An even non-zero flag marks a later piece of a split packet: no header in it.
        guard flag == 0 || flag & 1 == 1 else {
            cursor.notIP(protocol: UInt16(code))
            return
        }
        decodePayload(frame, &cursor, code: code, at: header)
    }

    static func decodeLinux(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor) {
        guard cursor.require(Linux.headerLengthRFC1051, at: 0, in: .arcnet) else { return }
        let code = frame.u8(Linux.code)
        let header = isRFC1051(code) ? Linux.headerLengthRFC1051 : Linux.headerLengthRFC1201
        guard cursor.require(header, at: 0, in: .arcnet) else { return }
        decodePayload(frame, &cursor, code: code, at: header)
    }

    static func decodePayload(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, code: UInt8, at offset: Int) {
        switch code {
        case ipRFC1051, ipRFC1201: IPv4.decode(frame, &cursor, at: offset)
        case ipv6: IPv6.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: UInt16(code))
        }
    }
}
