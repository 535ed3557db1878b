/// Comparisons written in words before a target's number: "almeno 80%", "non inferiore al 90%",
/// "non superiore a 30 giorni", "max 5 gg", "pari a 100". Read as the operator they say.
enum WordedOperators {
    /// The operator and the text after the words (and the article after them: "al", "all'", "a").
    static func split(_ text: String) -> (operator: String, rest: Substring)? {
        guard let first = text.utf8.first, initials.contains(first | 0x20) else { return nil }
        let lower = text.lowercased()
        for (words, op) in phrases where lower.hasPrefix(words) {
            var rest = Substring(text).dropFirst(words.count)
            guard rest.first == " " || rest.first == "." || rest.first == "'" else { continue }
            rest = rest.drop { $0 == " " || $0 == "." }
            for article in articles where rest.lowercased().hasPrefix(article) {
                rest = rest.dropFirst(article.count)
                break
            }
            return (op, rest.drop { $0 == " " })
        }
        return nil
    }

    /// Longer phrases first: "non inferiore" before "inferiore".
    private static let phrases: [(String, String)] = [
        ("pari o superiore", ">="), ("maggiore o uguale", ">="), ("superiore o uguale", ">="), ("non inferiore", ">="),
        ("non inferiori", ">="), ("non meno di", ">="), ("almeno", ">="), ("minimo", ">="), ("min", ">="),
        ("pari o inferiore", "<="), ("minore o uguale", "<="), ("inferiore o uguale", "<="), ("non superiore", "<="),
        ("non superiori", "<="), ("non oltre", "<="), ("massimo", "<="), ("max", "<="),
        ("superiore", ">"), ("maggiore di", ">"), ("oltre", ">"), ("inferiore", "<"), ("minore di", "<"), ("meno di", "<"),
        ("pari", "="), ("uguale", "="),
    ]

    /// "al ", "all'", "a ": what joins the words to the number.
    private static let articles = ["alla ", "all'", "all’", "al ", "ai ", "agli ", "a ", "di ", "del "]

    /// The phrases' first letters (a, m, n, o, p, s, u, i): most targets open with a digit or a sign.
    private static let initials = Set(phrases.map { $0.0.utf8.first! })
}
