import WharfingerAnalysis
import WharfingerServices
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
    /// A weighed fact's weight, as its words end: " (+1.8)" for the verdict, " (-1.8)" against it.
    mutating func writeWeight(of kind: RoleFact, supports: Bool)
}

extension SentenceSink where Self: ~Copyable {
    public mutating func writeWeight(of kind: RoleFact, supports: Bool) {
        write(" (" as StaticString)
        write(supports ? kind.weight : -kind.weight, digits: 1, signed: true)
        write(")" as StaticString)
    }
}

extension String: SentenceSink {
    public mutating func write(_ text: StaticString) { append(text.description) }
    public mutating func write<T: BinaryInteger>(_ value: T) { append(String(value)) }
    public mutating func write(_ endpoint: Endpoint) { append(endpoint.description) }
    public mutating func write(_ value: Double, digits: Int, signed: Bool) {
        append(decimalText(value, digits: digits, signed: signed))
    }
}

extension JSONText: SentenceSink {
    /// Copied from the words made once per kind (`FactPieces`); inlined, as the words' other pieces.
    @inline(__always)
    public mutating func writeWeight(of kind: RoleFact, supports: Bool) {
        let words = FactPieces.shared.piece(supports ? .weightFor : .weightAgainst, of: kind)
        reserve(words.count)
        put(words.baseAddress!, words.count)
    }
}

/// A fact whose words name services (so they need the registry and the transport): written
/// into any sink, and as a `String` through the one `text` below.
public protocol SpokenFact {
    func write<Sink: SentenceSink & ~Copyable>(registry: ServiceRegistry, transport: TransportProtocol,
                                               to sink: inout Sink)
}

extension SpokenFact {
    /// The fact's words as a `String` (the text report, `explain`).
    public func text(registry: ServiceRegistry, transport: TransportProtocol) -> String {
        var text = ""
        write(registry: registry, transport: transport, to: &text)
        return text
    }
}
