import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("Flow table and counters")
struct StructureTests {
    /// The record a two-thread pipeline hands over per frame stays small (its comment says
    /// why), and the decoder's full output, tunnel chain included, stays a fixed-size value.
    @Test("per-frame records keep their sizes")
    func perFrameRecordSizes() {
        #expect(MemoryLayout<Packet>.size <= 96, "\(MemoryLayout<Packet>.size)")
        #expect(MemoryLayout<TunnelChain>.size <= 88, "\(MemoryLayout<TunnelChain>.size)")
        print("sizes: Packet \(MemoryLayout<Packet>.size), PayloadFacts \(MemoryLayout<PayloadFacts>.size), DecodedFrame \(MemoryLayout<DecodedFrame>.size), TunnelChain \(MemoryLayout<TunnelChain>.size)")
    }

    /// What a flow costs, as AnalysisConfiguration (maxFlows, maxPendingVerdicts) and
    /// docs/report.md state it: change those with this number.
    @Test("a flow's state keeps the size the documents give it")
    func flowStateSize() {
        // What an array of flows costs; the last few bytes of a 240 may stay unused.
        #expect(MemoryLayout<FlowState>.stride == 240, "\(MemoryLayout<FlowState>.stride)")
        #expect(MemoryLayout<FlowState>.size <= 240)
        // A TCP connection's conn.log exchange, apart from the flow (AnalysisConfiguration.followsExchanges).
        #expect(MemoryLayout<ConnectionHistory>.stride == 144, "\(MemoryLayout<ConnectionHistory>.stride)")
    }

    @Test("flow keys are symmetric: both directions meet, with the flipped bit set for one")
    func symmetricKey() {
        let a = IPAddress("10.0.0.1")!, b = IPAddress("10.0.0.2")!
        let forward = FlowKey.make(.tcp, from: Endpoint(ip: a, port: 51514), to: Endpoint(ip: b, port: 443))
        let backward = FlowKey.make(.tcp, from: Endpoint(ip: b, port: 443), to: Endpoint(ip: a, port: 51514))
        #expect(forward.key == backward.key)
        #expect(forward.key.hash == backward.key.hash)
        #expect(forward.flipped != backward.flipped)
        let udp = FlowKey.make(.udp, from: Endpoint(ip: a, port: 51514), to: Endpoint(ip: b, port: 443))
        #expect(udp.key != forward.key)
        // Same address both sides: the port orders them.
        let loop = FlowKey.make(.tcp, from: Endpoint(ip: a, port: 2000), to: Endpoint(ip: a, port: 1000))
        #expect(loop.flipped && loop.key.a.port == 1000)
    }

    /// A key keeps its endpoints as words and its ports, transport and families packed in
    /// one: what it gives back must be what it was made from, whatever the bits.
    @Test("a flow key gives back its endpoints, transport and tunnel")
    func keyRoundTrip() {
        let v6 = Endpoint(ip: IPAddress("ffff:8000::1:ffff:ffff")!, port: 65535)
        let v4 = Endpoint(ip: IPAddress("255.255.255.254")!, port: 1)
        for transport in TransportProtocol.allCases {
            for (a, b) in [(v4, v6), (v6, v4), (v6, v6), (v4, v4)] {
                let key = FlowKey(a: a, transport: transport, b: b, tunnel: .max)
                #expect(key.a == a && key.b == b && key.transport == transport && key.tunnel == .max)
                #expect(key.endpoint(side: 0) == a && key.endpoint(side: 1) == b)
                #expect(key.port(side: 0) == a.port && key.port(side: 1) == b.port)
            }
        }
    }

    @Test("the open-addressing table agrees with a Dictionary through random inserts and removals")
    func tableAgainstDictionary() {
        let table = FlowTable(maxFlows: 3000)
        var reference: [Int: Int32] = [:]  // id -> slot
        var rng = SplitMix64(state: 19)
        func key(_ id: Int) -> FlowKey {
            FlowKey.make(.tcp, from: Endpoint(ip: IPAddress(ipv4: UInt32(id % 97)), port: UInt16(id % 65535)),
                         to: Endpoint(ip: IPAddress(ipv4: 0x0A00_0000 | UInt32(id)), port: 80)).key
        }
        for step in 0..<40_000 {
            let id = Int.random(in: 0..<5000, using: &rng)
            let k = key(id)
            let found = table.find(k, hash: k.hash)
            #expect((found >= 0) == (reference[id] != nil))
            if found >= 0 {
                #expect(found == reference[id])
                if Bool.random(using: &rng) {
                    #expect(table.state(found).pointee.key == k)
                    table.remove(found)
                    reference[id] = nil
                }
            } else if !table.isFull {
                let slot = table.insert(FlowState(key: k, hash: k.hash, time: Int64(step), sender: 0, timeoutClass: .udp))
                reference[id] = slot
            }
            if step % 5000 == 0 {
                for (rid, slot) in reference {
                    let rk = key(rid)
                    #expect(table.find(rk, hash: rk.hash) == slot)
                }
            }
        }
        #expect(table.count == reference.count)
        #expect(table.liveSlots().count == reference.count)
    }

    @Test("a large table that empties gives its pages back and starts over from its first slot")
    func emptiedTableStartsOver() {
        let table = FlowTable(maxFlows: 1 << 16)
        func key(_ id: Int) -> FlowKey {
            FlowKey.make(.udp, from: Endpoint(ip: IPAddress(ipv4: 0x0A00_0000 | UInt32(id)), port: 5353),
                         to: Endpoint(ip: IPAddress(ipv4: 0xC0A8_0001), port: 53)).key
        }
        for round in 0..<2 {
            let flows = FlowTable.releasedAtEmpty + 1000
            var slots: [Int32] = []
            for id in 0..<flows {
                let k = key(id + round)
                slots.append(table.insert(FlowState(key: k, hash: k.hash, time: Int64(id), sender: 0, timeoutClass: .udp)))
            }
            // Slots are handed out from the first; after the release, from the first again.
            #expect(slots.first == 0)
            for id in 0..<flows {
                let k = key(id + round)
                let slot = table.find(k, hash: k.hash)
                #expect(slot == slots[id] && table.state(slot).pointee.first == Int64(id))
            }
            #expect(table.find(key(flows + round), hash: key(flows + round).hash) == -1)
            // Removed first to last: without the release, the last one freed would be reused first.
            for slot in slots { table.remove(slot) }
            #expect(table.count == 0 && table.liveSlots().isEmpty && table.head(.udp) == -1)
        }
    }

    @Test("the tallies' position index finds every key a Dictionary does, keys sharing a hash included")
    func positionIndexAgainstDictionary() {
        var index = PositionIndex()
        var keys: [UInt32] = []  // position -> key
        var reference: [UInt32: Int] = [:]
        var rng = SplitMix64(state: 23)
        // A hash of 64 values for 3,000 keys: most keys share theirs with others.
        func hash(_ key: UInt32) -> UInt32 { PositionIndex.hash(key % 64) }
        for _ in 0..<20_000 {
            let key = UInt32.random(in: 0..<3000, using: &rng)
            let found = index.find(hash: hash(key)) { keys[$0] == key }
            #expect(found == (reference[key] ?? -1))
            if found < 0 {
                index.insert(hash: hash(key), position: keys.count)
                reference[key] = keys.count
                keys.append(key)
            }
        }
        #expect(index.count == reference.count)
        for (key, position) in reference { #expect(index.find(hash: hash(key)) { keys[$0] == key } == position) }
    }

    @Test("LRU heads are the least recently seen flows of each class")
    func lruOrder() {
        let table = FlowTable(maxFlows: 10)
        var slots: [Int32] = []
        for i in 0..<3 {
            let k = FlowKey.make(.udp, from: Endpoint(ip: IPAddress(ipv4: UInt32(i)), port: 1), to: Endpoint(ip: IPAddress(ipv4: 99), port: 2)).key
            slots.append(table.insert(FlowState(key: k, hash: k.hash, time: 0, sender: 0, timeoutClass: .udp)))
        }
        #expect(table.head(.udp) == slots[0])
        table.touch(slots[0], timeoutClass: .udp)
        #expect(table.head(.udp) == slots[1])
        table.touch(slots[1], timeoutClass: .transitory)
        #expect(table.head(.udp) == slots[2])
        #expect(table.head(.transitory) == slots[1])
        table.remove(slots[2])
        #expect(table.head(.udp) == slots[0])
    }

    @Test("peer counting is exact for few peers and close for many")
    func peerCounter() {
        var counter = PeerCounter()
        for i in 0..<5 { counter.add(EndpointKey(TestCapture.endpoint("10.0.0.\(i):1000"), transport: .tcp).fingerprint) }
        counter.add(EndpointKey(TestCapture.endpoint("10.0.0.1:1000"), transport: .tcp).fingerprint)
        #expect(counter.count == 5)
        var many = PeerCounter()
        for i in 0..<200 { many.add(EndpointKey(TestCapture.endpoint("10.1.\(i / 250).\(i % 250):40000"), transport: .tcp).fingerprint) }
        #expect(many.count > 150 && many.count < 260)
    }

    @Test("the ninth peer turns the eight kept exactly into the bitmap they would have set")
    func peerCounterOverflow() {
        // Nine to 40 distinct peers, each added twice: past eight the count is the bitmap's
        // estimate, which at these numbers is within a few of the truth, and repeats add nothing.
        var counter = PeerCounter()
        var counts: [Int] = []
        for i in 0..<40 {
            let peer = EndpointKey(TestCapture.endpoint("10.2.0.\(i):5000"), transport: .udp).fingerprint
            counter.add(peer)
            counter.add(peer)
            counts.append(counter.count)
        }
        #expect(Array(counts.prefix(8)) == Array(1...8))
        for (i, count) in counts.enumerated().dropFirst(8) { #expect(abs(count - (i + 1)) <= 4, "\(i + 1) peers: \(count)") }
        #expect(FanInTable.slotBytes == 64)
    }

    @Test("distinct addresses: exact to the limit, estimated beyond")
    func distinct() {
        // The first two are kept inline, the third moves all three to the table.
        var few = DistinctCounter()
        var counts: [UInt64] = []
        for i: UInt32 in [7, 7, 8, 7, 8, 9, 8, 7, 9, 10] {
            few.add(IPAddress(ipv4: i))
            counts.append(few.count)
        }
        #expect(counts == [1, 1, 2, 2, 2, 3, 3, 3, 3, 4])
        var d = DistinctCounter()
        for i in 0..<1000 { d.add(IPAddress(ipv4: UInt32(i))); d.add(IPAddress(ipv4: UInt32(i))) }
        #expect(d.count == 1000)
        for i in 0..<50_000 { d.add(IPAddress(ipv4: 0x0B00_0000 + UInt32(i))) }
        #expect(abs(Int(d.count) - 51_000) < 1000)
    }

    @Test("naturalLog matches known values")
    func log() {
        #expect(abs(naturalLog(0.5) + 0.693_147_180_559_945) < 1e-12)
        #expect(abs(naturalLog(1) - 0) < 1e-12)
        #expect(abs(naturalLog(0.01) + 4.605_170_185_988_091) < 1e-10)
    }

    @Test("fan-in table stays bounded and keeps busy endpoints")
    func fanInBounded() {
        let fanIn = FanInTable(capacity: 100)
        let server = EndpointKey(TestCapture.endpoint("10.0.0.1:443"), transport: .tcp)
        for i in 0..<1000 {
            fanIn.record(EndpointKey(TestCapture.endpoint("10.\(i / 250).\(i % 250).9:50000"), transport: .tcp), server)
            #expect(fanIn.trackedEndpoints <= 100)
        }
        #expect(fanIn.peerCount(server) > 500)
    }
}
