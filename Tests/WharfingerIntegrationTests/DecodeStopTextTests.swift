import Testing
import WharfingerReport
import WharfingerWire

/// The report's words for a decode stop: the decoder records layer, offset, problem and
/// numbers (`QuotedStop` in the wire tests), the report names them in one line.
struct DecodeStopTextTests {
    @Test func aCutShortHeaderSaysWhatWasNeededAndCaptured() {
        let stop = DecodeStop(layer: .ciscoHDLC, offset: 0, needed: 4, available: 3, problem: .shortHeader)
        #expect(stop.text == "c-hdlc at offset 0: header cut short (needs 4 bytes, 3 captured)")
        let wifi = DecodeStop(layer: .ieee80211, offset: 0, needed: 26, available: 25, problem: .shortHeader)
        #expect(wifi.text == "802.11 at offset 0: header cut short (needs 26 bytes, 25 captured)")
    }

    @Test func aFieldAtFaultIsQuoted() {
        #expect(DecodeStop(layer: .ipv4, offset: 14, needed: 20, available: 40, problem: .ipv4HeaderLengthBelowMinimum,
                           value: 3).text == "ipv4 at offset 14: IHL below 5 (3)")
        #expect(DecodeStop(layer: .nflog, offset: 4, needed: 4, available: 2, problem: .linkHeaderLengthBelowMinimum,
                           value: 2).text == "nflog at offset 4: header length below the minimum (2 bytes)")
        #expect(DecodeStop(layer: .ipv4, offset: 14, needed: 20, available: 20, problem: .badIPVersion, value: 6).text
                == "ipv4 at offset 14: IP version field does not match the link's protocol (version 6)")
        #expect(DecodeStop(layer: .ipv6Extension, offset: 54, needed: 0, available: 0, problem: .ipv6ExtensionChainTooLong,
                           value: 8).text == "ipv6-ext at offset 54: extension header chain too long (more than 8 headers)")
        #expect(DecodeStop(layer: .gtpU, offset: 42, needed: 4, available: 4, problem: .extensionHeaderLengthZero).text
                == "gtp-u at offset 42: extension header length 0")
    }
}
