/// Which markup to expect. Text converted from PDF to "txt" carries Markdown anyway
/// (`**`, `<sup>`, `###`), so `.text` and `.markdown` get the same treatment.
public enum Markup: Sendable {
    case text, markdown, html, pdf
}

/// Rules held as data in `Lexicons/` (HTML entity names), passed in by the caller so that
/// this module stays free of Foundation.
public struct NormalizerRules: Sendable {
    public var htmlEntities: [String: Unicode.Scalar]
    /// Site notices (`WebFurniture`), folded.
    public var webFurniture: [[UInt32]]
    /// For each notice, whether it heads the site's matter after the text (`WebFurniture`
    /// tails: "Vous aimerez peut-être aussi", "Documents similaires").
    public var webFurnitureTail: [Bool]
    /// Words that head the readers' comments after a count (`WebFurniture.blankCommentThread`), folded.
    public var commentCounts: Set<String>
    /// The civilities that open an addressee title with its article ("messieurs les",
    /// "monsieur le"), folded: where a two-column letterhead's addressee block starts
    /// (`HeaderColumns`).
    public var civilities: [String]
    /// The addressee block's role labels ("pour information", "copie"), folded: a left cell
    /// holding one heads the titles facing it, and is kept (`HeaderColumns`).
    public var columnCues: Set<String>
    /// The second parts of compound titles ("directeurs" in "inspecteurs d'académie-⏎
    /// directeurs académiques"), folded: a line-end hyphen before one is the compound's
    /// own, kept (`joinHyphenatedLineEnd`).
    public var compoundSeconds: Set<String>
    public init(htmlEntities: [String: Unicode.Scalar], webFurniture: [String] = [], webFurnitureTail: [Bool] = [], commentCounts: [String] = [],
                civilities: [String] = [], columnCues: [String] = [], compoundSeconds: [String] = []) {
        self.htmlEntities = htmlEntities
        self.compoundSeconds = Set(compoundSeconds.map(Fold.string))
        self.columnCues = Set(columnCues.map(Fold.string).filter { $0.count >= 5 })
        self.civilities = civilities.map(Fold.string).filter { $0.hasSuffix(" les") || $0.hasSuffix(" le") || $0.hasSuffix(" la") }
        self.commentCounts = Set(commentCounts.map(Fold.string))
        let folded = webFurniture.enumerated().map { (Fold.string($1).unicodeScalars.map(\.value), $0 < webFurnitureTail.count && webFurnitureTail[$0]) }.filter { !$0.0.isEmpty }
        self.webFurniture = folded.map(\.0)
        self.webFurnitureTail = folded.map(\.1)
    }
}

/// Turns the source as read into `NormalizedText`, one scalar for one.
public struct Normalizer: Sendable {
    public let rules: NormalizerRules
    public init(rules: NormalizerRules) { self.rules = rules }

    public func normalize(_ source: String, markup: Markup) -> NormalizedText {
        var t: NormalizedText
        if markup == .text || markup == .markdown {
            // Nothing reads text or Markdown before typography: decoded and made plain in
            // one pass, and NFC run only if a combining mark was met.
            let (store, marks) = Self.decodeTypographic(source)
            t = NormalizedText(scalars: store)
            if marks { t.scalars.withMutableView { composeNFC($0) } }
        } else {
            // Page furniture and HTML are read before typography (form feeds, raw line breaks).
            t = NormalizedText(scalars: Self.scalars(of: source))
            if markup == .pdf { PageFurniture.blank(&t.scalars) }
            if markup == .html { stripHTML(&t) }
            t.scalars.withMutableView { b in
                typography(b)
                composeNFC(b)
            }
        }
        if markup != .html { stripMarkdown(&t) }
        t.scalars.withMutableView {
            WebFurniture.blank($0, phrases: rules.webFurniture, tails: rules.webFurnitureTail)
            WebFurniture.blankCommentThread($0, words: rules.commentCounts)
            // Paginated copies come as plain text or a PDF's text; a Markdown consolidation
            // (Légifrance) has no pages, and is the longest input: not scanned.
            if markup == .text || markup == .pdf {
                BrowserPrintFurniture.blank($0)
                HeaderColumns.blankInterleavedCells($0, civilities: rules.civilities, cues: rules.columnCues)
                InlinePageFurniture.join($0)
            }
            joinLetterSpacedCapitals($0); OCRRepair.pass($0, compoundSeconds: rules.compoundSeconds)
        }
        t.recordChanges(from: source)
        return t
    }

    /// `scalars(of:)` and `typography` in one pass over the UTF-8, and whether a combining
    /// mark was met.
    static func decodeTypographic(_ s: String) -> (ScalarStore, Bool) {
        var copy = s
        return copy.withUTF8 { u8 in
            var astral: [Int32: Unicode.Scalar] = [:]
            var marks = false
            let units = [UInt16](unsafeUninitializedCapacity: u8.count) { out, count in
                count = decodeTypographic(u8, out, &astral, &marks)
            }
            var store = ScalarStore()
            store.units = units
            store.astral = astral
            return (store, marks)
        }
    }

    /// Fills `out` (typography applied); returns the unit count. The ASCII bytes before the
    /// first other one in each eight are widened together (an accented letter every twenty
    /// bytes would otherwise send every eight through the scalar-by-scalar path).
    private static func decodeTypographic(_ u8: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt16>,
                                          _ astral: inout [Int32: Unicode.Scalar], _ marks: inout Bool) -> Int {
        let n = u8.count
        guard let p = u8.baseAddress, let dst = UnsafeMutableRawPointer(out.baseAddress) else { return 0 }
        var i = 0, k = 0
        var pendingCR = false   // a carriage return at k - 1, waiting for the next scalar
        while i < n {
            if i &+ 8 <= n && !pendingCR {
                let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                // Eight plain ASCII bytes, tested first: a constant step, so the next loads
                // start before this test is resolved.
                if w & 0x8080_8080_8080_8080 == 0 && allPlainASCII(w) {
                    dst.storeBytes(of: UTF8Scalars.widen(w).littleEndian, toByteOffset: 2 * k, as: UInt64.self)
                    dst.storeBytes(of: UTF8Scalars.widen(w >> 32).littleEndian, toByteOffset: 2 * k + 8, as: UInt64.self)
                    k &+= 8; i &+= 8
                    continue
                }
                let lead = (w & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3   // 8 when all are ASCII
                if lead > 0 {
                    // Lanes past `lead` made spaces: written beyond k + lead, and overwritten
                    // next (k + 8 ≤ i + 8 ≤ n, the capacity).
                    let keep: UInt64 = (1 << (8 * UInt64(lead))) &- 1
                    let plain = (w & keep) | (0x2020_2020_2020_2020 & ~keep)
                    // Printable or line feeds: typography leaves them as they are.
                    if allPlainASCII(plain) {
                        dst.storeBytes(of: UTF8Scalars.widen(plain).littleEndian, toByteOffset: 2 * k, as: UInt64.self)
                        dst.storeBytes(of: UTF8Scalars.widen(plain >> 32).littleEndian, toByteOffset: 2 * k + 8, as: UInt64.self)
                        // Then the scalar that stopped them (lead < 8: eight plain ones were
                        // taken above), one by one.
                        k &+= lead; i &+= lead
                    }
                }
            }
            let v = UTF8Scalars.decode(p, &i)
            if v > 0xFFFF {
                astral[Int32(k)] = unsafeBitCast(v, to: Unicode.Scalar.self)
                out[k] = ScalarStore.marker
            } else {
                out[k] = UInt16(truncatingIfNeeded: v)
            }
            if pendingCR { out[k - 1] = v == 0x0A ? 0x20 : 0x0A; pendingCR = false }
            if v == 0x0D {
                pendingCR = true
            } else if v < 0x20 || (v >= 0x7F && v < 0xC0) || v >= 0x2BC {
                if let p = plainForm(v) { out[k] = p }
                else if !marks && v >= 0x300 && !(v >= 0x2000 && v < 0x20D0) && ICU.combiningClass(v) != 0 { marks = true }
            }
            k &+= 1
        }
        if pendingCR { out[k - 1] = 0x0A }
        return k
    }

    /// Whether eight ASCII bytes (one little-endian word, high bits clear) are all printable
    /// or line feeds. Bytes below 0x80: plus 0x60 reaches 0x80 exactly from 0x20 up, plus 1
    /// exactly at 0x7F; a byte equal to 0x0A is found exactly (no borrow between lanes).
    @inline(__always) static func allPlainASCII(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let control = ~(w &+ 0x6060_6060_6060_6060) & high
        let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
        let lineFeed = ~(((x & low7) &+ low7) | x) & high
        let delete = (w &+ 0x0101_0101_0101_0101) & high
        return (control & ~lineFeed) | delete == 0
    }

    /// The string's scalars in one pass over its UTF-8 (which Swift has already validated):
    /// `Array(s.unicodeScalars)` counts them first and then decodes them again.
    static func scalars(of s: String) -> ScalarStore {
        var copy = s
        return copy.withUTF8 { ScalarStore(utf8: $0) }
    }

    // MARK: typography

    /// Typographic apostrophes and quotes, non-breaking and thin spaces, soft hyphens and
    /// control characters, each to its plain one-scalar form.
    func typography(_ s: MutableScalarView) {
        let n = s.count
        let units = s.units
        var i = 0
        let raw = UnsafeRawPointer(units.baseAddress)
        while i < n {
            // Printable ASCII (most of a French text) is left as it is: tested on the two-byte
            // units, four at a time while they all are, then one by one.
            if let raw, i + 4 <= n, Self.allPrintableASCII(raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt64.self)) {
                i += 4; continue
            }
            let u = units[i]
            if u >= 0x20 && u < 0x7F { i += 1; continue }
            let v = s[i].value
            if v == 0x0D { s[i] = (i + 1 < n && s[i + 1] == "\n") ? " " : "\n" }
            else if let p = Self.plainForm(v) { s.units[i] = p }
            i += 1
        }
    }

    /// What typography makes of a scalar other than a carriage return (whose form depends
    /// on the next scalar); nil when it is kept.
    @inline(__always) static func plainForm(_ v: UInt32) -> UInt16? {
        switch v {
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4, 0x201B: return 0x27   // '
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A: return 0x22   // "
        case 0x00A0, 0x202F, 0x2007, 0x2000...0x200A, 0x3000, 0x205F: return 0x20
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return 0x01   // NormalizedText.join
        // The hyphen's typographic forms, the figure dash and the minus sign a word processor
        // puts in a number ("n° 2020−1310", "L. 611−1"): a hyphen.
        case 0x2010, 0x2011, 0x2012, 0x2212: return 0x2D   // -
        // The fraction and division slashes of a typeset number ("directive 2008⁄115⁄CE").
        case 0x2044, 0x2215: return 0x2F   // /
        case 0x2028, 0x2029, 0x0B, 0x0C, 0x85: return 0x0A
        case 0x09, 0x0A, 0x01: return nil
        case 0x00...0x1F, 0x7F...0x9F: return 0x20
        default: return nil
        }
    }

    /// Whether four two-byte units (one little-endian word) are all in 0x20...0x7E. Below
    /// 0x80, a unit plus 0x60 reaches 0x80 exactly from 0x20 up, and plus 1 exactly at 0x7F;
    /// no lane carries into the next.
    @inline(__always) static func allPrintableASCII(_ w: UInt64) -> Bool {
        let x = UInt64(littleEndian: w)
        let high: UInt64 = 0x0080_0080_0080_0080
        return x & 0xFF80_FF80_FF80_FF80 == 0
            && (x &+ 0x0060_0060_0060_0060) & high == high
            && (x &+ 0x0001_0001_0001_0001) & high == 0
    }

    /// NFC without changing the scalar count: a base followed by combining marks becomes the
    /// composed character followed by `join`s.
    func composeNFC(_ s: MutableScalarView) {
        var i = 1
        let n = s.count
        let units = s.units
        while i < n {
            if units[i] < 0x300 { i += 1; continue }
            let v = s[i].value
            if ICU.combiningClass(v) == 0 { i += 1; continue }
            var start = i - 1
            while start > 0 && s[start] == NormalizedText.join { start -= 1 }
            var end = i
            while end < n && s[end].value >= 0x300 && ICU.combiningClass(s[end].value) != 0 { end += 1 }
            let run = Array(s[start..<end]).filter { $0 != NormalizedText.join }
            let composed = ICU.nfc(run)
            if composed.count <= end - start {
                for k in 0..<(end - start) { s[start + k] = k < composed.count ? composed[k] : NormalizedText.join }
            }
            i = end
        }
    }

    /// "M I N I S T È R E  D E  L ' I N T É R I E U R": a letterhead set in spaced capitals
    /// (and OCR'd so). In a run of at least four single capitals separated by single spaces,
    /// those spaces become `join`, so the tokenizer reads "MINISTÈRE"; a double space still
    /// separates words. Letter-spacing is a letterhead's and a title's typography: only the
    /// first scalars are read (a pass over the whole text cost a tenth of tokenizing).
    static let letterSpacingWindow = 6_000

    func joinLetterSpacedCapitals(_ s: MutableScalarView) {
        let n = min(s.count, Self.letterSpacingWindow)
        @inline(__always) func cap(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) }
        @inline(__always) func letter(_ k: Int) -> Bool { k >= 0 && k < n && (s[k].properties.isAlphabetic) }
        var i = 0
        while i + 6 < n {
            // Candidates start at a letter standing alone ("M I N…", "O b j…"): a letter
            // between spaces, two scalars before another. Most scalars fail the first test.
            guard s[i + 1] == " ", s[i + 3] == " ", letter(i), letter(i + 2), !letter(i - 1) else { i += 1; continue }
            var e = i          // last capital of the run
            if cap(s[i].value) && cap(s[i + 2].value) {
                while e + 2 < n, s[e + 1] == " ", cap(s[e + 2].value), !letter(e + 3) { e += 2 }
            } else {
                // A run in lower case is a label's ("O b j e t :", "o b j e t :"): only before
                // its colon (a run of single words, "y a à", is ordinary French).
                while e + 2 < n, s[e + 1] == " ", letter(e + 2), !letter(e + 3) { e += 2 }
                if !Self.colonAfter(s, e + 1, n) { i = e + 1; continue }
            }
            if (e - i) / 2 + 1 >= 4 {
                var k = i + 1
                while k < e { s[k] = NormalizedText.join; k += 2 }
            }
            i = e + 1
        }
    }

    /// Whether a colon follows at `k`, after one space at most ("O b j e t :").
    @inline(__always) static func colonAfter(_ s: MutableScalarView, _ k: Int, _ n: Int) -> Bool {
        let j = k < n && (s[k] == " " || s[k] == "\u{00A0}") ? k + 1 : k
        return j < n && s[j] == ":"
    }

    /// "amélio-⏎ration" is one word broken by the layout: the hyphen, the line break and the
    /// next line's indentation become `join`. Only between lowercase letters, so that
    /// "Pas-de-⏎Calais" and list dashes are left alone, and so is a compound title's own
    /// hyphen before one of `compoundSeconds` ("d'académie-⏎directeurs": the hyphen moves
    /// over the break, as a capital's below). `i` is a hyphen (`OCRRepair.pass` finds them);
    /// returns the index to go on from.
    static func joinHyphenatedLineEnd(_ s: MutableScalarView, _ i: Int, compoundSeconds: Set<String> = []) -> Int {
        let n = s.count
        guard i >= 1, i + 2 < n else { return i + 1 }
        // Blanks between the hyphen and the line break (a CRLF's CR, an editor's trailing
        // spaces) are invisible: the line still ends at the hyphen.
        var e = i + 1
        while e < n && (s[e] == " " || s[e] == "\t") { e += 1 }
        let lineEnd = e < n && s[e] == "\n"
        if lineEnd, s[i - 1].properties.isLowercase {
            var j = e + 1
            while j < n && (s[j] == " " || s[j] == "\t") { j += 1 }
            if j < n && s[j].properties.isLowercase {
                let compound = !compoundSeconds.isEmpty && compoundSeconds.contains(lowerWord(s, from: j))
                for k in i..<(compound ? j - 1 : j) { s[k] = NormalizedText.join }
                if compound { s[j - 1] = "-" }
                return j
            }
        }
        // "Dupond-⏎Moretti", "HAUTE-⏎GARONNE": a compound cut at its hyphen, a capital after
        // the break — one word, its hyphen kept. The hyphen moves over the break (to the
        // next word's first letter) so that the word is read whole, as in a flattened copy's
        // "Météo- France" below. A dash after a space is a separator, not a compound's.
        if lineEnd, s[i - 1].properties.isAlphabetic {
            var j = e + 1
            while j < n && (s[j] == " " || s[j] == "\t") { j += 1 }
            if j < n && s[j].properties.isUppercase {
                for k in i..<(j - 1) { s[k] = NormalizedText.join }
                s[j - 1] = "-"
                return j
            }
        }
        // "L. 612-⏎6", "n° 2018-⏎778": a number cut at its hyphen by the line's end is one
        // number; its hyphen stays (the parts are the article's or the text's).
        if lineEnd, s[i - 1].value &- 0x30 < 10 {
            var j = e + 1
            while j < n && (s[j] == " " || s[j] == "\t") { j += 1 }
            if j < n && s[j].value &- 0x30 < 10 {
                for k in (i + 1)..<j { s[k] = NormalizedText.join }
                return j
            }
        }
        // The same break in a copy that flattened its lines: "direc- teurs", "Météo- France"
        // (a capital after it: a compound, its hyphen kept). Not a suspended hyphen
        // ("pré- et post-opératoire").
        if s[i + 1] == " ", s[i - 1].properties.isLowercase, s[i + 2].properties.isAlphabetic, !suspends(s, i + 2) {
            // "direc- teurs" → "directeurs"; "Météo- France" → "Météo-France" (the hyphen
            // moves over the space, so that the word is read whole).
            let compound = !s[i + 2].properties.isLowercase
            s[i] = NormalizedText.join
            s[i + 1] = compound ? "-" : NormalizedText.join
            return i + 2
        }
        return i + 1
    }

    /// The letters from `j` (at most 24), folded: the word a line opens on.
    static func lowerWord(_ s: MutableScalarView, from j: Int) -> String {
        var e = j
        while e < s.count && s[e].properties.isAlphabetic && e - j < 24 { e += 1 }
        return Fold.string(String(String.UnicodeScalarView((j..<e).map { s[$0] })))
    }

    /// Whether the word at `j` is "et", "ou" or "à": what follows a suspended hyphen.
    static func suspends(_ s: MutableScalarView, _ j: Int) -> Bool {
        var e = j
        while e < s.count && s[e].properties.isAlphabetic && e - j < 3 { e += 1 }
        guard e >= s.count || !s[e].properties.isAlphabetic else { return false }
        let w = String(String.UnicodeScalarView((j..<e).map { s[$0] }))
        return w == "et" || w == "ou" || w == "à"
    }

    // MARK: markdown

    func stripMarkdown(_ t: inout NormalizedText) {
        var storage = t.scalars
        t.scalars = ScalarStore()
        defer { t.scalars = storage }
        storage.withMutableView { stripMarkdown($0, &t) }
    }

    /// "R*. 311-12", "R\*. 311-12", "R*311-12": the asterisk Légifrance puts after the prefix
    /// of an article taken by décret en Conseil des ministres. Not emphasis: one star right
    /// after a word of one or two capitals (escape backslashes already joined) and right
    /// before a dot or a digit. The tokenizer reads it as part of the article number.
    static func isArticleAsterisk(_ s: MutableScalarView, _ i: Int) -> Bool {
        guard i + 1 < s.count, s[i + 1] == "." || (s[i + 1].value >= 0x30 && s[i + 1].value <= 0x39) else { return false }
        var k = i - 1
        while k >= 0 && s[k] == NormalizedText.join { k -= 1 }
        var caps = 0
        while k >= 0 && s[k].value >= 0x41 && s[k].value <= 0x5A { caps += 1; k -= 1 }
        guard caps >= 1 && caps <= 2 else { return false }
        return k < 0 || !s[k].properties.isAlphabetic && !(s[k].value >= 0x30 && s[k].value <= 0x39)
    }

    /// The ASCII scalars Markdown stripping acts on ("\n", "*", "<", "[", "\\", "]", "_"), by
    /// bit (0–63, 64–127): every other scalar is passed over.
    static let markdownActive: (UInt64, UInt64) = {
        var m: (UInt64, UInt64) = (0, 0)
        for c in [0x0A, 0x2A, 0x3C] as [UInt64] { m.0 |= 1 << c }
        for c in [0x5B, 0x5C, 0x5D, 0x5F] as [UInt64] { m.1 |= 1 << (c - 64) }
        return m
    }()

    /// `markdownActive` on eight units.
    @inline(__always) static func markdownActive(_ v: Units8.V) -> Units8.V {
        Units8.equal(v, 0x0A) | Units8.equal(v, 0x2A) | Units8.equal(v, 0x3C) | Units8.inRange(v, 0x5B, 3) | Units8.equal(v, 0x5F)
    }

    func stripMarkdown(_ s: MutableScalarView, _ t: inout NormalizedText) {
        let n = s.count
        var boldOpen: Int? = nil
        var bold: [Range<Int>] = []
        var lineStart = 0
        var linkOpen: Int? = nil
        var closeSearch: [String: CloseSearch] = [:]   // one per closing tag
        var i = 0
        while i < n {
            if i != lineStart {
                i = Self.nextMarkdownActive(s.units, from: i)
                if i >= n { break }
            }
            let c = s[i]
            if c == "\n" { lineStart = i + 1; linkOpen = nil; i += 1; continue }
            if i == lineStart, let e = lineMarkup(s, at: i, &t) { i = e; continue }
            switch c {
            case "*", "_":
                i = Self.emphasis(s, at: i, lineStart: lineStart, boldOpen: &boldOpen, bold: &bold)
            case "\\":
                if i + 1 < n, s[i + 1].properties.isASCIIHexDigit == false, s[i + 1].value < 0x80,
                   !s[i + 1].properties.isAlphabetic, s[i + 1] != " ", s[i + 1] != "\n" {
                    s[i] = NormalizedText.join
                }
                i += 1
            case "[":
                linkOpen = i; i += 1
            case "]":
                if let o = linkOpen, let e = Self.linkTarget(s, at: i) {
                    s[o] = " "
                    for k in i..<e { s[k] = " " }
                    linkOpen = nil
                    i = e
                } else {
                    i += 1
                }
            case "<":
                if let end = inlineTag(s, at: i, t: &t, bold: &bold, closeSearch: &closeSearch) { i = end } else { i += 1 }
            default:
                i += 1
            }
        }
        t.bold = Self.merged(bold)
    }

    /// The next unit at or after `i` that Markdown stripping acts on off a line's start
    /// ("\n * _ \\ [ ] <"), or the end: most of the text is passed over here.
    static func nextMarkdownActive(_ units: UnsafeMutableBufferPointer<UInt16>, from start: Int) -> Int {
        let n = units.count
        var i = start
        // Eight units at a time, then one by one near the end.
        if let base = UnsafePointer(units.baseAddress) { Units8.skip(base, &i, to: n) { markdownActive($0) } }
        // Branch-free per unit (selects, not jumps): text alternates between the two halves
        // (spaces below 64, letters above), which mispredicted on every word.
        let (lo, hi) = markdownActive
        while i < n {
            let u = UInt64(units[i])
            let word = u < 64 ? lo : hi
            let ascii: UInt64 = u < 128 ? 1 : 0
            if (word >> (u & 63)) & ascii != 0 { break }
            i += 1
        }
        return i
    }

    /// At a line's start: a heading ("### …", recorded and its hashes blanked) or a
    /// horizontal rule (blanked). The index after what it consumed, or nil.
    func lineMarkup(_ s: MutableScalarView, at i: Int, _ t: inout NormalizedText) -> Int? {
        let n = s.count
        var j = i
        while j < n && (s[j] == " " || s[j] == "\t") { j += 1 }
        var hashes = 0
        while j + hashes < n && s[j + hashes] == "#" { hashes += 1 }
        // Archéo Lex writes a code's outline deeper than Markdown's six levels
        // ("####### Article L. 311-1" in the CESEDA consolidations).
        if hashes > 0 && hashes <= 9 && j + hashes < n && s[j + hashes] == " " {
            var e = j + hashes
            while e < n && s[e] != "\n" { e += 1 }
            for k in j..<(j + hashes) { s[k] = " " }
            t.headings.append(.init(level: hashes, range: i..<e))
            return j + hashes
        }
        if j < n && (s[j] == "-" || s[j] == "*" || s[j] == "_") {
            var e = j, count = 0
            while e < n && s[e] != "\n" { if s[e] == s[j] { count += 1 } else if s[e] != " " { count = -1000 }; e += 1 }
            if count >= 3 { for k in j..<e { s[k] = " " }; return e }
        }
        return nil
    }

    /// A run of "*" or "_" at `i`: emphasis is blanked (a double one opens or closes bold);
    /// a single "_" (snake_case, e-mail addresses), a "* " bullet and an article asterisk
    /// are kept. The index after what it read.
    static func emphasis(_ s: MutableScalarView, at i: Int, lineStart: Int, boldOpen: inout Int?,
                         bold: inout [Range<Int>]) -> Int {
        let n = s.count
        let c = s[i]
        var run = 1
        while i + run < n && s[i + run] == c { run += 1 }
        if c == "_" && run < 2 { return i + 1 }
        if c == "*" && run == 1 && i + 1 < n && s[i + 1] == " " && i == lineStart { return i + 1 }
        if c == "*" && run == 1 && isArticleAsterisk(s, i) { return i + 1 }
        if run >= 2 {
            if let o = boldOpen { bold.append(o..<i); boldOpen = nil } else { boldOpen = i + run }
        }
        for k in i..<(i + run) { s[k] = " " }
        return i + run
    }

    /// "](target)" at `i`, the target without spaces or line breaks: the index after ")".
    static func linkTarget(_ s: MutableScalarView, at i: Int) -> Int? {
        let n = s.count
        guard i + 1 < n, s[i + 1] == "(" else { return nil }
        var e = i + 2
        while e < n && s[e] != ")" && s[e] != "\n" && s[e] != " " { e += 1 }
        return e < n && s[e] == ")" ? e + 1 : nil
    }

    /// Handles `<sup>N</sup>`, `<b>…</b>`, `<br>` and other short inline tags in converted
    /// text; returns the index after what it consumed, or nil if this `<` is not a tag.
    func inlineTag(_ s: MutableScalarView, at i: Int, t: inout NormalizedText, bold: inout [Range<Int>],
                   closeSearch: inout [String: CloseSearch]) -> Int? {
        let n = s.count
        guard let (name, closing, end) = Self.tag(s, at: i, limit: 60) else { return nil }
        switch name {
        case "sup" where !closing:
            // <sup>N</sup>: a footnote call (or, at the start of a line, a footnote's number).
            guard let close = Self.find(s, "</sup>", from: end, limit: 20) else { break }
            let number = String(String.UnicodeScalarView(s[end..<close])).trimmingSpaces()
            // Only blanks back to the line start? Reaching the previous call (already blanked)
            // gives its answer: scanning on made 100,000 calls in a row quadratic (issue 6).
            var ls = i
            var inherited: Bool? = nil
            while ls > 0 && (s[ls - 1] == " " || s[ls - 1] == "\t") {
                if let last = t.footnoteCalls.last, last.range.upperBound == ls { inherited = last.startsLine; break }
                ls -= 1
            }
            let startsLine = inherited ?? (ls == 0 || s[ls - 1] == "\n")
            t.footnoteCalls.append(.init(number: number, range: i..<(close + 6), startsLine: startsLine), projectingFrom: i, of: s.count)
            for k in i..<min(n, close + 6) { s[k] = " " }
            return close + 6
        case "b", "strong":
            if !closing, let close = closeSearch[name, default: CloseSearch()].find(s, "</\(name)>", from: end, limit: 5000) {
                bold.append(end..<close)
            }
        case "br":
            for k in i..<end { s[k] = " " }
            s[i] = "\n"
            return end
        case "i", "em", "u", "sub", "span", "font", "small", "a", "mark", "s", "strike":
            break
        default:
            return nil
        }
        for k in i..<end { s[k] = " " }
        return end
    }

    // MARK: html

    static let blockTags: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                                         "article", "header", "footer", "ul", "ol", "table", "blockquote", "title",
                                         "dt", "dd", "hr", "main", "aside", "nav", "figcaption", "pre"]
    static let skipContent: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]

    /// Tags become spaces (block tags a line break, cells a tab), script and style bodies
    /// vanish, entities decode to their last scalar with `join`s before it.
    func stripHTML(_ t: inout NormalizedText) {
        var s = t.scalars
        let n = s.count
        var bold: [Range<Int>] = []
        var boldOpen: Int? = nil
        var i = 0
        while i < n {
            let c = s[i]
            if c == "<" {
                if Self.matches(s, at: i, "<!--") {
                    let e = (Self.find(s, "-->", from: i + 4, limit: n) ?? n - 3) + 3
                    for k in i..<min(e, n) { s[k] = " " }
                    i = min(e, n); continue
                }
                if i + 1 < n, s[i + 1] == "!" || s[i + 1] == "?" {
                    var e = i
                    while e < n && s[e] != ">" { e += 1 }
                    for k in i..<min(e + 1, n) { s[k] = " " }
                    i = e + 1; continue
                }
                if let (name, closing, end) = Self.tag(s, at: i, limit: 4096) {
                    for k in i..<end { s[k] = " " }
                    if Self.blockTags.contains(name) { s[i] = "\n" }
                    if name == "td" || name == "th" { s[i] = "\t" }
                    if name == "b" || name == "strong" || (name.first == "h" && name.count == 2) {
                        if closing, let o = boldOpen { bold.append(o..<i); boldOpen = nil }
                        else if !closing { boldOpen = end }
                    }
                    if name == "sup", !closing, let close = Self.find(s, "</sup>", from: end, limit: 20) {
                        let number = String(String.UnicodeScalarView(s[end..<close])).trimmingSpaces()
                        t.footnoteCalls.append(.init(number: number, range: i..<(close + 6), startsLine: false), projectingFrom: i, of: n)
                        for k in end..<close { s[k] = " " }
                    }
                    if !closing && Self.skipContent.contains(name) {
                        let closeTag = "</\(name)"
                        let e = Self.findCaseInsensitive(s, closeTag, from: end) ?? n
                        for k in end..<e where s[k] != "\n" { s[k] = " " }
                        i = e; continue
                    }
                    i = end; continue
                }
                i += 1; continue
            }
            if c == "&", let (scalar, end) = entity(s, at: i) {
                for k in i..<(end - 1) { s[k] = NormalizedText.join }
                s[end - 1] = scalar
                i = end; continue
            }
            if c == "\n" || c == "\t" { s[i] = " " }   // HTML source layout is not structure
            i += 1
        }
        t.scalars = s
        t.bold = Self.merged(bold)
    }

    func entity(_ s: ScalarStore, at i: Int) -> (Unicode.Scalar, Int)? {
        let n = s.count
        var j = i + 1
        guard j < n else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < n && (s[j] == "x" || s[j] == "X") { hex = true; j += 1 }
            var v: UInt32 = 0
            let start = j
            while j < n && j - start < 8 {
                let c = s[j].value
                let d: UInt32
                if c >= 48 && c <= 57 { d = c - 48 }
                else if hex, (c | 0x20) >= 97, (c | 0x20) <= 102 { d = (c | 0x20) - 87 }
                else { break }
                v = v &* (hex ? 16 : 10) &+ d; j += 1
            }
            guard j > start, j < n, s[j] == ";" else { return nil }
            var u = Unicode.Scalar(v) ?? "\u{FFFD}"
            if v == 0 { u = "\u{FFFD}" }
            return (typographic(u), j + 1)
        }
        let start = j
        while j < n && j - start < 10, s[j].value < 0x80,
              s[j].properties.isAlphabetic || (j > start && s[j].properties.numericType != nil) { j += 1 }
        guard j > start, j < n, s[j] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(s[start..<j]))
        guard let u = rules.htmlEntities[name] else { return nil }
        return (typographic(u), j + 1)
    }

    // MARK: helpers

    /// The search for `</b>` after a `<b>` in converted text, remembering how far the last
    /// search looked: 100,000 unclosed `<b>` would otherwise rescan the same 5,000 scalars
    /// each (issue 6). Exact: the text ahead of the scan position is only ever blanked, which
    /// cannot create a closing tag, and a remembered hit behind `from` is forgotten.
    struct CloseSearch {
        var literal = ""
        var from = Int.max
        var scannedTo = 0
        var found: Int? = nil

        mutating func find<C: RandomAccessCollection>(_ s: C, _ lit: String, from f: Int, limit: Int) -> Int?
        where C.Element == Unicode.Scalar, C.Index == Int {
            let end = min(s.count, f + limit)
            if lit == literal && from <= f {
                // The first hit at or after `from` is the first at or after `f` too.
                if let hit = found, hit >= f { return hit < end ? hit : nil }
                // No hit starts in [from, scannedTo): go on from there.
                if found == nil && scannedTo >= f {
                    guard scannedTo < end else { return nil }
                    let hit = Normalizer.find(s, lit, from: scannedTo, limit: end - scannedTo)
                    found = hit
                    scannedTo = hit ?? end
                    return hit
                }
            }
            literal = lit
            from = f
            let hit = f < end ? Normalizer.find(s, lit, from: f, limit: end - f) : nil
            found = hit
            scannedTo = hit ?? max(f, end)
            return hit
        }
    }

    func typographic(_ u: Unicode.Scalar) -> Unicode.Scalar {
        var one = ScalarStore([u])
        one.withMutableView { typography($0) }
        return one[0]
    }

    /// Parses `<name …>` or `</name>` starting at `i`; returns the lowercased name, whether
    /// it closes, and the index after `>`.
    static func tag<C: RandomAccessCollection>(_ s: C, at i: Int, limit: Int) -> (String, Bool, Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        let n = s.count
        var j = i + 1
        var closing = false
        if j < n && s[j] == "/" { closing = true; j += 1 }
        let ns = j
        while j < n, s[j].value < 0x80, s[j].properties.isAlphabetic || (j > ns && s[j].properties.numericType != nil) { j += 1 }
        guard j > ns, j < n else { return nil }
        let name = String(String.UnicodeScalarView(Array(s[ns..<j]))).lowercased()
        guard s[j] == ">" || s[j] == " " || s[j] == "/" || s[j] == "\n" || s[j] == "\t" else { return nil }
        var quote: Unicode.Scalar? = nil
        while j < n && j - i < limit {
            let c = s[j]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { return (name, closing, j + 1) }
            j += 1
        }
        return nil
    }

    static func matches<C: RandomAccessCollection>(_ s: C, at i: Int, _ lit: String) -> Bool where C.Element == Unicode.Scalar, C.Index == Int {
        var k = i
        for u in lit.unicodeScalars { if k >= s.count || s[k] != u { return false }; k += 1 }
        return true
    }

    static func find<C: RandomAccessCollection>(_ s: C, _ lit: String, from: Int, limit: Int) -> Int? where C.Element == Unicode.Scalar, C.Index == Int {
        guard let first = lit.unicodeScalars.first else { return nil }
        var i = from
        let end = min(s.count, from + limit)
        while i < end { if s[i] == first && matches(s, at: i, lit) { return i }; i += 1 }
        return nil
    }

    static func findCaseInsensitive(_ s: ScalarStore, _ lit: String, from: Int) -> Int? {
        let pat = Array(lit.lowercased().unicodeScalars)
        var i = from
        while i + pat.count <= s.count {
            var ok = true
            for k in 0..<pat.count where Fold.scalar(s[i + k].value) != pat[k].value { ok = false; break }
            if ok { return i }
            i += 1
        }
        return nil
    }

    static func merged(_ rs: [Range<Int>]) -> [Range<Int>] {
        let sorted = rs.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else { out.append(r) }
        }
        return out
    }
}

extension String {
    func trimmingSpaces() -> String {
        var v = Substring(self)
        while let f = v.first, f == " " || f == "\t" || f == "\n" { v.removeFirst() }
        while let l = v.last, l == " " || l == "\t" || l == "\n" { v.removeLast() }
        return String(v)
    }
}

/// Decoding of UTF-8 that Swift has already validated (a String's own bytes): no checks, one
/// pass, the scalar values in order.
enum UTF8Scalars {
    /// The scalar values in order through `body`, offered eight bytes at a time while they
    /// are all ASCII (most of a French text): `ascii8` gets them as one little-endian word
    /// and returns true when it has handled them, false to have them decoded one by one.
    @inline(__always) static func forEach(_ u8: UnsafeBufferPointer<UInt8>, ascii8: (UInt64) -> Bool,
                                          _ body: (UInt32) -> Void) {
        var i = 0
        let n = u8.count
        guard let base = u8.baseAddress else { return }
        while i < n {
            if i + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if w & 0x8080_8080_8080_8080 == 0 && ascii8(w) { i += 8; continue }
            }
            let b = u8[i]
            if b < 0x80 { body(UInt32(b)); i += 1 }
            else if b < 0xE0 { body(UInt32(b & 0x1F) << 6 | UInt32(u8[i + 1] & 0x3F)); i += 2 }
            else if b < 0xF0 { body(UInt32(b & 0x0F) << 12 | UInt32(u8[i + 1] & 0x3F) << 6 | UInt32(u8[i + 2] & 0x3F)); i += 3 }
            else {
                body(UInt32(b & 0x07) << 18 | UInt32(u8[i + 1] & 0x3F) << 12 | UInt32(u8[i + 2] & 0x3F) << 6 | UInt32(u8[i + 3] & 0x3F))
                i += 4
            }
        }
    }

    /// The scalar starting at byte `i`; `i` moves past it.
    @inline(__always) static func decode(_ p: UnsafePointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b = p[i]
        if b < 0x80 { i &+= 1; return UInt32(b) }
        if b < 0xE0 { defer { i &+= 2 }; return UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F) }
        if b < 0xF0 { defer { i &+= 3 }; return UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F) }
        defer { i &+= 4 }
        return UInt32(b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
    }

    /// Four ASCII bytes (the low half of a word) widened to four two-byte units in one word.
    @inline(__always) static func widen(_ x: UInt64) -> UInt64 {
        var v = x & 0xFFFF_FFFF
        v = (v | v << 16) & 0x0000_FFFF_0000_FFFF
        v = (v | v << 8) & 0x00FF_00FF_00FF_00FF
        return v
    }
}
