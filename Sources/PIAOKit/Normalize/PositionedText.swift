/// `pdftohtml -c` (and converters like it) write each run of a PDF's text as an element placed at
/// pixels (`<p style="position:absolute;top:907px;left:291px">`), in no useful order. Laid out again
/// as lines of characters, the page reads like `pdftotext -layout` output, which `LayoutColumns`
/// and `CenteredRows` know how to read: same top, same line; a gap between lines, a blank line;
/// a gap between pieces of one line, spaces enough to part two columns.
enum PositionedText {
    struct Piece: Equatable {
        var page: Int
        var top: Int
        var left: Int
        /// The piece's text, a line each (`<br>` parts them).
        var lines: [String]
        /// The source line of its element.
        var sourceLine: Int
        /// Its font (a class of the page's style sheet), and whether its last line ends with a space
        /// and its first opens with one (its text goes on from or to the next run of the line).
        var font: String? = nil
        var endsWithSpace = false
        var opensWithSpace = false
        /// Where its text ends, when the page says (`pdftotext -bbox` boxes its words; pdftohtml does not).
        var right: Int? = nil
    }

    /// Fewest placed pieces for a page to be read this way (a few placed logos or stamps are not).
    static let fewestPieces = 20

    /// An element's place from its style, "position:absolute;top:907px;left:291px": nil unless absolute.
    /// MuPDF's pages leave the position to their style sheet (`p{position:absolute}`) and write only
    /// "top:29.8pt;left:56.8pt" on each line: a place with no position said is taken as absolute.
    static func place(style: String) -> (top: Int, left: Int)? {
        let declarations = style.lowercased().split(separator: ";").map { declaration in
            declaration.split(separator: ":", maxSplits: 1).map { $0.filter { $0 != " " } }
        }
        func value(_ property: String) -> String? { declarations.first { $0.count == 2 && $0[0] == property }?[1] }
        guard value("position").map({ $0 == "absolute" }) ?? true, let top = value("top").flatMap(pixels), let left = value("left").flatMap(pixels) else { return nil }
        return (top, left)
    }

    /// A run's place from pdftohtml -xml's attributes, in pixels (`top="42" left="85" width="514"`), and
    /// where it ends; nil unless top and left are numbers.
    static func place(top: String?, left: String?, width: String?) -> (top: Int, left: Int, right: Int?)? {
        func number(_ text: String?) -> Int? { whole(text.flatMap { Double($0) }) }
        guard let top = number(top), let left = number(left) else { return nil }
        return (top, left, number(width).map { left + max(0, $0) })
    }

    /// Whole pixels of a length with its unit. Points
    /// ("top:73pt", as MuPDF writes) are pixels at pdftohtml's default zoom, the one the measures here
    /// were tuned on.
    private static func pixels(_ text: String) -> Int? {
        let scale: Double
        switch text.suffix(2) {
        case "px": scale = 1
        case "pt": scale = pixelsPerPoint
        default: return nil
        }
        return whole(Double(text.dropLast(2)).map { $0 * scale })
    }

    /// A number of pixels, whole, within what a page of any size holds (a number past it is no place).
    private static func whole(_ value: Double?) -> Int? {
        guard let value, value.isFinite, abs(value) < 100_000 else { return nil }
        return Int(value.rounded())
    }

    /// pdftohtml's default zoom: 1.5 pixels a point.
    static let pixelsPerPoint = 1.5

    /// The text laid out, and for each of its lines the source line it came from.
    static func layout(_ pieces: [Piece]) -> (text: String, sourceLines: [Int]) {
        let height = lineHeight(pieces)
        let width = max(3, height * 2 / 5)  // pixels a character: about 0.4 of a line's height in common fonts
        var lines: [String] = []
        var sources: [Int] = []
        for (pageIndex, page) in Dictionary(grouping: pieces, by: \.page).sorted(by: { $0.key < $1.key }).enumerated() {
            let margin = page.value.map(\.left).min() ?? 0
            // A piece of several lines is one item a line, each a line height lower.
            let items = page.value.flatMap { piece in
                piece.lines.enumerated().map {
                    (top: piece.top + $0.offset * height, left: piece.left, text: $0.element, source: piece.sourceLine, font: piece.font,
                     goesOn: piece.endsWithSpace && $0.offset == piece.lines.count - 1, goesFrom: piece.opensWithSpace && $0.offset == 0)
                }
            }.sorted { ($0.top, $0.left) < ($1.top, $1.left) }
            let columns = boxedColumns(page.value, margin: margin, width: width)
            var rows: [[(top: Int, left: Int, text: String, source: Int, font: String?, goesOn: Bool, goesFrom: Bool)]] = []
            for item in items {
                // Same line: tops within two fifths of a line (a baseline's rounding, not a centred cell's offset).
                if let top = rows.last?.first?.top, item.top - top <= height * 2 / 5 {
                    rows[rows.count - 1].append(item)
                } else {
                    rows.append([item])
                }
            }
            var previousTop: Int?
            for (index, row) in rows.enumerated() {
                // A gap of more than a line is a blank line, two at most.
                if let previous = previousTop {
                    let blanks = min(2, max(0, (row[0].top - previous + height / 2) / height - 1))
                    lines += Array(repeating: "", count: blanks)
                    sources += Array(repeating: row.map(\.source).min()!, count: blanks)
                }
                previousTop = row[0].top
                var line = pageIndex > 0 && index == 0 ? "\u{0C}" : ""
                var column = 0
                var last: (end: Int, font: String?, goesOn: Bool)?  // the last piece: where it ends by its length
                for item in row.sorted(by: { $0.left < $1.left }) {
                    // A page is some hundred characters wide: a piece placed far past it is not spaced out further.
                    let wanted = min(1_000, columns?[item.left] ?? (item.left - margin + width / 2) / width)
                    if let last, last.goesOn || item.goesFrom, last.font != item.font, item.left - last.end < width * 3 {
                        // A run in another font right where text that goes on ends: the same cell ("ecologica
                        // realizzate " then "Tipologia: Volume" in italics; "sottoscritte" in bold then
                        // " con Unioncamere"). Cells of one row share their font.
                        line += " " + item.text
                        column += 1 + item.text.count
                    } else {
                        // Two pieces of one line are two cells: at least three spaces apart.
                        let at = column == 0 ? wanted : max(wanted, column + 3)
                        line += String(repeating: " ", count: max(0, at - column)) + item.text
                        column = max(at, column) + item.text.count
                    }
                    last = (item.left + item.text.count * width, item.font, item.goesOn)
                }
                lines.append(line)
                sources.append(row.map(\.source).min()!)
            }
        }
        return (lines.joined(separator: "\n"), sources)
    }

    /// The column of each left edge of a page whose pieces say where they end: at its place in characters
    /// of the usual width, or further right, past every piece that ends left of that edge. A proportional
    /// font's line may hold more characters than the usual width gives its place ("in attività di
    /// assistenza e" over a row's "Volume" a few points right of it): laid out by the usual width alone,
    /// it would reach into the next column. Nil when a piece does not say where it ends.
    private static func boxedColumns(_ pieces: [Piece], margin: Int, width: Int) -> [Int: Int]? {
        guard !pieces.isEmpty, pieces.allSatisfy({ $0.right != nil && $0.lines.count == 1 }) else { return nil }
        let byLeft = pieces.sorted { $0.left < $1.left }
        let byRight = pieces.indices.sorted { pieces[$0].right! < pieces[$1].right! }
        var columns: [Int: Int] = [:]
        var next = 0  // in byRight: the pieces before it end left of the edge being placed
        var past = 0  // the first column past every one of them
        for piece in byLeft where columns[piece.left] == nil {
            while next < byRight.count, pieces[byRight[next]].right! < piece.left {
                // Placed already, unless its box is upside down (a malformed page): then it places nothing.
                let ended = pieces[byRight[next]]
                if let column = columns[ended.left] { past = max(past, column + ended.lines[0].count + 1) }
                next += 1
            }
            columns[piece.left] = max(past, (piece.left - margin + width / 2) / width)
        }
        return columns
    }

    /// The usual distance between two lines of one block: the most frequent gap between tops that
    /// follow each other at the same left, within reason.
    private static func lineHeight(_ pieces: [Piece]) -> Int {
        var gaps: [Int: Int] = [:]
        for page in Dictionary(grouping: pieces, by: \.page).values {
            for column in Dictionary(grouping: page, by: \.left).values {
                let tops = column.map(\.top).sorted()
                for (upper, lower) in zip(tops, tops.dropFirst()) where (8...40).contains(lower - upper) {
                    gaps[lower - upper, default: 0] += 1
                }
            }
        }
        return gaps.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 17
    }
}
