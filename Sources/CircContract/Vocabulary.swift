/// The closed vocabularies of `circ.document/1` (shared/contract/README.md, `Schemas/`).
/// Each raw value is the contract's string, so the JSON is the same as when these were
/// strings; Swift compares cases, so a misspelt value is a compile error rather than a
/// silent mismatch. `description` is the raw value, so a case interpolated into text or SQL
/// reads as the contract writes it.
public protocol ContractVocabulary: RawRepresentable, Codable, Hashable, Sendable, CaseIterable,
    CustomStringConvertible where RawValue == String {}

extension ContractVocabulary {
    public var description: String { rawValue }
}

/// What an obligation asks: `obligations[].modality`.
public enum Modality: String, ContractVocabulary {
    case obligation, recommendation, permission, prohibition, reminder
}

/// What a document is: `metadata.kind`. `code` is a consolidated code stored in the registry.
public enum DocumentKind: String, ContractVocabulary {
    case circulaire, instruction, note, communique, depeche, article, code, unknown

    /// Press items report instructions in indirect speech (the contract's last paragraph).
    public var isPress: Bool { self == .communique || self == .depeche || self == .article }
    /// Texts that give instructions themselves.
    public var isInstruction: Bool { self == .circulaire || self == .instruction || self == .note }
}

/// How an addressee is addressed: `addressees[].role`.
public enum AddresseeRole: String, ContractVocabulary {
    /// The addressees proper ("vous" in the body).
    case to
    /// For information ("copie à", "pour information").
    case cc
}

/// What a deadline's value is: `deadlines[].kind`.
public enum DeadlineKind: String, ContractVocabulary {
    /// `YYYY-MM-DD`.
    case date
    /// `R/` + ISO 8601 duration.
    case recurrence
    /// "dans les meilleurs délais", "sans délai".
    case asap
    /// `PT48H`, `P15D`: a time limit of a duty.
    case limit
}

/// What a reference cites: `references[].kind`.
public enum ReferenceKind: String, ContractVocabulary {
    case codeArticle = "code-article"
    case law, ordonnance, decret
    case constitutionalDecision = "constitutional-decision"
    case courtRuling = "court-ruling"
    case circulaire, instruction, note, protocole
    case euRegulation = "eu-regulation"
    case euDirective = "eu-directive"
    case nor, unknown

    /// Earlier texts of an administration, which lineage links to documents.
    public var isOfficialText: Bool { self == .circulaire || self == .instruction || self == .note || self == .protocole }
}
