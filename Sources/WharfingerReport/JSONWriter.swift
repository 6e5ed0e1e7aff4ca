import WharfingerWire

/// Writes JSON text into a reusable byte buffer: fast enough for a line per frame or a
/// record per conversation, and no Foundation. Callers write keys and values in order;
/// commas are automatic. Values are stored straight into the buffer (numbers, addresses,
/// times as their digits), without a `String` or an array append per byte.
public struct JSONWriter: ~Copyable {
    /// The bytes: one buffer with one owner, so a value costs no reference counting.
    private var text: JSONText
    private var needsComma = false

    /// `continuingList`: the first value written follows a comma (a piece of a longer list).
    public init(capacity: Int = 4096, continuingList: Bool = false) {
        text = JSONText(capacity: capacity)
        needsComma = continuingList
    }

    /// How many bytes are written.
    public var count: Int { text.count }

    /// A copy of what is written (for tests and small documents; writers hand the buffer
    /// over with `write(to:)`).
    public var bytes: [UInt8] { Array(text.written) }

    /// Hands what is written to `out`, without a copy.
    public func write(to out: OutputStream) { out.write(text.written) }

    public mutating func reset() {
        text.count = 0
        text.endpoints = WrittenEndpoints()
        needsComma = false
    }

    /// Drops what was written but keeps the comma state, to stream a long document out in pieces.
    public mutating func resetBuffer() {
        text.count = 0
        text.endpoints = WrittenEndpoints()
    }

    // Inlined, as the members' small writes below: a record makes dozens of them, and a
    // call costs more than the bytes it stores.
    @inline(__always) public mutating func beginObject() { open(UInt8(ascii: "{")) }
    @inline(__always) public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inline(__always) public mutating func beginArray() { open(UInt8(ascii: "[")) }
    @inline(__always) public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Inlined: the name's bytes and length are then constants, and a key costs a few stores.
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        text.reserve(name.utf8CodeUnitCount + 4)
        text.key(name, afterComma: needsComma)
        needsComma = false
    }

    public mutating func string(_ value: String) {
        // Native strings lend their bytes without a copy of the string (and its retain).
        if value.utf8.withContiguousStorageIfAvailable({ string($0) }) == nil {
            var value = value
            value.withUTF8 { string($0) }
        }
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// A string from constant text (a name from a table): no `String` on the way.
    public mutating func string(_ value: StaticString) {
        string(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// A string from its UTF-8 bytes, escaped where JSON needs it.
    public mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        begin(utf8.count + 2)
        text.put(UInt8(ascii: "\""))
        text.escaped(utf8)
        text.put(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A string value written in pieces (words, numbers, addresses) into `JSONText`,
    /// escaped as they come: a sentence is never built as a `String`.
    public mutating func string(_ write: (inout JSONText) -> Void) {
        begin(1)
        text.put(UInt8(ascii: "\""))
        write(&text)
        text.reserve(1)
        text.put(UInt8(ascii: "\""))
        needsComma = true
    }

    @inline(__always)
    public mutating func number<T: BinaryInteger>(_ value: T) {
        begin(0)
        text.write(value)
        needsComma = true
    }

    /// A string whose bytes need no escape (codes, letters), handed over one at a time by
    /// `write`: nothing is built on the way.
    public mutating func plainString(_ write: (_ put: (UInt8) -> Void) -> Void) {
        string { text in write { text.reserve(1); text.put($0) } }
    }

    /// Bytes that need no escape (an address's digits), written by `body` into room for
    /// `most` of them; it returns how many it wrote.
    public mutating func plainString(most: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        string { $0.writePlain(most: most, body) }
    }

    /// A value already formatted (a ratio), written as it is.
    public mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { raw($0) }
    }

    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        raw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    private mutating func raw(_ utf8: UnsafeBufferPointer<UInt8>) {
        begin(utf8.count)
        if let base = utf8.baseAddress { text.put(base, utf8.count) }
        needsComma = true
    }

    /// `integer.fraction`, the fraction zero-padded to `fractionDigits`: an epoch time
    /// with nine decimals, written without building a string.
    public mutating func decimal(_ integer: Int64, fraction: UInt64, fractionDigits: Int) {
        begin(48 + fractionDigits)
        if integer < 0 { text.put(UInt8(ascii: "-")) }
        text.digits(integer.magnitude, width: 1)
        text.put(UInt8(ascii: "."))
        text.fraction(fraction, digits: fractionDigits)
        needsComma = true
    }

    /// `value` with `digits` decimals, as `decimalText` spells it ("0.57", "+1.8").
    public mutating func decimal(_ value: Double, digits: Int, signed: Bool = false) {
        begin(0)
        text.write(value, digits: digits, signed: signed)
        needsComma = true
    }

    /// `{"ip":"10.0.0.1","port":443}`; while a record keeps its endpoints, a copy of the
    /// first writing of this endpoint (`keepEndpoints`).
    public mutating func endpoint(_ endpoint: Endpoint) {
        begin(0)
        text.writeObject(endpoint)
        needsComma = true
    }

    /// The record being written names its endpoints again and again (a flow's facts and their
    /// words name its client or its server): the first two written are remembered where they
    /// lie, and each later mention copies their bytes instead of formatting them again.
    public mutating func keepEndpoints() { text.endpoints = WrittenEndpoints(keeping: true) }

    /// The end of the record that kept its endpoints (`keepEndpoints`).
    public mutating func forgetEndpoints() { text.endpoints = WrittenEndpoints() }

    /// An endpoint's object between two pieces of JSON a writer made before (constant parts
    /// of a record; the first written as that writer would go on, the second after a comma):
    /// a record's weighed fact, with one check for the comma and the pieces' room.
    mutating func fragment(_ start: UnsafeBufferPointer<UInt8>, endpoint: Endpoint, _ end: UnsafeBufferPointer<UInt8>) {
        begin(start.count + end.count)
        text.put(start.baseAddress!, start.count)
        text.writeObject(endpoint)
        text.reserve(end.count + 1)
        text.put(UInt8(ascii: ","))
        text.put(end.baseAddress!, end.count)
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false" as StaticString) }
    public mutating func null() { raw("null" as StaticString) }

    public mutating func newline() {
        text.reserve(1)
        text.put(0x0a)
        needsComma = false
    }

    /// Room for a comma and `more` bytes, the comma written.
    @inline(__always)
    private mutating func begin(_ more: Int) {
        text.reserve(more + 1)
        if needsComma { text.put(UInt8(ascii: ",")) }
    }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        begin(1)
        text.put(bracket)
        needsComma = false
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        text.reserve(1)
        text.put(bracket)
        needsComma = true
    }
}

/// The bytes of a JSON document being written, in one growable buffer. A string value
/// written in pieces (`JSONWriter.string { }`) gets them through the public `write`
/// methods, which escape what JSON needs escaped; each checks the capacity once.
public struct JSONText: ~Copyable {
    private var bytes: ByteBuffer
    /// Where the record being written put its endpoints (`JSONWriter.keepEndpoints`).
    var endpoints = WrittenEndpoints()

    init(capacity: Int) { bytes = ByteBuffer(capacity: capacity) }

    var count: Int {
        get { bytes.count }
        set { bytes.count = newValue }
    }

    var written: UnsafeBufferPointer<UInt8> { bytes.written }

    /// Constant words: the report's own, which need no escape (checked in debug builds).
    /// Inlined: their bytes and length are then constants.
    @inline(__always)
    public mutating func write(_ text: StaticString) {
        let utf8 = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        assert(!Self.needsEscape(utf8), "constant words with a byte JSON escapes: \(text)")
        reserve(utf8.count)
        put(text.utf8Start, utf8.count)
    }

    public mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            var text = text
            text.withUTF8 { write($0) }
        }
    }

    public mutating func write(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count)
        escaped(utf8)
    }

    @inline(__always)
    public mutating func write<T: BinaryInteger>(_ value: T) {
        reserve(21)
        if value < 0 { put(UInt8(ascii: "-")) }
        digits(UInt64(value.magnitude), width: 1)
    }

    /// `value` with `digits` decimals (at most 19), as `decimalText` spells it.
    public mutating func write(_ value: Double, digits: Int, signed: Bool) {
        reserve(42)
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = UInt64((abs(value) * Double(scale)).rounded())
        if value < 0 && scaled != 0 { put(UInt8(ascii: "-")) } else if signed { put(UInt8(ascii: "+")) }
        self.digits(scaled / scale, width: 1)
        guard digits > 0 else { return }
        put(UInt8(ascii: "."))
        self.digits(scaled % scale, width: digits)
    }

    /// Bytes that need no escape (an address's digits), written by `body` into room for
    /// `most` of them; it returns how many it wrote.
    public mutating func writePlain(most: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        reserve(most)
        bytes.append(most: most) { body(UnsafeMutableBufferPointer(start: $0, count: most)) }
    }

    @inline(__always)
    mutating func reserve(_ more: Int) { bytes.reserve(more) }

    @inline(__always)
    mutating func put(_ byte: UInt8) { bytes.put(byte) }

    @inline(__always)
    mutating func put(_ pieces: UnsafePointer<UInt8>, _ length: Int) { bytes.put(pieces, length) }

    /// `"name":`, after a comma when `afterComma` (room reserved): stored at once, the count
    /// then moved once, where a byte at a time would store it after every byte.
    @inline(__always)
    mutating func key(_ name: StaticString, afterComma: Bool) {
        bytes.append(most: name.utf8CodeUnitCount + 4) { at in
            // The comma is stored either way, and the key over it when none is due.
            at.pointee = UInt8(ascii: ",")
            let quote = afterComma ? at + 1 : at
            quote.pointee = UInt8(ascii: "\"")
            ByteBuffer.copy(name.utf8Start, to: quote + 1, name.utf8CodeUnitCount)
            let end = quote + 1 + name.utf8CodeUnitCount
            end[0] = UInt8(ascii: "\"")
            end[1] = UInt8(ascii: ":")
            return end + 2 - at
        }
    }

    /// JSON's own punctuation and names, written as they are (room reserved).
    @inline(__always)
    mutating func syntax(_ text: StaticString) { put(text.utf8Start, text.utf8CodeUnitCount) }

    /// `length` bytes written before, from `offset`, written again (room reserved).
    @inline(__always)
    mutating func again(from offset: Int, _ length: Int) { bytes.again(from: offset, length) }

    /// Bytes that need no escape, written by `body` (room for `most` reserved); returns how many.
    @inline(__always)
    mutating func append(most: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) -> Int {
        let before = bytes.count
        bytes.append(most: most, body)
        return bytes.count - before
    }

    /// `utf8` with JSON's escapes (room for it unescaped is reserved; escapes reserve more).
    /// Inlined: most strings need no escape, and are checked and copied whole where written.
    @inline(__always)
    mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard Self.needsEscape(utf8) else {
            if let base = utf8.baseAddress { put(base, utf8.count) }
            return
        }
        escapedByteByByte(utf8)
    }

    /// `utf8` a byte at a time, with its escapes.
    private mutating func escapedByteByByte(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex: StaticString = "0123456789abcdef"
        for unit in utf8 {
            reserve(6)
            switch unit {
            case UInt8(ascii: "\""): put(92); put(34)
            case UInt8(ascii: "\\"): put(92); put(92)
            case 0x0a: put(92); put(UInt8(ascii: "n"))
            case 0x0d: put(92); put(UInt8(ascii: "r"))
            case 0x09: put(92); put(UInt8(ascii: "t"))
            case 0..<0x20:
                put(92); put(UInt8(ascii: "u")); put(48); put(48)
                put(hex.utf8Start[Int(unit >> 4)]); put(hex.utf8Start[Int(unit & 15)])
            default: put(unit)
            }
        }
    }

    @inline(__always)
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        // Eight bytes at a time: a word holds a byte below 0x20, a quote or a backslash when
        // one of the three tests finds a byte that borrows (the first) or that the exclusive
        // or makes zero. Bytes from 0x80 (UTF-8's others) pass them all.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        @inline(__always) func flagged(_ word: UInt64) -> Bool {
            (word &- ones &* 0x20) & ~word & highs != 0
                || hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\"")))) || hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        }
        let raw = UnsafeRawPointer(base), count = utf8.count
        @inline(__always) func load<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> UInt64 {
            UInt64(raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        // A short string in one word: two overlapping loads of its first and last bytes, the
        // rest of the word a letter that passes.
        let letters: UInt64 = ones &* UInt64(UInt8(ascii: "a"))
        switch count {
        case 0: return false
        case 1: return flagged(letters << 8 | load(UInt8.self, at: 0))
        case 2...3: return flagged(letters << 32 | load(UInt16.self, at: count - 2) << 16 | load(UInt16.self, at: 0))
        case 4...8: return flagged(load(UInt32.self, at: count - 4) << 32 | load(UInt32.self, at: 0))
        default: break
        }
        var offset = 0
        while offset + 8 < count {
            if flagged(load(UInt64.self, at: offset)) { return true }
            offset += 8
        }
        // The last word overlaps the one before.
        return flagged(load(UInt64.self, at: count - 8))
    }

    /// A fraction's digits zero-padded to `digits`, as `digits(_:width:)` writes them (room
    /// reserved), without counting them first.
    @inline(__always)
    mutating func fraction(_ value: UInt64, digits: Int) { bytes.fractionDigits(value, count: digits) }

    /// Decimal digits, zero-padded to `width` (room for them reserved).
    @inline(__always)
    mutating func digits(_ value: UInt64, width: Int) { bytes.digitPairs(value, width: width) }
}
