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
        // Italian text with accents: Characters are at most its scalars, and exactly them when no
        // scalar joins the one before (no CR, no combining mark); grapheme breaking is left for the rest.
        let scalars: (count: Int, eachOneCharacter: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0, simple = true, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = UTF8Scalar.length(byte)
                count += 1
                if simple, byte == 0x0D || length > 1 && !Self.neverJoins(bytes, index, length) { simple = false }
                index += length
            }
            return (count, simple)
        }
        if let scalars, scalars.count <= limit || scalars.eachOneCharacter { return scalars.count <= limit }
        return count <= limit
    }

    /// A scalar past ASCII that always stands as a Character of its own: Latin letters with
    /// accents (U+00A0–U+02FF), dashes, quotes and other punctuation (U+2010–U+2027, U+2030–U+205F),
    /// currency signs (€) and the symbols and operators of U+2100–U+23FF (≥, ≤).
    private static func neverJoins(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        guard index + length <= bytes.count else { return false }
        switch UTF8Scalar.value(bytes, at: index, length: length) {
        case 0x00A0...0x02FF, 0x2010...0x2027, 0x2030...0x205F, 0x20A0...0x20CF, 0x2100...0x23FF: return true
        default: return false
        }
    }

    /// ASCII without a carriage return ("\r\n" is one Character): Characters are bytes, so their
    /// counts and offsets are the bytes'. False for a string without contiguous UTF-8 to scan.
    var isOneCharacterPerByte: Bool {
        utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 || $0 == 0x0D } } ?? false
    }
}
