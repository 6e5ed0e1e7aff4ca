import CPcap

/// libpcap's PCAP_ERRBUF_SIZE scratch buffer for calls that report errors through it.
func withErrorBuffer<T>(_ body: (UnsafeMutablePointer<CChar>) -> T) -> (T, String) {
    var storage = [CChar](repeating: 0, count: Int(PCAP_ERRBUF_SIZE))
    let result = storage.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    let text = storage.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return (result, text)
}
