import XCTest
@testable import PIAOKit

/// corpus/002: the 2025-2027 PIAO "Aggiornamento" of the Camera di commercio di Cremona-Mantova-Pavia.
/// The hierarchy is told three times: strategic tables (section 2.2, lines 561-726), the operational
/// summary (lines 729-826) and the Allegato 1 sheets (lines 1435-2243). Expectations read off the source.
final class CremonaMantovaPaviaTests: XCTestCase {
    private let document = "002_c7987879e2c83564"

    private func weight(_ value: Revisable<Double>?) -> String {
        guard let value else { return "-" }
        let format = { (number: Double?) in number.map(JSONNumber.format) ?? "∅" }
        return value.evidence == nil ? format(value.current) : "\(format(value.original)) → \(format(value.current))"
    }

    func testDocumentMetadata() throws {
        let info = try corpusDataset(document).document
        XCTAssertEqual(info.format, .markdownHTML)
        XCTAssertEqual(info.kind, .piao)
        XCTAssertEqual(info.title, "P.I.A.O. Piano Integrato di Attività e Organizzazione 2025-2027 della Camera di Commercio di Cremona-Mantova-Pavia Aggiornamento")  // lines 5-13
        XCTAssertEqual(info.entity, "Camera di Commercio di Cremona-Mantova-Pavia")
        XCTAssertEqual(info.period, Period(start: 2025, end: 2027))
    }

    func testStrategicObjectivesWithAreasAndWeights() throws {
        let rows = try corpusDataset(document).objectives.filter { $0.level == .strategic }.map {
            "\($0.id) area=\($0.area?.code ?? "-") weight=\(weight($0.weight)) indicators=\($0.indicators.count)"
        }
        // Weights as printed in each table header "OS x.y – … (PESO: n%)"; the tree at lines 478-549 agrees.
        XCTAssertEqual(rows, [
            "os-1.1 area=1 weight=20 indicators=3", "os-1.2 area=1 weight=25 indicators=4", "os-1.3 area=1 weight=10 indicators=2",
            "os-1.4 area=1 weight=20 indicators=2", "os-1.5 area=1 weight=25 indicators=1",
            "os-2.1 area=2 weight=30 indicators=2", "os-2.2 area=2 weight=30 indicators=3", "os-2.3 area=2 weight=20 indicators=1",
            "os-2.4 area=2 weight=20 indicators=3",
            "os-3.1 area=3 weight=50 indicators=2", "os-3.2 area=3 weight=50 indicators=3",
            "os-4.1 area=4 weight=100 indicators=3",
        ])
        let first = try corpusDataset(document).objective("os-1.1")
        XCTAssertEqual(first.code, "OS 1.1")
        XCTAssertEqual(first.title.current, "SOSTENERE LO SVILUPPO DELL'INTERNAZIONALIZZAZIONE DELLE IMPRESE")
        XCTAssertEqual(first.area, CodedTitle(code: "1", title: "COMPETITIVITA' DEL SISTEMA ECONOMICO"))
        XCTAssertEqual(first.missions, [CodedTitle(code: "016", title: "Commercio internazionale e internazionalizzazione del sistema produttivo")])
        XCTAssertEqual(first.programme, CodedTitle(code: "005", title: "Sostegno all'internazionalizzazione delle imprese e promozione del Made in Italy"))
    }

    func testIndicatorFieldsPrintedInsideOtherCells() throws {
        let dataset = try corpusDataset(document)
        // Line 566: "… <b>PESO: 35</b> (tipologia: Efficacia) | … | … (fonte: Osservatorio camerale) | N.D. | >=450 <b>&gt;=525*</b> | >=450 | >=450"
        let supported = try dataset.indicator("os-1.1/i1")
        XCTAssertEqual(supported.name.current, "Livello di supporto alle imprese in termini di internazionalizzazione")
        XCTAssertEqual(supported.weight?.current, 35)
        XCTAssertEqual(supported.type?.current, "Efficacia")
        XCTAssertEqual(supported.source?.current, "Osservatorio camerale")
        XCTAssertEqual(supported.algorithm?.current, "n. imprese supportate per l'internazionalizzazione nell'anno \"n\"")
        XCTAssertEqual(supported.description?.current, "Misura la numerosità delle imprese assistite sui temi dell'internazionalizzazione (promozione, formazione, seminari, ecc.)")
        XCTAssertEqual(supported.baseline, Baseline(year: 2024, value: Target(raw: "N.D.", kind: .notAvailable)))
        XCTAssertEqual(supported.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 >=450 → >=525*", "2026 >=450", "2027 >=450"])
        XCTAssertEqual(supported.targets[0].value.current, Target(raw: ">=525*", kind: .number, operator: ">=", value: 525))
        XCTAssertEqual(supported.notes, ["*target innalzato in conseguenza delle ottime risultanze derivanti dal monitoraggio al 30.06.2025"],
                       "the footnote at line 575 belongs to the value marked with *")
        // Line 700: "Indice di struttura primario - <b>PESO: 30</b>": the dash before the weight is not part of the name.
        XCTAssertEqual(try dataset.indicator("os-3.2/i2").name.current, "Indice di struttura primario")
        // Line 656: a baseline with its own working.
        XCTAssertEqual(try dataset.indicator("os-2.2/i3").baseline?.value.raw, "66,8% Fascicolo 81.246 / Attive121.617")
    }

    func testRowsContinuedAfterAPageBreakAreMerged() throws {
        let dataset = try corpusDataset(document)
        // Lines 572-574: the header "OBIETTIVO STRATEGICO | OS 1.1 …" repeated, then the rest of line 568's cells.
        let involvement = try dataset.indicator("os-1.1/i3")
        XCTAssertEqual(involvement.description?.current,
                       "Misura il numero delle imprese assistite sui temi dell'internazionalizzazione rispetto al totale delle imprese +esportatrici")
        XCTAssertEqual(involvement.source?.current, "Osservatorio camerale ed elaborazione Tagliacarne sulla base di dati ISTAT")
        XCTAssertEqual(try dataset.objective("os-1.1").indicators.count, 3, "a repeated header is not a new objective")
        // Lines 1598-1607: a running page header between the two halves of a row.
        let instances = try dataset.indicator("oo-1.5.1/i3")
        XCTAssertEqual(instances.name.current, "Percentuale media di istanze elaborate nei termini indicati dai bandi camerali e/o in ADP emanati nell'anno solare")
        XCTAssertEqual(instances.type?.current, "Efficacia")
        XCTAssertEqual(instances.source?.current, "Osservatorio camerale")
        XCTAssertEqual(try dataset.objective("oo-1.5.1").indicators.count, 3)
    }

    func testOperationalObjectivesFromTheSummaryWithWeights() throws {
        let rows = try corpusDataset(document).objectives.filter { $0.level == .operational }.map {
            "\($0.id) \($0.status.rawValue) parent=\($0.parent ?? "-") weight=\(weight($0.weight))"
        }
        XCTAssertEqual(rows, [
            "oo-1.1.1 active parent=os-1.1 weight=30", "oo-1.1.2 active parent=os-1.1 weight=30", "oo-1.1.3 active parent=os-1.1 weight=40",
            "oo-1.2.1 active parent=os-1.2 weight=40", "oo-1.2.2 active parent=os-1.2 weight=35", "oo-1.2.3 active parent=os-1.2 weight=25",
            "oo-1.3.1 active parent=os-1.3 weight=15", "oo-1.3.2 active parent=os-1.3 weight=30", "oo-1.3.3 active parent=os-1.3 weight=30",
            "oo-1.3.4 active parent=os-1.3 weight=25",
            "oo-1.4.1 active parent=os-1.4 weight=60", "oo-1.4.2 active parent=os-1.4 weight=40",
            "oo-1.5.1 active parent=os-1.5 weight=50", "oo-1.5.2 active parent=os-1.5 weight=25", "oo-1.5.3 active parent=os-1.5 weight=25",
            "oo-2.1.1 active parent=os-2.1 weight=10", "oo-2.1.2 active parent=os-2.1 weight=10", "oo-2.1.3 active parent=os-2.1 weight=10",
            "oo-2.1.4 active parent=os-2.1 weight=20", "oo-2.1.5 active parent=os-2.1 weight=15", "oo-2.1.6 active parent=os-2.1 weight=15",
            "oo-2.1.7 active parent=os-2.1 weight=10", "oo-2.1.8 active parent=os-2.1 weight=10",
            "oo-2.2.1 active parent=os-2.2 weight=25", "oo-2.2.2 active parent=os-2.2 weight=10", "oo-2.2.3 active parent=os-2.2 weight=15",
            "oo-2.2.4 active parent=os-2.2 weight=5", "oo-2.2.5 active parent=os-2.2 weight=20", "oo-2.2.6 active parent=os-2.2 weight=10",
            "oo-2.2.7 active parent=os-2.2 weight=15",
            "oo-2.3.1 active parent=os-2.3 weight=40", "oo-2.3.2 active parent=os-2.3 weight=30", "oo-2.3.3 active parent=os-2.3 weight=30",
            "oo-2.4.1 active parent=os-2.4 weight=50", "oo-2.4.2 active parent=os-2.4 weight=50",
            // Line 802 prints 45 for the objective its sheet (line 2006) weighs 15; line 803 is a bold, added row.
            "oo-3.1.1 active parent=os-3.1 weight=20", "oo-3.1.2 active parent=os-3.1 weight=45", "oo-3.1.2-2 added parent=os-3.1 weight=∅ → 15",
            "oo-3.1.3 active parent=os-3.1 weight=5", "oo-3.1.4 active parent=os-3.1 weight=10", "oo-3.1.5 active parent=os-3.1 weight=10",
            "oo-3.1.6 active parent=os-3.1 weight=15", "oo-3.1.7 active parent=os-3.1 weight=15", "oo-3.1.8 active parent=os-3.1 weight=10",
            "oo-3.2.1 active parent=os-3.2 weight=100",
            // Line 818 is struck; lines 819-824 print the old weight, then the new one.
            "oo-4.1.1 removed parent=os-4.1 weight=15 → ∅", "oo-4.1.2 active parent=os-4.1 weight=5 → 7",
            "oo-4.1.3 active parent=os-4.1 weight=10 → 15", "oo-4.1.4 active parent=os-4.1 weight=10 → 15",
            "oo-4.1.5 active parent=os-4.1 weight=5 → 6", "oo-4.1.6 active parent=os-4.1 weight=5 → 6", "oo-4.1.7 active parent=os-4.1 weight=5 → 6",
            "oo-4.1.8 active parent=os-4.1 weight=20", "oo-4.1.9 active parent=os-4.1 weight=25",
        ])
    }

    func testSummaryRowsAreMergedWithTheirAnnexSheets() throws {
        let dataset = try corpusDataset(document)
        let registry = try dataset.objective("oo-2.1.1")
        XCTAssertEqual(registry.line, 767, "the objective starts where the summary lists it")
        XCTAssertEqual(registry.title.current, "Efficienza del registro imprese unificato di Cremona-Mantova-Pavia")
        XCTAssertEqual(registry.unit, "Area Anagrafica SERVIZIO REGISTRO IMPRESE – Ufficio gestione pratiche telematiche")
        XCTAssertEqual(registry.monitoring?.collector.current, "Rossi Emanuele")
        XCTAssertEqual(registry.weightElsewhere, [PrintedWeight(weight: .unchanged(10), line: 1658)])
        // Lines 1663-1665: struck and juxtaposed weights and targets, a struck row, and star-marked footnotes.
        XCTAssertEqual(registry.indicators.map { "\($0.id) \($0.status.rawValue) \(weight($0.weight)) \($0.targets.map(\.value.rawSummary))" }, [
            "oo-2.1.1/i1 active 80 → 85 [\"≥ 90%* → ≥ 87%*\"]",
            "oo-2.1.1/i2 active 5 → 15 [\"≥ 2% → ≥ 12%**\"]",
            "oo-2.1.1/i3 removed 15 → ∅ [\"≥ 10%*** → ∅\"]",
        ])
        XCTAssertEqual(registry.indicators.map { $0.notes.map { String($0.prefix(3)) } }, [["* L", "* s"], ["** "], ["***"]])
        // Line 2175: "(PESO: <del>5%</del> 7%)" inside the annex title agrees with the summary's "5 7".
        let staff = try dataset.objective("oo-4.1.2")
        XCTAssertEqual(staff.weightElsewhere.first?.weight, Revisable(current: 7, original: 5, evidence: .strikethrough))
        XCTAssertEqual(staff.weightElsewhere.first?.line, 2175)
    }

    func testFootnotesAndNotesReachWhatTheyExplain() throws {
        let dataset = try corpusDataset(document)
        // Line 1788: "* modificati gli algoritmi dei Kpi …" explains the three algorithms ending in "*" (lines 1784-1786).
        XCTAssertEqual(try dataset.objective("oo-2.2.1").indicators.map { $0.notes.first?.prefix(26) }, Array(repeating: "* modificati gli algoritmi", count: 3))
        // Line 2035: "Obiettivo modificato …" is about the objective, not its last indicator.
        XCTAssertEqual(try dataset.objective("oo-3.1.3").notes.first?.hasPrefix("Obiettivo modificato"), true)
        XCTAssertEqual(try dataset.indicator("oo-3.1.3/i3").notes, [])
        // A revision without a note of its own cites the footnote of the value it changed.
        let raised = try XCTUnwrap(dataset.revisions.first { $0.indicator == "oo-1.5.2/i2" })
        XCTAssertEqual(raised.note, "*le domande pervenute sui bandi in O.I. sono inferiori alle attese preventivate")
        // Line 1663: "<del>80%</del> 85%" and "<del>≥ 90%*</del> ≥ 87%*": the "*" footnote (line 1667) explains the
        // target, which carries its mark, not the weight beside it; likewise "**" on line 1664.
        let registro = dataset.revisions.filter { $0.objective == "oo-2.1.1" && $0.field != "status" }
        XCTAssertEqual(registro.map { "\($0.field) \($0.note?.prefix(12) ?? "-")" },
                       ["weight -", "targets/2025 * La media 2", "weight -", "targets/2025 ** nuovo aut"])
        // Targets read whatever their spelling: "<= - 2 gg" (line 690), "<=30 gg." (line 2089), ">=175 (16 su 10.000)" (line 584).
        XCTAssertEqual(try dataset.indicator("os-3.1/i2").targets[0].value.current, Target(raw: "<= - 2 gg", kind: .number, operator: "<=", value: -2, unit: "gg"))
        XCTAssertEqual(try dataset.indicator("oo-3.1.6/i1").targets[0].value.current?.value, 30)
        XCTAssertEqual(try dataset.indicator("os-1.2/i1").targets[0].value.current?.value, 175)
        XCTAssertEqual(try dataset.indicator("oo-2.1.6/i3").targets[0].value.original?.raw, ">= 60% società di persone**", "the footnote mark stays")
        // Line 616: "* il Kpi viene eliminato …" follows OS 1.3's table and a section title, and no value carries its
        // mark: said, not dropped. Line 1135's "*unità a tempo determinato" explains a staffing table, not the plan.
        XCTAssertEqual(dataset.diagnostics.filter { $0.code == "note-outside-sheet" }.map(\.line), [616])
    }

    /// Lines 1721 and 1996 strike some words and set the new ones in bold beside plain text: the bold words are
    /// not the original's (line 2002: "In sostituzione sono state introdotte quattro nuove attività").
    func testBoldWordsBesideStruckOnesAreTheRevisionsNewWords() throws {
        let procedures = try XCTUnwrap(corpusDataset(document).objective("oo-3.1.1").description)
        XCTAssertEqual(procedures.original?.contains("Disciplina del lavoro a distanza (Rinvio al 2026)"), true)
        XCTAssertEqual(procedures.original?.contains("Predisposizione e sottoscrizione Contratto Collettivo"), false)
        XCTAssertEqual(procedures.current?.contains("Disciplina del lavoro a distanza"), false)
        XCTAssertEqual(procedures.current?.contains("2. Predisposizione e sottoscrizione Contratto Collettivo Integrativo"), true)
        let portal = try XCTUnwrap(corpusDataset(document).objective("oo-2.1.5").description)
        XCTAssertEqual(portal.original?.contains("iscrizioni in data certa"), false)
        XCTAssertEqual(portal.current?.hasSuffix("solleciti, iscrizioni in data certa, periti e esperti, conducenti )."), true)
    }

    func testRemovedAndAddedIndicators() throws {
        let dataset = try corpusDataset(document)
        // Line 624: a struck name.
        let gradimento = try dataset.indicator("os-1.4/i2")
        XCTAssertEqual(gradimento.status, .removed)
        XCTAssertEqual(gradimento.weight, Revisable(current: nil, original: 30, evidence: .note))
        XCTAssertEqual(try dataset.indicator("os-1.4/i1").weight, Revisable(current: 100, original: 70, evidence: .adjacentValues))
        // Lines 1739-1747: "* Kpi MN stralciato", "** Kpi PV stralciato" withdraw the marked indicators.
        XCTAssertEqual(try dataset.objective("oo-2.1.6").indicators.map(\.status), [.active, .removed, .removed])
        XCTAssertEqual(try dataset.indicator("oo-2.1.6/i1").weight, Revisable(current: 100, original: 33, evidence: .strikethrough))
        // Line 2032: a bold indicator among plain ones was added.
        let terms = try dataset.indicator("oo-3.1.3/i2")
        XCTAssertEqual(terms.status, .added)
        XCTAssertEqual(terms.name, Revisable(current: "Grado di rispetto dei termini", original: nil, evidence: .note))
        XCTAssertEqual(try dataset.indicator("oo-3.1.3/i3").weight, Revisable(current: 30, original: 60, evidence: .strikethrough))
    }

    func testRevisionsOfEveryKind() throws {
        let lines = Set(try corpusDataset(document).revisionLines)
        let expected = [
            // Two values where one belongs, in tables of every section.
            "os-1.1/i1 targets/2025: >=450 → >=525* (adjacent-values) @566",
            "os-1.4/i1 weight: 70 → 100 (adjacent-values) @623",
            "os-4.1/i1 targets/2025: ≥ 0,5 → ≥ 0,7 (adjacent-values) @717",
            "os-4.1/i1 targets/2026: ≥ 0,7 → ≥ 0,9 (adjacent-values) @717",
            "oo-4.1.2 weight: 5 → 7 (adjacent-values) @819",
            "oo-4.1.3 weight: 10 → 15 (adjacent-values) @820",
            "oo-4.1.4 weight: 10 → 15 (adjacent-values) @821",
            "oo-4.1.5 weight: 5 → 6 (adjacent-values) @822",
            "oo-4.1.6 weight: 5 → 6 (adjacent-values) @823",
            "oo-4.1.7 weight: 5 → 6 (adjacent-values) @824",
            "oo-1.1.2/i1 targets/2025: >= 450 → >= 525* (adjacent-values) @1455",
            "oo-1.5.1/i3 targets/2025: ≥ 70,00% → ≥ 50,00% (adjacent-values) @1598",
            "oo-2.1.1/i2 weight: 5% → 15% (adjacent-values) @1664",
            "oo-4.1.4 weight: 10% → 15% (adjacent-values) @2193",
            // Struck values, with entities, MathML and LaTeX.
            "os-1.2/i3 targets/2025: >=3 → >=1* (strikethrough) @591",
            "os-3.1/i2 targets/2025: <= -5 gg → <= - 2 gg (strikethrough) @690",
            "os-3.1/i2 targets/2026: <= -5 gg → <= - 3 gg (strikethrough) @690",
            "oo-1.2.1/i2 targets/2025: ≥ 200 → ≥ 340* (strikethrough) @1484",
            "oo-1.2.3/i1 targets/2025: 3 → >= 1* (strikethrough) @1509",
            "oo-1.5.2/i2 targets/2025: ≥ 150 → ≥ 130 (strikethrough) @1621",
            "oo-2.1.1/i1 weight: 80% → 85% (strikethrough) @1663",
            "oo-2.1.3/i1 targets/2025: ≥ 35% → ≥ 38% (strikethrough) @1698",
            "oo-2.1.6/i1 weight: 33% → 100% (strikethrough) @1738",
            "oo-2.2.5/i4 targets/2025: 80 → 100* (strikethrough) @1850",
            "oo-3.1.1/i1 targets/2025: 100% → 80% (strikethrough) @2000",
            "oo-3.1.3/i1 targets/2025: 100 % → 90 % (strikethrough) @2031",
            "oo-3.1.3/i3 weight: 60 → 30 (strikethrough) @2033",
            "oo-3.1.4/i1 targets/2025: SI (100) → SI 80 (strikethrough) @2044",
            "oo-4.1.2 weight: 5% → 7% (strikethrough) @2175",
            "oo-4.1.3 weight: 10% → 15% (strikethrough) @2184",
            // A formula rewritten whole, and revised people.
            "oo-2.2.1/i1 algorithm: N. SUAP Associati di CR e PV / N. SUAP Associati incontrati → N. SUAP Associati incontrati / N. SUAP Associati di CR e PV* (strikethrough) @1784",
            "oo-2.1.5 monitoring/validator: Grazi Elena → Maffezzoni Nicola (strikethrough) @1723",
            "oo-3.1.1 monitoring/validator: Recca Maria Luisa → Soragna Simonetta (strikethrough) @1998",
            // Rows and objectives struck or added.
            "os-1.4/i2 status: Gradimento delle iniziative realizzate a favore del comparto turistico → ∅ (strikethrough) @624",
            "oo-4.1.1 status: Attuazione delle misure di prevenzione della corruzione → ∅ (strikethrough) @818",
            "oo-3.1.2-2 status: ∅ → Adempimenti connessi al Programma Triennale dei Fabbisogni di Personale (note) @803",
            "oo-2.1.1/i3 status: Dashboard RI – utilizzo automatismi PULSANTE EVADI → ∅ (strikethrough) @1665",
            "oo-2.1.6/i2 status: Cancellazioni imprese DPR 247/2004 RI Mantova → ∅ (note) @1739",
            "oo-3.1.3/i2 status: ∅ → Grado di rispetto dei termini (note) @2032",
            "oo-3.1.8/i3 status: Realizzazione di una rete intranet della Camera per lo scambio informativo a disposizione dei dipendenti → ∅ (strikethrough) @2127",
        ]
        for revision in expected { XCTAssertTrue(lines.contains(revision), "missing: \(revision)") }
        // 62 changes printed, less the 5 field changes of the two indicators a footnote withdraws (lines 1739, 1743).
        XCTAssertEqual(try corpusDataset(document).revisions.count, 57)
    }

    func testEveryWeightCheckVerdict() throws {
        let checks = try corpusDataset(document).checks
        let failing = checks.filter { $0.status == .fail }.map { "\($0.rule) \($0.scope) \($0.phase.rawValue) \($0.sum.map(JSONNumber.format) ?? "-")" }
        // By hand: OS 3.1's operational weights are 20+45+5+10+10+15+15+10 = 130 as printed (145 with the added row);
        // OO 3.1.8 prints 40+40+20+20 before its struck row is dropped; OO 3.1.2 is 45 in the summary, 15 in its sheet.
        XCTAssertEqual(failing, [
            "indicator-weights oo-3.1.8 original 120",
            "objective-weights parent:os-3.1 original 130",
            "objective-weights parent:os-3.1 current 145",
            "weight-consistency oo-3.1.2 original 15",
            "weight-consistency oo-3.1.2 current 15",
        ])
        // OO 4.1.1 is struck (line 818): in the revised plan neither it nor its indicator is left to check.
        XCTAssertEqual(checks.filter { $0.status == .skipped }.map { "\($0.rule) \($0.scope) \($0.phase.rawValue)" }, [
            "indicator-weights oo-4.1.1 current", "weight-consistency oo-3.1.2-2 original", "weight-consistency oo-4.1.1 current",
        ])
        let areas = checks.filter { $0.rule == "objective-weights" && $0.scope.hasPrefix("area:") }
        XCTAssertEqual(areas.map { "\($0.scope) \($0.status.rawValue)" }, ["area:1 pass", "area:1 pass", "area:2 pass", "area:2 pass", "area:3 pass",
                                                                         "area:3 pass", "area:4 pass", "area:4 pass"])
        let parentFour = try XCTUnwrap(checks.first { $0.scope == "parent:os-4.1" && $0.phase == .current })
        XCTAssertEqual(parentFour.members.count, 8, "the struck OO 4.1.1 counts only before the revision")
        XCTAssertEqual(parentFour.status, .pass)
        let failure = try XCTUnwrap(checks.first { $0.scope == "parent:os-3.1" && $0.phase == .original })
        XCTAssertTrue(failure.message.contains("(+30)") && failure.message.contains("oo-3.1.2 45"), failure.message)
    }
}
