/// Finds an entry of a dense array by its key's 32-bit hash, for the tallies fed once per
/// ended conversation: open addressing with linear probing over `(hash << 32) | (position + 1)`
/// words (0 = empty), at most half full, as `FlowTable` indexes its flows. A Dictionary
/// hashed each key through SipHash, several times the cost of this whole look-up. The
/// caller compares the keys (`find`'s `matches`): two keys with one hash stay apart. No
/// removal: the tallies only grow.
struct PositionIndex {
    private var words: [UInt64] = []
    private(set) var count = 0

    /// The position of the entry with `hash` that `matches`, or -1.
    @inline(__always)
    func find(hash: UInt32, _ matches: (Int) -> Bool) -> Int {
        words.withUnsafeBufferPointer { words in
            guard !words.isEmpty else { return -1 }
            let mask = words.count - 1
            var i = Int(hash) & mask
            while true {
                let word = words[i]
                if word == 0 { return -1 }
                if UInt32(truncatingIfNeeded: word >> 32) == hash {
                    let position = Int(word & 0xffff_ffff) - 1
                    if matches(position) { return position }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Indexes `position` (an entry not indexed yet) under `hash`.
    mutating func insert(hash: UInt32, position: Int) {
        if (count + 1) * 2 > words.count { grow() }
        Self.place(UInt64(hash) << 32 | UInt64(position + 1), in: &words)
        count += 1
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: max(16, words.count * 2))
        for word in words where word != 0 { Self.place(word, in: &bigger) }
        words = bigger
    }

    private static func place(_ word: UInt64, in words: inout [UInt64]) {
        let mask = words.count - 1
        var i = Int(truncatingIfNeeded: word >> 32) & mask
        while words[i] != 0 { i = (i + 1) & mask }
        words[i] = word
    }

    /// A 32-bit hash of a small integer key (a tally's transport and port), spread over
    /// every bit so consecutive keys do not crowd one run of slots.
    static func hash(_ key: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: (UInt64(key) &* 0x9e37_79b9_7f4a_7c15) >> 32)
    }
}
