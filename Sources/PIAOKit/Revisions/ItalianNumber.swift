/// Numbers as Italian documents print them: "1.366.000,00" → 1366000, "1,8" → 1.8.
enum ItalianNumber {
    /// Works on UTF-8 bytes: it runs on every value cell. Spaces are ignored; anything but ASCII
    /// digits, ".", "," and "-" means the text is not a number.
    static func parse<S: StringProtocol>(_ text: S) -> Double? {
        parse(utf8: text.utf8)
    }

    static func parse<C: Collection<UInt8>>(utf8: C) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var hasDigit = false, hasComma = false, hasDot = false
        for byte in utf8 where byte != UInt8(ascii: " ") {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
            case UInt8(ascii: ","): hasComma = true
            case UInt8(ascii: "."): hasDot = true
            case UInt8(ascii: "-"): break
            default: return nil
            }
            bytes.append(byte)
        }
        guard hasDigit else { return nil }
        if hasComma {
            bytes = bytes.compactMap { $0 == UInt8(ascii: ".") ? nil : $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
        } else if hasDot {
            // Dots alone are thousands separators when every group after them has three digits.
            let groups = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                bytes.removeAll { $0 == UInt8(ascii: ".") }
            }
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
