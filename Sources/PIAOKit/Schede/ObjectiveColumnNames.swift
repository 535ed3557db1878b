/// What the header cells of a table of objectives name: "Obiettivo strategico", "Peso indicatore",
/// "Target 2025", "Unità di misura", "Struttura responsabile", spelled as plans spell them.
extension ObjectiveTable {
    static func isTitle(_ label: Label) -> Bool {
        label == .strategicObjective || label == .operationalObjective
    }

    static func isIndicatorName(_ text: String) -> Bool {
        let key = Label.normalizedKey(text)
        return namesIndicator(key) && !key.hasPrefix("PESO") && !key.hasPrefix("COD")
    }

    /// "Indicatore", "Indicatori di risultato", "KPI", "Peso KPI": a header about the indicator.
    static func namesIndicator(_ key: String) -> Bool {
        key.contains("INDICATOR") || key.split(separator: " ").contains("KPI")
    }

    /// Algorithm, source, unit or type: said by the header's words whether or not it names the indicator.
    private static func indicatorField(key: String, starts: ([String]) -> Bool, has: ([String]) -> Bool) -> Label? {
        if has(["ALGORITMO", "FORMULA", "CALCOLO"]) { return .algorithm }
        if starts(["FONTE", "FONTI"]) { return .source }
        // "Unità" alone in a table's header is the measure's (the organisational unit says "organizzativa").
        if has(["UNITA DI MISURA", "UDM", "U.M.", "U. M."]) || ["UM", "UNITA", "UNITA'"].contains(key) { return .measure }
        if starts(["TIPOLOGIA", "TIPO", "DIMENSIONE"]) { return .type }
        return nil
    }

    /// What a header cell names, and the objective level it says, if any. `key`: its words in capitals
    /// without accents, as labels are matched (`Label.normalizedKey`: "Unità di misura" → "UNITA DI MISURA").
    /// A notes column ("Note …") is told apart before.
    static func role(key: String, text: String) -> (label: Label, level: ObjectiveLevel?)? {
        let level: ObjectiveLevel? = key.contains("OPERATIV") ? .operational : key.contains("STRATEG") ? .strategic : nil
        let starts = { (words: [String]) in words.contains { key.hasPrefix($0) } }
        let has = { (words: [String]) in words.contains { key.contains($0) } }
        if has(["PESO"]) {
            if namesIndicator(key) { return (.indicatorWeight, nil) }
            return has(["OBIETTIV"]) ? (.objectiveWeight, level) : (.weight, nil)
        }
        // "Target 2025 iniziale | Target 2025 rimodulato", "Nuovo target 2025": two targets of one year,
        // joined as the old and the new value printed side by side.
        if starts(["TARGET", "NUOVO TARGET", "RISULTATO ATTESO", "RISULTATI ATTESI", "VALORE ATTESO", "VALORE OBIETTIVO", "VALORE TARGET"]) { return (.target, nil) }
        if starts(["BASELINE", "VALORE DI PARTENZA", "VALORE DI RIFERIMENTO", "VALORE INIZIALE", "STATO", "VALORE ATTUALE",
                   "CONSUNTIVO", "VALORE CONSUNTIVO"]) { return (.baseline, nil) }
        if YearHeader.isHeaderAlone(text) { return (.target, nil) }
        if namesIndicator(key) {
            // "Formula di calcolo dell'indicatore", "Tipologia indicatore": a field of the indicator, not its name.
            if let field = indicatorField(key: key, starts: starts, has: has) { return (field, nil) }
            if starts(["COD", "ID ", "N. ", "N.", "N°"]) { return (.indicatorCode, nil) }
            if starts(["DESCRIZIONE"]) { return (.signal, nil) }
            return (.description, nil)
        }
        if has(["OBIETTIV"]) {
            if starts(["COD", "N. ", "N°"]) { return (.code, level) }
            if starts(["DESCRIZIONE"]) { return (.description, level) }
            return (level == .operational ? .operationalObjective : .strategicObjective, level)
        }
        if starts(["RISORSE", "BUDGET", "STANZIAMENT", "ONERI"]) { return (.resources, nil) }
        if let field = indicatorField(key: key, starts: starts, has: has) { return (field, nil) }
        if starts(["MISSIONE"]) { return (.mission, nil) }
        if starts(["PROGRAMMA"]) { return (.programme, nil) }
        if starts(["AMBITO", "LINEA STRATEGICA", "AREA STRATEGICA", "PRIORITA"]) || key == "AREA" { return (.area, nil) }
        if has(["RESPONSABIL", "UNITA ORGANIZZATIV", "STRUTTURA", "UFFICIO", "SERVIZIO", "SETTORE", "AREA ORGANIZZATIVA", "DIRIGENTE"]) {
            return (.unit, nil)
        }
        if starts(["CODICE", "COD.", "ID", "N.", "N°", "NR"]) || key == "N" || key == "COD" { return (.code, nil) }
        if starts(["DESCRIZIONE"]) { return (.description, nil) }
        return nil
    }
}
