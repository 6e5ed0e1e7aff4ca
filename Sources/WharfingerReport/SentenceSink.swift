import WharfingerWire

/// Where the report's words for a fact go, piece by piece: a `String` (the text report,
/// `explain`), or a JSON string being written (`JSONText`), which then never builds one.
/// The words themselves are written once, in `EvidenceText.swift` and `PortRoleFactText.swift`.
public protocol SentenceSink: ~Copyable {
    mutating func write(_ text: StaticString)
    mutating func write(_ text: String)
    mutating func write<T: BinaryInteger>(_ value: T)
    mutating func write(_ endpoint: Endpoint)
    /// `value` with `digits` decimals, as `decimalText` spells it.
    mutating func write(_ value: Double, digits: Int, signed: Bool)
}

extension String: SentenceSink {
    public mutating func write(_ text: StaticString) { append(text.description) }
    public mutating func write<T: BinaryInteger>(_ value: T) { append(String(value)) }
    public mutating func write(_ endpoint: Endpoint) { append(endpoint.description) }
    public mutating func write(_ value: Double, digits: Int, signed: Bool) {
        append(decimalText(value, digits: digits, signed: signed))
    }
}

extension JSONText: SentenceSink {}
