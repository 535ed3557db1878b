import XCTest
@testable import PIAOKit

/// corpus/004: the Pistoia-Prato PIRA 2026. Blocks of "D.M. 27/03/2013 Missione:", "Programma:", "Ambito
/// strategico", "Obiettivo:", "Codice:", "Descrizione:", "Risorse economiche:", then the indicator grid.
/// Expectations read off the source lines cited.
final class PistoiaPratoPIRATests: XCTestCase {
    private let document = "004_9a45401b283646bf"

    func testDocumentMetadata() throws {
        let info = try corpusDataset(document).document
        XCTAssertEqual(info.kind, .pira)
        XCTAssertEqual(info.title, "IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2026")
        XCTAssertEqual(info.period, Period(start: 2026, end: 2026))
        // Line 50: "Nel proprio Programma Pluriennale la Camera di Pistoia – Prato ha individuato" (no line
        // names it "Camera di commercio …"): the name as printed, up to the verb.
        XCTAssertEqual(info.entity, "Camera di Pistoia – Prato")
    }

    /// The Chamber named by its place alone is the fallback: "Camera di commercio …" wins when printed,
    /// and "camera di" followed by a common word is no name.
    func testChamberNamedByItsPlace() throws {
        XCTAssertEqual(try dataset(of: "PIANO 2026\n\nla Camera di Asti ha approvato il piano\n").document.entity, "Camera di Asti")
        XCTAssertEqual(try dataset(of: "la Camera di Asti ha approvato\n\nCamera di commercio di Asti e Alessandria\n").document.entity,
                       "Camera di commercio di Asti e Alessandria")
        XCTAssertNil(try dataset(of: "la camera di controllo è chiusa\n\nuna Camera di controllo\n").document.entity)
    }

    func testObjectivesWithCodesAreasAndResources() throws {
        let rows = try corpusDataset(document).objectives.map { objective -> String in
            let resources = objective.resources.map { "\($0.year):\(JSONNumber.format($0.amount.current ?? -1))" }.joined(separator: ",")
            return "\(objective.id) \(objective.line) area=\(objective.area?.code ?? "-") mission=\(objective.missions.first?.code ?? "-") "
                + "resources=\(resources.isEmpty ? "-" : resources) indicators=\(objective.indicators.count)"
        }
        XCTAssertEqual(rows, [
            "os-01_01_05_01 69 area=01_01 mission=11 resources=2026:418684.99 indicators=3",
            "os-01_01_OS02 100 area=01_01 mission=11 resources=2026:45500 indicators=8",
            "os-01_01_OS03 139 area=01_01 mission=11 resources=2026:45000 indicators=2",
            "os-01_02_OS01 162 area=01_02 mission=016 resources=2026:255697.66 indicators=3",
            "os-01_02_OS02 185 area=01_02 mission=016 resources=2026:45500 indicators=3",
            "os-01_03_OS01 216 area=01_03 mission=11 resources=2026:107518.13 indicators=4",
            "os-01_03_OS02 252 area=01_03 mission=11 resources=2026:45500 indicators=2",
            // Line 291 prints "25.000,00 €" under the description without its "Risorse economiche:" caption.
            "os-01_04_OS01 281 area=03_01 mission=011 resources=2026:25000 indicators=5",
            "os-01_04_OS02 305 area=01_04 mission=11 resources=2026:45500 indicators=2",
            "os-01_05_OS01 336 area=01_05 mission=11 resources=2026:45500 indicators=5",
            "os-02_01_OS01 362 area=02_01 mission=11 resources=- indicators=10",
            "os-03_01_OS01 393 area=03_01 mission=32 resources=- indicators=7",
            "os-03_01_OS02 421 area=03_01 mission=32 resources=- indicators=12",
            "os-03_01_OS03 451 area=03_01 mission=32 resources=- indicators=9",
            "os-03_01_OS04 480 area=03_01 mission=32 resources=- indicators=5",
            "os-03_01_OS05 503 area=03_01 mission=32 resources=- indicators=16",
            "os-03_01_OS06 537 area=03_01 mission=32 resources=- indicators=10",
            "os-03_01_OS07 566 area=03_01 mission=32 resources=- indicators=6",
        ])
        let spaces = try corpusDataset(document).objective("os-01_04_OS01")
        XCTAssertTrue(spaces.description?.current?.hasSuffix("valorizzazione degli spazi pubblici.") == true, "the amount is not part of the description")
        let first = try corpusDataset(document).objective("os-01_01_05_01")
        XCTAssertEqual(first.code, "01_01_05_01")
        XCTAssertEqual(first.title.current, "La doppia transizione digitale ed ecologica (pgt 20%)")
        XCTAssertEqual(first.area?.title, "Sostegno alla digitalizzazione dei processi aziendali e all'ammodernamento tecnologico del sistema delle imprese")
        XCTAssertEqual(first.unit, "Promozione e Sviluppo Economico / Transizione digitale - Punto impresa digitale")
        XCTAssertTrue(first.description?.current?.hasPrefix("Unioncamere ha individuato") == true)
        XCTAssertTrue(first.description?.current?.contains("sono così individuati: - a) potenziare") == true, "the list under the description belongs to it")
        // Line 396: "Obiettivo: 03_01_OS01 Ottimizzazione …": the code printed inside the title.
        let sheet = try corpusDataset(document).objective("os-03_01_OS01")
        XCTAssertEqual(sheet.code, "03_01_OS01")
        XCTAssertEqual(sheet.title.current, "Ottimizzazione della struttura, dell'organizzazione e delle risorse")
        XCTAssertEqual(sheet.notes, ["Risorse: risorse interne"], "line 406: resources in words are kept, not read as an amount")
    }

    func testIndicatorsWithEveryValue() throws {
        let rows = try corpusDataset(document).objectives.filter { ["os-01_01_OS02", "os-03_01_OS03", "os-03_01_OS06"].contains($0.id) }
            .flatMap(\.indicators).map { indicator -> String in
                let targets = indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "∅")" }.joined(separator: " / ")
                return "\(indicator.id) \(indicator.line) | \(indicator.type?.current ?? "-") | \(indicator.measure?.current ?? "-") | "
                    + "base \(indicator.baseline?.value.raw ?? "-") | \(targets) | w \(JSONNumber.format(indicator.weight?.current ?? -1))"
            }
        // Operator and value in two cells ("Target 2026 |  |" over ">= | 1") read as one target; "Stato 2025" is the baseline.
        XCTAssertEqual(rows, [
            "os-01_01_OS02/i1 130 | Efficienza | n. | base n.d. | 2026 >= 1 / 2027 2 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i2 131 | Volume | n. | base n.d. | 2026 >= 60 / 2027 60 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i3 132 | Volume | n. | base n.d. | 2026 >= 5 / 2027 5 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i4 133 | Volume | n. | base n.d. | 2026 >= 1 / 2027 2 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i5 134 | Volume | n. | base n.d. | 2026 >= 4 / 2027 4 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i6 135 | Volume | n. | base n.d. | 2026 >= 2 / 2027 2 / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i7 136 | Salute economica | % | base n.d. | 2026 >= 80% / 2027 n.d. / 2028 n.d. | w 14.3",
            "os-01_01_OS02/i8 137 | Volume | n. | base n.d. | 2026 >= n.d. / 2027 1 / 2028 n.d. | w 0",
            "os-03_01_OS03/i1 470 | Efficienza | data | base entro fine novembre | 2026 <= 30.11.2026 / 2027 30.11.2027 / 2028 30.11.2028 | w 11.1",
            "os-03_01_OS03/i2 471 | Efficienza | si/no | base monitoraggio al 30 novembre | 2026 = si / 2027 si / 2028 si | w 11.1",
            "os-03_01_OS03/i3 472 | Volume | h | base si | 2026 >= 3 / 2027 3 / 2028 3 | w 11.1",
            "os-03_01_OS03/i4 473 | Volume | h | base si | 2026 >= 3 / 2027 3 / 2028 3 | w 11.1",
            "os-03_01_OS03/i5 474 | Volume | n. | base 2 | 2026 >= 2 / 2027 2 / 2028 2 | w 11.1",
            "os-03_01_OS03/i6 475 | Volume | n. | base 1 (periodicità semestrale) | 2026 >= 2 / 2027 2 / 2028 2 | w 11.1",
            "os-03_01_OS03/i7 476 | Efficienza | data | base entro fine anno | 2026 <= 31/12/2026 / 2027 31/12/2027 / 2028 31/12/2028 | w 11.1",
            "os-03_01_OS03/i8 477 | Indicatore Funzione Pubblica | n. | base da rilevare dall'OIV a partire dal 30/11 | 2026 = 100% / 2027 100% / 2028 100% | w 11.1",
            "os-03_01_OS03/i9 478 | Efficienza | % | base rilevazione al 15 dicembre | 2026 >= 15% / 2027 15% / 2028 15% | w 11.1",
            "os-03_01_OS06/i1 555 | Salute economica | n. | base 10.588.411 | 2026 >= 9.650.000 / 2027 9.700.000 / 2028 9.800.000 | w 10",
            "os-03_01_OS06/i2 556 | Salute economica | n. | base 8.058.273 | 2026 <= 8.350.000 / 2027 8.450.000 / 2028 8.400.000 | w 10",
            "os-03_01_OS06/i3 557 | Salute economica | n. | base 997.306 | 2026 <= 900.000 / 2027 900.000 / 2028 900.000 | w 10",
            "os-03_01_OS06/i4 558 | Salute economica | n. | base 163.883 | 2026 <= 150.000 / 2027 150.000 / 2028 150.000 | w 10",
            "os-03_01_OS06/i5 559 | Salute economica | % | base -3,36% | 2026 >= -7% / 2027 -6% / 2028 -4% | w 10",
            "os-03_01_OS06/i6 560 | Salute economica | % | base 158,6% | 2026 >= 150% / 2027 150% / 2028 150% | w 10",
            "os-03_01_OS06/i7 561 | Salute economica | n. | base 2,87 | 2026 >= 3,00 / 2027 3,00 / 2028 3,00 | w 10",
            "os-03_01_OS06/i8 562 | Salute economica | n. | base 0 | 2026 = 0 / 2027 0 / 2028 0 | w 10",
            "os-03_01_OS06/i9 563 | Salute economica | n. | base -21,94 | 2026 <= 0 / 2027 0 / 2028 0 | w 10",
            "os-03_01_OS06/i10 564 | Salute economica | gg | base 13,48 | 2026 <= 30 / 2027 30 / 2028 30 | w 10",
        ])
        let dataset = try corpusDataset(document)
        XCTAssertEqual(try dataset.indicator("os-03_01_OS06/i5").targets[0].value.current, Target(raw: ">= -7%", kind: .number, operator: ">=", value: -7, unit: "%"))
        XCTAssertEqual(try dataset.indicator("os-03_01_OS03/i1").targets[0].value.current?.kind, .date)
        // "= si" (line 471), ">= n.d." (line 137): a yes/no and a "not available" target, their operators kept.
        XCTAssertEqual(try dataset.indicator("os-03_01_OS03/i2").targets[0].value.current, Target(raw: "= si", kind: .boolean, operator: "="))
        XCTAssertEqual(try dataset.indicator("os-01_01_OS02/i8").targets[0].value.current, Target(raw: ">= n.d.", kind: .notAvailable, operator: ">="))
        XCTAssertEqual(try dataset.indicator("os-03_01_OS06/i1").baseline, Baseline(year: 2025, value: Target(raw: "10.588.411", kind: .number, value: 10_588_411)))
        // Lines 330-333: a name printed on a line above its row, and a description on a line below.
        XCTAssertEqual(try dataset.indicator("os-01_04_OS02/i1").name.current?.hasPrefix("Attuazione pianificazione operativa Grado di realizzazione"), true)
        XCTAssertEqual(try dataset.indicator("os-01_04_OS02/i2").name.current, "Grado di utilizzo delle risorse Risorse utilizzate/risorse stanziati a budget")
    }

    func testMisprintedGridIsReadCautiously() throws {
        // Line 519: "Target 2026 | Stato 2027 | Stato 2028" over rows ">= | 50% | 50%": what is certain, and a diagnostic.
        let dataset = try corpusDataset(document)
        XCTAssertEqual(try dataset.indicator("os-03_01_OS05/i1").targets.map { "\($0.year) \($0.value.current?.raw ?? "∅")" }, ["2026 >= 50%", "2027 50%"])
        XCTAssertEqual(dataset.diagnostics.filter { $0.code == "fewer-targets" }.map(\.line), Array(520...535))
    }

    func testEveryCheckVerdict() throws {
        // Rounded weights: 3 × 33% = 99 (±1.5), 7 × 14,3% + 0,0% = 100,1 (±0.4), 16 × 6,3% = 100,8 (±0.8).
        let checks = try corpusDataset(document).checks
        XCTAssertEqual(checks.filter { $0.phase == .current }.map { "\($0.scope) \($0.status.rawValue) \(JSONNumber.format($0.sum ?? -1))\($0.tolerance > 0 ? "±" + JSONNumber.format($0.tolerance) : "")" }, [
            "os-01_01_05_01 pass 99±1.5",
            "os-01_01_OS02 pass 100.1±0.4",
            "os-01_01_OS03 pass 100",
            "os-01_02_OS01 pass 99.9±0.15",
            "os-01_02_OS02 pass 100",
            "os-01_03_OS01 pass 100",
            "os-01_03_OS02 pass 100",
            "os-01_04_OS01 pass 100",
            "os-01_04_OS02 pass 100",
            "os-01_05_OS01 pass 100",
            "os-02_01_OS01 pass 100",
            "os-03_01_OS01 pass 100.1±0.35",
            "os-03_01_OS02 pass 99.6±0.6",
            "os-03_01_OS03 pass 99.9±0.45",
            "os-03_01_OS04 pass 100",
            "os-03_01_OS05 pass 100.8±0.8",
            "os-03_01_OS06 pass 100",
            "os-03_01_OS07 pass 100.2±0.3",
            // The PIRA prints no objective weight: each strategic area is listed as not checkable, not left out.
            // (Line 283 prints area 03_01 for objective 01_04_OS01, so it joins that area.)
            "area:01_01 skipped -1", "area:01_02 skipped -1", "area:01_03 skipped -1", "area:03_01 skipped -1",
            "area:01_04 skipped -1", "area:01_05 skipped -1", "area:02_01 skipped -1",
        ])
        XCTAssertEqual(checks.count, 50)
        XCTAssertTrue(checks.filter { $0.rule == "indicator-weights" }.allSatisfy { $0.status == .pass })
        let areas = checks.filter { $0.rule == "objective-weights" }
        XCTAssertEqual(areas.first { $0.scope == "area:03_01" }?.message,
                       "no weight printed for os-01_04_OS01, os-03_01_OS01, os-03_01_OS02, os-03_01_OS03, os-03_01_OS04, os-03_01_OS05, os-03_01_OS06, os-03_01_OS07")
        XCTAssertTrue(areas.allSatisfy { $0.status == .skipped && $0.message.hasPrefix("no weight printed for ") })
    }
}
