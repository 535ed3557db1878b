import CLibXML2

/// The one file that touches libxml2: HTML in, Swift values out, every C allocation freed
/// before returning. Network access is off (HTML_PARSE_NONET) and the HTML parser never loads
/// external entities.
enum HTMLRuns {
    private static let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses markdown lines that hold inline HTML. All lines go through one parse, each wrapped in
    /// a `<div>`; when the line markup breaks that frame (a stray `</div>`), lines are parsed one by one.
    static func parseLines(_ lines: [String]) -> [[StyledRun]] {
        if lines.isEmpty { return [] }
        var batch = Array("<html><body>".utf8)
        batch.reserveCapacity(lines.reduce(32) { $0 + $1.utf8.count + 16 })
        for (index, line) in lines.enumerated() {
            if index > 0 { batch.append(0x0A) }
            appendWrapped(line, to: &batch)
        }
        batch.append(contentsOf: "</body></html>".utf8)
        if let parsed = parse(batch, expecting: lines.count) { return parsed }
        return lines.map { line in
            var single = Array("<html><body>".utf8)
            appendWrapped(line, to: &single)
            single.append(contentsOf: "</body></html>".utf8)
            return parse(single, expecting: nil)?.flatMap { $0 } ?? []
        }
    }

    /// `<div>line</div>`, each tab written as U+E000: cell separators survive the parser that way
    /// (libxml2 may drop whitespace-only text nodes such as the tab between two `<b>` cells), and
    /// `text(of:)` turns them back.
    private static func appendWrapped(_ line: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "<div>".utf8)
        var line = line
        line.withUTF8 { text in
            var start = 0
            while let tab = text[start...].firstIndex(of: 0x09) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<tab]))
                bytes.append(contentsOf: [0xEE, 0x80, 0x80])
                start = tab + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        }
        bytes.append(contentsOf: "</div>".utf8)
    }

    /// A full HTML document as lines: block elements and table rows become lines (cells joined by
    /// tabs), each numbered by the source line libxml2 reports; or the text of its only `<pre>`, or its
    /// text placed at pixels (`acceptingPreformatted`: false when the page is already such a text's reading).
    static func parseDocument(_ html: String, acceptingPreformatted: Bool = true) -> HTMLPage {
        // Word boxes are read as a stream: a tree of every word and its four attributes took some twenty
        // times the page's size. A page the stream cannot read whole (not well-formed XML) is parsed below.
        if acceptingPreformatted, BoxedWords.mayBeBoxed(html), let words = streamedWords(html), words.count >= PositionedText.fewestPieces {
            return .boxed(BoxedWords.pieces(words))
        }
        var result = HTMLPage.blocks([])
        withDocument(html) { document in
            guard let root = xmlDocGetRootElement(document) else { return }
            if acceptingPreformatted, let pre = onlyPreformatted(findBody(root)), let content = xmlNodeGetContent(pre) {
                defer { piao_xml_free(content) }
                var text = String(cString: content)
                // The line break right after <pre> is not text (HTML drops it), if libxml2 kept it.
                var firstLine = Int(xmlGetLineNo(pre))
                if text.utf8.first == 0x0A {
                    text.removeFirst()
                    firstLine += 1
                }
                result = .preformatted(text, firstLine: firstLine)
                return
            }
            if acceptingPreformatted, let pieces = positionedPieces(root), pieces.count >= PositionedText.fewestPieces {
                result = .positioned(pieces)
                return
            }
            if acceptingPreformatted, let words = boxedWords(findBody(root)), words.count >= PositionedText.fewestPieces {
                result = .boxed(BoxedWords.pieces(words))
                return
            }
            var collector = BlockCollector()
            let sheets = styleSheets(root)
            collector.classes = ClassStyles.read(sheets)
            collector.gaps = ClassStyles.gapWidths(sheets)
            collector.walk(root)
            result = .blocks(collector.lines)
        }
        return result
    }

    /// Elements placed at pixels and their text, a page for each element whose id opens with "page"
    /// (`pdftohtml -c`: `<div id="page1-div">`) or that is a `<page>` (`pdftohtml -xml`, whose runs are
    /// `<text top="42" left="85" width="514">`: the width tells where each ends); nil when none is.
    private static func positionedPieces(_ root: xmlNodePtr) -> [PositionedText.Piece]? {
        var pieces: [PositionedText.Piece] = []
        var page = 0
        var stack = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let element = name(of: node)
            if element == "page" || attribute("id", of: node)?.hasPrefix("page") == true { page += 1 }
            let placed = element == "text" ? PositionedText.place(top: attribute("top", of: node), left: attribute("left", of: node), width: attribute("width", of: node))
                : attribute("style", of: node).flatMap(PositionedText.place(style:)).map { (top: $0.top, left: $0.left, right: Int?.none) }
            if let place = placed {
                var collector = RunCollector()
                collector.walkChildren(of: node, style: [])
                let text = collector.finish().map(\.text).joined().replacingOccurrences(of: "\u{A0}", with: " ")
                let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !lines.isEmpty {
                    pieces.append(PositionedText.Piece(page: page, top: place.top, left: place.left, lines: lines, sourceLine: Int(xmlGetLineNo(node)),
                                                       font: attribute(element == "text" ? "font" : "class", of: node), endsWithSpace: text.last == " ",
                                                       opensWithSpace: text.first == " ", right: place.right))
                }
                continue
            }
            stack += children(of: node).reversed()
        }
        return pieces.isEmpty ? nil : pieces
    }

    /// The words of a page that boxes each in points, as pdftotext writes it with `-bbox` or `-bbox-layout`
    /// (`<body><doc><page><line><word xMin=… yMin=… xMax=… yMax=…>`), in the order written; nil for any other page.
    private static func boxedWords(_ body: xmlNodePtr?) -> [BoxedWords.Word]? {
        guard let body, let doc = children(of: body).first(where: { $0.pointee.type == XML_ELEMENT_NODE }), name(of: doc) == "doc" else { return nil }
        var words: [BoxedWords.Word] = []
        var (page, line) = (0, 0)
        var stack = [doc]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            switch name(of: node) {
            case "page": page += 1
            case "line": line += 1
            case "word":
                // libxml2's HTML parser writes attribute names in lower case ("xmin").
                let box = ["xmin", "ymin", "xmax", "ymax"].map { attribute($0, of: node) }
                guard let content = xmlNodeGetContent(node) else { continue }
                defer { piao_xml_free(content) }
                if let word = BoxedWords.Word(page: page, line: line, box: box, text: String(cString: content), sourceLine: Int(xmlGetLineNo(node))) {
                    words.append(word)
                }
                continue
            default: break
            }
            stack += children(of: node).reversed()
        }
        return words.isEmpty ? nil : words
    }

    /// `boxedWords` read with libxml2's streaming XML reader (pdftotext writes XHTML), the words in the
    /// order written; nil when the page is not well-formed to its end or holds no `<doc>`.
    private static func streamedWords(_ html: String) -> [BoxedWords.Word]? {
        piao_xml_silence()
        var html = html
        return html.withUTF8 { bytes -> [BoxedWords.Word]? in
            guard let base = bytes.baseAddress else { return nil }
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
            let reader = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlReaderForMemory($0, Int32(clamping: bytes.count), nil, "UTF-8", options)
            }
            guard let reader, bytes.count < Int(Int32.max) else { return nil }
            defer { xmlFreeTextReader(reader) }
            var words: [BoxedWords.Word] = []
            var (page, line, inDoc) = (0, 0, false)
            var status = xmlTextReaderRead(reader)
            while status == 1 {
                if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue), let raw = xmlTextReaderConstLocalName(reader) {
                    switch String(cString: raw) {
                    case "doc": inDoc = true
                    case "page" where inDoc: page += 1
                    case "line" where inDoc: line += 1
                    case "word" where inDoc:
                        let box = ["xMin", "yMin", "xMax", "yMax"].map { name -> String? in
                            guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
                            defer { piao_xml_free(value) }
                            return String(cString: value)
                        }
                        // The element's own line (the parser may have read ahead of it).
                        let sourceLine = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
                        guard let content = xmlTextReaderReadString(reader) else { break }
                        defer { piao_xml_free(content) }
                        if let word = BoxedWords.Word(page: page, line: line, box: box, text: String(cString: content), sourceLine: sourceLine) {
                            words.append(word)
                        }
                    default: break
                    }
                }
                status = xmlTextReaderRead(reader)
            }
            return status == 0 && inDoc ? words : nil
        }
    }

    /// The text of the page's `<style>` elements (in its head, or at the top of its body).
    private static func styleSheets(_ root: xmlNodePtr) -> [String] {
        var sheets: [String] = []
        for section in children(of: root) where section.pointee.type == XML_ELEMENT_NODE {
            for node in children(of: section) where node.pointee.type == XML_ELEMENT_NODE && name(of: node) == "style" {
                guard let content = xmlNodeGetContent(node) else { continue }
                defer { piao_xml_free(content) }
                sheets.append(String(cString: content))
            }
        }
        return sheets
    }

    /// The body's one `<pre>`, when nothing else in the body holds text.
    private static func onlyPreformatted(_ body: xmlNodePtr?) -> xmlNodePtr? {
        guard let body else { return nil }
        var found: xmlNodePtr?
        for node in children(of: body) {
            switch node.pointee.type {
            case XML_ELEMENT_NODE where found == nil && name(of: node) == "pre": found = node
            case XML_TEXT_NODE where isBlank(node), XML_COMMENT_NODE: continue
            default: return nil
            }
        }
        return found
    }

    private static func isBlank(_ node: xmlNodePtr) -> Bool {
        guard var byte = node.pointee.content else { return true }
        while byte.pointee != 0 {
            guard byte.pointee == 0x20 || byte.pointee == 0x0A || byte.pointee == 0x0D || byte.pointee == 0x09 else { return false }
            byte += 1
        }
        return true
    }

    // MARK: - libxml2

    private static func withDocument(_ html: String, _ body: (htmlDocPtr) -> Void) {
        withDocument(Array(html.utf8), body)
    }

    private static func withDocument(_ html: [UInt8], _ body: (htmlDocPtr) -> Void) {
        piao_xml_silence()
        var bytes = html
        bytes.append(0)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count - 1), nil, "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        body(document)
    }

    private static func parse(_ html: [UInt8], expecting count: Int?) -> [[StyledRun]]? {
        var lines: [[StyledRun]]?
        withDocument(html) { document in
            guard let body = findBody(xmlDocGetRootElement(document)) else { return }
            var result: [[StyledRun]] = []
            var child = body.pointee.children
            while let node = child {
                defer { child = node.pointee.next }
                if node.pointee.type == XML_TEXT_NODE { continue }
                guard name(of: node) == "div" else { return }
                var collector = RunCollector()
                collector.walkChildren(of: node, style: [])
                result.append(collector.finish())
            }
            if count == nil || result.count == count { lines = result }
        }
        return lines
    }

    private static func findBody(_ root: xmlNodePtr?) -> xmlNodePtr? {
        var child = root?.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, name(of: node) == "body" { return node }
            child = node.pointee.next
        }
        return nil
    }

    fileprivate static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        return children
    }

    fileprivate static func name(of node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        let name = String(cString: raw)
        // libxml2's HTML parser already lowercases element names; XHTML-style input may not be.
        return name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? name.lowercased() : name
    }

    /// A whole-number attribute ("colspan", "rowspan").
    fileprivate static func number(_ name: String, of node: xmlNodePtr) -> Int? {
        attribute(name, of: node).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    fileprivate static func attribute(_ attribute: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { piao_xml_free(value) }
        return String(cString: value)
    }

    /// The line breaks and indentation between `<tr>` and its `<td>`s (or between rows) are how the
    /// HTML was written, not text of any cell: read as text, the one before the first cell made an
    /// empty first column and every cell of the row slid one column right.
    fileprivate static func isLayoutWhitespace(_ node: xmlNodePtr) -> Bool {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE, isBlank(node) else { return false }
        return tableStructure.contains(name(of: parent))
    }

    private static let tableStructure: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "colgroup"]

    fileprivate static func text(of node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        // A line break or a tab in HTML source is only a space (<br> and <p> are the breaks, <td> the
        // cells: editors indent cell text with tabs); U+E000 is our tab, a cell break in text lines.
        // Replaced on bytes: nearly every text node of a tab-separated line holds one.
        guard bytes.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEE || $0 == 0x3C || $0 == 0xAD }) else { return String(cString: content) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xEE, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                output.append(0x09)
                index += 3
                continue
            }
            if byte == 0x3C, let end = conditionalEnd(bytes, from: index) {
                index = end
                continue
            }
            // "&shy;", a soft hyphen: invisible where the line does not break there.
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
                continue
            }
            output.append(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Word's HTML marks what older browsers show with "<![if !supportLists]>" … "<![endif]>", which
    /// reach the text as text: where such a mark starting at `index` ends, or nil.
    private static func conditionalEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        let opening: [UInt8] = Array("<![if ".utf8), closing: [UInt8] = Array("<![endif]>".utf8)
        if bytes[index...].starts(with: closing) { return index + closing.count }
        guard bytes[index...].starts(with: opening), let close = bytes[index...].firstIndex(of: 0x3E) else { return nil }
        return close + 1
    }

    fileprivate static func style(of node: xmlNodePtr, inherited: RunStyle, classes: [String: RunStyle] = [:]) -> RunStyle {
        var style = inherited
        if !classes.isEmpty, let names = attribute("class", of: node) {
            for name in names.split(separator: " ") { style.formUnion(classes[String(name)] ?? []) }
        }
        switch name(of: node) {
        case "b", "strong": style.insert(.bold)
        case "i", "em": style.insert(.italic)
        case "u", "ins": style.insert(.underline)
        case "del", "s", "strike": style.insert(.struck)
        case "sup": style.insert(.superscript)
        default: break
        }
        if let css = attribute("style", of: node)?.lowercased() {
            if css.contains("line-through") { style.insert(.struck) }
            if css.contains("font-weight:bold") || css.contains("font-weight: bold") || css.contains("font-weight:700") || css.contains("font-weight: 700") {
                style.insert(.bold)
            }
        }
        return style
    }

    /// pdf2htmlEX's empty `<span class="_ _4">`: a gap as wide as a column's apart is a cell break, a
    /// narrower one a space, a negative one (kerning) nothing.
    fileprivate static func gap(_ node: xmlNodePtr, widths: [String: Double]) -> String? {
        guard let names = attribute("class", of: node)?.split(separator: " "), names.contains("_") else { return nil }
        let width = names.compactMap { widths[String($0)] }.first ?? 0
        // Its spaces are printed as characters; a gap wider than a space and a half (at the usual 40px
        // of its text) parts columns.
        return width >= 15 ? "\t" : width > 0 ? " " : ""
    }

    /// An element with no text but spaces (pdf2htmlEX's gap spans hold one at times).
    fileprivate static func holdsOnlySpace(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            guard current.pointee.type == XML_TEXT_NODE, isBlank(current) else { return false }
            child = current.pointee.next
        }
        return true
    }

    /// Whether the text node's element, or the one around it, sets the Symbol font (`SymbolFont`).
    fileprivate static func inSymbolFont(_ node: xmlNodePtr) -> Bool {
        var element = node.pointee.parent
        for _ in 0..<2 {
            guard let current = element, current.pointee.type == XML_ELEMENT_NODE else { return false }
            if let css = attribute("style", of: current), SymbolFont.isSet(byStyle: css) { return true }
            element = current.pointee.parent
        }
        return false
    }

    fileprivate static let paragraphElements: Set<String> = ["p", "br", "li", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]
}

/// Collects the styled text under one node, iteratively (deeply nested input must not
/// exhaust the stack of a worker thread).
private struct RunCollector {
    private var buffer = RunBuffer()
    /// Whole documents only: a markdown line's spaces are kept as its text has them.
    var trimsBlockEdges: Bool {
        get { buffer.trimsBlockEdges }
        set { buffer.trimsBlockEdges = newValue }
    }
    /// The page's class styles (`ClassStyles`).
    var classes: [String: RunStyle] = [:]
    /// pdf2htmlEX's gap classes and their widths (`ClassStyles.gapWidths`).
    var gaps: [String: Double] = [:]
    /// In a table row: the columns that cells of the rows above span into (`rowspan`).
    var spanned: Set<Int> = []
    /// In a table row: its cells that span rows below, by column.
    private(set) var rowSpans: [(column: Int, span: Int, rows: Int)] = []
    private var nextColumn = 0

    private enum Step {
        case enter(xmlNodePtr, RunStyle)
        case paragraphEnd
        case columns(Int)
    }

    mutating func walkChildren(of parent: xmlNodePtr, style: RunStyle) {
        walk(HTMLRuns.children(of: parent), style: style)
    }

    /// The styled text of these sibling nodes, in order.
    mutating func walk(_ nodes: [xmlNodePtr], style: RunStyle) {
        var stack: [Step] = nodes.reversed().map { .enter($0, style) }
        while let step = stack.popLast() {
            switch step {
            case .paragraphEnd:
                append("\n", [])
            case let .columns(count):
                append(String(repeating: "\t", count: count), [])
            case let .enter(node, inherited):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if HTMLRuns.isLayoutWhitespace(node) { continue }
                    let text = HTMLRuns.text(of: node)
                    append(SymbolFont.mayHold(text) ? SymbolFont.unicode(text, inSymbolFont: HTMLRuns.inSymbolFont(node)) : text, inherited)
                case XML_ELEMENT_NODE:
                    let elementName = HTMLRuns.name(of: node)
                    if !gaps.isEmpty, HTMLRuns.holdsOnlySpace(node), let gap = HTMLRuns.gap(node, widths: gaps) {
                        append(gap, [])
                        continue
                    }
                    if elementName == "math" {
                        append(LatexMath.toUnicode(mathText(node)), inherited)
                        continue
                    }
                    if elementName == "td" || elementName == "th" {
                        // A column still taken by a cell of a row above (rowspan) is an empty cell here.
                        while spanned.contains(nextColumn) {
                            append("\t", [])
                            nextColumn += 1
                        }
                        append("\t", [])
                        // A cell spanning n columns is followed by n - 1 empty ones, as in tab-separated text,
                        // so the next cell stays under its own header.
                        let span = min(max(HTMLRuns.number("colspan", of: node) ?? 1, 1), 100)
                        if span > 1 { stack.append(.columns(span - 1)) }
                        if let rows = HTMLRuns.number("rowspan", of: node), rows > 1 {
                            rowSpans.append((column: nextColumn, span: span, rows: min(rows, 1_000) - 1))
                        }
                        nextColumn += span
                    }
                    let style = HTMLRuns.style(of: node, inherited: inherited, classes: classes)
                    if HTMLRuns.paragraphElements.contains(elementName) {
                        append("\n", [])
                        stack.append(.paragraphEnd)
                    }
                    pushChildren(of: node, style: style, onto: &stack)
                default:
                    continue
                }
            }
        }
    }

    private func pushChildren(of node: xmlNodePtr, style: RunStyle, onto stack: inout [Step]) {
        for child in HTMLRuns.children(of: node).reversed() { stack.append(.enter(child, style)) }
    }

    private func mathText(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { piao_xml_free(content) }
        return String(cString: content)
    }

    private mutating func append(_ text: String, _ style: RunStyle) {
        buffer.append(text, style)
    }

    mutating func finish() -> [StyledRun] {
        buffer.finish()
    }
}

/// Turns a whole HTML document into numbered lines: one per block element or table row.
private struct BlockCollector {
    var lines: [(line: Int, runs: [StyledRun], level: Int)] = []
    /// The page's class styles (`ClassStyles`).
    var classes: [String: RunStyle] = [:]
    var gaps: [String: Double] = [:]
    /// For each table being read (by its node's address): the columns that cells of the rows read so
    /// far span into, and for how many rows more.
    private var tableSpans: [Int: [Int: Int]] = [:]
    private static let lineElements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "caption", "title", "dt", "dd", "pre", "blockquote"]
    private static let skipped: Set<String> = ["script", "style", "head", "noscript", "template"]

    /// An element to read, or text between block elements ("<div>Testo</div>", "<p>Testo<o:p></o:p></p>":
    /// Word's `<o:p>` is a `p` to libxml2), read as a paragraph of its own: no text is dropped because
    /// the element around it also holds blocks.
    private enum Item {
        case element(xmlNodePtr, RunStyle)
        case loose([xmlNodePtr], RunStyle)
    }

    mutating func walk(_ root: xmlNodePtr) {
        var stack: [Item] = [.element(root, [])]
        while let item = stack.popLast() {
            switch item {
            case let .loose(nodes, style):
                var collector = blockCollector()
                collector.walk(nodes, style: style)
                let runs = collector.finish()
                guard !runs.allSatisfy({ $0.text.isAllWhitespace }) else { continue }
                let line = nodes.lazy.map { Int(xmlGetLineNo($0)) }.first { $0 > 0 } ?? 0
                appendParagraph(HTMLLines.splitAtBreaks(runs), line: line, level: 0)
            case let .element(node, inherited):
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = HTMLRuns.name(of: node)
                if Self.skipped.contains(name) && name != "title" {
                    if name == "head" { pushTitle(node, onto: &stack) }
                    continue
                }
                let style = HTMLRuns.style(of: node, inherited: inherited, classes: classes)
                if Self.lineElements.contains(name) || Self.containers.contains(name), !containsLineElement(node) {
                    readLine(node, name: name, style: style)
                    continue
                }
                // Blocks are read each on its own; the text between them, a paragraph at a time.
                var items: [Item] = []
                var loose: [xmlNodePtr] = []
                for child in HTMLRuns.children(of: node) {
                    guard isBlock(child) else {
                        loose.append(child)
                        continue
                    }
                    if !loose.isEmpty { items.append(.loose(loose, style)) }
                    loose = []
                    items.append(.element(child, style))
                }
                if !loose.isEmpty { items.append(.loose(loose, style)) }
                stack.append(contentsOf: items.reversed())
            }
        }
    }

    /// A block element with no block inside: one line (a table row, its cells joined by tabs), or the
    /// lines of a paragraph.
    private mutating func readLine(_ node: xmlNodePtr, name: String, style: RunStyle) {
        var collector = blockCollector()
        let table = name == "tr" ? Self.enclosingTable(node).map { Int(bitPattern: $0) } : nil
        if let table { collector.spanned = Set(tableSpans[table, default: [:]].keys) }
        collector.walkChildren(of: node, style: style)
        if let table {
            var taken = tableSpans[table, default: [:]].compactMapValues { $0 > 1 ? $0 - 1 : nil }
            for cell in collector.rowSpans {
                for column in cell.column..<cell.column + cell.span { taken[column] = cell.rows }
            }
            tableSpans[table] = taken
        }
        var runs = collector.finish()
        if name == "title", HTMLLines.isFileName(runs) { return }
        if Self.containers.contains(name), runs.allSatisfy({ $0.text.isAllWhitespace }) { return }
        if name == "tr", let first = runs.first, first.text.hasPrefix("\t") {
            runs[0].text.removeFirst()
        }
        let level = name.count == 2 && name.hasPrefix("h") ? Int(String(name.last!)) ?? 0 : 0
        let line = Int(xmlGetLineNo(node))
        if name == "tr" {
            lines.append((line: line, runs: runs, level: level))  // a break inside a cell stays in the cell
            return
        }
        // "<p>Descrizione:<br>Il contesto …</p>" is two lines of one paragraph, as in text; and each
        // block element is a paragraph of its own, as a blank line makes one in text.
        var pieces = HTMLLines.splitAtBreaks(runs)
        // A bullet is printed: "- item", as text and markdown give it, so a list inside a
        // description reads the same from either.
        if name == "li", let parent = node.pointee.parent, HTMLRuns.name(of: parent) == "ul", !pieces[0].isEmpty {
            pieces[0].insert(StyledRun("- "), at: 0)
        }
        appendParagraph(pieces, line: line, level: level)
    }

    /// The collector of one block's text: its edges trimmed as a browser shows them, the page's class styles.
    private func blockCollector() -> RunCollector {
        var collector = RunCollector()
        collector.trimsBlockEdges = true
        collector.classes = classes
        collector.gaps = gaps
        return collector
    }

    /// A paragraph's lines, then the blank line that ends it, as in text (a heading is a block already).
    private mutating func appendParagraph(_ pieces: [[StyledRun]], line: Int, level: Int) {
        for piece in pieces { lines.append((line: line, runs: piece, level: level)) }
        if level == 0 { lines.append((line: line, runs: [], level: 0)) }
    }

    private static func enclosingTable(_ node: xmlNodePtr) -> xmlNodePtr? {
        var parent = node.pointee.parent
        while let current = parent, current.pointee.type == XML_ELEMENT_NODE {
            if HTMLRuns.name(of: current) == "table" { return current }
            parent = current.pointee.parent
        }
        return nil
    }

    /// Elements that hold blocks or text (`<div>Testo</div>`): a line when they hold no block.
    private static let containers: Set<String> = ["div", "body", "section", "article", "main", "header", "footer", "aside", "nav",
                                                  "center", "form", "figure", "figcaption", "address", "td", "th"]

    /// Whether a child is read as a block of its own, not as text inside the lines around it.
    private func isBlock(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE else { return false }
        let name = HTMLRuns.name(of: node)
        return Self.lineElements.contains(name) || Self.containers.contains(name) || Self.structure.contains(name)
            || Self.skipped.contains(name) || containsLineElement(node)
    }

    private static let structure: Set<String> = ["table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "html", "colgroup", "hr"]

    private func pushTitle(_ head: xmlNodePtr, onto stack: inout [Item]) {
        for node in HTMLRuns.children(of: head) where HTMLRuns.name(of: node) == "title" { stack.append(.element(node, [])) }
    }

    private func containsLineElement(_ node: xmlNodePtr) -> Bool {
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child { stack.append(current); child = current.pointee.next }
        while let current = stack.popLast() {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = HTMLRuns.name(of: current)
                if name == "tr" || name == "table" || (name == "p" && HTMLRuns.name(of: node) != "tr" && HTMLRuns.name(of: node) != "li") { return true }
                var grandchild = current.pointee.children
                while let next = grandchild { stack.append(next); grandchild = next.pointee.next }
            }
        }
        return false
    }
}
