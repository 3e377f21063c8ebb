/// The header and footer a browser prints on every page when a web page (a Légifrance or
/// ministry copy of a circular) is saved as PDF — the copy a juriste often has:
/// Chromium's "1/12/26, 5:54 AM   Circulaire du 3 mai 2023 - Légifrance" above and
/// "https://www.legifrance.gouv.fr/…   2/3" below, Firefox's "Titre   https://…" above and
/// "1 sur 3   01/12/2026 05:54" below. Read as text, the footer after the signature hides
/// the signature (it is no longer the text's last line), and the print date looks like a
/// date of the text. They name themselves — a print time, a URL with a page counter — so,
/// unlike a running header, they need no repetition to be known, and a two-page print is
/// cleaned as well as a long one.
enum BrowserPrintFurniture {
    /// Longest line looked at, in scalars: a title and a URL side by side.
    static let longestLine = 400

    /// Blanks every printed header or footer line of a plain text (`pdftotext` output saved
    /// as text, or pasted from a PDF viewer). Keeps one scalar for one: spans still quote the
    /// source.
    static func blank(_ s: MutableScalarView) {
        let u = UnsafeBufferPointer(s.units)
        let n = u.count
        guard let base = u.baseAddress else { return }
        var i = 0
        while i < n {
            var e = i
            Units8.skip(base, &e, to: n) { Units8.equal($0, 0x0A) }
            while e < n && u[e] != 0x0A { e += 1 }
            let (a, b) = trimmed(u, i, e)
            if b - a <= longestLine, isPrintStamp(u, a, b) {
                for k in a..<b { s.units[k] = 0x20 }
                joinAcross(s, a)
            }
            i = e + 1
        }
    }

    /// After blanking the stamp at `a`: when it stood between a sentence's two halves (the
    /// footer, the page break, the next page's header), the line breaks around it go too,
    /// so the sentence reads whole ("…soient⏎⏎https://… 1/2⏎12/1/26, 5:54 AM⏎⏎formés…").
    static func joinAcross(_ s: MutableScalarView, _ a: Int) {
        let u = s.units
        var p = a - 1
        while p >= 0 && (u[p] == 0x20 || u[p] == 0x0A || u[p] == 0x09) { p -= 1 }
        guard p >= 0, InlinePageFurniture.continuesSentence(u[p]) else { return }
        let q = InlinePageFurniture.skipBlanks(u, a)
        guard q < u.count, InlinePageFurniture.isLower(s[q]) else { return }
        for k in (p + 1)..<q where u[k] == 0x0A { u[k] = 0x20 }
    }

    /// Whether the trimmed line `a..<b` is a browser's printed header or footer.
    static func isPrintStamp(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 8 else { return false }
        let c = u[a]
        if isDigit(c) {
            // Chromium's header: the print time first.
            if dateTimeEnd(u, a, b) != nil { return true }
            // Firefox's footer: a page counter, then the print time.
            if let t = trailingDateTimeStart(u, a, b) { return isCounter(u, a, t) }
            return false
        }
        if let end = urlEnd(u, a, b) {
            // Chromium's footer: the URL, then the page counter.
            return isCounter(u, end, b)
        }
        if c | 0x20 == 0x70, let t = trailingDateTimeStart(u, a, b) { return isCounter(u, a, t) }   // "Page 1 sur 3  01/12/2026 05:54"
        // Firefox's header: the title, then, after a layout gap, the URL.
        return endsWithLaidOutURL(u, a, b)
    }

    /// "1/12/26, 5:54 AM", "01/12/2026 05:54", "01/12/2026, 05:54:12": where the stamp ends
    /// (after its time and an AM/PM), nil when the line does not open with one.
    static func dateTimeEnd(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        var k = a
        guard digits(u, &k, b, 1...2), k < b, u[k] == 0x2F else { return nil }
        k += 1
        guard digits(u, &k, b, 1...2), k < b, u[k] == 0x2F else { return nil }
        k += 1
        let year = k
        guard digits(u, &k, b, 2...4), k - year != 3 else { return nil }
        if k < b && u[k] == 0x2C { k += 1 }
        guard k < b, u[k] == 0x20 else { return nil }
        while k < b && u[k] == 0x20 { k += 1 }
        guard digits(u, &k, b, 1...2), k < b, u[k] == 0x3A else { return nil }
        k += 1
        guard digits(u, &k, b, 2...2) else { return nil }
        if k + 2 < b, u[k] == 0x3A { let s = k; k += 1; if !digits(u, &k, b, 2...2) { k = s } }
        var m = k
        while m < b && u[m] == 0x20 { m += 1 }
        if m + 1 < b, u[m] | 0x20 == 0x61 || u[m] | 0x20 == 0x70, u[m + 1] | 0x20 == 0x6D, m + 2 == b || u[m + 2] == 0x20 { k = m + 2 }
        guard k == b || u[k] == 0x20 else { return nil }
        return k
    }

    /// Where a print time that ends the line starts ("… 01/12/2026 05:54"), nil otherwise.
    static func trailingDateTimeStart(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        // The stamp is at most "01/12/2026, 05:54:12 PM": look back over its last two or
        // three words.
        var k = b
        for _ in 0..<3 {
            while k > a && u[k - 1] != 0x20 { k -= 1 }
            var s = k
            while s > a && u[s - 1] == 0x20 { s -= 1 }
            if k > a, dateTimeEnd(u, k, b) == b { return s }
            if k == a || b - k > 24 { return nil }
            k = s
        }
        return nil
    }

    /// A page counter alone in `a..<b` (spaces around it): "2/3", "2 / 3", "2 sur 3",
    /// "Page 2 sur 3", "2 of 3", "Page 2 of 3".
    static func isCounter(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        var (k, e) = trimmed(u, a, b)
        if e - k > 5, u[k] | 0x20 == 0x70, u[k + 1] | 0x20 == 0x61, u[k + 2] | 0x20 == 0x67, u[k + 3] | 0x20 == 0x65, u[k + 4] == 0x20 {
            k += 5
        }
        guard digits(u, &k, e, 1...4) else { return false }
        while k < e && u[k] == 0x20 { k += 1 }
        if k < e && u[k] == 0x2F { k += 1 }
        else if k + 3 <= e, u[k] == 0x73, u[k + 1] == 0x75, u[k + 2] == 0x72 { k += 3 }   // "sur"
        else if k + 2 <= e, u[k] == 0x6F, u[k + 1] == 0x66 { k += 2 }   // "of"
        else { return false }
        while k < e && u[k] == 0x20 { k += 1 }
        return digits(u, &k, e, 1...4) && k == e
    }

    /// Where a URL that opens the line ends ("https://…", "http://…", "file://…", "www.…").
    static func urlEnd(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        guard opensURL(u, a, b) else { return nil }
        var k = a
        while k < b && u[k] != 0x20 { k += 1 }
        return k
    }

    /// A title, a gap of two spaces or more, and a URL to the line's end.
    static func endsWithLaidOutURL(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        var k = b
        while k > a && u[k - 1] != 0x20 { k -= 1 }
        guard k - a >= 2, u[k - 2] == 0x20, opensURL(u, k, b) else { return false }
        return true
    }

    static func opensURL(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        func has(_ p: StaticString) -> Bool {
            let n = p.utf8CodeUnitCount
            guard b - a > n else { return false }
            return p.withUTF8Buffer { q in (0..<n).allSatisfy { u[a + $0] == UInt16(q[$0]) } }
        }
        return has("https://") || has("http://") || has("file://") || has("www.")
    }

    /// Reads `range` digits at `k` (advancing it); false, with `k` left anywhere, when the run
    /// of digits is shorter or longer.
    static func digits(_ u: UnsafeBufferPointer<UInt16>, _ k: inout Int, _ b: Int, _ range: ClosedRange<Int>) -> Bool {
        let s = k
        while k < b && isDigit(u[k]) { k += 1 }
        return range.contains(k - s)
    }

    @inline(__always) static func isDigit(_ c: UInt16) -> Bool { c &- 0x30 < 10 }

    static func trimmed(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> (Int, Int) {
        var x = a, y = b
        while x < y && (u[x] == 0x20 || u[x] == 0x09 || u[x] == 0xA0) { x += 1 }
        while y > x && (u[y - 1] == 0x20 || u[y - 1] == 0x09 || u[y - 1] == 0x0D || u[y - 1] == 0xA0) { y -= 1 }
        return (x, y)
    }
}
