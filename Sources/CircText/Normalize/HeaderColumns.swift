/// A letterhead set in two columns and read across (`pdftotext -layout`, an OCR that keeps the
/// page's spacing): the addressee block in the right column, the ministry's address, its
/// telephone or a marginal note in the left one, on the same lines:
///
///     Le Ministre de l'Intérieur          à  Messieurs les Inspecteurs Généraux
///       1, place Beauvau                     de l'Administration en Mission
///       PARIS (8e)                           Extraordinaire
///
/// Read line after line, the left cells cut the titles ("Inspecteurs Généraux 1, place
/// Beauvau de l'Administration…"). Below the line whose right cell opens with a civility, the
/// left cells of the lines that go on in the same right column are blanked (a space for each
/// scalar, so spans still quote the source), up to a blank line or a line that leaves that
/// column: the titles then read whole. A left cell holding the NOR or the place and date
/// ("Paris, le …") is kept: they describe the document.
public enum HeaderColumns {
    /// Spaces that part two cells of a line (a title's words are one space apart, a
    /// justified line's two or three).
    public static let gap = 4
    /// The header lines looked at.
    static let headerLines = 40
    /// How far a right cell may stand from the first one's column and still be in it.
    static let slack = 6
    /// How far from the margin a lone cell stands to be a right column's (a paragraph's
    /// indent is a few spaces; `pdftotext -layout` sets the right column thirty and more in).
    static let rightIndent = 24

    /// `civilities`: the folded civilities that open a title ("messieurs les", "monsieur le").
    /// `cues`: the folded role labels a kept left cell may hold ("pour information").
    static func blankInterleavedCells(_ s: MutableScalarView, civilities: [String], cues: Set<String> = []) {
        guard !civilities.isEmpty else { return }
        let lines = headerLineRanges(s)
        var k = 0
        while k < lines.count {
            let cells = self.cells(s, lines[k])
            if let right = rightCell(s, lines[k], cells, civilities) {
                blankBelow(s, lines, from: k + 1, column: right.lowerBound - lines[k].lowerBound, cues: cues)
                return
            }
            k += 1
        }
    }

    /// The right column's first title on line `line`: a cell after another opening with a
    /// civility, or the line's only cell when it stands as far right as a column does — the
    /// block's first title may face nothing on its left, the service, "Réf." or "P.J." that
    /// the lines below carry there:
    ///
    ///                                                  Mesdames et Messieurs les préfets
    ///     Réf. : circulaire NOR/INT/C/05/00098/C       (pour attribution)
    ///     P.J. : 1 annexe                              Monsieur le préfet de police
    static func rightCell(_ s: MutableScalarView, _ line: Range<Int>, _ cells: [Range<Int>], _ civilities: [String]) -> Range<Int>? {
        if let right = cells.dropFirst().first(where: { opensWithCivility(s, $0, civilities) }) { return right }
        guard cells.count == 1, cells[0].lowerBound - line.lowerBound >= rightIndent, opensWithCivility(s, cells[0], civilities) else { return nil }
        return cells[0]
    }

    /// The left cells of the lines from `first` that go on in the right column `column`.
    static func blankBelow(_ s: MutableScalarView, _ lines: [Range<Int>], from first: Int, column: Int, cues: Set<String> = []) {
        for (k, line) in lines.enumerated().dropFirst(first) {
            let cells = self.cells(s, line)
            guard let r = cells.firstIndex(where: { abs($0.lowerBound - line.lowerBound - column) <= slack }) else {
                // A left cell alone ("P.J. : 3 annexes") between two lines of the block.
                guard !cells.isEmpty, k + 1 < lines.count, inColumn(s, lines[k + 1], column) else { return }
                let left = cells[0].lowerBound..<cells[cells.count - 1].upperBound
                if !keeps(s, left) && !isCue(s, left, cues) { for i in left { s[i] = " " } }
                continue
            }
            guard r > 0 else { continue }
            let left = cells[0].lowerBound..<cells[r - 1].upperBound
            if keeps(s, left) || isCue(s, left, cues) { continue }
            for i in left { s[i] = " " }
        }
    }

    /// Whether line `line` has a cell in the right column `column`.
    static func inColumn(_ s: MutableScalarView, _ line: Range<Int>, _ column: Int) -> Bool {
        cells(s, line).contains { abs($0.lowerBound - line.lowerBound - column) <= slack }
    }

    /// The first `headerLines` lines, blank ones included (they end the block).
    static func headerLineRanges(_ s: MutableScalarView) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count && out.count < headerLines {
            if s[i] == "\n" { out.append(start..<i); start = i + 1 }
            i += 1
        }
        if i == s.count && start < i && out.count < headerLines { out.append(start..<i) }
        return out
    }

    /// The cells of a line: runs of text parted by at least `gap` spaces.
    static func cells(_ s: MutableScalarView, _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = line.lowerBound
        while i < line.upperBound {
            while i < line.upperBound && (s[i] == " " || s[i] == "\t") { i += 1 }
            guard i < line.upperBound else { break }
            let a = i
            var spaces = 0
            var end = i
            while i < line.upperBound {
                if s[i] == " " || s[i] == "\t" { spaces += 1; if spaces >= gap { break } }
                else { spaces = 0; end = i + 1 }
                i += 1
            }
            out.append(a..<end)
        }
        return out
    }

    /// Whether the cell opens with a civility, after an "à" that introduces the block.
    static func opensWithCivility(_ s: MutableScalarView, _ cell: Range<Int>, _ civilities: [String]) -> Bool {
        var text = folded(s, cell)
        if text.hasPrefix("a ") { text = String(text.dropFirst(2).drop { $0 == " " }) }
        return civilities.contains { text.hasPrefix($0 + " ") }
    }

    /// A left cell that describes the document: its NOR ("N° NOR : …" too), or the place and date.
    static func keeps(_ s: MutableScalarView, _ cell: Range<Int>) -> Bool {
        let text = folded(s, cell)
        return text.hasPrefix("nor") || text.hasPrefix("n° nor") || text.hasPrefix("no nor") || text.contains(", le ")
    }

    /// A left cell that labels the titles facing it: "Pour information :", "Copie :" —
    ///
    ///     Pour attribution :     Mesdames et Messieurs les préfets de région
    ///     Pour information :     Monsieur le directeur général de la police
    ///
    /// kept, so the role it gives them is read.
    static func isCue(_ s: MutableScalarView, _ cell: Range<Int>, _ cues: Set<String>) -> Bool {
        guard !cues.isEmpty, cell.count <= 40 else { return false }
        var text = Substring(folded(s, cell))
        while let l = text.last, l == ":" || l == " " || l == "-" { text = text.dropLast() }
        return cues.contains(String(text))
    }

    /// The cell in lower case without accents, as the civilities are written.
    static func folded(_ s: MutableScalarView, _ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for i in r { v.append(s[i]) }
        return Fold.string(String(v))
    }
}
