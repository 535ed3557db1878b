/// Where a second sentence starts inside a cell that holds an old and a new wording run
/// together. Scores each capitalised word: a new sentence follows a lower-case word, is
/// followed by one, and often opens with an action noun or infinitive ("Integrazione",
/// "Gestire"); it never follows a preposition or article, a dash, or a colon.
enum SentenceBoundary {
    static let minimumScore = 3

    static func best(in words: [String]) -> Int? {
        var best: (index: Int, score: Int)?
        for index in 1..<words.count {
            guard let score = score(words, index) else { continue }
            // On a tie the later word wins: a proper noun ("Unioncamere") often precedes the new sentence.
            if score >= minimumScore, score >= (best?.score ?? -1) { best = (index, score) }
        }
        return best?.index
    }

    private static func score(_ words: [String], _ index: Int) -> Int? {
        let word = words[index]
        guard let first = word.first, first.isUppercase, word.contains(where: \.isLowercase) else { return nil }
        let previous = words[index - 1]
        if previous.lowercased().hasPrefix("\"") || previous.hasSuffix("\"") && previous.count > 1 && previous.first == "\"" { return nil }
        if let last = previous.last, ":.;-–(\"“".contains(last) || ["-", "–", "—"].contains(previous) { return nil }
        if prepositions.contains(previous.lowercased()) { return nil }
        var score = 0
        if let start = previous.first, start.isLowercase || start.isNumber { score += 2 }
        if index + 1 < words.count, let next = words[index + 1].first(where: \.isLetter), next.isLowercase { score += 2 }
        let lower = word.lowercased()
        if actionEndings.contains(where: { lower.hasSuffix($0) }) { score += 3 }
        return score
    }

    private static let actionEndings = ["zione", "zioni", "mento", "menti", "ità", "are", "ere", "ire", "ura", "ure"]

    private static let prepositions: Set<String> = [
        "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e", "ed", "o", "od", "il", "lo", "la", "i", "gli", "le",
        "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle",
        "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo",
        "sulla", "sui", "sugli", "sulle", "che", "non", "come", "verso",
    ]
}
