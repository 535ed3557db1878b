/// CSV injection: a text cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab
/// or carriage return) gets a leading apostrophe, as OWASP advises. Plain numbers ("-5", "+3,5")
/// are left alone, and only text columns pass through here: number columns stay numbers.
public enum FormulaGuard {
    public static func neutralised(_ text: String) -> String {
        // The first byte decides (this runs on every text cell); "\r\n" is a line break, not a CR.
        let utf8 = text.utf8
        guard let first = utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first),
              !(first == 0x0D && utf8.dropFirst().first == 0x0A), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && body.contains(where: \.isNumber)
    }
}
