/// The `limit` best of a stream of elements, in a heap whose root is the worst one kept, so
/// memory stays at `limit` elements however many are offered.
struct BoundedHeap<Element> {
    let limit: Int
    /// `x` ranks before `y`: kept in preference to it.
    let ranksBefore: (Element, Element) -> Bool
    private(set) var elements: [Element] = []

    init(limit: Int, ranksBefore: @escaping (Element, Element) -> Bool) {
        self.limit = max(0, limit)
        self.ranksBefore = ranksBefore
        elements.reserveCapacity(self.limit)
    }

    mutating func offer(_ element: Element) {
        guard limit > 0 else { return }
        if elements.count < limit {
            elements.append(element)
            siftUp(elements.count - 1)
        } else if ranksBefore(element, elements[0]) {
            elements[0] = element
            siftDown(0)
        }
    }

    /// The kept elements, best first.
    var ranked: [Element] { elements.sorted(by: ranksBefore) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard ranksBefore(elements[parent], elements[child]) else { return }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < elements.count && ranksBefore(elements[worst], elements[left]) { worst = left }
            if right < elements.count && ranksBefore(elements[worst], elements[right]) { worst = right }
            guard worst != parent else { return }
            elements.swapAt(parent, worst)
            parent = worst
        }
    }
}
