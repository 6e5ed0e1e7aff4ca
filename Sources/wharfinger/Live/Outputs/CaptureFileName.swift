import Glibc

/// The names of `-w` files as tcpdump makes them: with `-G`, the pattern through
/// strftime(3) in local time at the file's opening; with `-C`, a number after it (none
/// for the first file), zero-padded to the digits of `-W`'s largest number when `-C` has
/// a `-W` (`cap.pcap`, `cap.pcap1`...; with `-W 10`: `cap.pcap0`...`cap.pcap9`).
struct CaptureFileName {
    let pattern: String
    /// `-G` was given: the pattern holds strftime conversions.
    let expandsTime: Bool
    /// The digits of the number (0: no padding).
    let digits: Int

    init(pattern: String, expandsTime: Bool, ring: Int?) {
        self.pattern = pattern
        self.expandsTime = expandsTime
        digits = ring.map { String(max($0 - 1, 0)).count } ?? 0
    }

    func name(openedAt time: time_t, number: Int) -> String {
        var name = expandsTime ? Self.strftime(pattern, time) : pattern
        if number > 0 || digits > 0 {
            let text = String(number)
            name += String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        return name
    }

    /// An empty expansion names the file by the pattern itself.
    private static func strftime(_ pattern: String, _ time: time_t) -> String {
        formattedTime(pattern, time, utc: false) ?? pattern
    }
}
