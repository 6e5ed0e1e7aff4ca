import WharfingerWire

/// Finds hosts that probe many ports (or one port on many hosts) and mostly get no answer
/// or a refusal, from the conversations as they end (Zeek's S0, REJ, RSTO... patterns).
///
/// A fixed table of `capacity` candidate scanners (address and transport). A candidate
/// begins with a conversation that looks like a probe: unanswered, refused, or a TCP call
/// whose caller sent no data (a connect scan reaching an open port); from then on every
/// conversation it opens is counted. A full table gives up the candidate with the fewest
/// unanswered probes (the longest quiet on a tie); a confirmed scan gives its place only
/// to a new unanswered probe when nothing else can, and is still counted.
///
/// A candidate is a scan once at least half of what it opened went unanswered and it
/// probed `portThreshold` distinct ports or `targetThreshold` distinct hosts. Probes to
/// multicast and broadcast addresses are discovery, not scans, and are not counted.
///
/// Memory: per candidate a 65,536-bit map of the ports probed (8 KiB, cleared word by
/// word as touched), a few listed targets and open ports; all of it allocated once, when
/// the first candidate comes. Nothing allocates per conversation.
struct ScanDetector {
    static let capacity = 32
    static let portThreshold = ScanRecord.portThreshold
    static let targetThreshold = ScanRecord.targetThreshold
    static let listedTargets = 4
    static let listedOpenPorts = 64
    private static let portWords = 65_536 / 64
    private static let touchedWords = portWords / 64

    struct Candidate {
        var scanner: IPAddress
        var transport: TransportProtocol
        var first: Int64
        var last: Int64
        var probes: UInt32 = 0
        var unanswered: UInt32 = 0
        var ports: UInt32 = 0
        var targets = PeerCounter()
        var listedTargets: UInt8 = 0
        var listedOpen: UInt8 = 0
        var openNotListed: UInt32 = 0
        var isScan = false

        init(scanner: IPAddress, transport: TransportProtocol, time: Int64) {
            self.scanner = scanner
            self.transport = transport
            first = time
            last = time
        }
    }

    private var candidates: [Candidate] = []
    /// The candidates' scanners in 1,024 buckets (`filterBucket`), counted: a conversation
    /// whose opener's bucket is empty is no candidate's, found without looking through the
    /// candidates. (With 64, a full table's 32 candidates let a third of all conversations
    /// through.) Counted, so a candidate replaced leaves its bucket without a recount.
    private var scannerFilter = InlineArray<1024, UInt8>(repeating: 0)
    /// `portWords` words per candidate: the ports it probed.
    private var portBits: [UInt64] = []
    /// `touchedWords` words per candidate: which of its port words are not zero.
    private var touched: [UInt64] = []
    private var targetList: [IPAddress] = []
    private var openList: [UInt16] = []
    /// Confirmed scans that gave their place to a newer candidate.
    private(set) var droppedScans = 0

    /// Scans found so far, listed or not.
    var scanCount: Int { droppedScans + candidates.reduce(0) { $0 + ($1.isScan ? 1 : 0) } }

    /// Counts one conversation for the host that opened it.
    mutating func observe(_ flow: FlowState) {
        guard let opener = flow.openerSide else { return }
        let scanner = flow.key.endpoint(side: opener).ip
        let target = flow.key.endpoint(side: 1 - opener)
        guard !flow.isGroup(side: 1 - opener) else { return }
        let unanswered = flow.isUnanswered
        let looksLikeProbe = unanswered || (flow.isTCP && !flow.side(opener).flags.contains(.payload))
        // Most conversations are neither probes nor a candidate's: done at the filter.
        let mayBeCandidate = filterHas(scanner)
        guard looksLikeProbe || mayBeCandidate else { return }
        var i = mayBeCandidate ? index(of: scanner, flow.key.transport) : -1
        if i < 0 {
            guard looksLikeProbe else { return }
            i = claim(scanner, flow.key.transport, time: flow.first, unanswered: unanswered)
            guard i >= 0 else { return }
        }
        let newPort = markPort(target.port, candidate: i)
        // In place: a copy of the candidate out and back cost more than the update.
        Self.count(flow, target: target, unanswered: unanswered, newPort: newPort, candidate: i,
                   into: &candidates[i], targetList: &targetList, openList: &openList)
    }

    /// `observe`'s update of candidate `i`, `c`, with its lists.
    @inline(__always)
    private static func count(_ flow: FlowState, target: Endpoint, unanswered: Bool, newPort: Bool, candidate i: Int,
                              into c: inout Candidate, targetList: inout [IPAddress], openList: inout [UInt16]) {
        c.first = min(c.first, flow.first)
        c.last = max(c.last, flow.last)
        c.probes &+= 1
        if unanswered { c.unanswered &+= 1 }
        if newPort { c.ports &+= 1 }
        c.targets.add(DistinctCounter.fingerprint(target.ip))
        let targetBase = i * Self.listedTargets
        if Int(c.listedTargets) < Self.listedTargets
            && !targetList[targetBase..<targetBase + Int(c.listedTargets)].contains(target.ip) {
            targetList[targetBase + Int(c.listedTargets)] = target.ip
            c.listedTargets += 1
        }
        let openBase = i * Self.listedOpenPorts
        if flow.isAnswered && !openList[openBase..<openBase + Int(c.listedOpen)].contains(target.port) {
            if Int(c.listedOpen) < Self.listedOpenPorts {
                openList[openBase + Int(c.listedOpen)] = target.port
                c.listedOpen += 1
            } else if newPort {
                c.openNotListed &+= 1
            }
        }
        if !c.isScan && c.unanswered &* 2 >= c.probes
            && (c.ports >= Self.portThreshold || c.targets.count >= Self.targetThreshold) {
            c.isScan = true
        }
    }

    /// Whether `scanner` has been found scanning over `transport`.
    @inline(__always)
    func isScanner(_ scanner: IPAddress, _ transport: TransportProtocol) -> Bool {
        let i = index(of: scanner, transport)
        return i >= 0 && candidates[i].isScan
    }

    /// A conversation that reached no service, tallied as an unanswered probe instead of
    /// under a service: every TCP probe whose SYN got no SYN-ACK and no payload went
    /// either way (`FlowState.isUnansweredTCPProbe`: a refused or silent port is not a
    /// service, whoever probed it); a UDP conversation only when nothing came back and its
    /// sender is a scanner found so far, since a lone unanswered datagram (SSDP, a syslog
    /// sender, a DNS query lost) is ordinary traffic. Asked when a flow is tallied: probes
    /// tallied before their scan was found stay services (flows ending with the capture,
    /// and those whose verdict waits for its end, are tallied once the detector saw all).
    @inline(__always)
    func foldsAsProbe(_ flow: FlowState) -> Bool {
        if flow.isTCP { return flow.isUnansweredTCPProbe }
        guard flow.isUnanswered, let opener = flow.openerSide else { return false }
        return isScanner(flow.key.endpoint(side: opener).ip, .udp)
    }

    /// `detector.foldsAsProbe(flow)` for a detector its owner stores: an inout access,
    /// unlike a method call on the stored value, does not copy it.
    @inline(__always)
    static func foldsAsProbe(_ flow: FlowState, in detector: inout ScanDetector) -> Bool {
        detector.foldsAsProbe(flow)
    }

    /// The scans in the table, earliest first.
    func records() -> [ScanRecord] {
        var out: [ScanRecord] = []
        for (i, c) in candidates.enumerated() where c.isScan {
            let openBase = i * Self.listedOpenPorts
            out.append(ScanRecord(
                scanner: c.scanner, transport: c.transport, targets: Array(listedTargets(i)),
                targetCount: max(c.targets.count, Int(c.listedTargets)), probed: Int(c.ports),
                probes: Int(c.probes), unanswered: Int(c.unanswered),
                open: openList[openBase..<openBase + Int(c.listedOpen)].sorted(),
                openNotListed: Int(c.openNotListed),
                first: Timestamp(totalNanoseconds: c.first), last: Timestamp(totalNanoseconds: c.last)))
        }
        return out.sorted { $0.first < $1.first }
    }

    /// The top ten bits of a multiplicative hash (a shift binds tighter than `&*`).
    private static func filterBucket(_ scanner: IPAddress) -> Int {
        Int(truncatingIfNeeded: ((scanner.high ^ scanner.low) &* 0x9e37_79b9_7f4a_7c15) >> 54)
    }

    @inline(__always)
    private func filterHas(_ scanner: IPAddress) -> Bool { scannerFilter[Self.filterBucket(scanner)] != 0 }

    @inline(__always)
    private func index(of scanner: IPAddress, _ transport: TransportProtocol) -> Int {
        for i in candidates.indices where candidates[i].scanner == scanner && candidates[i].transport == transport {
            return i
        }
        return -1
    }

    private func listedTargets(_ i: Int) -> ArraySlice<IPAddress> {
        let base = i * Self.listedTargets
        return targetList[base..<base + Int(candidates[i].listedTargets)]
    }

    /// A place for a new candidate (-1: none to spare).
    private mutating func claim(_ scanner: IPAddress, _ transport: TransportProtocol, time: Int64,
                                unanswered: Bool) -> Int {
        let fresh = Candidate(scanner: scanner, transport: transport, time: time)
        if candidates.isEmpty {
            candidates.reserveCapacity(Self.capacity)
            portBits = Array(repeating: 0, count: Self.capacity * Self.portWords)
            touched = Array(repeating: 0, count: Self.capacity * Self.touchedWords)
            targetList = Array(repeating: .unspecified, count: Self.capacity * Self.listedTargets)
            openList = Array(repeating: 0, count: Self.capacity * Self.listedOpenPorts)
        }
        if candidates.count < Self.capacity {
            candidates.append(fresh)
            scannerFilter[Self.filterBucket(scanner)] += 1
            return candidates.count - 1
        }
        // The first with the fewest unanswered probes, then the longest quiet, its numbers
        // kept at hand: the search runs for every new candidate once the table is full.
        var victim = -1
        candidates.withUnsafeBufferPointer { candidates in
            var least = (unanswered: UInt32.max, last: Int64.max)
            for (i, c) in candidates.enumerated() where !c.isScan && (victim < 0 || (c.unanswered, c.last) < least) {
                victim = i
                least = (c.unanswered, c.last)
            }
        }
        if victim < 0 {
            guard unanswered else { return -1 }
            victim = candidates.indices.min { candidates[$0].last < candidates[$1].last }!
            droppedScans += 1
        }
        clearPorts(victim)
        scannerFilter[Self.filterBucket(candidates[victim].scanner)] -= 1
        scannerFilter[Self.filterBucket(scanner)] += 1
        candidates[victim] = fresh
        return victim
    }

    /// Sets the port's bit; true when it was not set.
    private mutating func markPort(_ port: UInt16, candidate i: Int) -> Bool {
        let word = i * Self.portWords + Int(port >> 6)
        let bit: UInt64 = 1 << UInt64(port & 63)
        if portBits[word] & bit != 0 { return false }
        portBits[word] |= bit
        let local = Int(port >> 6)
        touched[i * Self.touchedWords + (local >> 6)] |= 1 << UInt64(local & 63)
        return true
    }

    private mutating func clearPorts(_ i: Int) {
        for t in 0..<Self.touchedWords {
            var bits = touched[i * Self.touchedWords + t]
            while bits != 0 {
                let b = bits.trailingZeroBitCount
                portBits[i * Self.portWords + t * 64 + b] = 0
                bits &= bits - 1
            }
            touched[i * Self.touchedWords + t] = 0
        }
    }
}
