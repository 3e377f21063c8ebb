extension Markup {
    /// "[L. 561-2](#article-l561-2)" → "L. 561-2": consolidations link every citation; the
    /// reader wants the words, and the anchors point into a page we do not show.
    /// Works on UTF-8 bytes: it runs over every changed article of a 1 MB code.
    static func unlink(_ s: String) -> String {
        let u = Array(s.utf8)
        guard u.count > 3 else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        var changed = false
        while i < u.count {
            if u[i] == UInt8(ascii: "["), let close = firstIndex(u, of: "]", from: i + 1, stopAtNewline: true),
               close + 1 < u.count, u[close + 1] == UInt8(ascii: "("),
               let paren = firstIndex(u, of: ")", from: close + 2, stopAtNewline: true) {
                out.append(contentsOf: u[(i + 1)..<close])
                i = paren + 1
                changed = true
                continue
            }
            out.append(u[i]); i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : s
    }

    private static func firstIndex(_ u: [UInt8], of c: Unicode.Scalar, from: Int, stopAtNewline: Bool) -> Int? {
        let target = UInt8(ascii: c)
        var j = from
        while j < u.count {
            if u[j] == target { return j }
            if stopAtNewline && u[j] == 0x0A { return nil }
            j += 1
        }
        return nil
    }

    /// True when `a` and `b` differ only in runs of ASCII whitespace (re-wrapped lines),
    /// compared without allocating.
    static func equalIgnoringSpace(_ a: String, _ b: String) -> Bool {
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        // Next byte with whitespace runs reduced to one 0x20, leading/trailing runs dropped.
        func next(_ it: inout String.UTF8View.Iterator, _ pending: inout UInt8?, _ started: inout Bool) -> UInt8? {
            if let p = pending { pending = nil; return p }
            var sawSpace = false
            while let c = it.next() {
                if isSpace(c) { sawSpace = true; continue }
                if sawSpace && started { pending = c; return 0x20 }
                started = true
                return c
            }
            return nil
        }
        var pa: UInt8? = nil, pb: UInt8? = nil, sa = false, sb = false
        while true {
            let x = next(&ia, &pa, &sa), y = next(&ib, &pb, &sb)
            if x != y { return false }
            if x == nil { return true }
        }
    }
}
