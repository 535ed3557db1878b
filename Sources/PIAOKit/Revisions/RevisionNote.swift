/// What a sheet's "REVISIONE ATTUATA: …" note says was done. Only the revision statement is
/// read, not the "CAUSA: …" that explains it (which may speak of other indicators).
struct RevisionNote: Equatable {
    var text: String
    /// "stralcio … e inserimento nuovo indicatore": the old indicator removed, a new one added.
    var replacesIndicator = false
    /// "stralcio indicatore": removed.
    var removesIndicator = false
    /// "inserimento nuovo indicatore", "aggiungere l'indicatore": added.
    var addsIndicator = false
    /// "ridefinizione / adeguamento / revisione indicatore", "modifica algoritmo": fields rewritten in place.
    var redefinesIndicator = false
    var mentionsSource = false
    var mentionsObjectiveText = false

    init?(_ statement: String) {
        // The opening words, once: "REVISIONE ATTUATA: …", or a table's note naming the change ("Nuovo indicatore").
        let key = Label.openingKey(statement)
        guard key.hasPrefix("REVISIONE ATTUAT") || NoteText.namesIndicatorChange(key: key) else { return nil }
        text = statement
        // Every phrase is ASCII: searched on bytes, without case (no lowercased copy, no Foundation search).
        let says = { (phrase: String) in statement.range(ofASCII: phrase) != nil }
        // "stralcio di un indicatore riferito all'obiettivo precedente" speaks of another indicator.
        let removal = ["stralcio indicatore", "stralcio e inserimento", "stralcio dell'indicatore", "stralcio del presente indicatore",
                       "indicatore stralciato", "indicatore eliminato", "eliminazione indicatore", "eliminazione dell'indicatore"]
            .contains(where: says)
        let insertion = ["nuovo indicatore", "inserimento indicatore", "aggiungere l'indicatore", "aggiunta indicatore", "aggiunta dell'indicatore", "nuovi indicatori",
                         "indicatore inserito", "indicatore aggiunto"]
            .contains(where: says)
        replacesIndicator = removal && insertion
        removesIndicator = removal && !insertion
        addsIndicator = insertion && !removal
        redefinesIndicator = ["ridefinizione", "adeguamento indicatore", "revisione indicatore", "revisione dell'indicatore", "modifica indicatore",
                              "modifica algoritmo", "adeguamento descrizion", "modifica descrizione indicatore", "modifica dell'algoritmo"]
            .contains(where: says)
        mentionsSource = says("fonte")
        mentionsObjectiveText = says("descrizione obiettivo") || says("descrizioni obiettivo")
    }

    /// The revision notes among a list of note cells.
    static func all(in cells: [Cell]) -> [RevisionNote] {
        cells.flatMap(NoteText.statements).compactMap(RevisionNote.init)
    }
}
