import CPcap

/// libpcap's own name for a link type, e.g. IEEE802_11 for 105: for messages and reports
/// about the link types the decoder does not know.
public func linkTypeName(_ value: Int32) -> String {
    guard let name = pcap_datalink_val_to_name(value) else { return "DLT \(value)" }
    return String(cString: name)
}
