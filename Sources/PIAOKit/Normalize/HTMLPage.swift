/// What a full HTML document holds: block elements and table rows as lines, or, when its body is
/// one `<pre>` (`pdftotext -htmlmeta`, text dumps served as HTML), that preformatted text, to be
/// read as the plain text it is: its line breaks, blank lines and tabs are the layout.
enum HTMLPage {
    case blocks([(line: Int, runs: [StyledRun], level: Int)])
    /// The text, and the source line its first line is on.
    case preformatted(String, firstLine: Int)
    /// Text placed at pixels, a run an element (`pdftohtml -c`): laid out again by `PositionedText`.
    case positioned([PositionedText.Piece])
    /// Words boxed in points (`pdftotext -bbox`, `-bbox-layout`), joined into pieces placed the same way.
    case boxed([PositionedText.Piece])
}
