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
