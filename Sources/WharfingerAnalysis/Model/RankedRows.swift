/// Rows of a report section in an order decided when the report is made, each rendered
/// (names looked up, numbers gathered) only when it is read.
///
/// The tables behind a section hold every row already (25,047 services at 10M frames): a
/// report made of them keeps only the order, not a second, rendered copy with a name string
/// per row, and a format that prints the first 25 renders 25. A writer that reads every
/// row (JSON) renders each as it writes it. Read each row once per use.
public struct RankedRows<Element>: RandomAccessCollection, Sendable {
    /// The table's position of each row, in the order shown.
    private let order: [Int32]
    private let render: @Sendable (Int) -> Element

    /// `render(order[i])` is row `i`.
    init(order: [Int32], render: @escaping @Sendable (Int) -> Element) {
        self.order = order
        self.render = render
    }

    /// No rows.
    public init() {
        self.init(order: [], render: { _ in fatalError("RankedRows: no rows") })
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(position: Int) -> Element { render(Int(order[position])) }
}
