import WharfingerServices

/// Interns the payload signatures flows saw, so a flow stores a 16-bit id. Touched only
/// for the first payload of each direction. Bounded by construction: every signature is
/// built from literals, so a capture can hold no more distinct ones than the classifiers name.
final class SignatureTable {
    private var signatures: [PayloadSignature] = []

    /// The id of a signature (1-based; 0 means none).
    func intern(_ signature: PayloadSignature) -> UInt16 {
        if let index = signatures.firstIndex(of: signature) { return UInt16(index + 1) }
        signatures.append(signature)
        return UInt16(signatures.count)
    }

    /// Every signature interned so far.
    var all: [PayloadSignature] { signatures }

    func signature(_ id: UInt16) -> PayloadSignature? {
        id == 0 ? nil : signatures[Int(id) - 1]
    }
}
