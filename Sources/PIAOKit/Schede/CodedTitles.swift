/// Lists of "code - title" as printed: missions ("011 - COMPETITIVITA' … 016 - COMMERCIO …"),
/// sub-objectives ("1.1 - Digitalizzazione … OC - Favorire … 1.2 - …"), references ("2.3 -ACCRESCIMENTO").
enum CodedTitles {
    enum CodeShape {
        /// "011", "5": digits only.
        case number
        /// "1.1", "4.2.1", and "OC" (obiettivo comune).
        case dotted
    }

    static func read(_ text: String, shape: CodeShape) -> [CodedTitle] {
        let words = text.spaceSeparatedWords().map(String.init)
        var result: [CodedTitle] = []
        var titleWords: [String] = []
        var index = 0
        func close() {
            if !result.isEmpty { result[result.count - 1].title = titleWords.joined(separator: " ") }
            titleWords = []
        }
        while index < words.count {
            if let (code, consumed, firstTitleWord) = code(words, index, shape: shape) {
                close()
                result.append(CodedTitle(code: code, title: ""))
                if let firstTitleWord { titleWords.append(firstTitleWord) }
                index += consumed
                continue
            }
            if result.isEmpty { return [] }
            titleWords.append(words[index])
            index += 1
        }
        close()
        return result.filter { !$0.title.isEmpty }
    }

    /// A code followed by a dash: "1.1 -", "011 –", "2.3 -ACCRESCIMENTO", "OC -".
    private static func code(_ words: [String], _ index: Int, shape: CodeShape) -> (String, Int, String?)? {
        let word = words[index]
        guard isCode(word, shape: shape), index + 1 < words.count else { return nil }
        let next = words[index + 1]
        if next == "-" || next == "–" || next == "—" { return (word, 2, nil) }
        if let first = next.first, "-–—".contains(first), next.count > 1 { return (word, 2, String(next.dropFirst())) }
        return nil
    }

    private static func isCode(_ word: String, shape: CodeShape) -> Bool {
        switch shape {
        case .number:
            return !word.isEmpty && word.count <= 3 && word.allSatisfy { $0.isASCII && $0.isNumber }
        case .dotted:
            if word == "OC" { return true }
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            return (1...4).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
    }
}
