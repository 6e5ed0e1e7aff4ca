import WharfingerWire

/// The facts of a decode stop that its report line quotes: layer, offset, problem and its
/// numbers (needed and captured bytes for a cut-short header, else the field's value). The
/// words themselves are WharfingerReport's (`DecodeStopTextTests`).
struct QuotedStop: Equatable, Sendable, CustomStringConvertible {
    var layer: Layer
    var offset: Int
    var problem: StopProblem
    var numbers: [Int]

    init(_ layer: Layer, at offset: Int, _ problem: StopProblem, _ numbers: Int...) {
        self.layer = layer
        self.offset = offset
        self.problem = problem
        self.numbers = numbers
    }

    init?(_ stop: DecodeStop?) {
        guard let stop else { return nil }
        layer = stop.layer
        offset = stop.offset
        problem = stop.problem
        numbers = stop.problem == .shortHeader ? [stop.needed, stop.available] : [stop.value]
    }

    var description: String { "\(layer)@\(offset) \(problem) \(numbers)" }
}
