/// CSV injection: a text cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab
/// or carriage return) gets a leading apostrophe, as OWASP advises. Plain numbers ("-5", "+3,5")
/// are left alone, and only text columns pass through here: number columns stay numbers.
public enum FormulaGuard {
    public static func neutralised(_ text: String) -> String {
        // "\r\n" is a line break, not a CR.
        guard mayNeedGuard(text), !(text.utf8.first == 0x0D && text.utf8.dropFirst().first == 0x0A), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// The first byte is one a formula opens with: only then is the whole text looked at (this runs on every text cell).
    @inline(__always)
    static func mayNeedGuard(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && body.contains(where: \.isNumber)
    }
}
