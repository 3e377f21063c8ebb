/// Whether two sequences are at most one substitution, insertion or deletion apart: how OCR
/// damages a word ("prefer" for "préfet", "cireulaire" for "circulaire"). Linear, no
/// allocation — it runs on many words of a page.
func withinOneEdit<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
    if a.count == b.count {
        var d = 0
        for k in a.indices where a[k] != b[k] { d += 1; if d > 1 { return false } }
        return true
    }
    let (l, sh) = a.count > b.count ? (a, b) : (b, a)
    guard l.count == sh.count + 1 else { return false }
    var i = 0, j = 0, skipped = false
    while i < l.count && j < sh.count {
        if l[i] == sh[j] { i += 1; j += 1 } else if skipped { return false } else { skipped = true; i += 1 }
    }
    return true
}
