/// `TargetReader.readNumber` on UTF-8 bytes, for the texts where a Character is one byte or one of
/// "≥", "≤", "€", "‰" (nearly every printed target): then the byte reading and the Character
/// reading agree, and the Character one (grapheme breaking, Unicode number properties, a String
/// per step) cost several thousand instructions per target. Nil: not such a text, read by Characters.
enum NumberBytes {
    typealias Reading = (operator: String?, value: Double, unit: String?)

    static func read(_ text: String) -> Reading?? {
        var text = text
        return text.withUTF8 { all in
            guard isSimple(all) else { return .none }
            return .some(read(all))
        }
    }

    /// ASCII without a carriage return ("\\r\\n" is one Character), or the four signs above.
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index += 1
                continue
            }
            guard byte == 0xE2, index + 2 < bytes.count else { return false }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x89, 0xA5), (0x89, 0xA4), (0x82, 0xAC), (0x80, 0xB0): index += 3
            default: return false
            }
        }
        return true
    }

    private static let euro: [UInt8] = [0xE2, 0x82, 0xAC]
    /// TargetReader's spellings, as bytes.
    private static let operators = TargetReader.operatorSpellings.map { (Array($0.0.utf8), $0.1) }
    private static let units = TargetReader.unitSpellings.map { (Array($0.0.utf8), $0.1) }

    private static func read(_ all: UnsafeBufferPointer<UInt8>) -> Reading? {
        var rest = trimmed(all[...])
        var unit: String?
        if rest.starts(with: euro) {
            unit = "€"
            rest = droppingSpaces(rest.dropFirst(euro.count))
        }
        var op: String?
        for (spelling, canonical) in operators where rest.starts(with: spelling) {
            op = canonical
            rest = droppingSpaces(rest.dropFirst(spelling.count))
            break
        }
        if rest.starts(with: euro) {
            unit = "€"
            rest = droppingSpaces(rest.dropFirst(euro.count))
        }
        // "- 2 gg": a minus sign set apart from its digits.
        var number: [UInt8] = []
        if rest.count >= 3, rest[rest.startIndex] == UInt8(ascii: "-"), rest[rest.startIndex + 1] == 0x20, isDigit(rest[rest.startIndex + 2]) {
            number.append(UInt8(ascii: "-"))
            rest = rest.dropFirst(2)
        }
        let numberEnd = rest.firstIndex { !(isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "-")) } ?? rest.endIndex
        number += rest[..<numberEnd]
        if number.last == UInt8(ascii: ".") { number.removeLast() }
        guard let value = ItalianNumber.parse(utf8: number) else { return nil }
        var tail = trimmed(rest[numberEnd...])
        // A closing full stop ("30 gg.") and a gloss in brackets (">=175 (16 su 10.000)") are not part of the value.
        if let open = tail.firstIndex(of: UInt8(ascii: "(")), tail.last == UInt8(ascii: ")") { tail = trimmed(tail[..<open]) }
        if tail.last == UInt8(ascii: ".") { tail = tail.dropLast() }
        if tail.isEmpty { return (op, value, unit) }
        let lowered = tail.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for (spelling, canonical) in units where lowered == spelling { return (op, value, canonical) }
        return nil
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Without spaces and tabs at either end (`trimmingSpaces`; no other blank is in these texts).
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return bytes[lower..<upper]
    }

    private static func droppingSpaces(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        bytes.drop { $0 == 0x20 }
    }
}
