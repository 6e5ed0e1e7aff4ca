import WharfingerWire

/// The first frames that stopped decoding (truncated or malformed), each with its file,
/// frame number, layer and offset, so a report can point at them. Bounded: after
/// `limit` only the count grows.
public struct DecodeProblems {
    public struct Problem {
        public var source: String
        /// 1-based across the whole run, as in `--packets`.
        public var frame: UInt64
        public var outcome: FrameOutcome
        public var stop: DecodeStop
    }

    public let limit: Int
    public private(set) var first: [Problem] = []
    public private(set) var count: UInt64 = 0

    public init(limit: Int = 10) { self.limit = limit }

    public mutating func note(source: String, frame: UInt64, outcome: FrameOutcome, stop: DecodeStop) {
        count &+= 1
        if first.count < limit { first.append(Problem(source: source, frame: frame, outcome: outcome, stop: stop)) }
    }

    /// `file.pcap frame 7: truncated: ipv4 at offset 14: header cut short (needs 20 bytes, 8 captured)`
    public var textLines: [String] {
        guard count > 0 else { return [] }
        var lines = ["Frames that did not decode (\(count); the first \(first.count))"]
        lines += first.map { "  \($0.source) frame \($0.frame): \($0.outcome.name): \($0.stop.text)" }
        return lines
    }

    public func writeJSON(into json: inout JSONWriter) {
        json.key("decode_problems")
        json.beginArray()
        for problem in first {
            json.beginObject()
            json.key("file"); json.string(problem.source)
            json.key("n"); json.number(problem.frame)
            json.key("outcome"); json.string(problem.outcome.name)
            json.key("layer"); json.string(problem.stop.layer.name)
            json.key("offset"); json.number(problem.stop.offset)
            json.key("reason"); json.string(problem.stop.text)
            json.endObject()
        }
        json.endArray()
    }
}
