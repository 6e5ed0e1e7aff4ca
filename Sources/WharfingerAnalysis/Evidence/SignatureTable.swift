import WharfingerServices

/// Interns the payload signatures flows saw, so a flow stores a 16-bit id instead of
/// strings. Touched only for the first payload of each direction. Bounded: past
/// `capacity` distinct signatures, new ones are stored without their detail text.
final class SignatureTable {
    private struct Key: Hashable {
        var service: String
        var role: UInt8
        var evidence: String
    }

    private var signatures: [PayloadSignature] = []
    private var ids: [Key: UInt16] = [:]
    let capacity = 4000
    private static let scanned = 32

    /// The id of a signature (1-based; 0 means none).
    func intern(_ signature: PayloadSignature) -> UInt16 {
        // A capture holds few distinct signatures, mostly the same literal strings:
        // comparing them is cheaper than hashing them.
        for (i, known) in signatures.prefix(Self.scanned).enumerated()
        where known.role == signature.role && known.evidence == signature.evidence && known.service == signature.service {
            return UInt16(i + 1)
        }
        var key = Key(service: signature.service, role: signature.role.rawValue, evidence: signature.evidence)
        if let id = ids[key] { return id }
        var stored = signature
        if signatures.count >= capacity {
            key.evidence = ""
            stored.evidence = "\(signature.service) payload"
            if let id = ids[key] { return id }
            if signatures.count >= Int(UInt16.max) - 1 { return 0 }
        }
        signatures.append(stored)
        let id = UInt16(signatures.count)
        ids[key] = id
        return id
    }

    func signature(_ id: UInt16) -> PayloadSignature? {
        id == 0 ? nil : signatures[Int(id) - 1]
    }
}
