import CircExtract
import Foundation

/// A deliberately simple obligation extractor for tests only: sentences that contain a
/// deontic formula, with CESEDA citations and "chaque mois/trimestre/semaine". It lets the
/// edited-circular scenarios exercise the diff engine on the real 2024 text while the real
/// extractor is being written; the same scenarios also run through `Pipeline`.
enum NaiveExtractor {
    static let markers = [
        "je vous demande", "vous veillerez", "il vous appartient", "vous rendrez", "vous informerez", "vous me signalerez",
        "vous adresserez", "j'attends", "vous procederez", "vous menerez", "vous organiserez", "vous solliciterez",
        "vous vous assurerez", "vous vous attacherez", "il importe", "doivent", "doit ", "vous ferez part",
        "vous attirerez", "il est imperatif", "il convient", "je vous rappelle", "vous pouvez",
    ]

    static func extract(_ text: String, path: String) -> CircDocument {
        var m = Metadata(); m.kind = .circulaire; m.date = "2024-10-28"; m.nor = "INTK2428339J"
        var d = CircDocument(source: SourceInfo(path: path, sha256: String(repeating: "0", count: 64), format: "txt",
                                                length: text.unicodeScalars.count), metadata: m)
        let scalars = Array(text.unicodeScalars)
        let refRegex = try! NSRegularExpression(pattern: #"L\.? ?(\d{3}-\d+(?:-\d+)*)"#)
        var section: String? = nil
        var start = 0
        var i = 0
        func sentence(_ s0: Int, _ e: Int) {
            var s = s0
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            let raw = String(String.UnicodeScalarView(scalars[s..<e])).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !raw.isEmpty else { return }
            if raw.hasPrefix("#") {
                let digits = raw.drop { $0 == "#" || $0 == " " || $0 == "*" }.prefix { $0.isNumber }
                if !digits.isEmpty { section = String(digits) }
                return
            }
            if let r = raw.range(of: #"^\d\.\d/"#, options: .regularExpression) { section = String(raw[r].dropLast()) }
            let folded = raw.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "’", with: "'")
            guard markers.contains(where: { folded.contains($0) }) else { return }
            let modality: Modality = folded.contains("je vous rappelle") ? .reminder : folded.contains("vous pouvez") ? .permission : .obligation
            var o = Obligation(text: raw, span: SourceSpan(s, e), section: section, modality: modality, marker: nil,
                               actor: "addressees", emphasis: raw.contains("**"))
            let ns = raw as NSString
            for mt in refRegex.matches(in: raw, range: NSRange(location: 0, length: ns.length)) {
                let id = "CESEDA:L" + ns.substring(with: mt.range(at: 1))
                if !o.references.contains(id) { o.references.append(id) }
            }
            for (w, v) in [("chaque mois", "R/P1M"), ("chaque trimestre", "R/P3M"), ("chaque semaine", "R/P1W")] where folded.contains(w) {
                o.deadlines.append(v)
            }
            d.obligations.append(o)
            for id in o.references where !d.references.contains(where: { $0.id == id }) {
                d.references.append(Reference(id: id, kind: .codeArticle, text: id, span: SourceSpan(s, e)))
            }
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" && i + 1 < scalars.count && scalars[i + 1] == "\n" { sentence(start, i); start = i + 1 }
            else if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < scalars.count, scalars[j] == "*" { j += 1 }
                if j < scalars.count, scalars[j] == " " {
                    var k = j
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    let prevIsLetterL = i > 0 && (scalars[i - 1] == "L" || scalars[i - 1] == "R") && (i < 2 || scalars[i - 2] == " ")
                    if k < scalars.count, !prevIsLetterL, scalars[k].properties.isUppercase || scalars[k] == "*" {
                        sentence(start, j); start = j; i = j; continue
                    }
                }
            }
            i += 1
        }
        sentence(start, scalars.count)
        return d
    }
}
