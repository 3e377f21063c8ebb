import CircContract
import CircLexicon

/// A consolidated code being ingested: which code, as of which day, and its articles.
///
/// Why a document of its own: a consolidation is not a circular — no addressees, no
/// obligations in the contract's sense, and it is one version in a series. Ingested as a
/// circular it was kind `unknown`, untitled, "v1" and unlinked; as a code it is kind `code`,
/// dated, chained to the code's other versions, and its articles can be followed.
public struct CodeVersion: Sendable {
    /// The contract's code id (CESEDA), or the title as written for a code the table does not know.
    public var code: String
    /// The consolidation date (ISO).
    public var date: String
    public var title: String?
    public var consolidation: CodeConsolidation

    /// A code when the text has one heading per article. The date is the one the text states
    /// ("Date de consolidation : …", "Version consolidée au …"), else the file name's
    /// `YYYY-MM-DD` prefix (`2025-07-13_ceseda-consolide.md`); a code with neither is refused
    /// rather than filed undated, since its place in the series depends on it.
    public static func detect(path: String, text: String) throws -> CodeVersion? {
        guard CodeConsolidation.looksLikeCode(text) else { return nil }
        let c = CodeConsolidation(text)
        guard let date = c.consolidationDate ?? CodeConsolidation.dateFromFileName(path) else {
            throw RegistryError.undatedCode(path: path)
        }
        let title = c.title
        let code = title.flatMap { CodeNames.find(in: $0) } ?? (title ?? "code")
        return CodeVersion(code: code, date: date, title: title, consolidation: c)
    }

    /// The document as the registry stores it: the extractor's references (a code cites
    /// itself and other texts; those passages answer `refs --ref`), nothing else of a
    /// circular's — no addressees, obligations, deadlines, NOR or signatory.
    public func document(from extracted: CircDocument) -> CircDocument {
        var d = extracted
        d.metadata = Metadata()
        d.metadata.kind = .code
        d.metadata.date = date
        d.metadata.subject = title
        d.addressees = []
        d.obligations = []
        d.deadlines = []
        return d
    }
}
