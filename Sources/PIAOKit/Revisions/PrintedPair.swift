import Foundation

/// A field's printed text before and after the revision, before it is read as a number,
/// a target or a string. `original == current` and no evidence when nothing changed.
struct PrintedPair: Equatable {
    var original: String?
    var current: String?
    var evidence: Evidence?

    static func unchanged(_ text: String) -> PrintedPair { PrintedPair(original: text, current: text, evidence: nil) }

    func map<T: Equatable & Sendable>(_ read: (String) -> T?) -> Revisable<T> {
        Revisable(current: current.flatMap(read), original: original.flatMap(read), evidence: evidence)
    }

    var text: Revisable<String> { map { $0 } }

    /// Two equal values side by side are one value printed twice (a "rimodulato" column repeating the
    /// "iniziale" one, a converter doubling a cell), not a revision: DATA-MODEL's unrevised pair.
    var withoutRepeat: PrintedPair {
        guard evidence == .adjacentValues, let current, original == current else { return self }
        return .unchanged(current)
    }

    /// Without the dashes and brackets a field pulled out of the text leaves behind
    /// ("Indice di struttura primario - PESO: 30" → "Indice di struttura primario").
    func trimmingEdges() -> PrintedPair {
        func trim(_ text: String?) -> String? {
            guard let text else { return nil }
            var scalars = Substring(text).unicodeScalars
            while let last = scalars.last, " -–—(".unicodeScalars.contains(last) { scalars.removeLast() }
            let trimmed = Cell.clean(Substring(scalars))
            return trimmed.isEmpty ? nil : trimmed
        }
        var result = PrintedPair(original: trim(original), current: trim(current), evidence: evidence)
        if evidence == nil, result.original == nil, original != nil { result = PrintedPair(original: original, current: current, evidence: nil) }
        return result
    }
}
