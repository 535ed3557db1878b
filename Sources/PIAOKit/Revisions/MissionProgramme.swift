/// "Missione: 016 – Commercio … Programma: 005 – Sostegno …", or "Missione 012 Regolazione dei mercati
/// Programma 04 Vigilanza …": a mission and a programme printed in one cell.
enum MissionProgramme {
    static func read(_ text: String) -> (missions: [CodedTitle], programme: CodedTitle?)? {
        guard let mission = text.range(ofASCII: "missione"), let programme = text.range(ofASCII: "programma"),
              mission.upperBound <= programme.lowerBound else { return nil }
        let missionText = String(text[mission.upperBound..<programme.lowerBound])
        let programmeText = String(text[programme.upperBound...])
        return ([coded(missionText)], coded(programmeText))
    }

    /// ": 016 – Title", " 012 Title" or "032" → code and title.
    static func coded(_ text: String) -> CodedTitle {
        let body = text.drop { $0 == ":" || $0 == " " }
        let code = body.prefix { $0.isNumber }
        let title = body.dropFirst(code.count).drop { " -–—:".contains($0) }
        return CodedTitle(code: code.isEmpty ? nil : String(code), title: Cell.clean(title))
    }
}
