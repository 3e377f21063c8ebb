/// Page numbers and running headers/footers of text extracted from PDF (pages separated
/// by form feeds): they interrupt sentences and would be read as headings.
enum PageFurniture {
    /// Blanks, in place, lines that are only a page number and lines repeated at the top or
    /// bottom of at least half the pages (three at least).
    static func blank(_ s: inout ScalarStore) {
        // Page boundaries: form feeds.
        var pages: [[Range<Int>]] = [[]]
        var lineStart = 0
        for i in 0...s.count {
            if i == s.count || s[i] == "\n" || s[i] == "\u{0C}" {
                if i > lineStart { pages[pages.count - 1].append(lineStart..<i) }
                if i < s.count && s[i] == "\u{0C}" { pages.append([]) }
                lineStart = i + 1
            }
        }
        func key(_ r: Range<Int>) -> String {
            var v = String.UnicodeScalarView()
            for k in r {
                let c = s[k]
                if c == " " || c == "\t" { continue }
                v.append(c.properties.numericType != nil ? "#" : c)
            }
            return String(v)
        }
        func nonBlank(_ page: [Range<Int>]) -> [Range<Int>] { page.filter { !key($0).isEmpty } }
        var counts: [String: Int] = [:]
        for page in pages {
            let lines = nonBlank(page)
            var seen = Set<String>()
            for r in lines.prefix(2) + lines.suffix(2) { let k = key(r); if seen.insert(k).inserted { counts[k, default: 0] += 1 } }
        }
        let threshold = max(3, (pages.count + 1) / 2)
        for page in pages {
            let lines = nonBlank(page)
            for r in lines.prefix(2) + lines.suffix(2) {
                let k = key(r)
                if isPageNumber(k) || (pages.count >= 3 && counts[k, default: 0] >= threshold && k.count < 120) || isPrintStamp(s, r) {
                    for i in r { s[i] = " " }
                    // Its line break and the page break go too: a sentence running on to the
                    // next page stays one paragraph.
                    if r.upperBound < s.count, s[r.upperBound] == "\n" || s[r.upperBound] == "\u{0C}" { s[r.upperBound] = " " }
                    if r.lowerBound > 0, s[r.lowerBound - 1] == "\u{0C}" { s[r.lowerBound - 1] = " " }
                }
            }
        }
    }

    /// A browser's printed header or footer (`BrowserPrintFurniture`): it names itself, so a
    /// two-page print loses it too, with its page break.
    static func isPrintStamp(_ s: ScalarStore, _ r: Range<Int>) -> Bool {
        guard r.count <= BrowserPrintFurniture.longestLine else { return false }
        return s.units.withUnsafeBufferPointer { u in
            let (a, b) = BrowserPrintFurniture.trimmed(u, r.lowerBound, r.upperBound)
            return BrowserPrintFurniture.isPrintStamp(u, a, b)
        }
    }

    /// "3", "- 3 -", "3/7", "Page 3 sur 7", "p. 3" after digits became "#".
    static func isPageNumber(_ k: String) -> Bool {
        let lower = k.lowercased()
        let stripped = lower.replacingPrefix("page").replacingPrefix("p.")
        let core = stripped.filter { $0 != "-" && $0 != "–" && $0 != "/" && $0 != "#" }
        return lower.containsBytes("#") && (core.isEmpty || core == "sur")
    }
}

extension String {
    fileprivate func replacingPrefix(_ p: String) -> String { hasPrefix(p) ? String(dropFirst(p.count)) : self }
}
