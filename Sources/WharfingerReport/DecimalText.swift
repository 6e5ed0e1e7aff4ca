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
