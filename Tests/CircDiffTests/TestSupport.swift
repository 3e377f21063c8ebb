import CircTestSupport
import CircExtract
import Foundation
@testable import CircDiff

/// The Corpus files the diff tests edit and compare.
enum Checkout {
    static let circular2024 = Fixtures.path("Corpus/seeds/2024-10-28_circulaire_INTK2428339J_pilotage-politique-migratoire.txt")
    static let cesedaOld = Fixtures.path("Corpus/ceseda/2016-10-31_ceseda-consolide.md")
    static let cesedaNew = Fixtures.path("Corpus/ceseda/2016-11-01_ceseda-consolide.md")
    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}

/// Builders for hand-made documents: the diff engine is tested on `CircDocument` values,
/// independent of the extractor.
func ob(_ text: String, section: String? = nil, modality: Modality = .obligation, actor: String? = "addressees",
        condition: String? = nil, emphasis: Bool = false, refs: [String] = [], deadlines: [String] = [], at start: Int = 0) -> Obligation {
    var o = Obligation(text: text, span: SourceSpan(start, start + text.unicodeScalars.count), section: section, modality: modality,
                       marker: nil, actor: actor, condition: condition, emphasis: emphasis)
    o.references = refs
    o.deadlines = deadlines
    return o
}

func doc(_ obligations: [Obligation], date: String? = "2024-10-28", nor: String? = nil, path: String = "x.txt",
         refs: [String] = [], addressees: [Addressee] = []) -> CircDocument {
    var m = Metadata()
    m.kind = .circulaire; m.date = date; m.nor = nor
    var d = CircDocument(source: SourceInfo(path: path, sha256: String(repeating: "0", count: 64), format: "txt", length: 0), metadata: m)
    d.obligations = obligations
    d.references = refs.map { Reference(id: $0, kind: .codeArticle, text: $0, span: SourceSpan(0, 1)) }
    d.addressees = addressees
    return d
}

extension DiffReport {
    /// Entries other than unchanged.
    var changed: [ObligationChange] { obligations.filter { $0.change != .unchanged } }
    func entries(_ kind: ChangeKind) -> [ObligationChange] { obligations.filter { $0.change == kind } }
}

extension ObligationChange {
    var fields: [String] { changes.map(\.field) }
    func redlineText() -> (deleted: String, inserted: String)? {
        for c in changes { if case .wording(let segs) = c {
            return (segs.filter { $0.op == .delete }.map(\.text).joined(separator: "|"),
                    segs.filter { $0.op == .insert }.map(\.text).joined(separator: "|"))
        } }
        return nil
    }
}
