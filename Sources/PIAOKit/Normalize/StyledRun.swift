/// Typographic marks that matter for revisions: struck text is the old value,
/// bold or underlined text often marks the new one.
public struct RunStyle: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = RunStyle(rawValue: 1 << 0)
    public static let italic = RunStyle(rawValue: 1 << 1)
    public static let underline = RunStyle(rawValue: 1 << 2)
    public static let struck = RunStyle(rawValue: 1 << 3)
    public static let superscript = RunStyle(rawValue: 1 << 4)
}

/// A stretch of text with one style. `\t` separates table cells, `\n` paragraphs inside a cell.
public struct StyledRun: Equatable, Sendable {
    public var text: String
    public var style: RunStyle

    public init(_ text: String, _ style: RunStyle = []) {
        self.text = text
        self.style = style
    }

    public var isStruck: Bool { style.contains(.struck) }
    public var isBold: Bool { style.contains(.bold) }
}

/// One source line after normalisation.
public struct NormalizedLine: Equatable, Sendable {
    public var number: Int
    /// Markdown heading level (`## X` → 2), 0 for body text.
    public var headingLevel: Int
    /// A line that is one unstyled run (most lines, until their markup is read) keeps its text alone:
    /// an array of one run for each line was an eighth of a large document's memory while normalized.
    private var plain: String?
    private var styled: [StyledRun]

    public init(number: Int, runs: [StyledRun], headingLevel: Int = 0) {
        self.number = number
        self.headingLevel = headingLevel
        (plain, styled) = Self.stored(runs)
    }

    public var runs: [StyledRun] {
        get { plain.map { [StyledRun($0)] } ?? styled }
        set { (plain, styled) = Self.stored(newValue) }
    }

    private static func stored(_ runs: [StyledRun]) -> (plain: String?, styled: [StyledRun]) {
        runs.count == 1 && runs[0].style.isEmpty ? (runs[0].text, []) : (nil, runs)
    }

    /// The text of a line that is one unstyled run, without making its array of runs.
    var plainText: String? { plain }

    public var text: String { plain ?? styled.map(\.text).joined() }
    public var isBlank: Bool { plain.map(\.isAllWhitespace) ?? styled.allSatisfy { $0.text.isAllWhitespace } }
}

/// Stage 1's product: the document as styled lines.
public struct NormalizedText: Sendable {
    public var format: DocumentFormat
    public var lines: [NormalizedLine]
    public var diagnostics: [Diagnostic]
}

extension StyledRun {
    /// The runs cut at every `separator` byte (ASCII, so never inside a character), each piece's runs
    /// kept with their style; empty pieces stay, so pieces line up with columns or paragraphs.
    static func split(_ runs: [StyledRun], on separator: UInt8) -> [[StyledRun]] {
        var pieces: [[StyledRun]] = [[]]
        for run in runs {
            // Most runs hold no separator: kept as they are, their text not copied.
            guard run.text.containsByte(separator) else {
                if !run.text.isEmpty { pieces[pieces.count - 1].append(run) }
                continue
            }
            var text = run.text
            text.withUTF8 { bytes in
                var start = 0
                while true {
                    let end = bytes[start...].firstIndex(of: separator) ?? bytes.count
                    if start < end { pieces[pieces.count - 1].append(StyledRun(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), run.style)) }
                    guard end < bytes.count else { break }
                    pieces.append([])
                    start = end + 1
                }
            }
        }
        return pieces
    }
}
