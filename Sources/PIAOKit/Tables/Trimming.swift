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

extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return: the ASCII white space
    /// (Unicode's White_Space below 0x80), for the byte tests that run before Character work.
    @inline(__always) var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension StringProtocol {
    /// `allSatisfy(\.isWhitespace)`, answered on the bytes when they are ASCII (nearly always):
    /// Character iteration and the Unicode property table cost far more, on every run and cell.
    var isAllWhitespace: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return allSatisfy(\.isWhitespace) }
            if !byte.isASCIIWhitespace { return false }
        }
        return true
    }
}

extension Character {
    /// `isWhitespace`, answered without the Unicode property table for ASCII characters.
    @inline(__always) var isSpace: Bool {
        if let ascii = asciiValue { return ascii.isASCIIWhitespace }
        return isWhitespace
    }
}

extension String {
    /// `count <= limit` without grapheme breaking when the text is ASCII without CR (then one
    /// character per byte); Character counting is left for the rest.
    func hasAtMost(characters limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if isOneCharacterPerByte { return false }
        return count <= limit
    }

    /// ASCII without a carriage return ("\r\n" is one Character): Characters are bytes, so their
    /// counts and offsets are the bytes'. False for a string without contiguous UTF-8 to scan.
    var isOneCharacterPerByte: Bool {
        utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 || $0 == 0x0D } } ?? false
    }
}
