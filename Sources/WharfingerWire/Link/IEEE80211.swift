/// IEEE 802.11 frames (LINKTYPE_IEEE802_11). Data frames carry LLC/SNAP, then an
/// EtherType; management, control and extension frames carry no IP. The MAC header's
/// length follows from frame control: 24 bytes, 30 with a fourth address (ToDS and
/// FromDS both set), 2 more for QoS control, 4 more for HT control.
enum IEEE80211 {
    enum Field {
        /// Protocol version (bits 0-1), type (2-3), subtype (4-7).
        static let frameControl = 0
        /// ToDS, FromDS, more fragments, retry, power management, more data, protected, order.
        static let flags = 1
        static let sequenceControl = 22
        static let headerLength = 24
        static let fourthAddress = 24
        static let addressLength = 6
        static let qosControlLength = 2
        static let htControlLength = 4
    }
    static let typeData: UInt8 = 2
    /// Data subtype bits: QoS data adds QoS control; "no data" subtypes have no body.
    static let subtypeQoS: UInt8 = 0x08
    static let subtypeNoData: UInt8 = 0x04
    static let toDS: UInt8 = 0x01
    static let fromDS: UInt8 = 0x02
    static let protected: UInt8 = 0x40
    static let order: UInt8 = 0x80
    /// QoS control's first byte: the body is an A-MSDU, each subframe behind a 14-byte
    /// header (destination, source, length).
    static let amsduPresent: UInt8 = 0x80
    static let amsduSubframeHeaderLength = 14
    static let fragmentNumber: UInt16 = 0x000f

    /// `padded`: radiotap's data-pad flag, the body starts on a 4-byte boundary of the MAC header.
    /// `swapped`: the two frame-control bytes come flags first, and 16-bit fields in network
    /// order (Cisco's CAPWAP access points).
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int, padded: Bool = false,
                       swapped: Bool = false) {
        guard cursor.require(Field.flags + 1, at: offset, in: .ieee80211) else { return }
        let control = frame.u8(offset + (swapped ? Field.flags : Field.frameControl))
        let flags = frame.u8(offset + (swapped ? Field.frameControl : Field.flags))
        let version = control & 0x03, type = (control >> 2) & 0x03, subtype = control >> 4
        guard version == 0, type == typeData, subtype & subtypeNoData == 0 else {
            cursor.notIP(protocol: UInt16(control))
            return
        }
        // The MAC header is in the clear, the body is not: nothing past here can be read.
        guard flags & protected == 0 else {
            cursor.frame.outcome = .encrypted
            return
        }
        var qosControl = Field.headerLength
        if flags & (toDS | fromDS) == toDS | fromDS { qosControl += Field.addressLength }
        let qos = subtype & subtypeQoS != 0
        var header = qosControl
        if qos { header += Field.qosControlLength }
        // HT control comes with the order bit, in QoS data frames only.
        if qos && flags & order != 0 { header += Field.htControlLength }
        guard cursor.require(header, at: offset, in: .ieee80211) else { return }

        // Later fragments of a fragmented frame carry no LLC header.
        // Access points that swap frame control write the 16-bit fields in network order.
        let sequenceControl = swapped ? frame.be16(offset + Field.sequenceControl) : frame.le16(offset + Field.sequenceControl)
        guard sequenceControl & fragmentNumber == 0 else {
            cursor.notIP(protocol: UInt16(control))
            return
        }
        if padded { header = (header + 3) & ~3 }
        var body = offset + header
        if qos && frame.u8(offset + qosControl) & amsduPresent != 0 {
            // The first subframe stands for the frame; the rest are not decoded.
            guard cursor.require(amsduSubframeHeaderLength, at: body, in: .ieee80211) else { return }
            body += amsduSubframeHeaderLength
        }
        LLCSNAP.decode(frame, &cursor, at: body)
    }
}
