/// The flows of a report, in order of their start.
///
/// A final report renders each record when it is read: a report of every flow then holds
/// the flows' fixed-size states, not their records with their evidence, and a writer that
/// reads each record once as it writes it keeps memory to the states. A snapshot holds
/// records rendered when it was taken, because the analysis goes on changing its tables.
///
/// Unchecked `Sendable`: a deferred report renders from the tables of an analyzer that has
/// finished; nothing changes them any more and rendering only reads them, so records may be
/// read from several threads at once.
public struct FlowRecords: RandomAccessCollection, @unchecked Sendable {
    private enum Storage {
        case rendered([FlowRecord])
        case deferred(states: [FlowState], order: [Int], renderer: RecordRenderer)
    }

    private let storage: Storage

    init(rendered records: [FlowRecord]) { storage = .rendered(records) }

    /// The records of `states[order[0]]`, `states[order[1]]`...
    init(states: [FlowState], order: [Int], renderer: RecordRenderer) {
        storage = .deferred(states: states, order: order, renderer: renderer)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .rendered(let records): records.count
        case .deferred(_, let order, _): order.count
        }
    }

    /// The records at `positions`, in order: the way to read many, since the storage is
    /// unpacked once rather than per record (which, on two threads at once, would bounce
    /// its reference counts between the cores).
    public func forEach(in positions: Range<Int>, _ body: (FlowRecord) -> Void) {
        switch storage {
        case .rendered(let records):
            for position in positions { body(records[position]) }
        case .deferred(let states, let order, let renderer):
            for position in positions { body(renderer.record(states[order[position]])) }
        }
    }

    public subscript(position: Int) -> FlowRecord {
        switch storage {
        case .rendered(let records): records[position]
        case .deferred(let states, let order, let renderer): renderer.record(states[order[position]])
        }
    }
}
