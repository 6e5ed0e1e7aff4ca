import Foundation
import Testing
import WharfingerCapture
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Packed conn.log histories")
struct PackedHistoryTests {
    /// The live TCP flows of every bundled capture, read to its end (nothing idles out in
    /// them), each with the history the analyzer followed for it.
    private static let captured: [(flow: FlowState, history: ConnectionHistory)] = {
        var found: [(FlowState, ConnectionHistory)] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.captures.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".pcap") {
            var configuration = AnalysisConfiguration()
            configuration.followsExchanges = true
            let sink = AnalyzingSink(configuration: configuration)
            guard (try? CaptureFile.read(Paths.capture(name), filter: nil, into: sink)) != nil else { continue }
            let analyzer = sink.analyzer
            for slot in analyzer.table.liveSlots() {
                let flow = analyzer.table.flow(slot)
                if flow.historySlot >= 0 { found.append((flow, analyzer.histories[flow.historySlot])) }
            }
        }
        return found
    }()

    private func bytes(_ history: ConnectionHistory) -> [UInt8] { withUnsafeBytes(of: history) { Array($0) } }

    /// Packs and unpacks `history` through a pool; returns what came back and the packed length.
    private func roundTrip(_ history: ConnectionHistory, _ pool: HistoryPool) -> (ConnectionHistory, Int) {
        let slot = pool.allocate()
        pool[slot] = history
        let record = UnsafeMutablePointer<UInt8>.allocate(capacity: PackedHistory.maxLength)
        defer { record.deallocate() }
        let length = pool.pack(slot: slot, to: record)
        #expect(pool.count == 0, "the slot was released")
        let back = pool.unpack(from: record)
        #expect(PackedHistory.read(record).length == length)
        defer { pool.release(back) }
        return (pool[back], length)
    }

    @Test("the histories of real captures come back exactly, in a fraction of their bytes")
    func realHistories() {
        let captured = Self.captured
        // Handshakes, closes, resets, losses, one-sided captures, tunnels: dozens of connections.
        #expect(captured.count >= 40, "\(captured.count) TCP flows")
        #expect(Set(captured.map { $0.history.letters.count }).count >= 5, "histories of many lengths")
        let pool = HistoryPool(flows: 16)
        var total = 0
        for (_, history) in captured {
            let (back, length) = roundTrip(history, pool)
            #expect(bytes(back) == bytes(history))
            total += length
        }
        // Sequence numbers as distances from each side's start: well under half of 144 bytes.
        #expect(total < captured.count * 60, "\(total / max(captured.count, 1)) bytes a history")
    }

    @Test("histories with fields at their extremes come back exactly")
    func edgeValues() {
        let pool = HistoryPool(flows: 16)
        var wrapped = Self.captured.first { $0.history.sides.1.state != .inactive }?.history ?? ConnectionHistory()
        // Sequence numbers that wrap round past the start, counters and times at their limits.
        wrapped.sides.0.startSeq = .max
        wrapped.sides.0.lastSeq = 5
        wrapped.sides.0.ackSeq = 0
        wrapped.sides.0.delivered = .max - 1
        wrapped.sides.1.startSeq = 1
        wrapped.sides.1.lastSeq = 0
        wrapped.sides.1.missedBytes = .max
        wrapped.sides.1.retransmissions = .max
        wrapped.lastCounted = .min
        var full = ConnectionHistory()
        for i in 0..<HistoryLetters.capacity + 3 { full.letters.append(.retransmission, side: i % 2) }
        full.origin = 1
        full.lastCounted = .max
        full.sides.0.set(.reset)
        full.sides.1.set(.closed)
        // Every bit set: every word differs and takes ten bytes, the longest record.
        var ones = ConnectionHistory()
        withUnsafeMutableBytes(of: &ones) { _ = $0.initializeMemory(as: UInt8.self, repeating: 0xff) }
        for history in [ConnectionHistory(), wrapped, full, ones] {
            let (back, _) = roundTrip(history, pool)
            #expect(bytes(back) == bytes(history))
        }
        #expect(roundTrip(ConnectionHistory(), pool).1 == 4, "a fresh history is its mask alone")
        #expect(roundTrip(ones, pool).1 <= PackedHistory.maxLength)
    }

    /// Padding between fields would be packed as words too, holding whatever the stack held
    /// when the history was copied: records of the same history would differ, and be longer.
    @Test("a history has no padding between its fields")
    func noPadding() {
        let sides = MemoryLayout<(HistorySide, HistorySide)>.size
        #expect(sides == 2 * MemoryLayout<HistorySide>.size)
        let fields = sides + MemoryLayout<Int64>.size + MemoryLayout<HistoryLetters>.size + MemoryLayout<Int8>.size
        #expect(MemoryLayout<ConnectionHistory>.size == fields)
        // Its nineteen fields take 52 bytes, none between them.
        #expect(MemoryLayout<HistorySide>.size == 52)
    }

    @Test("flows leave the pending ring with their histories, across growth, wrapping and a full ring")
    func ringCarriesHistories() {
        let captured = Self.captured
        let pool = HistoryPool(flows: 16)
        let ring = PendingRing(capacity: 100, histories: pool)
        // Every third flow has no history (UDP's exchange comes from the flow itself).
        func entry(_ n: Int) -> (flow: FlowState, history: ConnectionHistory?) {
            var (flow, history) = captured[n % captured.count]
            flow.first = Int64(n)
            guard n % 3 != 0 else {
                flow.historySlot = -1
                return (flow, nil)
            }
            return (flow, history)
        }
        var expected: [Int] = []
        var next = 0
        func check(_ out: FlowState) {
            let n = expected.removeFirst()
            #expect(Int(out.first) == n)
            if let history = entry(n).history {
                #expect(out.historySlot >= 0 && bytes(pool[out.historySlot]) == bytes(history))
                pool.release(out.historySlot)
            } else {
                #expect(out.historySlot == -1)
            }
        }
        func push(_ count: Int) {
            for _ in 0..<count {
                var (flow, history) = entry(next)
                if let history {
                    flow.historySlot = pool.allocate()
                    pool[flow.historySlot] = history
                }
                if let out = ring.push(flow, endedAt: Int64(next)) { check(out) }
                // The ring holds the histories: none is left in the pool.
                #expect(pool.count == 0)
                expected.append(next)
                next += 1
            }
        }
        func pop(_ count: Int) {
            for _ in 0..<count {
                #expect(ring.oldestEndTime == Int64(expected.first!))
                check(ring.popOldest())
            }
        }
        push(50)
        pop(30)
        push(40)        // wraps round, then grows with the head not at 0
        pop(5)
        push(80)        // fills the ring (100), then pushes the oldest out
        #expect(ring.count == 100)
        var listed: [Int] = []
        ring.forEach {
            listed.append(Int($0.first))
            #expect($0.historySlot == -1)
        }
        #expect(listed == expected)
        pop(100)
        #expect(ring.count == 0 && ring.oldestEndTime == nil && pool.count == 0)
        // The pool held two histories at most: the flow coming in and the one it pushed out.
        #expect(pool.highWater == 2)
    }
}
