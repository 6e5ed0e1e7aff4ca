import WharfingerAnalysis

/// The constant text of each kind of weighed fact in a flow record, made once by the writers
/// that would otherwise make it again for every fact: its `facts` object up to the server
/// (`{"kind":"fan-in","server":`), the rest of it from the weight (`"weight":2.540}`), and the
/// end of its evidence's words for the verdict and against it (` (+2.5)`, ` (-2.5)`).
/// `@unchecked Sendable`: the bytes are written once, by `init`, and only read after.
struct FactPieces: @unchecked Sendable {
    enum Piece: Int, CaseIterable {
        case objectStart, objectEnd, weightFor, weightAgainst
    }

    static let shared = FactPieces()
    private static let perKind = 4

    /// Piece `p` of kind `k` is `text[ends[i] ..< ends[i + 1]]`, `i = k * 4 + p`.
    private let text: UnsafeMutableBufferPointer<UInt8>
    private let ends: UnsafeMutableBufferPointer<Int>

    private init() {
        func json(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
            var json = JSONWriter(capacity: 64)
            body(&json)
            return json.bytes
        }
        func words(_ kind: RoleFact, supports: Bool) -> [UInt8] {
            var words = ""
            words.writeWeight(of: kind, supports: supports)
            return Array(words.utf8)
        }
        var bytes: [UInt8] = [], ends = [0]
        for kind in RoleFact.allCases {
            assert(Int(kind.rawValue) * Self.perKind == ends.count - 1, "kinds listed in raw value order")
            for piece in Piece.allCases {
                switch piece {
                case .objectStart:
                    bytes += json { $0.beginObject(); $0.key("kind"); $0.string(kind.name); $0.key("server") }
                case .objectEnd:
                    bytes += json { $0.key("weight"); $0.decimal(kind.weight, digits: 3); $0.endObject() }
                case .weightFor: bytes += words(kind, supports: true)
                case .weightAgainst: bytes += words(kind, supports: false)
                }
                ends.append(bytes.count)
            }
        }
        text = .allocate(capacity: bytes.count)
        _ = text.initialize(from: bytes)
        self.ends = .allocate(capacity: ends.count)
        _ = self.ends.initialize(from: ends)
    }

    @inline(__always)
    func piece(_ piece: Piece, of kind: RoleFact) -> UnsafeBufferPointer<UInt8> {
        let i = Int(kind.rawValue) &* Self.perKind &+ piece.rawValue
        return UnsafeBufferPointer(rebasing: text[ends[i]..<ends[i &+ 1]])
    }
}
