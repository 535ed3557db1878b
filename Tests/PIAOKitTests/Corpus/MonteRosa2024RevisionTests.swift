import XCTest
@testable import PIAOKit

/// corpus/001: the 2024-2026 PIAO revision of Monte Rosa Laghi Alto Piemonte as tab-separated
/// text: no strike marks survive, so every revision is two values side by side or two wordings
/// run together, read with the sheet's "REVISIONE ATTUATA" note. Expectations read off the source.
final class MonteRosa2024RevisionTests: XCTestCase {
    private let document = "001_923d46fa4cfb4ce4"

    func testDocumentMetadata() throws {
        let info = try corpusDataset(document).document
        XCTAssertEqual(info.format, .tabularText)
        XCTAssertEqual(info.kind, .piaoRevision)
        XCTAssertEqual(info.title, "Piano Integrato di Attività e Organizzazione (PIAO) 2024-2026 - Revisione")
        XCTAssertEqual(info.act, "Disposizione gestionale del Segretario Generale n. 38/2024")
        XCTAssertEqual(info.entity, "CAMERA DI COMMERCIO MONTE ROSA LAGHI ALTO PIEMONTE")  // lines 29-31
        XCTAssertEqual(info.period, Period(start: 2024, end: 2026))
    }

    func testObjectivesWithWeightsUnitsAndParents() throws {
        let rows = try corpusDataset(document).objectives.map {
            "\($0.id) w=\($0.weight?.summary ?? "-") unit=\($0.unit ?? "-") ref=\($0.strategicRef?.code ?? "-") parent=\($0.parent ?? "-") line=\($0.line)"
        }
        XCTAssertEqual(rows, [
            "os-1 w=20.0 unit=- ref=- parent=- line=45",
            "os-2 w=20.0 unit=- ref=- parent=- line=107",
            "os-3 w=20.0 unit=- ref=- parent=- line=147",
            "os-5 w=20.0 unit=- ref=- parent=- line=186",
            "oo-1 w=80.0 unit=COMUNICAZIONE ESTERNA ref=4.1 parent=- line=201",
            "oo-2 w=50.0 unit=PIANIFICAZIONE STRATEGICA E INFORMAZIONE ECONOMICA ref=2.3 parent=os-2 line=225",
            "oo-3 w=40.0 unit=GESTIONE RISORSE UMANE E PERFORMANCE ref=5.1 parent=os-5 line=242",
            "oo-4 w=30.0 unit=REGISTRO IMPRESE (tutte le sedi) e PRODOTTI DIGITALI E REGISTRO IMPRESE ref=3.2 parent=os-3 line=271",
            "oo-5 w=30.0 unit=SUAP ref=4.3 parent=- line=290",
            "oo-6 w=15.0 unit=PROMOZIONE (tutte le sedi) ref=1.1 parent=os-1 line=321",
            "oo-7 w=15.0 unit=PROMOZIONE (tutte le sedi) ref=1.1 parent=os-1 line=339",
            "oo-8 w=50.0 unit=METROLOGIA E SICUREZZA PRODOTTI ref=3.1 parent=os-3 line=363",
            "oo-9 w=50.0 unit=METROLOGIA E SICUREZZA PRODOTTI ref=3.1 parent=os-3 line=388",
            "oo-10 w=40.0 unit=AMMINISTRAZIONE E CONTABILITA' ref=4.2 parent=- line=408",
            "oo-11 w=40.0 unit=APPROVVIGIONAMENTI, GESTIONE PATRIMONIO E SERVIZI AUSILIARI ref=5.2 parent=os-5 line=433",
        ])
    }

    func testIndicatorWeightsAndStatus() throws {
        let rows = try corpusDataset(document).objectives.flatMap(\.indicators).map { "\($0.id) \($0.status.rawValue) \($0.weight?.summary ?? "-") @\($0.line)" }
        XCTAssertEqual(rows, [
            "os-1/i1 active 25.0 @60", "os-1/i2 active 25.0 @73", "os-1/i3 active 25.0 @82", "os-1/i4 active 25.0 @92",
            "os-2/i1 active 40.0 @122", "os-2/i2 active 60.0 @136",
            "os-3/i1 active 60.0 @160", "os-3/i2 active 40.0 @169",
            "oo-1/i1 active 70.0 @211", "oo-1/i2 removed 30.0 → ∅ @215", "oo-1/i3 added ∅ → 30.0 @215",
            "oo-2/i1 active 100.0 @235",
            "oo-3/i1 removed 50.0 → ∅ @252", "oo-3/i2 added ∅ → 50.0 @252", "oo-3/i3 active 30.0 @257", "oo-3/i4 active 20.0 @265",
            "oo-4/i1 active 100.0 @281",
            // Line 300: "stralcio e inserimento nuovo indicatore, riduzione del peso": 80 before, 50 after.
            "oo-5/i1 removed 80.0 → ∅ @300", "oo-5/i2 added ∅ → 50.0 @300", "oo-5/i3 added ∅ → 30.0 @305", "oo-5/i4 active 20.0 @315",
            "oo-6/i1 removed 100.0 → ∅ @331", "oo-6/i2 added ∅ → 100.0 @331",
            "oo-7/i1 active 80.0 @349", "oo-7/i2 removed 20.0 → ∅ @356", "oo-7/i3 added ∅ → 20.0 @356",
            "oo-8/i1 removed 50.0 → ∅ @373", "oo-8/i2 added ∅ → 100.0 @373", "oo-8/i3 removed 50.0 → ∅ @384",
            "oo-9/i1 active 100.0 @396",
            "oo-10/i1 active 100.0 → 50.0 @418", "oo-10/i2 added ∅ → 50.0 @423",
            "oo-11/i1 active 40.0 @443", "oo-11/i2 active 60.0 @448",
        ])
    }

    func testReplacedIndicatorSplitsEveryField() throws {
        let dataset = try corpusDataset(document)
        // Lines 331-333: name, algorithm ("… disponibile //"), target ("80% SI") and unit ("Percentuale Binario").
        let old = try dataset.indicator("oo-6/i1")
        let new = try dataset.indicator("oo-6/i2")
        XCTAssertEqual(old.name.original, "Gestione bando di contributo di Progetto")
        XCTAssertEqual(new.name.current, "Attivazione Tenant camerale nella PID Academy e prima sperimentazione di utilizzo")
        XCTAssertEqual(old.algorithm?.original, "(n. domande istruite nei termini/n. domande presentate(*)) x 100 (* nei limiti dello stanziamento disponibile")
        XCTAssertEqual(new.algorithm?.current, "//")
        XCTAssertEqual(old.targets[0].value.original?.raw, "80%")
        XCTAssertEqual(new.targets[0].value.current?.kind, .boolean)
        XCTAssertEqual(old.measure?.original, "Percentuale")
        XCTAssertEqual(new.measure?.current, "Binario")
        // Line 302: "Interna Scrivania Telematica BO Suap InfoCamere" with "adeguamento fonte".
        XCTAssertEqual(try dataset.indicator("oo-5/i1").source?.original, "Interna")
        XCTAssertEqual(try dataset.indicator("oo-5/i2").source?.current, "Scrivania Telematica BO Suap InfoCamere")
        // Line 349 continues at line 353, after a page break, in front of the sub-header.
        XCTAssertEqual(try dataset.indicator("oo-7/i1").name.current,
                       "Introdurre l'obbligo di utilizzo del servizio di stampa in azienda (su formulario o su foglio bianco) entro il 30.06.2024")
        // Line 175: the target row's years were announced by the unlabelled row at line 171.
        XCTAssertEqual(try dataset.indicator("os-3/i2").targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2024 SI", "2025 //", "2026 //"])
        XCTAssertEqual(try dataset.indicator("oo-10/i1").targets[0].value.current, Target(raw: "≤-10", kind: .number, operator: "<=", value: -10))
    }

    /// Line 328: the title closes with "(20%)" and the sheet prints its weight, 15%, on a row of its own (line 329):
    /// the bracket is the title's, not a weight to take out of it.
    func testAPercentageInATitleIsKeptWhenTheSheetPrintsItsWeight() throws {
        let objective = try corpusDataset(document).objective("oo-6")
        XCTAssertEqual(objective.title.current, "Gestione Progetto \"La doppia transizione: digitale ed ecologica\" (20%)")
        XCTAssertEqual(objective.weight?.current, 15)
    }

    /// Line 63, "≥ 12 80" in 2024 and 2025: the new target is "80" as printed, read as ≥ 80 (the 2025-27 plan prints "≥ 80").
    func testANewTargetPrintedAfterTheOldOneSharesItsOperator() throws {
        let targets = try corpusDataset(document).indicator("os-1/i1").targets.prefix(2)
        XCTAssertEqual(targets.map(\.year), [2024, 2025])
        for target in targets {
            XCTAssertEqual(target.value.original, Target(raw: "≥ 12", kind: .number, operator: ">=", value: 12))
            XCTAssertEqual(target.value.current, Target(raw: "80", kind: .number, operator: ">=", value: 80))
        }
    }

    func testEveryRevision() throws {
        // In source order: the target (line 443) before the unit of measure under its sub-header (line 445).
        XCTAssertEqual(try corpusDataset(document).revisionLines, [
            "os-1 resources/2024: € 1.105.500,00 → € 1.201.904,83 (*) (adjacent-values) @54",
            "os-1/i1 algorithm: N. assessment (maturità digitale, cybersecurity, sostenibilità e energia) condotti sulla Doppia Transizione/10.000 imprese attive al 31.12 → N. assessment (maturità digitale, cybersecurity, sostenibilità e energia) condotti dai PID sulla Doppia Transizione (adjacent-values) @61",
            "os-1/i1 targets/2024: ≥ 12 → 80 (adjacent-values) @63",
            "os-1/i1 targets/2025: ≥ 12 → 80 (adjacent-values) @63",
            "os-1/i3 name: Internazionalizzazione - Livello di supporto alle imprese → Utilizzo diverse tipologie di assessment e successivi servizi di assistenza erogata alle imprese da parte dei punti internazionalizzazione su export, digitale come leva di sviluppo e su partecipazione a tender europei e gare (adjacent-values) @82",
            "os-1/i3 algorithm: N. imprese supportate → N. imprese coinvolte e valutate in percorsi di assessment, formazione e primo orientamento con riferimento all'export, alle tematiche del digitale a sostegno dell'export (marketing digitale, business on line, etc) ed alla partecipazione a tender europei e gare (prima assistenza) (adjacent-values) @83",
            "os-1/i3 targets/2024: ≥150 → ≥ 10 (adjacent-values) @85",
            "os-1/i3 targets/2025: ≥150 → ≥ 10 (adjacent-values) @85",
            "os-1/i3 targets/2026: ≥150 → ≥ 10 (adjacent-values) @85",
            "os-2 resources/2024: € 749.000,00 → € 867.414,46 (*) (adjacent-values) @116",
            "os-5 resources/2024: € 30.000,00 → € 40.000,00 (*) (adjacent-values) @195",
            "oo-1/i2 status: Supporto realizzazione Bilancio Sociale → ∅ (adjacent-values) @215",
            "oo-1/i3 status: ∅ → Integrazione strumento iscrizione eventi dal sito camerale con nuove funzioni (adjacent-values) @215",
            "oo-2/i1 targets/2024: ≥ 25 → ≥ 40 (adjacent-values) @235",
            "oo-3/i1 status: Definizione dei profili competenze → ∅ (adjacent-values) @252",
            "oo-3/i2 status: ∅ → Procedure di reclutamento: avvio selezioni pubbliche per esami - n. 3 posti profilo professionale \"Istruttore Specialista Promozione e sviluppo delle imprese e del territorio\" e n. 1 posto \"Istruttore Specialista Processi di supporto\" (adjacent-values) @252",
            "oo-3/i3 targets/2024: ≥4 → ≥8 (adjacent-values) @257",
            "oo-4/i1 name: Definizione, tramite evasione o adozione provvedimento di rigetto, delle pratiche sospese alla data del 30.09.2023 → Definizione, tramite evasione o adozione provvedimento di rigetto, delle pratiche sospese alla data del 31.12.2023 (adjacent-values) @281",
            "oo-4/i1 algorithm: (n. pratiche anteriori al 30.09.2023 che risultano ancora sospese al 31.12.2024)/(n. pratiche anteriori al 30.09.2023 che risultano sospese al 15.01.2024)x100 → (n. pratiche anteriori al 31.12.2023 che risultano ancora sospese al 31.12.2024)/(n. pratiche anteriori al 31.12.2023 che risultano sospese al 15.01.2024)x100 (adjacent-values) @281",
            "oo-4/i1 targets/2024: ≤ 20% → ≤ 5% (adjacent-values) @281",
            "oo-5/i1 status: Attivazione sperimentale della funzione di archiviazione automatica dei procedimenti automatizzati avviati a partire dal 01.01.2023 → ∅ (adjacent-values) @300",
            "oo-5/i2 status: ∅ → Attività (azioni di informazione, comunicazione) finalizzate a promuovere il completamento del percorso di implementazione del nuovo sistema di pagamento sui 26 comuni associati (adjacent-values) @300",
            "oo-5/i3 status: ∅ → Quantificazione dei diritti di segreteria erroneamente versati alla CCIAA sino al 30.11.2024 e da restituire ai Comuni (note) @305",
            "oo-6/i1 status: Gestione bando di contributo di Progetto → ∅ (adjacent-values) @331",
            "oo-6/i2 status: ∅ → Attivazione Tenant camerale nella PID Academy e prima sperimentazione di utilizzo (adjacent-values) @331",
            "oo-7/i2 status: Implementare i passaggi per la transizione all'uso del Carnet digitale previsti dal piano nazionale Unioncamere → ∅ (adjacent-values) @356",
            "oo-7/i3 status: ∅ → Gestire l'avvio della nuova interfaccia utenti per la richiesta dei certificati d'origine (adjacent-values) @356",
            "oo-8/i1 status: Avvio delle attività relative alla prossima Convenzione \"Metrologia\" per la quale è prevista la sottoscrizione nel corso dell'anno 2024 con la definizione di un nuovo piano esecutivo contenente i numeri puntuali delle ispezioni da realizzare → ∅ (adjacent-values) @373",
            "oo-8/i2 status: ∅ → \"Convenzione per la realizzazione di iniziative in materia di controllo, vigilanza del mercato con particolare riferimento alla metrologia legale - annualità 2024\" - esecuzione (adjacent-values) @373",
            "oo-8/i3 status: Avvio delle attività relative alla prossima Convenzione \"Sicurezza prodotti\" per la quale è prevista la sottoscrizione nel corso dell'anno 2024 con l'individuazione dei settori e la definizione di un nuovo piano esecutivo contenente i numeri puntuali delle ispezioni da realizzare → ∅ (note) @384",
            "oo-9/i1 algorithm: (n. ispezioni su centri tecnici, aziende utilizzatrici di strumenti di misura - bilance, erogatori di carburanti e contatori acqua - / n. 100 ispezioni su centri tecnici, aziende utilizzatrici di strumenti di misura - bilance e erogatori di carburanti -) × 100 → (n. ispezioni su centri tecnici, aziende utilizzatrici di strumenti di misura - bilance, erogatori di carburanti e contatori acqua - / n. 150 ispezioni su centri tecnici, aziende utilizzatrici di strumenti di misura - bilance e erogatori di carburanti -) × 100 (adjacent-values) @396",
            "oo-10/i1 weight: 100% → 50% (adjacent-values) @418",
            "oo-10/i2 status: ∅ → Tempo medio ponderato di pagamento (TMP) (note) @423",
            "oo-11/i1 targets/2024: Entro 30.06 → SI (adjacent-values) @443",
            "oo-11/i1 measure: Data → Binario (adjacent-values) @445",
        ])
    }

    func testWeightChecksInBothPhases() throws {
        // By hand: every printed indicator group sums to 100 in both phases (SUAP: 80 + 20 before,
        // 50 + 30 + 20 after); only Metrologia prints all the objectives of its U.O. (50 + 50).
        XCTAssertEqual(try corpusDataset(document).checkLines, [
            "indicator-weights os-1 original: pass 100",
            "indicator-weights os-1 current: pass 100",
            "indicator-weights os-2 original: pass 100",
            "indicator-weights os-2 current: pass 100",
            "indicator-weights os-3 original: pass 100",
            "indicator-weights os-3 current: pass 100",
            "indicator-weights os-5 original: skipped -",
            "indicator-weights os-5 current: skipped -",
            "indicator-weights oo-1 original: pass 100",
            "indicator-weights oo-1 current: pass 100",
            "indicator-weights oo-2 original: pass 100",
            "indicator-weights oo-2 current: pass 100",
            "indicator-weights oo-3 original: pass 100",
            "indicator-weights oo-3 current: pass 100",
            "indicator-weights oo-4 original: pass 100",
            "indicator-weights oo-4 current: pass 100",
            "indicator-weights oo-5 original: pass 100",
            "indicator-weights oo-5 current: pass 100",
            "indicator-weights oo-6 original: pass 100",
            "indicator-weights oo-6 current: pass 100",
            "indicator-weights oo-7 original: pass 100",
            "indicator-weights oo-7 current: pass 100",
            "indicator-weights oo-8 original: pass 100",
            "indicator-weights oo-8 current: pass 100",
            "indicator-weights oo-9 original: pass 100",
            "indicator-weights oo-9 current: pass 100",
            "indicator-weights oo-10 original: pass 100",
            "indicator-weights oo-10 current: pass 100",
            "indicator-weights oo-11 original: pass 100",
            "indicator-weights oo-11 current: pass 100",
            "objective-weights strategic original: skipped 80",
            "objective-weights strategic current: skipped 80",
            "objective-weights unit:COMUNICAZIONE ESTERNA original: skipped 80",
            "objective-weights unit:COMUNICAZIONE ESTERNA current: skipped 80",
            "objective-weights unit:PIANIFICAZIONE STRATEGICA E INFORMAZIONE ECONOMICA original: skipped 50",
            "objective-weights unit:PIANIFICAZIONE STRATEGICA E INFORMAZIONE ECONOMICA current: skipped 50",
            "objective-weights unit:GESTIONE RISORSE UMANE E PERFORMANCE original: skipped 40",
            "objective-weights unit:GESTIONE RISORSE UMANE E PERFORMANCE current: skipped 40",
            "objective-weights unit:REGISTRO IMPRESE (tutte le sedi) e PRODOTTI DIGITALI E REGISTRO IMPRESE original: skipped 30",
            "objective-weights unit:REGISTRO IMPRESE (tutte le sedi) e PRODOTTI DIGITALI E REGISTRO IMPRESE current: skipped 30",
            "objective-weights unit:SUAP original: skipped 30",
            "objective-weights unit:SUAP current: skipped 30",
            "objective-weights unit:PROMOZIONE (tutte le sedi) original: skipped 30",
            "objective-weights unit:PROMOZIONE (tutte le sedi) current: skipped 30",
            "objective-weights unit:METROLOGIA E SICUREZZA PRODOTTI original: pass 100",
            "objective-weights unit:METROLOGIA E SICUREZZA PRODOTTI current: pass 100",
            "objective-weights unit:AMMINISTRAZIONE E CONTABILITA' original: skipped 40",
            "objective-weights unit:AMMINISTRAZIONE E CONTABILITA' current: skipped 40",
            "objective-weights unit:APPROVVIGIONAMENTI, GESTIONE PATRIMONIO E SERVIZI AUSILIARI original: skipped 40",
            "objective-weights unit:APPROVVIGIONAMENTI, GESTIONE PATRIMONIO E SERVIZI AUSILIARI current: skipped 40",
        ])
    }

    func testDiagnosticsNameWhatCouldNotBeRead() throws {
        let diagnostics = try corpusDataset(document).diagnostics.map { "\($0.code)@\($0.line ?? 0)" }
        XCTAssertTrue(diagnostics.contains("note-without-marks@169"), "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains("objective-text-unmarked@201"), "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains("objective-text-unmarked@363"), "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains("several-strategic-objectives@345"), "line 345 names 1.1 and 1.2: \(diagnostics)")
        let struckFootnote = try corpusDataset(document).indicator("os-3/i2").notes.last
        XCTAssertEqual(struckFootnote?.hasPrefix("~~(*) da definire"), true, "line 182 is struck through")
    }
}
