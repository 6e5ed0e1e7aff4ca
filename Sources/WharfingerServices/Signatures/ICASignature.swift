/// Citrix ICA: the server greets with the banner 7F 7F 49 43 41 00 ("\x7F\x7FICA\0") before the client speaks.
/// The client answers with the same banner (nDPI's citrix.pcap shows both).
enum ICASignature {
    static func match(_ payload: RawSpan) -> PayloadSignature? {
        guard payload.hasPrefix("\u{7F}\u{7F}ICA\0") else { return nil }
        return .icaBanner
    }
}
