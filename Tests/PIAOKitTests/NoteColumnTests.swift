import XCTest
@testable import PIAOKit

/// A table of indicators with a "Note" column that says what the revision did, in words of its own
/// rather than after "REVISIONE ATTUATA:".
final class NoteColumnTests: XCTestCase {
    private let header = """
        | Obiettivo strategico | Peso | Indicatore | Algoritmo | Peso indicatore | Target 2025 | Note |
        |---|---|---|---|---|---|---|
        """

    /// "Stralcio indicatore e inserimento nuovo indicatore" on one row and "Nuovo indicatore" on the next:
    /// the first is removed, the second added, and both weight checks pass (the notes had been read as
    /// plain notes: three active indicators, weights summing to 150).
    func testReplacementNotedOnTwoRows() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            # Camera di Commercio di Esempio – Revisione PIAO 2025-2027

            \(header)
            | OS1 Digitalizzazione | 100% | Tempo medio di evasione pratiche | giorni medi | 50% | <= 5 gg | |
            | | | Pratiche telematiche | n. pratiche telematiche / totale | 50% | >= 90% | Stralcio indicatore e inserimento nuovo indicatore |
            | | | Servizi digitali attivati | n. servizi attivati | 50% | >= 3 | Nuovo indicatore |
            """)
        let indicators = try dataset.objective("os-1").indicators
        XCTAssertEqual(indicators.map(\.status), [.active, .removed, .added])
        XCTAssertEqual(indicators[1].name.original, "Pratiche telematiche")
        XCTAssertNil(indicators[1].name.current)
        XCTAssertEqual(indicators[2].name.current, "Servizi digitali attivati")
        XCTAssertEqual(dataset.revisions.map { "\($0.indicator ?? "") \($0.field) \($0.note ?? "")" },
                       ["os-1/i2 status Stralcio indicatore e inserimento nuovo indicatore", "os-1/i3 status Nuovo indicatore"])
        XCTAssertFalse(dataset.checks.contains { $0.status == .fail }, "\(dataset.checkLines)")
    }

    /// "Indicatore eliminato" alone: removed; a note that says something else stays a plain note.
    func testRemovalNotedAlone() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            # Camera di Commercio di Esempio – Revisione PIAO 2025-2027

            \(header)
            | OS1 Digitalizzazione | 100% | Tempo medio di evasione pratiche | giorni medi | 100% | <= 5 gg | Target confermato |
            | | | Pratiche telematiche | n. pratiche telematiche / totale | 0% | >= 90% | Indicatore eliminato |
            """)
        let indicators = try dataset.objective("os-1").indicators
        XCTAssertEqual(indicators.map(\.status), [.active, .removed])
        XCTAssertEqual(indicators[0].notes, ["Target confermato"])
        XCTAssertEqual(dataset.revisions.map(\.field), ["status"])
    }
}
