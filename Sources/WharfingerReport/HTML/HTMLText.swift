/// Text made safe for HTML, and the numbers and units the page shows.
enum HTMLText {
    /// `&`, `<`, `>` and both quotes as entities: safe in text and in quoted attributes.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// 1234567 as "1,234,567".
    static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// Wire bytes as "532 B", "1.2 kB", "34 MB" (decimal units, as the text report's).
    static func bytes(_ value: UInt64) -> String {
        let text = compact(value)
        guard let last = text.last, last.isLetter else { return text + " B" }
        return String(text.dropLast()) + " " + (last == "K" ? "k" : String(last)) + "B"
    }

    /// A rate in bytes per second, as an axis labels it.
    static func rate(_ bytesPerSecond: Double) -> String {
        // Below 10 B/s (wide bins of a long capture) the tick steps are fractions of a byte.
        if bytesPerSecond < 10 && bytesPerSecond.rounded() != bytesPerSecond {
            return decimalText(bytesPerSecond, digits: bytesPerSecond < 1 ? 2 : 1) + " B/s"
        }
        return bytes(UInt64(max(0, bytesPerSecond.rounded()))) + "/s"
    }

    /// A fraction as a percentage with one decimal: "12.5 %".
    static func percent(_ part: UInt64, of whole: UInt64) -> String {
        guard whole > 0 else { return "0 %" }
        let tenths = (part &* 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10) %"
    }

    /// Seconds as a bin width reads: "5 ms", "50 ms", "1 s", "2 min".
    static func width(nanoseconds: Int64) -> String {
        if nanoseconds >= 60_000_000_000 && nanoseconds % 60_000_000_000 != 0 {
            return TimeText.duration(nanoseconds: nanoseconds)
        }
        if nanoseconds % 3_600_000_000_000 == 0 { return "\(nanoseconds / 3_600_000_000_000) h" }
        if nanoseconds % 60_000_000_000 == 0 { return "\(nanoseconds / 60_000_000_000) min" }
        if nanoseconds % 1_000_000_000 == 0 { return "\(nanoseconds / 1_000_000_000) s" }
        if nanoseconds % 1_000_000 == 0 { return "\(nanoseconds / 1_000_000) ms" }
        if nanoseconds % 1_000 == 0 { return "\(nanoseconds / 1_000) µs" }
        return "\(nanoseconds) ns"
    }
}
