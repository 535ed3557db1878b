/// A page's number printed with the text ("Pagina 8 di 19", "Pag. 8", "- 8 -", "8/19"): the page's
/// furniture, like a running header, not a note of the sheet it falls in.
enum PageMarker {
    static func matches(_ text: String) -> Bool {
        guard text.utf8.count <= 24, text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        let lower = text.lowercased()
        var words = lower.split { $0 == " " || $0 == "-" || $0 == "–" }.map(String.init)
        let named = ["pagina", "pag.", "pag", "p."].contains(words.first ?? "")
        if named { words.removeFirst() }
        let of = words.count == 3 && (words[1] == "di" || words[1] == "of" || words[1] == "/")
        let numbers = of ? [words[0], words[2]] : words.count == 1 ? words[0].split(separator: "/").map(String.init) : []
        guard (1...2).contains(numbers.count), numbers.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let page = Int(numbers[0]) else { return false }
        if numbers.count == 1 { return named || text.hasPrefix("-") }
        guard let pages = Int(numbers[1]), page <= pages else { return false }
        // "8 di 19", "Pag. 3/12"; a bare "30/11" or "3/12" may be a day and month, "68/1999" a law (three digits at most).
        return named || of && words[1] != "/" || pages > 12
    }
}
