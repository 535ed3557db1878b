import XCTest
@testable import PIAOKit

/// corpus/000: the 2025-2027 PIAO revision of the Camera di commercio Monte Rosa Laghi Alto
/// Piemonte, markdown with inline HTML. Every expectation below was read off the source lines cited.
final class MonteRosa2025RevisionTests: XCTestCase {
    private let document = "000_1d5542a8a6ae3887"

    func testDocumentMetadata() throws {
        let info = try corpusDataset(document).document
        XCTAssertEqual(info.format, .markdownHTML)
        XCTAssertEqual(info.kind, .piaoRevision)
        XCTAssertEqual(info.title, "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027 - Revisione")  // lines 9-10
        XCTAssertEqual(info.act, "Disposizione gestionale del Segretario Generale n. 39/2025")  // lines 5, 7
        XCTAssertEqual(info.period, Period(start: 2025, end: 2027))
        XCTAssertNil(info.entity, "the Chamber's name is not printed in this document")
        XCTAssertEqual(info.bytes, 18246)
    }

    func testObjectivesWithWeights() throws {
        let dataset = try corpusDataset(document)
        let rows = dataset.objectives.map { "\($0.id) \($0.level.rawValue) area=\($0.area?.code ?? "-") weight=\($0.weight?.summary ?? "-") line=\($0.line)" }
        XCTAssertEqual(rows, [
            "os-1 strategic area=1 weight=20.0 line=37",
            "os-2 strategic area=2 weight=20.0 line=98",
            "os-3 strategic area=3 weight=20.0 line=142",
            "os-5 strategic area=5 weight=20.0 line=178",
            "oo-1 operational area=4 weight=50.0 line=233",
            "oo-2 operational area=2 weight=20.0 line=250",
            "oo-3 operational area=3 weight=50.0 line=267",
        ])
    }

    func testStrategicSheetOne() throws {
        let objective = try corpusDataset(document).objective("os-1")
        XCTAssertEqual(objective.missions.map(\.code), ["011", "016"])  // line 39: two missions on one line
        XCTAssertEqual(objective.missions[1].title, "COMMERCIO INTERNAZIONALE ED INTERNAZIONALIZZAZIONE DEL SISTEMA PRODUTTIVO")
        XCTAssertEqual(objective.programme?.code, "005")
        XCTAssertEqual(objective.area, CodedTitle(code: "1", title: "Competitività delle imprese"))
        XCTAssertEqual(objective.subObjectives.map(\.code), ["1.1", "OC", "1.2", "1.3", "1.4", "1.5"])  // line 42
        XCTAssertEqual(objective.subObjectives[1].title, "Favorire la doppia transizione (digitale ed ecologica)")
        XCTAssertTrue(objective.title.current!.hasPrefix("1.1 - Digitalizzazione e innovazione OC - Favorire"))
        XCTAssertEqual(objective.weightBasis, "rispetto agli obt. str.")
        // line 46: "€ 1.366.000,00 <b>€ 1.622.100,00(*)</b>" — two amounts side by side.
        XCTAssertEqual(objective.resources.map { "\($0.year): \($0.amount.summary)" },
                       ["2025: 1366000.0 → 1622100.0", "2026: 648000.0", "2027: 648000.0"])
        XCTAssertEqual(objective.resources[0].amount.evidence, .adjacentValues)
        XCTAssertEqual(objective.indicators.map { $0.weight?.summary }, ["25.0", "25.0", "25.0", "25.0"])
        let first = objective.indicators[0]
        XCTAssertEqual(first.algorithm?.current, "N. assessment (maturità digitale, cybersecurity, sostenibilità e competenze) condotti dai PID sulla Doppia Transizione")
        XCTAssertEqual(first.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 ≥ 80", "2026 //", "2027 //"])
        XCTAssertEqual(first.targets[0].value.current, Target(raw: "≥ 80", kind: .number, operator: ">=", value: 80))
        XCTAssertEqual(first.targets[1].value.current?.kind, .notApplicable)
        XCTAssertEqual(first.measure?.current, "Valore assoluto")
        XCTAssertEqual(first.source?.current, "Interna")
        XCTAssertEqual(first.type?.current, "Realizzazione fisica")
        XCTAssertEqual(first.notes, ["(*) il target potrà essere aggiornato in base ai KPI che verranno definiti a livello nazionale", "Target confermato"])
        XCTAssertEqual(objective.indicators[3].line, 87)
        XCTAssertEqual(objective.indicators[3].measure?.current, "Valore assoluto", "line 94, after a blank line inside the sheet")
    }

    func testStruckAmountAndTargets() throws {
        let dataset = try corpusDataset(document)
        let amount = try dataset.objective("os-2").resources[0].amount
        XCTAssertEqual(amount, Revisable(current: 933000, original: 868000, evidence: .strikethrough))  // line 107
        let registry = try dataset.indicator("os-3/i1")  // line 160: ≤1,8 every year
        XCTAssertEqual(registry.targets.map(\.value.current?.value), [1.8, 1.8, 1.8])
        XCTAssertEqual(registry.targets.map(\.value.current?.operator), ["<=", "<=", "<="])
        XCTAssertEqual(try dataset.objective("os-3").resources[0].amount.summary, "21000.0 → 62150.0")  // line 151
    }

    func testRemovedIndicatorAndRedistributedWeights() throws {
        let dataset = try corpusDataset(document)
        let objective = try dataset.objective("os-5")
        // line 186: the year headers carry the amounts inline.
        XCTAssertEqual(objective.resources.map { "\($0.year): \($0.amount.summary)" }, ["2025: 70000.0", "2026: 30000.0", "2027: 30000.0"])
        let removed = objective.indicators[0]  // lines 190-200: "stralcio indicatore"
        XCTAssertEqual(removed.status, .removed)
        XCTAssertEqual(removed.weight, Revisable(current: nil, original: 25, evidence: .note))
        XCTAssertNil(removed.name.current)
        XCTAssertEqual(removed.name.original, "Grado di utilizzo del modello di recruitment \"per competenze\"")
        XCTAssertEqual(removed.algorithm?.original, "(N. ingressi selezionati in base al modello \"per competenze\"/N. ingressi totali nell'anno N) × 100 al netto degli ingressi mediante procedure di mobilità")
        XCTAssertEqual(removed.targets.map(\.value.original?.raw), ["100%", "100%", "100%"])
        XCTAssertTrue(removed.notes[0].hasPrefix("REVISIONE ATTUATA CON AGGIORNAMENTO PIRA: stralcio indicatore"))
        XCTAssertTrue(removed.notes[1].hasPrefix("CAUSA: l'Ente ha realizzato"))
        XCTAssertEqual(objective.indicators.dropFirst().map { $0.weight?.summary }, ["25.0 → 40.0", "25.0 → 30.0", "25.0 → 30.0"])
        XCTAssertEqual(objective.indicators.dropFirst().map(\.status), [.active, .active, .active])
    }

    func testOperationalSheets() throws {
        let dataset = try corpusDataset(document)
        let signage = try dataset.objective("oo-1")
        XCTAssertEqual(signage.unit, "COMUNICAZIONE INTERNA E URP")
        XCTAssertEqual(signage.section, "SERVIZI DI STAFF")
        XCTAssertEqual(signage.strategicRef, CodedTitle(code: "4.1", title: "COMUNICAZIONE"))
        XCTAssertNil(signage.parent, "linea 4 has no strategic sheet in this document")
        XCTAssertEqual(signage.weightBasis, "rispetto agli obt di U.O.")
        XCTAssertEqual(signage.title.evidence, .strikethrough)  // line 240: <del>Revisione</del>
        XCTAssertEqual(signage.title.current, "Studio e progettazione segnaletica interna - sedi di Baveno, Biella e Novara")
        let indicator = signage.indicators[0]  // lines 243-246: old text, then the new one in bold
        XCTAssertEqual(indicator.name.original, "Studio e progettazione di una segnaletica interna più moderna e il più possibile intercambiabile, con utilizzo di supporti che consentano una gestione autonoma, per le sedi di Baveno, Biella e Novara")
        XCTAssertEqual(indicator.name.current, "Supporto a studio e progettazione di una segnaletica interna con una linea grafica comune, più moderna e il più possibile intercambiabile per le sedi di Baveno, Biella e Novara")
        XCTAssertEqual(indicator.weight?.current, 100, "line 245: the weight sits under the sub-header")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 SI"])
        XCTAssertEqual(indicator.measure?.current, "Binario")
        XCTAssertEqual(indicator.notes, ["REVISIONE ATTUATA: adeguamento descrizioni obiettivo e indicatore",
                                         "CAUSA: anziché svolgere l'attività direttamente si è optato per un affidamento esterno."])

        let orientation = try dataset.objective("oo-2")
        XCTAssertEqual(orientation.parent, "os-2", "2.3 is a sub-objective listed on linea 2's sheet")
        XCTAssertEqual(orientation.strategicRef?.code, "2.3")
        XCTAssertEqual(orientation.indicators[0].targets[0].value.rawSummary, "≥ 15 → ≥ 25")  // line 260, LaTeX

        let metrology = try dataset.objective("oo-3")
        XCTAssertEqual(metrology.parent, "os-3")
        XCTAssertEqual(metrology.indicators[0].weight?.current, 50)
        XCTAssertEqual(metrology.indicators[0].targets[0].value.rawSummary, "100%")
    }

    func testEveryRevision() throws {
        XCTAssertEqual(try corpusDataset(document).revisionLines, [
            "os-1 resources/2025: € 1.366.000,00 → € 1.622.100,00(*) (adjacent-values) @46",
            "os-2 resources/2025: € 868.000,00 → € 933.000,00(*) (strikethrough) @107",
            "os-3 resources/2025: € 21.000,00 → € 62.150,00(*) (adjacent-values) @151",
            "os-5/i1 status: Grado di utilizzo del modello di recruitment \"per competenze\" → ∅ (note) @190",
            "os-5/i2 weight: 25% → 40% (adjacent-values) @208",
            "os-5/i3 weight: 25% → 30% (adjacent-values) @217",
            "os-5/i4 weight: 25% → 30% (adjacent-values) @226",
            "oo-1 title: Studio e progettazione Revisione segnaletica interna - sedi di Baveno, Biella e Novara → Studio e progettazione segnaletica interna - sedi di Baveno, Biella e Novara (strikethrough) @240",
            "oo-1/i1 name: Studio e progettazione di una segnaletica interna più moderna e il più possibile intercambiabile, con utilizzo di supporti che consentano una gestione autonoma, per le sedi di Baveno, Biella e Novara → Supporto a studio e progettazione di una segnaletica interna con una linea grafica comune, più moderna e il più possibile intercambiabile per le sedi di Baveno, Biella e Novara (adjacent-values) @243",
            "oo-2/i1 targets/2025: ≥ 15 → ≥ 25 (adjacent-values) @260",
            "oo-3/i1 algorithm: (n. ispezioni su aziende utilizzatrici di strumenti di misura e titolari di marchi di identificazione di metalli preziosi/n. 10 ispezioni su aziende utilizzatrici di strumenti di misura e titolari di marchi di identificazione di metalli preziosi )x100 → (n. ispezioni su aziende utilizzatrici di strumenti di misura e titolari di marchi di identificazione di metalli preziosi/n. 9 ispezioni su aziende utilizzatrici di strumenti di misura e titolari di marchi di identificazione di metalli preziosi )x100 (strikethrough) @277",
        ])
    }

    func testRevisionsCiteTheNoteOfWhatTheyChange() throws {
        let revisions = try corpusDataset(document).revisions
        XCTAssertNil(revisions[0].note, "line 46's amount has only a footnote, not the indicator's note at line 85")
        XCTAssertEqual(revisions[3].note, "REVISIONE ATTUATA CON AGGIORNAMENTO PIRA: stralcio indicatore e ripartizione del peso sugli indicatori successivi che compongono l'obiettivo.")
        XCTAssertEqual(revisions[7].note, "REVISIONE ATTUATA: adeguamento descrizioni obiettivo e indicatore", "the title's note names the objective")
    }

    func testWeightChecksInBothPhases() throws {
        // By hand: os-5 is 4 × 25 before, 40 + 30 + 30 after the stralcio; the strategic weights
        // total 80 because linea 4 has no sheet; each U.O. shows one objective only.
        XCTAssertEqual(try corpusDataset(document).checkLines, [
            "indicator-weights os-1 original: pass 100", "indicator-weights os-1 current: pass 100",
            "indicator-weights os-2 original: pass 100", "indicator-weights os-2 current: pass 100",
            "indicator-weights os-3 original: pass 100", "indicator-weights os-3 current: pass 100",
            "indicator-weights os-5 original: pass 100", "indicator-weights os-5 current: pass 100",
            "indicator-weights oo-1 original: pass 100", "indicator-weights oo-1 current: pass 100",
            "indicator-weights oo-2 original: pass 100", "indicator-weights oo-2 current: pass 100",
            "indicator-weights oo-3 original: skipped 50", "indicator-weights oo-3 current: skipped 50",
            "objective-weights strategic original: skipped 80", "objective-weights strategic current: skipped 80",
            "objective-weights unit:COMUNICAZIONE INTERNA E URP original: skipped 50",
            "objective-weights unit:COMUNICAZIONE INTERNA E URP current: skipped 50",
            "objective-weights unit:SEGRETERIA DI PRESIDENZA E DIREZIONE E INFORMAZIONE ECONOMICA original: skipped 20",
            "objective-weights unit:SEGRETERIA DI PRESIDENZA E DIREZIONE E INFORMAZIONE ECONOMICA current: skipped 20",
            "objective-weights unit:METROLOGIA E SICUREZZA PRODOTTI original: skipped 50",
            "objective-weights unit:METROLOGIA E SICUREZZA PRODOTTI current: skipped 50",
        ])
        let dataset = try corpusDataset(document)
        let strategic = try XCTUnwrap(dataset.checks.first { $0.scope == "strategic" })
        XCTAssertTrue(strategic.message.contains("no sheet for line 4"), strategic.message)
        let afterRemoval = try XCTUnwrap(dataset.checks.first { $0.scope == "os-5" && $0.phase == .current })
        XCTAssertEqual(afterRemoval.members, ["os-5/i2", "os-5/i3", "os-5/i4"])
    }

    func testDiagnosticsPointAtUnmarkedChanges() throws {
        let diagnostics = try corpusDataset(document).diagnostics
        XCTAssertEqual(diagnostics.map { "\($0.code)@\($0.line ?? 0)" },
                       ["note-without-marks@76", "note-without-marks@87", "unmarked-insertion@166"])
    }
}
