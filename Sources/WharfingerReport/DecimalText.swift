/// A number with a fixed count of decimals, as reports print weights and probabilities
/// ("0.57", "2.500"); `signed` puts "+" before a value that is not negative ("+1.8", "-0.2").
public func decimalText(_ value: Double, digits: Int, signed: Bool = false) -> String {
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    var fraction = String(scaled % scale)
    while fraction.count < digits { fraction = "0" + fraction }
    let sign = value < 0 && scaled != 0 ? "-" : signed ? "+" : ""
    return sign + "\(scaled / scale)" + (digits > 0 ? "." + fraction : "")
}

/// Two decimals are all a confidence means.
func confidenceText(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
}

/// Writes `value`'s decimal digits, zero-padded to `width`, at `start`, where the caller has
/// reserved room for them (20 digits at most, a UInt64's); returns how many bytes it wrote.
/// From the last digit back, dividing by the constant 10 (a multiplication), not by a power
/// of ten: the JSON report's and conn.log's numbers and times.
@inline(__always)
func writeDigits(_ value: UInt64, width: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
    var length = 1, rest = value
    while rest >= 10 { rest /= 10; length += 1 }
    let padding = max(width, length) - length
    start.update(repeating: 48, count: padding)
    var next = start + padding + length
    rest = value
    repeat {
        next -= 1
        next.pointee = UInt8(truncatingIfNeeded: rest % 10) + 48
        rest /= 10
    } while rest > 0
    return padding + length
}

/// As `writeDigits`, two digits per step: a division by 100 and the pair's two bytes from a
/// table, where the other divides by 10 twice as often and counts the digits by dividing too.
/// The JSON report's numbers and times, several per conversation.
@inline(__always)
func writeDigitPairs(_ value: UInt64, width: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
    // The count of digits from the count of bits (1233 / 4096 is just below log10 2), one
    // more when the value reaches the next power of ten: no loop over the digits first.
    let atLeast = ((64 &- value.leadingZeroBitCount) &* 1233) >> 12
    let length = max(width, max(1, value >= powersOfTen[atLeast] ? atLeast &+ 1 : atLeast))
    let pairs = UnsafeRawPointer(digitPairs.utf8Start)
    var next = UnsafeMutableRawPointer(start + length), rest = value
    while rest >= 100 {
        let pair = Int(truncatingIfNeeded: rest % 100)
        rest /= 100
        next -= 2
        next.storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 &* pair, as: UInt16.self), as: UInt16.self)
    }
    if rest >= 10 {
        next -= 2
        next.storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 &* Int(rest), as: UInt16.self), as: UInt16.self)
    } else {
        next -= 1
        next.storeBytes(of: UInt8(truncatingIfNeeded: rest) &+ 48, as: UInt8.self)
    }
    // Zero padding, for a width wider than the digits.
    while next > UnsafeMutableRawPointer(start) {
        next -= 1
        next.storeBytes(of: 48, as: UInt8.self)
    }
    return length
}

/// `value`'s digits zero-padded to `count`, as `writeDigitPairs` writes them, without counting
/// them first: the nine decimals of a time, which are never more.
@inline(__always)
func writeFractionDigits(_ value: UInt64, count: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
    let pairs = UnsafeRawPointer(digitPairs.utf8Start)
    var next = UnsafeMutableRawPointer(start + count), rest = value, left = count
    while left >= 2 {
        let pair = Int(truncatingIfNeeded: rest % 100)
        rest /= 100
        next -= 2
        next.storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 &* pair, as: UInt16.self), as: UInt16.self)
        left -= 2
    }
    if left == 1 {
        start.pointee = UInt8(truncatingIfNeeded: rest % 10) &+ 48
        rest /= 10
    }
    // More digits than `count` (no fraction, then): all of them, over what was written.
    guard rest == 0 else { return writeDigitPairs(value, width: count, at: start) }
    return count
}

/// 10^0 ... 10^19, a UInt64's.
private let powersOfTen: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
    100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
    10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
]

/// "00", "01", ... "99".
private let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
