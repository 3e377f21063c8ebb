import Foundation

/// One document as `circ extract --format json` prints it: schema `circ.document/1`
/// (see shared/contract/README.md). Field names are the contract's; extra fields are ours.
/// Every `span` is `[start, end)` in Unicode scalar offsets into the source as read.
public struct CircDocument: Codable, Sendable, Equatable {
    public static let schemaName = "circ.document/1"

    public var schema: String = CircDocument.schemaName
    public var source: SourceInfo
    public var metadata: Metadata
    public var addressees: [Addressee] = []
    public var references: [Reference] = []
    public var deadlines: [Deadline] = []
    /// Durations the law sets (thirty days of retention, a five-year ban): not duties' deadlines.
    public var durations: [LegalDuration] = []
    public var obligations: [Obligation] = []
    public var sections: [Section] = []
    public var footnotes: [Footnote] = []
    public var warnings: [Warning] = []

    public init(source: SourceInfo, metadata: Metadata) {
        self.source = source
        self.metadata = metadata
    }
}

public struct SourceInfo: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String
    /// txt, markdown, html or pdf: how the file was read.
    public var format: String
    /// Number of Unicode scalars of the source as read; every span lies within it.
    public var length: Int

    public init(path: String, sha256: String, format: String, length: Int) {
        self.path = path; self.sha256 = sha256; self.format = format; self.length = length
    }
}

/// A half-open range of Unicode scalar offsets, encoded as `[start, end]`.
public struct SourceSpan: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public init(_ r: Range<Int>) { self.start = r.lowerBound; self.end = r.upperBound }
    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public func contains(_ other: SourceSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: SourceSpan) -> Bool { start < other.end && other.start < end }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self); end = try c.decode(Int.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start); try c.encode(end)
    }
    public static func < (a: SourceSpan, b: SourceSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

public struct Metadata: Codable, Sendable, Equatable {
    public var kind: DocumentKind = .unknown
    public var date: String?
    public var nor: String?
    public var emitter: String?
    public var signatory: String?
    public var subject: String?
    public var place: String?
    /// The "Réf :" list, one entry per line, as written.
    public var refs: [String] = []
    /// "P.J." / "Pièce(s) jointe(s)": attachments, as written.
    public var attachments: [String] = []
    /// Header-table fields ("Echéance", "Contact utile"…) that have a value.
    public var fields: [String: String] = [:]

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case kind, date, nor, emitter, signatory, subject, place, refs, attachments, fields
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .unknown
        date = try c.decodeIfPresent(String.self, forKey: .date)
        nor = try c.decodeIfPresent(String.self, forKey: .nor)
        emitter = try c.decodeIfPresent(String.self, forKey: .emitter)
        signatory = try c.decodeIfPresent(String.self, forKey: .signatory)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        refs = try c.decodeIfPresent([String].self, forKey: .refs) ?? []
        attachments = try c.decodeIfPresent([String].self, forKey: .attachments) ?? []
        fields = try c.decodeIfPresent([String: String].self, forKey: .fields) ?? [:]
    }
    /// Unknown values are printed as `null`, never left out (the contract).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(nor, forKey: .nor)
        try c.encode(emitter, forKey: .emitter)
        try c.encode(signatory, forKey: .signatory)
        try c.encode(subject, forKey: .subject)
        try c.encode(place, forKey: .place)
        try c.encode(refs, forKey: .refs)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(fields, forKey: .fields)
    }
}

public struct Addressee: Codable, Sendable, Equatable, Hashable {
    /// Slug of the singular role (`prefet-de-departement`).
    public var id: String
    public var role: AddresseeRole
    public var text: String
    public var span: SourceSpan?
    public init(id: String, role: AddresseeRole, text: String, span: SourceSpan?) {
        self.id = id; self.role = role; self.text = text; self.span = span
    }
}

public struct Reference: Codable, Sendable, Equatable {
    /// Canonical id (`CESEDA:L612-6`, `loi:2024-42`, `circulaire:2019-08-16`…).
    public var id: String
    public var kind: ReferenceKind
    public var text: String
    public var span: SourceSpan
    /// "deuxième alinéa de l'article…" → 2.
    public var alinea: Int?
    /// How the code was known when the text does not name it: "context", "footnote",
    /// "meme-code", "document-default".
    public var resolvedBy: String?
    /// The NOR the text gives with a dated reference ("circulaire n° NOR IOMV2402713J du 5
    /// février 2024"): lineage resolves earlier texts by it.
    public var nor: String?
    public init(id: String, kind: ReferenceKind, text: String, span: SourceSpan, alinea: Int? = nil, resolvedBy: String? = nil) {
        self.id = id; self.kind = kind; self.text = text; self.span = span
        self.alinea = alinea; self.resolvedBy = resolvedBy
    }
}

public struct Deadline: Codable, Sendable, Equatable {
    /// The value of an `asap` deadline ("dans les meilleurs délais", "sans délai").
    public static let asap = "asap"

    /// `YYYY-MM-DD`, `R/P1M`, `asap`, `PT48H`, `P15D`.
    public var value: String
    public var kind: DeadlineKind
    public var text: String
    public var span: SourceSpan
    /// "délai de rigueur", "au plus tard", "impérativement".
    public var strict: Bool = false
    public init(value: String, kind: DeadlineKind, text: String, span: SourceSpan, strict: Bool = false) {
        self.value = value; self.kind = kind; self.text = text; self.span = span; self.strict = strict
    }
}

public struct LegalDuration: Codable, Sendable, Equatable {
    /// ISO 8601 duration (`P30D`, `P5Y`, `PT24H`).
    public var value: String
    public var text: String
    public var span: SourceSpan
    public init(value: String, text: String, span: SourceSpan) {
        self.value = value; self.text = text; self.span = span
    }
}

public struct Obligation: Codable, Sendable, Equatable {
    /// The source at `span`, exactly as read (markup included), so that it can be quoted.
    public var text: String
    /// The same passage as a reader sees it: markup and footnote calls out, spaces collapsed.
    public var plain: String?
    public var span: SourceSpan
    /// Label of the enclosing section ("2.2", "III", "annexe"), or null.
    public var section: String?
    public var modality: Modality
    /// The deontic marker that triggered it, as written ("je vous demande de").
    public var marker: String?
    public var actor: String?
    /// "lorsqu'…", "en cas de…", "dès lors que…" clause, as written.
    public var condition: String?
    public var emphasis: Bool = false
    public var references: [String] = []
    public var deadlines: [String] = []
    /// Footnote numbers called in the obligation's sentence.
    public var footnotes: [String] = []
    /// Reported in indirect speech (press items) or quoted.
    public var reported: Bool = false

    public init(text: String, span: SourceSpan, section: String?, modality: Modality, marker: String?,
                actor: String?, condition: String? = nil, emphasis: Bool = false) {
        self.text = text; self.span = span; self.section = section; self.modality = modality
        self.marker = marker; self.actor = actor; self.condition = condition; self.emphasis = emphasis
    }

    private enum CodingKeys: String, CodingKey {
        case text, plain, span, section, modality, marker, actor, condition, emphasis, references, deadlines, footnotes, reported
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        plain = try c.decodeIfPresent(String.self, forKey: .plain)
        span = try c.decode(SourceSpan.self, forKey: .span)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        modality = try c.decode(Modality.self, forKey: .modality)
        marker = try c.decodeIfPresent(String.self, forKey: .marker)
        actor = try c.decodeIfPresent(String.self, forKey: .actor)
        condition = try c.decodeIfPresent(String.self, forKey: .condition)
        emphasis = try c.decodeIfPresent(Bool.self, forKey: .emphasis) ?? false
        references = try c.decodeIfPresent([String].self, forKey: .references) ?? []
        deadlines = try c.decodeIfPresent([String].self, forKey: .deadlines) ?? []
        footnotes = try c.decodeIfPresent([String].self, forKey: .footnotes) ?? []
        reported = try c.decodeIfPresent(Bool.self, forKey: .reported) ?? false
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encodeIfPresent(plain, forKey: .plain); try c.encode(span, forKey: .span)
        try c.encode(section, forKey: .section); try c.encode(modality, forKey: .modality)
        try c.encode(marker, forKey: .marker); try c.encode(actor, forKey: .actor)
        try c.encode(condition, forKey: .condition); try c.encode(emphasis, forKey: .emphasis)
        try c.encode(references, forKey: .references); try c.encode(deadlines, forKey: .deadlines)
        try c.encode(footnotes, forKey: .footnotes); try c.encode(reported, forKey: .reported)
    }
}

public struct Section: Codable, Sendable, Equatable {
    /// "1", "2.1", "III", "annexe".
    public var label: String?
    public var title: String
    public var level: Int
    public var span: SourceSpan
    public init(label: String?, title: String, level: Int, span: SourceSpan) {
        self.label = label; self.title = title; self.level = level; self.span = span
    }
    private enum CodingKeys: String, CodingKey { case label, title, level, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label); try c.encode(title, forKey: .title)
        try c.encode(level, forKey: .level); try c.encode(span, forKey: .span)
    }
}

public struct Footnote: Codable, Sendable, Equatable {
    public var number: String
    public var text: String
    public var span: SourceSpan
    /// Where the call (`<sup>1</sup>`) stands in the body, if found.
    public var call: SourceSpan?
    public init(number: String, text: String, span: SourceSpan, call: SourceSpan?) {
        self.number = number; self.text = text; self.span = span; self.call = call
    }
}

public struct Warning: Codable, Sendable, Equatable {
    /// Machine-readable: `cpp-article-letter`, `weekday-mismatch`, `unresolved-reference`…
    public var code: String
    public var message: String
    public var span: SourceSpan?
    public init(code: String, message: String, span: SourceSpan?) {
        self.code = code; self.message = message; self.span = span
    }
}

extension CircDocument {
    /// The JSON encoder every output path uses, so that files are byte-stable.
    public static func makeEncoder(pretty: Bool = true) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
