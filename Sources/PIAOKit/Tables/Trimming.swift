extension StringProtocol {
    /// The text without spaces and tabs (Unicode spaces included) at either end: what
    /// `trimmingCharacters(in: .whitespaces)` gives, without Foundation's CharacterSet machinery,
    /// which is slow on the many short value cells it runs on.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}

@inline(__always)
private func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
}
