extension DecodeCursor {
    /// For a header that states its own length (radiotap, PPI, PFLOG): true when `length`
    /// is at least `minimum` (else malformed) and all of it is captured (else truncated).
    mutating func requireDeclared(_ length: Int, minimum: Int, at offset: Int, in layer: Layer) -> Bool {
        guard length >= minimum else {
            malformed(layer, at: offset, .linkHeaderLengthBelowMinimum, value: length)
            return false
        }
        return require(length, at: offset, in: layer)
    }
}
