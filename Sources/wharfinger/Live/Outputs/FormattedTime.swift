import Glibc

/// `time` as strftime(3) writes it with `pattern`, in local time or UTC, as the output files'
/// names want it; nil when the expansion is empty or longer than a path may be.
func formattedTime(_ pattern: String, _ time: time_t, utc: Bool) -> String? {
    var time = time
    var parts = tm()
    if utc { gmtime_r(&time, &parts) } else { localtime_r(&time, &parts) }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = strftime(&buffer, buffer.count, pattern, &parts)
    guard length > 0 else { return nil }
    return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
