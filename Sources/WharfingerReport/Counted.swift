/// A count and its noun, singular for one: "1 frame", "2 frames", "1 conversation".
/// `plural` for nouns that do not just take an "s".
public func counted(_ count: some BinaryInteger, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
}
