import Glibc
import WharfingerWire

/// How `--packets` text writes each frame's time: the date and clock in UTC (the report's
/// header is in UTC too) or local time (tcpdump's `-tttt`), or epoch seconds (`-tt`).
public enum TimeStyle: String, Sendable, CaseIterable {
    case utc, local, epoch
}

/// Times and intervals as a person reads them. Worked out with integer arithmetic (and
/// `localtime_r` for local time), no formatter: `--packets` writes one per frame.
public enum TimeText {
    /// `2016-08-02 02:19:33.025` with `fractionDigits` decimals (0...9) of the second.
    public static func utc(_ time: Timestamp, fractionDigits: Int = 3) -> String {
        civil(time.seconds, time.nanoseconds, offset: 0, fractionDigits: fractionDigits)
    }

    /// The same in the machine's time zone.
    public static func local(_ time: Timestamp, fractionDigits: Int = 6) -> String {
        var seconds = time_t(time.seconds)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return utc(time, fractionDigits: fractionDigits) }
        return civil(time.seconds, time.nanoseconds, offset: Int64(parts.tm_gmtoff), fractionDigits: fractionDigits)
    }

    /// `02:19:33.025` in UTC: the clock without the date.
    public static func utcClock(_ time: Timestamp, fractionDigits: Int = 3) -> String {
        civil(time.seconds, time.nanoseconds, offset: 0, fractionDigits: fractionDigits, date: false)
    }

    /// The frame time `style` asks for: date and clock to the microsecond, as tcpdump
    /// writes them, or epoch seconds with all nine decimals.
    public static func frame(_ time: Timestamp, style: TimeStyle) -> String {
        switch style {
        case .utc: utc(time, fractionDigits: 6)
        case .local: local(time, fractionDigits: 6)
        case .epoch: time.epochText
        }
    }

    /// The days of the UTC date of `time` since the epoch, to tell whether two times share a date.
    public static func utcDay(_ time: Timestamp) -> Int64 { floorDivide(time.seconds, 86_400) }

    /// An interval, to the unit that matters: `1.234 s`, `3 m 12 s`, `2 h 03 m 12 s`,
    /// `4 d 02 h 03 m`, `5 y 305 d` (a year of 365 days).
    public static func duration(nanoseconds: Int64) -> String {
        let total = max(0, nanoseconds)
        let seconds = total / 1_000_000_000
        if seconds < 60 {
            let millis = (total + 500_000) / 1_000_000
            return "\(millis / 1000).\(digits(millis % 1000, 3)) s"
        }
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if hours == 0 { return "\(minutes) m \(digits(seconds % 60, 2)) s" }
        if days == 0 { return "\(hours) h \(digits(minutes % 60, 2)) m \(digits(seconds % 60, 2)) s" }
        if days < 365 { return "\(days) d \(digits(hours % 24, 2)) h \(digits(minutes % 60, 2)) m" }
        return "\(days / 365) y \(days % 365) d"
    }

    public static func duration(from first: Timestamp, to last: Timestamp) -> String {
        duration(nanoseconds: last.totalNanoseconds &- first.totalNanoseconds)
    }

    // MARK: - Arithmetic

    /// Written byte by byte into one buffer: `--packets` makes one per frame.
    private static func civil(_ epochSeconds: Int64, _ nanoseconds: UInt32, offset: Int64, fractionDigits: Int,
                              date: Bool = true) -> String {
        let seconds = epochSeconds &+ offset
        let days = floorDivide(seconds, 86_400)
        let ofDay = seconds - days * 86_400
        let places = min(max(fractionDigits, 0), 9)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var count = 0
            func put(_ value: Int64, width: Int) {
                var digits = width, rest = value
                while digits < 19 && rest >= tens(digits) { digits += 1 }  // a year past 9999
                for place in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[count + place] = UInt8(48 + rest % 10)
                    rest /= 10
                }
                count += digits
            }
            func put(_ byte: Character) {
                buffer[count] = byte.asciiValue!
                count += 1
            }
            if date {
                let (year, month, day) = civilDate(days)
                if year < 0 { put("-") }
                put(abs(year), width: 4); put("-"); put(month, width: 2); put("-"); put(day, width: 2); put(" ")
            }
            put(ofDay / 3600, width: 2); put(":"); put(ofDay / 60 % 60, width: 2); put(":"); put(ofDay % 60, width: 2)
            if places > 0 {
                put(".")
                put(Int64(nanoseconds) / tens(9 - places), width: places)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// 10 to the `power`, for 0...18.
    private static func tens(_ power: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<min(power, 18) { value *= 10 }
        return value
    }

    /// Howard Hinnant's civil_from_days: the proleptic Gregorian date `days` after 1970-01-01.
    static func civilDate(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// `value` zero-padded to `width` digits.
    private static func digits(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
