/// A line of flow text, and whether it opens a paragraph: after a blank line in flat text, a new
/// `<p>` in HTML. Line numbers cannot tell it: an HTML paragraph's lines share its element's line.
struct FlowLine {
    var cell: Cell
    var opensParagraph: Bool
}
