/// CSV injection: a text cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab
/// or carriage return) gets a leading apostrophe, as OWASP advises. Plain numbers ("-5", "+3,5")
/// are left alone, and only text columns pass through here: number columns stay numbers.
public enum FormulaGuard {
    public static func neutralised(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && body.contains(where: \.isNumber)
    }
}
