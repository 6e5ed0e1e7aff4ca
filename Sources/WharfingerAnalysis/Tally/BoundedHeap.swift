/// How a `BoundedHeap` ranks its elements: a static function, so the heap is specialised
/// for it (a stored closure would not be, and would copy 200-byte flow states per call).
protocol HeapOrder {
    associatedtype Element
    /// `x` ranks before `y`: kept in preference to it.
    static func ranksBefore(_ x: Element, _ y: Element) -> Bool
}

/// The `limit` best of a stream of elements, in a heap whose root is the worst one kept, so
/// memory stays at `limit` elements however many are offered.
struct BoundedHeap<Order: HeapOrder> {
    typealias Element = Order.Element
    let limit: Int
    private(set) var elements: [Element] = []

    init(limit: Int) {
        self.limit = max(0, limit)
        elements.reserveCapacity(self.limit)
    }

    mutating func offer(_ element: Element) {
        guard limit > 0 else { return }
        if elements.count < limit {
            elements.append(element)
            siftUp(elements.count - 1)
        } else if Order.ranksBefore(element, elements[0]) {
            elements[0] = element
            siftDown(0)
        }
    }

    /// Changes the kept element `matches` picks, if one is kept; `probe` ranks as it does, so
    /// one that ranks after every kept element is not looked for. `change` keeps its rank.
    mutating func update(_ probe: Element, matching matches: (Element) -> Bool, _ change: (inout Element) -> Void) {
        guard let worst = elements.first, elements.count < limit || !Order.ranksBefore(worst, probe),
              let at = elements.firstIndex(where: matches) else { return }
        change(&elements[at])
    }

    /// The kept elements, best first (as a stable sort of `elements` ranks them). Their
    /// indices are sorted, not the elements: a kept flow state is 240 bytes to move.
    var ranked: [Element] {
        elements.withUnsafeBufferPointer { kept in
            kept.indices.sorted { Order.ranksBefore(kept[$0], kept[$1]) }.map { kept[$0] }
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Order.ranksBefore(elements[parent], elements[child]) else { return }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < elements.count && Order.ranksBefore(elements[worst], elements[left]) { worst = left }
            if right < elements.count && Order.ranksBefore(elements[worst], elements[right]) { worst = right }
            guard worst != parent else { return }
            elements.swapAt(parent, worst)
            parent = worst
        }
    }
}
