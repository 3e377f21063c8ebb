/// Page furniture left inside a sentence by a copy of a paginated document that lost its form
/// feeds (a web copy, the text layer or OCR of a PDF): a page number line ("- 2 -", "2/5",
/// "Page 2 sur 5", "…/…"), a running header repeated at each page ("MINISTÈRE DE
/// L'INTÉRIEUR", the NOR alone) or the ministry's address footer (a line with a telephone
/// number: "Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27") between the
/// two halves of a sentence
/// ("…que les procès-verbaux soient⏎⏎- 2 -⏎⏎transmis au parquet"). Left there, it cuts the
/// sentence, and the obligation with it. It is blanked, with the line breaks around it, only
/// when the text before it ends no sentence and the text after it goes on in lower case: a
/// page number between two paragraphs is left to the segmenter (it is a unit of its own and
/// no duty). Blanking keeps one scalar for one, so spans still quote the source.
enum InlinePageFurniture {
    /// Longest furniture line looked at, in scalars.
    static let longestLine = 60
    /// Longest address footer line looked at ("Place Beauvau – 75800 Paris Cedex 08 –
    /// Standard : 01 49 27 49 27 – www.interieur.gouv.fr"), in scalars.
    static let longestFooter = 160
    /// Searches of the whole text for a running header's repetition, per text: only a line
    /// of capitals between a sentence's halves needs one, but a text made of such lines must
    /// not be read once per line.
    static let repeatSearches = 8
    /// Scalars on each side of a running header where its repetition is looked for: a few
    /// pages of a circular (about 3,000 scalars a page).
    static let pageWindow = 8_000

    static func join(_ s: MutableScalarView) {
        let n = s.count
        let units = s.units
        guard let base = UnsafePointer(units.baseAddress) else { return }
        var i = 0
        var budget = repeatSearches
        while i < n {
            Units8.skip(base, &i, to: n) { Units8.equal($0, 0x0A) }
            while i < n && units[i] != 0x0A { i += 1 }
            guard i < n else { return }
            i = joinOver(s, newline: i, budget: &budget)
        }
    }

    /// At the line break `nl`: when the lines after it are furniture between a sentence's two
    /// halves, blanks them and the breaks around. Returns where to look for the next break.
    static func joinOver(_ s: MutableScalarView, newline nl: Int, budget: inout Int) -> Int {
        let u = s.units, n = u.count
        // The text before: a letter, a digit or a comma, no sentence's end.
        var p = nl - 1
        while p >= 0 && (u[p] == 0x20 || u[p] == 0x09) { p -= 1 }
        guard p >= 0, continuesSentence(u[p]) else { return nl + 1 }
        var a = skipBlanks(u, nl)
        // Most breaks here wrap a sentence onto a lowercase line: nothing to look at.
        guard a < n, mayOpenFurniture(u, a) || opensCapitalised(u, a) else { return max(nl + 1, a) }
        var lines = 0
        // Whether the run holds a page number so far: the page break it marks shows that a
        // line of capitals beside it is the page's running head, even said once.
        var pageBreak = false
        while a < n, mayOpenFurniture(u, a) || opensCapitalised(u, a) {
            var e = a
            while e < n && u[e] != 0x0A && e - a <= longestFooter { e += 1 }
            guard e - a <= longestFooter else { break }
            let before = newlines(u, from: a)
            let next = skipBlanks(u, e)
            // Only a lowercase line or more furniture after it can make this line furniture to
            // join over: headings in a row ("TITRE Ier⏎CHAPITRE II⏎Article…") are not looked
            // up as running headers.
            guard next < n, isLower(s[next]) || mayOpenFurniture(u, next) || opensCapitalised(u, next) else { break }
            let blankLines = (before >= 2 ? 1 : 0) + (next < n && newlines(u, from: next) >= 2 ? 1 : 0)
            let end = trimmedEnd(u, a, e)
            let besidePage = pageBreak || pageNumber(u, next, trimmedEnd(u, next, lineEnd(u, next))) == .marked
            guard isFurniture(s, a, end, blankLines: blankLines, besidePage: besidePage, budget: &budget) else { break }
            if pageNumber(u, a, end) != PageNumber.none { pageBreak = true }
            lines += 1
            a = next
        }
        guard lines > 0, a < n, isLower(s[a]) else { return max(nl + 1, a) }
        for k in (p + 1)..<a { u[k] = 0x20 }
        return a
    }

    /// Whether the line `a..<e` is a page number or a running header. A bare number ("2") is
    /// one only between blank lines (a wrapped OCR line may hold a lone "2" of a citation).
    /// `besidePage`: a page number line is next to it in the run (before or after).
    static func isFurniture(_ s: MutableScalarView, _ a: Int, _ e: Int, blankLines: Int, besidePage: Bool = false, budget: inout Int) -> Bool {
        guard e > a else { return false }
        // The ministry's address footer: the one furniture longer than a page number's line.
        if hasPhoneNumber(s.units, a, e) || hasCedexAddress(s.units, a, e) { return true }
        guard e - a <= longestLine, mayOpenFurniture(s.units, a) else { return false }
        switch pageNumber(s.units, a, e) {
        case .marked: return true
        case .bare: return blankLines == 2
        case .none: break
        }
        // A NOR alone is a running header only when the text holds it again nearby: once, it
        // is the document's own header line ("Rentrée 2023⏎NOR : MENE…⏎circulaire du …").
        if isNOR(s.units, a, e) { return repeatsNearby(s, a, e, budget: &budget) }
        // A running head said once in the excerpt (a bulletin's, a circular's title repeated
        // at the top of each page): the page break beside it or its own page number tells it.
        if besidePage || hasOwnPageNumber(s.units, a, e), capitalLetters(s, a, e) >= runningHeadLetters { return true }
        return isRepeatedCapitals(s, a, e, budget: &budget)
    }

    /// Fewest letters of a running head told by its page number ("BULLETIN OFFICIEL 213"):
    /// more than a numbered heading's word ("CHAPITRE 2").
    static let runningHeadLetters = 12

    /// A page number of one to three digits at an end of the line, apart from its words
    /// ("BULLETIN OFFICIEL DU MINISTÈRE DE L'INTÉRIEUR 213", "214 BULLETIN OFFICIEL…"); not
    /// a number after "N°" ("CIRCULAIRE N° 212" is a heading).
    static func hasOwnPageNumber(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> Bool {
        var k = e
        while k > a && u[k - 1] &- 0x30 < 10 { k -= 1 }
        if e - k >= 1 && e - k <= 3 && k > a && u[k - 1] == 0x20 {
            var j = k - 1
            while j > a && u[j - 1] == 0x20 { j -= 1 }
            return !(j > a && (u[j - 1] == 0xB0 || u[j - 1] == 0xBA))
        }
        var j = a
        while j < e && u[j] &- 0x30 < 10 { j += 1 }
        return j - a >= 1 && j - a <= 3 && j < e && u[j] == 0x20
    }

    /// The letters of the line `a..<e` when none is lower case, else 0.
    static func capitalLetters(_ s: MutableScalarView, _ a: Int, _ e: Int) -> Int {
        var letters = 0
        for k in a..<e {
            let c = s[k]
            if c.properties.isLowercase { return 0 }
            if c.properties.isAlphabetic { letters += 1 }
        }
        return letters
    }

    /// The end of the line that opens at `k` (its line break or the text's end).
    @inline(__always) static func lineEnd(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Int {
        var j = k
        while j < u.count && u[j] != 0x0A { j += 1 }
        return j
    }

    enum PageNumber { case none, bare, marked }

    /// "- 2 -", "2/5", "2 / 5", "Page 2 sur 5", "p. 2", "…/…", "../.." (marked), "2" (bare).
    static func pageNumber(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> PageNumber {
        var k = a
        var marked = false
        if e - a > 4, u[a] | 0x20 == 0x70, u[a + 1] | 0x20 == 0x61, u[a + 2] | 0x20 == 0x67, u[a + 3] | 0x20 == 0x65 { k += 4; marked = true }
        else if e - a > 2, u[a] | 0x20 == 0x70, u[a + 1] == 0x2E { k += 2; marked = true }
        var digits = 0, dots = 0, slash = false
        while k < e {
            let c = u[k]
            if c &- 0x30 < 10 { digits += 1 }
            else if c == 0x2D || c == 0x2013 || c == 0x2014 { marked = true }
            else if c == 0x2F { slash = true; marked = true }
            else if c == 0x2E || c == 0x2026 { dots += 1 }
            else if c == 0x73, k + 2 < e, u[k + 1] == 0x75, u[k + 2] == 0x72 { k += 2; marked = true }   // "sur"
            else if c != 0x20 && c != 0x09 { return .none }
            k += 1
        }
        if digits == 0 { return slash && dots > 0 ? .marked : .none }
        guard dots == 0 else { return .none }
        return marked ? .marked : (digits <= 3 ? .bare : .none)
    }

    /// "NOR : INTK2101234C" or "INTK2101234C": the NOR alone, four capitals, seven digits, a
    /// capital (no sentence holds it on a line of its own).
    static func isNOR(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        if e - a > 12, u[a] == 0x4E, u[a + 1] == 0x4F, u[a + 2] == 0x52 {
            k += 3
            while k < e && (u[k] == 0x20 || u[k] == 0x3A || u[k] == 0xA0) { k += 1 }
        }
        guard e - k == 12 else { return false }
        for j in 0..<12 {
            let c = u[k + j]
            let ok = j >= 4 && j < 11 ? c &- 0x30 < 10 : c &- 0x41 < 26
            if !ok { return false }
        }
        return true
    }

    /// A line of capitals ("MINISTÈRE DE L'INTÉRIEUR", at least eight letters, no lowercase)
    /// that the text holds on another line too: a running header.
    static func isRepeatedCapitals(_ s: MutableScalarView, _ a: Int, _ e: Int, budget: inout Int) -> Bool {
        guard capitalLetters(s, a, e) >= 8 else { return false }
        return repeatsNearby(s, a, e, budget: &budget)
    }

    /// Whether the line `a..<e` is found again, as a line or between spaces, within
    /// `pageWindow` scalars around it (while the text's search budget lasts).
    static func repeatsNearby(_ s: MutableScalarView, _ a: Int, _ e: Int, budget: inout Int) -> Bool {
        let u = s.units
        guard budget > 0 else { return false }
        budget -= 1
        let len = e - a
        // A running header repeats at the next page or the one before: looked for within
        // `pageWindow` scalars around the line, not through a long text.
        var k = max(0, a - pageWindow)
        let end = min(u.count, e + pageWindow)
        while k + len <= end {
            if k != a, u[k] == u[a], k == 0 || u[k - 1] == 0x0A || u[k - 1] == 0x20,
               k + len == u.count || u[k + len] == 0x0A || u[k + len] == 0x20 || u[k + len] == 0x0D {
                var j = 1
                while j < len && u[k + j] == u[a + j] { j += 1 }
                if j == len { return true }
            }
            k += 1
        }
        return false
    }

    /// What furniture opens with: a digit, a dash, a dot or "…", "Page" or "p.", two capitals
    /// ("MI…", "IN…") or a capital and a space or an apostrophe. Cheap, so that an ordinary
    /// line ("Le préfet…") after an unpunctuated one is not read through.
    @inline(__always) static func mayOpenFurniture(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int) -> Bool {
        let c = u[a], d = a + 1 < u.count ? u[a + 1] : 0x20
        @inline(__always) func cap(_ x: UInt16) -> Bool { x &- 0x41 < 26 || (x >= 0xC0 && x <= 0xDE && x != 0xD7) }
        if c &- 0x30 < 10 || c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x2E || c == 0x2026 { return true }
        if c | 0x20 == 0x70 && (d == 0x61 || d == 0x2E) { return true }
        return cap(c) && (cap(d) || d == 0x20 || d == 0x27)
    }

    /// A capital then a lower-case letter, accented or not ("Place Beauvau…", "Tél. : 01…"): a
    /// line that may be an address footer, which `hasPhoneNumber` or `hasCedexAddress` decides.
    @inline(__always) static func opensCapitalised(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int) -> Bool {
        guard a + 1 < u.count, u[a] &- 0x41 < 26 else { return false }
        let b = u[a + 1]
        return b &- 0x61 < 26 || (b >= 0xDF && b <= 0xFF && b != 0xF7)
    }

    /// A French telephone number on the line `a..<e`: five pairs of digits from a 0 ("01 49 27
    /// 49 27", "01.49.27.49.27") or ten digits in a row. A footer's or a letterhead's contact
    /// line (as `StructureBuilder.hasPhoneNumber` reads it): no sentence of a letter wraps
    /// onto a line holding one.
    static func hasPhoneNumber(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k < e {
            if u[k] == 0x30, k == a || u[k - 1] &- 0x30 >= 10, phoneAt(u, k, e) { return true }
            k += 1
        }
        return false
    }

    /// A business postal address on the line `a..<e`: a postcode of five digits, its town in
    /// capitals or capitalised, and "CEDEX" ("Place Beauvau 75800 PARIS CEDEX 08", "11, rue
    /// des Saussaies - 75800 Paris Cedex 08"): the ministry's footer without its telephone
    /// number. A sentence names a town without the sorting office's word.
    static func hasCedexAddress(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> Bool {
        var k = a, postcode = false
        while k < e {
            if !postcode, u[k] &- 0x30 < 10, k == a || u[k - 1] &- 0x30 >= 10 {
                var j = k
                while j < e && u[j] &- 0x30 < 10 { j += 1 }
                postcode = j - k == 5 && j + 1 < e && u[j] == 0x20 && u[j + 1] &- 0x41 < 26
                k = j; continue
            }
            if postcode, k + 5 <= e, u[k] | 0x20 == 0x63, u[k + 1] | 0x20 == 0x65, u[k + 2] | 0x20 == 0x64,
               u[k + 3] | 0x20 == 0x65, u[k + 4] | 0x20 == 0x78, u[k - 1] == 0x20 { return true }
            k += 1
        }
        return false
    }

    /// Ten digits from `k`, with at most one space or dot after each pair.
    static func phoneAt(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int, _ e: Int) -> Bool {
        var j = k, digits = 0
        while j < e, digits < 10 {
            if u[j] &- 0x30 < 10 { digits += 1; j += 1; continue }
            guard digits % 2 == 0, u[j] == 0x20 || u[j] == 0x2E || u[j] == 0xA0 else { return false }
            j += 1
        }
        return digits == 10 && (j == e || u[j] &- 0x30 >= 10)
    }

    @inline(__always) static func continuesSentence(_ c: UInt16) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x2C || (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)
    }
    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value &- 0x61 < 26 : c.properties.isLowercase
    }
    /// The first scalar after `k` that is no space, tab or line break.
    @inline(__always) static func skipBlanks(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Int {
        var j = k
        while j < u.count && (u[j] == 0x20 || u[j] == 0x0A || u[j] == 0x09) { j += 1 }
        return j
    }
    /// Line breaks in the blanks just before `k`.
    @inline(__always) static func newlines(_ u: UnsafeMutableBufferPointer<UInt16>, from k: Int) -> Int {
        var j = k - 1, count = 0
        while j >= 0 && (u[j] == 0x20 || u[j] == 0x0A || u[j] == 0x09) { if u[j] == 0x0A { count += 1 }; j -= 1 }
        return count
    }
    @inline(__always) static func trimmedEnd(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ e: Int) -> Int {
        var j = e
        while j > a && (u[j - 1] == 0x20 || u[j - 1] == 0x09) { j -= 1 }
        return j
    }
}
