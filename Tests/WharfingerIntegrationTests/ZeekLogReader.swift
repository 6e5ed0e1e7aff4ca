import Foundation

/// A reader of Zeek's TSV logs that follows Zeek's ASCII writer rules: the `#separator`
/// line (its value `\x`-escaped), then `#set_separator`, `#empty_field`, `#unset_field`,
/// `#path`, `#open`, `#fields`, `#types`; one record per line with a value for every field,
/// the unset mark for unset values and the empty mark for empty sets and strings; `#close`
/// last. Every value is checked against its column's type.
struct ZeekLog {
    enum Value: Equatable {
        case unset
        case empty
        case text(String)
        case set([String])

        var text: String? { if case .text(let s) = self { s } else { nil } }
    }

    var path = ""
    var fields: [String] = []
    var types: [String] = []
    var records: [[String: Value]] = []
    var closed = false

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ log: String) throws -> ZeekLog {
        var lines = log.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.hasPrefix("#separator ") else {
            throw Problem(description: "the first line is not #separator")
        }
        let separator = unescape(String(first.dropFirst("#separator ".count)))
        var meta: [String: String] = [:]
        var result = ZeekLog()
        for (number, line) in lines.enumerated().dropFirst() {
            if result.closed { throw Problem(description: "line \(number + 1) after #close") }
            if line.hasPrefix("#") {
                let parts = line.dropFirst().components(separatedBy: separator)
                guard parts.count >= 2 else { throw Problem(description: "line \(number + 1): bad header \(line)") }
                switch parts[0] {
                case "fields": result.fields = Array(parts.dropFirst())
                case "types": result.types = Array(parts.dropFirst())
                case "close": result.closed = true
                default: meta[parts[0]] = parts[1]
                }
                continue
            }
            guard let setSeparator = meta["set_separator"], let empty = meta["empty_field"],
                  let unset = meta["unset_field"], meta["path"] != nil, meta["open"] != nil,
                  !result.fields.isEmpty, result.fields.count == result.types.count else {
                throw Problem(description: "line \(number + 1): a record before the full header")
            }
            let values = line.components(separatedBy: separator)
            guard values.count == result.fields.count else {
                throw Problem(description: "line \(number + 1): \(values.count) values for \(result.fields.count) fields")
            }
            var record: [String: Value] = [:]
            for (index, raw) in values.enumerated() {
                let type = result.types[index], field = result.fields[index]
                let value: Value
                if raw == unset {
                    value = .unset
                } else if raw == empty {
                    guard type.hasPrefix("set[") || type == "string" else {
                        throw Problem(description: "line \(number + 1): \(field) of type \(type) is empty")
                    }
                    value = .empty
                } else if type.hasPrefix("set[") {
                    value = .set(raw.components(separatedBy: setSeparator).map(unescape))
                } else {
                    let text = unescape(raw)
                    guard valid(text, type: type) else {
                        throw Problem(description: "line \(number + 1): \(field) = \(raw) is not a \(type)")
                    }
                    value = .text(text)
                }
                record[field] = value
            }
            result.records.append(record)
        }
        result.path = meta["path"] ?? ""
        return result
    }

    /// `\xHH` escapes, as Zeek writes separators and unprintable bytes.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\x") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 3 < utf8.count, utf8[i + 1] == UInt8(ascii: "x"),
               let value = UInt8(String(decoding: utf8[(i + 2)...(i + 3)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                i += 4
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func valid(_ text: String, type: String) -> Bool {
        switch type {
        case "time", "interval":
            // Zeek writes both with six decimals.
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 2 && Int64(parts[0]) != nil && parts[1].count == 6 && UInt64(parts[1]) != nil
        case "double": return Double(text) != nil
        case "count": return UInt64(text) != nil
        case "port": return UInt16(text) != nil
        case "bool": return text == "T" || text == "F"
        case "enum": return !text.isEmpty && !text.contains(" ")
        case "addr":
            var v4 = in_addr(), v6 = in6_addr()
            return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
        default: return true
        }
    }
}
