import XCTest
@testable import PIAOKit

/// corpus/003: the Torino PIAO 2022-2024 as flat pdftotext output (no table structure). Sections 3.1
/// (strategic objectives, lines 878-2120) and 3.2 (operational objectives by Area, lines 2121-2785).
/// Expectations read off the source lines cited.
final class TorinoFlowTextTests: XCTestCase {
    private let document = "003_2a2b79dc4b3c2b64"

    /// "2022 >= 85,00 % / 2023 …": an indicator's targets as the rows below print them.
    private static func targets(_ indicator: Indicator) -> String {
        indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "∅")" }.joined(separator: " / ")
    }

    func testDocument() throws {
        let info = try corpusDataset(document).document
        XCTAssertEqual(info.format, .flowText)
        XCTAssertEqual(info.kind, .piao)
        XCTAssertEqual(info.entity, "Camera di commercio di Torino")
        XCTAssertEqual(info.period, Period(start: 2022, end: 2024))  // "nel triennio 2022-2024", line 238
    }

    func testStrategicObjectives() throws {
        let rows = try corpusDataset(document).objectives.filter { $0.level == .strategic }.map {
            "\($0.code ?? "-") area=\($0.area?.code ?? "-") indicators=\($0.indicators.count) line=\($0.line)"
        }
        XCTAssertEqual(rows, [
            "OS01.1.1 area=1 indicators=5 line=919",
            "OS02.1.1 area=1 indicators=2 line=1000",
            "OS03.1.1 area=1 indicators=8 line=1036",
            "OS04.1.1 area=1 indicators=10 line=1156",
            "OS05.1.1 area=1 indicators=1 line=1321",
            "OS06.1.1 area=1 indicators=4 line=1347",
            "OS07.1.2 area=1 indicators=9 line=1417",
            "OS08.2.1 area=2 indicators=2 line=1535",
            "OS09.2.1 area=2 indicators=3 line=1575",
            "OS10.2.1 area=2 indicators=5 line=1630",
            "OS11.2.2 area=2 indicators=8 line=1712",
            "OS12.3 area=3 indicators=5 line=1835",
            "OS13.4 area=4 indicators=6 line=1932",
            "OS14.5 area=5 indicators=7 line=2027",
        ])
        let first = try corpusDataset(document).objective("os-01.1.1")
        XCTAssertEqual(first.title.current, "Garantire nel tempo la salute organizzativa dell’ente camerale")
        XCTAssertEqual(first.area, CodedTitle(code: "1", title: "SISTEMA CAMERALE PER LE IMPRESE"))  // line 915
        // Lines 1036-1039: the code on its own line, the title wrapping over two.
        XCTAssertEqual(try corpusDataset(document).objective("os-03.1.1").title.current,
                       "Diffondere l’utilizzo degli strumenti digitali nell’ente come elemento di miglioramento dell’efficienza interna e di semplificazione del rapporto con l’utenza")
    }

    func testStrategicIndicatorsWithTheirColumns() throws {
        let rows = try corpusDataset(document).objectives.filter { ["os-01.1.1", "os-02.1.1", "os-10.2.1"].contains($0.id) }
            .flatMap(\.indicators).map { indicator -> String in
                let targets = Self.targets(indicator)
                return "\(indicator.code ?? "-") \(indicator.flags.joined(separator: " ")) [\(indicator.type?.current ?? "-")] | \(indicator.name.current ?? "")"
                    + " | thr \(indicator.threshold?.raw ?? "-") | base \(indicator.baseline?.value.raw ?? "-") | \(targets)"
            }
        // "6,43 % <= 8,00 % <= 7,00 % = 7,00 %" (line 997): a value without operator is the 2021 baseline.
        XCTAssertEqual(rows, [
            "EC05.1 C [Salute economica] | Indice di struttura primario | thr - | base - | 2022 >= 105,00 %",
            "EC07 C [Efficacia] | Capacità di generare proventi | thr - | base - | 2022 >= 13,00 %",
            "B3.1_02 C [Efficacia] | Percentuale di incasso del Diritto annuale | thr - | base - | 2022 >= 75,00 %",
            "EC27 C [Salute economica] | Indice equilibrio strutturale | thr - | base - | 2022 >= -7,00 %",
            "kpi1.1.1_03  [Outcome] | Tasso assenteismo | thr 9% | base 6,43 % | 2022 <= 8,00 % / 2023 <= 7,00 % / 2024 = 7,00 %",
            "kpi2.1.1_01  [Qualità] | Soddisfazione utenti/imprese su servizi dell'ente | thr 70% | base 97,71% | 2022 >= 85,00 % / 2023 >= 85,00 % / 2024 >= 85,00 %",
            "kpi2.1.1_02  [Efficienza] | Misurazione tempi medi evasione pratiche Registro imprese con iscrizione ad efficacia costitutiva | thr 4 GG | base 1,92 gg | 2022 <= 2,00 gg",
            "kpi10.2.1_01  [Outcome] | Predisposizione del progetto di dettaglio Crisi di impresa | thr - | base 21/05/2021 | 2022 Entro 31/03/2022",
            "kpi10.2.1_02  [Efficienza] | Crisi di impresa sull’annualità: raggiungimento dei KPI del Progetto | thr 80% | base - | 2022 >= 100,00 %",
            "kpi10.2.1_03  [Outcome] | Rendicontazione annualità progetto Crisi di impresa anno n-1 | thr - | base 15/06/2021 | 2022 Entro 30/06/2022",
            "kpi10.2.1_04  [Efficacia] | Utilizzo risorse progetto Crisi di impresa anno 2022 | thr - | base - | 2022 >= 100,00 %",
            "kpi10.2.1_05  [Qualità] | Attivazione sportello territoriale dell'Ente Nazionale per il Microcredito | thr - | base - | 2022 Entro 31/12/2022",
        ])
        let absenteeism = try corpusDataset(document).indicator("os-01.1.1/i5")
        XCTAssertEqual(absenteeism.threshold, Target(raw: "9%", kind: .number, value: 9, unit: "%"))
        XCTAssertEqual(absenteeism.baseline?.year, 2021)
        XCTAssertEqual(absenteeism.source?.current, "Report")
        XCTAssertEqual(absenteeism.algorithm?.current?.hasPrefix("Giorni di assenza anno N."), true)
        // Lines 932-939: the algorithm and the only value share a line, two columns apart.
        let structure = try corpusDataset(document).indicator("os-01.1.1/i1")
        XCTAssertEqual(structure.algorithm?.current, "Patrimonio netto / Immobilizzazioni")
        XCTAssertEqual(structure.description?.current?.hasPrefix("Misura la capacità della Camera di commercio"), true)
    }

    /// Strategic indicators whose columns pdftotext interleaves: the paragraph "(Fonte …)" closes before
    /// the type is the algorithm (lines 1373-1388, 1487-1500, 1559-1571, 1766-1775); a name goes on before
    /// "(Tipologia" (1391-1393); "SOGLIA" at a line's end takes the value under it (1769-1770).
    func testStrategicIndicatorsWhoseColumnsInterleave() throws {
        let rows = try ["os-06.1.1/i2", "os-06.1.1/i3", "os-07.1.2/i7", "os-08.2.1/i2", "os-11.2.2/i4"].map { id -> String in
            let indicator = try corpusDataset(document).indicator(id)
            return [indicator.name.current, indicator.description?.current, indicator.algorithm?.current, indicator.source?.current,
                    indicator.type?.current, indicator.threshold?.raw, indicator.baseline?.value.raw].map { $0 ?? "-" }.joined(separator: " | ")
        }
        XCTAssertEqual(rows, [
            "Aggiornamento secondo il nuovo PNA | II fase: applicazione di nuovi indici di valutazione e misure di prevenzione ad un set di processi individuati nella mappa dal RPCT III fase:applicazione di nuovi indici di valutazione e misure di prevenzione ad un ulteriore set di processi individuati dal RPCT nella mappa | Applicazione nuovi indici e misure anticorruzione nei termini | Report | Outcome | - | 23/12/2021",
            "Aggiornamento annuale designazioni al trattamento dati personali | - | Numero designazioni aggiornate-confermate (data individuata anno N) / Numero designazioni da aggiornare (data individuata anno N) | Report Sistemi Informativi | Efficienza | 60% | -",
            "Migliorare la visibilità di servizi e attività camerali resi tramite Facebook | Facebook calendario editoriale con copertura di eventi, prodotti e servizi legati in particolare ai temi food&wine, turismo, consumatori, sicurezza prodotti, orientamento al lavoro, sostenibilità, avvio d'impresa, prodotti digital (Infocamere) | N. post al mese (media anno) Facebook | Report | Qualità | - | -",
            "Contribuire alla programmazione di grandi eventi sul territorio in collaborazione con le altre istituzioni locali | Realizzazione programma di attività (riunioni, azioni di fidelizzazione), in collaborazione con le istituzioni locali con presenza Camera in almeno due grandi eventi: n. palinsesti realizzati e documentati | N. eventi in cui viene realizzato un palinsesto | Report Area Sviluppo | Outcome | 0 | -",
            "Utilizzo risorse progetto internazionalizzazione anno 2022 | Utilizzo risorse progetto internazionalizzazione: risorse da impegnare entro il 2022/ risorse impegnate entro 2022 | Risorse da impegnare entro il 2022 progetto Internazionalizzazione / Risorse impegnate entro 2022 progetto internazionalizzazione | Report Area Sviluppo - kronos | Efficacia | 80% | -",
        ])
    }

    /// A value line inside a name's paragraph is its words (lines 1721-1724 "… Diritto Annuale del" / "20%" /
    /// "(Tipologia: Outcome)", 1899-1901), so the values after are in their columns; text after the type is the
    /// description's, its threshold read (1310); "Entro 31/5/2022" is a value (1316); a name cut after "da" goes on (1440-1441).
    func testStrategicValuesInsideTheText() throws {
        let rows = try ["os-11.2.2/i1", "os-12.3/i4", "os-04.1.1/i10", "os-07.1.2/i3", "os-06.1.1/i4"].map { id -> String in
            let indicator = try corpusDataset(document).indicator(id)
            let targets = Self.targets(indicator)
            return "\(indicator.name.current ?? "") | alg \(indicator.algorithm?.current ?? "-") | thr \(indicator.threshold?.raw ?? "-") | base \(indicator.baseline?.value.raw ?? "-") | \(targets)"
        }
        XCTAssertEqual(rows, [
            "Predisposizione del progetto di dettaglio sull'internazionalizzazione per incremento Diritto Annuale del 20% | alg Data Predisposizione del progetto di dettaglio sull'internazionalizzazione per incremento Diritto Annuale del 20% | thr - | base 11/05/2021 | 2022 Entro 31/03/2022",
            "Ristrutturazione centro congressi Torino Incontra: conclusione fasi nei termini previsti | alg fase III: pubblicazione bando 31/05/2021 fase IV: avvio cantiere (al netto di ricorsi) 30/09/2022 | thr - | base 26/05/2021 | 2022 Entro 30/09/2022",
            "Rifunzionalizzazione Borsa Valori | alg Affidamento progettazione Borsa Valori | thr 31/7/2022 | base - | 2022 Entro 31/5/2022",
            "Report quadrimestrali di analisi dei principali dati riferiti da Google Analytics, relativi al sito | alg N. totale report quadrimestrali | thr - | base 12,00 N. | 2022 >= 12,00 N. / 2023 >= 12,00 N. / 2024 >= 12,00 N.",
            // Lines 1408-1411: "(Fonte Report)", then " Nei termini di" / "legge", the target in words.
            "Antiriciclaggio: primo popolamento del Registro titolari effettivi | alg Antiriciclaggio: primo popolamento del Registro titolari effettivi | thr - | base - | 2022 Nei termini di legge",
        ])
        XCTAssertEqual(try corpusDataset(document).indicator("os-12.3/i4").description?.current?.hasSuffix("IV Fase: Avvio cantiere (in assenza di ricorsi) 30/09/2022"), true)
        // Lines 1609-1613: ">= 2.000,00" / "" / "N.": the unit wrapped onto a line of its own is the 2023 target's.
        XCTAssertEqual(try Self.targets(corpusDataset(document).indicator("os-09.2.1/i2")), "2022 >= 2.000,00 N. / 2023 >= 2.000,00 N. / 2024 >= 2.000,00 N.")
    }

    func testOperationalObjectivesByArea() throws {
        var byArea: [String: [String]] = [:]
        var order: [String] = []
        for objective in try corpusDataset(document).objectives where objective.level == .operational {
            let unit = objective.unit ?? "-"
            if byArea[unit] == nil { order.append(unit) }
            byArea[unit, default: []].append("\(objective.code ?? "-") \(JSONNumber.format(objective.weight?.current ?? -1))")
        }
        XCTAssertEqual(order, ["Area Anagrafe economica", "Area Risorse finanziarie e Provveditorato",
                               "Sviluppo del territorio e Regolazione del Mercato", "Uffici di Staff al Segretario Generale"])
        XCTAssertEqual(byArea, [
            "Area Anagrafe economica": ["OP10.2.2-02 7", "OP2.1.1-03 7", "OP2.1.1-05 8", "OP3.1.1-01 7", "OP3.1.1-02 7", "OP3.1.1-03 7", "OP3.1.1-06 7", "OP4.1.1-01 7", "OP4.1.1-03 7", "OP5.1.1-01 5", "OP6.1.1-05 7", "OP6.1.1-09 7", "OP7.1.2-03 5", "OP7.1.2-09 5", "OP8.2.1-01 7"],
            "Area Risorse finanziarie e Provveditorato": ["OP1.1.1-07 8", "OP1.1.1-08 8", "OP12.3-02 8", "OP2.1.1-02 6", "OP3.1.1-04 13", "OP4.1.1-02 8", "OP4.1.1-05 15", "OP4.1.1-07 10", "OP5.1.1-03 8", "OP6.1.1-06 5", "OP7.1.2-02 5", "OP7.1.2-07 6"],
            "Sviluppo del territorio e Regolazione del Mercato": ["OP10.2.1-01 6", "OP11.2.2-01 6", "OP12.3.1-01 6", "OP13.4.1-01 6", "OP13.4.1-02 7", "OP14.5.1-01 6", "OP2.1.1-04 5", "OP4.1.1-04 7", "OP4.1.1-06 8", "OP5.1.1-02 5", "OP6.1.1-07 4", "OP6.1.1-08 5", "OP6.1.1-11 5", "OP7.1.2-04 4", "OP7.1.2-08 4", "OP8.2.1-02 5", "OP8.2.1-03 5", "OP8.2.1-04 6"],
            "Uffici di Staff al Segretario Generale": ["OP2.1.1-01 12.5", "OP6.1.1-01 12.5", "OP6.1.1-02 12.5", "OP6.1.1-04 12.5", "OP7.1.2-01 12.5", "OP7.1.2-05 12.5", "OP7.1.2-06 12.5", "OP7.1.2-10 12.5"],
        ])
        XCTAssertEqual(try corpusDataset(document).objective("oo-2.1.1-03").parent, "os-02.1.1", "OP2.1.1 serves OS02.1.1")
        XCTAssertEqual(try corpusDataset(document).objective("oo-12.3.1-01").parent, "os-12.3", "OS12.3 is printed without a third number")
    }

    func testOperationalKPIs() throws {
        let rows = try corpusDataset(document).objectives.filter { ["oo-2.1.1-03", "oo-2.1.1-05", "oo-3.1.1-02", "oo-10.2.1-01", "oo-11.2.2-01"].contains($0.id) }
            .flatMap { objective in objective.indicators.map { (objective.id, $0) } }.map { objective, indicator -> String in
                let targets = Self.targets(indicator)
                return "\(objective) \(indicator.code ?? "-") w=\(JSONNumber.format(indicator.weight?.current ?? -1)) | \(indicator.name.current ?? "")"
                    + " | thr \(indicator.threshold?.raw ?? "-") | \(targets)"
            }
        XCTAssertEqual(rows, [
            "oo-2.1.1-03 kpi2.1.1-03a w=50 | Monitorare la soddisfazione degli utenti su Servizio bollatura libri sociali | thr 70% | 2022 >= 85,00 %",
            "oo-2.1.1-03 kpi2.1.1-03b w=50 | Monitorare la soddisfazione degli utenti su Servizio di Assistenza artigiana | thr 70% | 2022 >= 85,00 %",
            "oo-2.1.1-05 kpi2.1.1-05a w=100 | Misurazione tempi medi evasione pratiche Registro imprese con iscrizione ad efficacia costitutiva | thr 4 GG | 2022 <= 2 gg",
            "oo-3.1.1-02 kpi3.1.1-02a w=50 | Ampliare utilizzo provvedimenti automatici RI | thr 10% | 2022 >= 20,00 %",
            "oo-3.1.1-02 kpi3.1.1-02b w=50 | Numero nuove procedure su cui sperimentare i provvedimenti automatici | thr - | 2022 >= 2 N.",
            "oo-10.2.1-01 kpi10.2.1-01a w=25 | Predisposizione del progetto di dettaglio Crisi di impresa | thr - | 2022 Entro 31-03-2022",
            "oo-10.2.1-01 kpi10.2.1-01b w=25 | Crisi di impresa sull’annualità: raggiungimento dei KPI del progetto | thr 80% | 2022 >= 100,00 %",
            "oo-10.2.1-01 kpi10.2.1-01c w=25 | Rendicontazione annualità progetto Crisi di impresa anno n-1 | thr - | 2022 Entro 30-06-2022",
            "oo-10.2.1-01 kpi10.2.1-01d w=25 | Utilizzo risorse progetto Crisi di impresa anno 2022 | thr - | 2022 >= 100,00 %",
            "oo-11.2.2-01 kpi11.2.2-01a w=25 | Predisposizione del progetto di dettaglio sull'internazionalizzazione per incremento Diritto Annuale del 20% | thr - | 2022 Entro 31-03-2022",
            "oo-11.2.2-01 kpi11.2.2-01b w=25 | Internazionalizzazione: raggiungimento dei KPI del progetto sull’annualità | thr >= 80% | 2022 >= 100,00 %",
            "oo-11.2.2-01 kpi11.2.2-01c w=25 | Rendicontazione annualità progetto internazionalizzazione anno n-1 | thr - | 2022 Entro 30-06-2022",
            "oo-11.2.2-01 kpi11.2.2-01d w=25 | Utilizzo risorse progetto internazionalizzazione anno 2022 | thr 80% | 2022 >= 100,00 %",
        ])
    }

    /// A threshold's value is the one right after "SOGLIA" (after its operator, if any); a value after that
    /// is the target, its operator with it (it was left at the end of the name, or the target lost).
    func testOperationalTargetsPrintedAfterAThreshold() throws {
        let rows = try ["oo-4.1.1-03/i1", "oo-5.1.1-01/i1", "oo-8.2.1-01/i2", "oo-4.1.1-04/i1"].map { id -> String in
            let indicator = try corpusDataset(document).indicator(id)
            let targets = Self.targets(indicator)
            return "\(indicator.line) \(indicator.name.current ?? "") | thr \(indicator.threshold?.raw ?? "-") | \(targets)"
        }
        XCTAssertEqual(rows, [
            // "… procedura di scioglimento SOGLIA 5 >= 10 N."
            "2232 N. società su cui verrà avviata in via sperimentale la nuova procedura di scioglimento | thr 5 | 2022 >= 10 N.",
            // "… dell'Area Anagrafe economica SOGLIA 95% 100,00 %"
            "2238 Garantire il rispetto delle % di lavoro in presenza da parte del personale dell'Area Anagrafe economica | thr 95% | 2022 100,00 %",
            // "… del comitato nazionale SOGLIA 80% >= 100,00 %"
            "2277 Partecipazione alle riunioni operative del comitato nazionale | thr 80% | 2022 >= 100,00 %",
            // "… per accesso a finanziamenti europei SOGLIA 0 1 N."
            "2492 Potenziamento organizzazione interna per accesso a finanziamenti europei | thr 0 | 2022 1 N.",
        ])
    }

    /// Where an operational row ends: its name cut after an article goes on (lines 2245-2246, 2444-2445,
    /// 2485-2486), a value line after the target read off the name's end is the target (2535-2538,
    /// 2299-2302), and the running text after the last row (2643-) is not its description.
    func testOperationalRowsEndWhereTheTableDoes() throws {
        let rows = try ["oo-6.1.1-05/i1", "oo-13.4.1-01/i4", "oo-2.1.1-04/i1", "oo-12.3.1-01/i2", "oo-6.1.1-11/i1", "oo-12.3-02/i1", "oo-7.1.2-10/i1"].map { id -> String in
            let indicator = try corpusDataset(document).indicator(id)
            let targets = Self.targets(indicator)
            return "\(indicator.name.current ?? "") | \(indicator.description?.current ?? "-") | thr \(indicator.threshold?.raw ?? "-") | \(targets)"
        }
        XCTAssertEqual(rows, [
            "Antiriciclaggio: primo popolamento del Registro titolari effettiviAntiriciclaggio: primo popolamento del Registro titolari effettivi entro i termini di legge | - | thr - | 2022 Entro 31-12-2022",
            "Utilizzo risorse progetto OrientamentoUtilizzo risorse progetto Orientamento: risorse impegnate entro 2022 / risorse da impegnare entro il 2022 | - | thr 80% | 2022 >= 100,00 %",
            "Misurazione utenti soddisfatti del servizio di Proprietà Industriale, dell’utilità delle risposte erogate, dei tempi di evasione delle pratiche del Servizio documenti estero | - | thr 70% | 2022 >= 85,00 %",
            // "… Raggiungimento dei KPI del" / "% di raggiungimento …": not words going on (lines 2420-2421).
            "Progetto Turismo sull’annualità : Raggiungimento dei KPI del | % di raggiungimento dei KPI del progetto Turismo sull’annualità / % totale KPI del progetto Turismo sull’annualità | thr 80% | 2022 >= 100,00 %",
            "Procedure formalizzate e condivise con SG entro 31 maggio 2022 | Formalizzazione procedura popolamento e manutenzione elenco esperti procedure di nomina degli esperti | thr - | 2022 >= 2 N.",
            "Ristrutturazione centro congressi Torino Incontra: conclusione fasi nei termini previsti I IV Fase: Avvio cantiere (in assenza di ricorsi) 30/09/2022 | - | thr - | 2022 Entro 30-09-2022",
            "Esito positivo dei controlli a campione o correzioni entro 1 mese dal report Area SG | - | thr - | 2022 1 N.",
        ])
    }

    func testEveryCheckVerdict() throws {
        let checks = try corpusDataset(document).checks
        XCTAssertTrue(checks.allSatisfy { $0.status != .fail }, "\(checks.filter { $0.status == .fail })")
        // The strategic tables print no indicator weights: nothing to sum, and the check says so.
        let strategic = checks.filter { $0.rule == "indicator-weights" && $0.scope.hasPrefix("os-") }
        XCTAssertEqual(strategic.count, 28)
        XCTAssertTrue(strategic.allSatisfy { $0.status == .skipped && $0.message.hasPrefix("no weight printed") })
        // Every Area's objectives sum to 100 (Staff: 8 × 12,50), and every objective's KPIs.
        // Strategic objectives print no weight: each strategic line is listed as not checkable.
        let areas = checks.filter { $0.rule == "objective-weights" }
        XCTAssertEqual(areas.map { "\($0.scope) \($0.status.rawValue) \(JSONNumber.format($0.sum ?? -1))" }, [
            "area:1 skipped -1", "area:1 skipped -1", "area:2 skipped -1", "area:2 skipped -1", "area:3 skipped -1", "area:3 skipped -1",
            "area:4 skipped -1", "area:4 skipped -1", "area:5 skipped -1", "area:5 skipped -1",
            "unit:Area Anagrafe economica pass 100", "unit:Area Anagrafe economica pass 100",
            "unit:Area Risorse finanziarie e Provveditorato pass 100", "unit:Area Risorse finanziarie e Provveditorato pass 100",
            "unit:Sviluppo del territorio e Regolazione del Mercato pass 100", "unit:Sviluppo del territorio e Regolazione del Mercato pass 100",
            "unit:Uffici di Staff al Segretario Generale pass 100", "unit:Uffici di Staff al Segretario Generale pass 100",
        ])
        let kpis = checks.filter { $0.rule == "indicator-weights" && $0.scope.hasPrefix("oo-") }
        XCTAssertEqual(kpis.count, 106)
        XCTAssertTrue(kpis.allSatisfy { $0.status == .pass })
    }
}
