import Foundation

/// Numbers as Italian documents print them: "1.366.000,00" → 1366000, "1,8" → 1.8.
enum ItalianNumber {
    static func parse<S: StringProtocol>(_ text: S) -> Double? {
        let digits = text.filter { $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") || $0 == "-" }),
              digits.contains(where: \.isNumber) else { return nil }
        var normalized = String(digits)
        if normalized.contains(",") {
            normalized = normalized.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if normalized.contains(".") {
            // Dots alone are thousands separators when every group after them has three digits.
            let groups = normalized.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                normalized = normalized.replacingOccurrences(of: ".", with: "")
            }
        }
        return Double(normalized)
    }
}
