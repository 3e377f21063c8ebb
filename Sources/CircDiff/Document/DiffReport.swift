import CircContract

/// What `circ diff --format json` prints: schema `circ.diff/1`
/// (Schemas/circ.diff-1.schema.json). One report per pair of documents; for two
/// consolidated codes `mode` is `code` and the changes are in `articles`.
public struct DiffReport: Encodable, Sendable {
    public static let schemaName = "circ.diff/1"

    public enum Mode: String, Encodable, Sendable { case document, code }

    public var schema = DiffReport.schemaName
    public var mode: Mode
    public var old: DocumentHeader
    public var new: DocumentHeader
    public var summary: Summary
    /// Every obligation of either side exactly once: NEW ones in their order, each removed
    /// OLD one placed after the NEW obligation that followed it in OLD.
    public var obligations: [ObligationChange]
    public var references: ReferenceSetChange
    public var addressees: AddresseeChange
    /// Only the fields that differ, by contract name.
    public var metadata: [String: ValueChange]
    /// Consolidated codes only: the articles that were added, removed, modified or moved
    /// (renumbered, or put under other headings).
    public var articles: [ArticleChange]
    /// Consolidated codes only: headings at the same place with new words.
    public var headings: [HeadingRename] = []
    /// Consolidated codes only: numbers a version lists more than once (compared once).
    public var duplicates: [DuplicateArticle] = []
    /// The text layer: every passage outside the obligations that changed, was added,
    /// removed or moved, in NEW order. Nil when only obligations were compared
    /// (`--obligations-only`, or a side whose text is not at hand) and for codes.
    public var passages: [PassageChange]? = nil
    /// Passages by kind of change (nil with `passages`).
    public var passageSummary: Summary? = nil

    public struct Summary: Encodable, Equatable, Sendable {
        public var unchanged = 0, modified = 0, moved = 0, added = 0, removed = 0
        public init() {}
        mutating func count(_ kind: ChangeKind) {
            switch kind {
            case .unchanged: unchanged += 1
            case .modified: modified += 1
            case .moved: moved += 1
            case .added: added += 1
            case .removed: removed += 1
            }
        }
    }

    /// True when the report has nothing to say beyond "the same".
    public var isEmpty: Bool {
        summary.modified + summary.moved + summary.added + summary.removed == 0
            && references.added.isEmpty && references.removed.isEmpty
            && addressees.added.isEmpty && addressees.removed.isEmpty && addressees.changed.isEmpty
            && metadata.isEmpty && headings.isEmpty && (passages?.isEmpty ?? true)
    }

    /// The document-level reference changes that no obligation or passage change of this
    /// report locates: only these are listed on their own, so that each citation change
    /// is reported once, where it is.
    public var unlocatedReferences: ReferenceSetChange {
        guard let passages else { return references }
        var located = Set<String>()
        for p in passages { for r in p.references { located.formUnion(r.added); located.formUnion(r.removed) } }
        for o in obligations {
            for c in o.changes { if case .references(let a, let r) = c { located.formUnion(a); located.formUnion(r) } }
            if o.change == .added, let n = o.new { located.formUnion(n.obligation.references) }
            if o.change == .removed, let x = o.old { located.formUnion(x.obligation.references) }
        }
        var out = references
        out.added.removeAll { located.contains($0) }
        out.removed.removeAll { located.contains($0) }
        return out
    }
}

public enum ChangeKind: String, Codable, Sendable, CaseIterable {
    case unchanged, modified, moved, added, removed
}

/// Who the two sides are, so that a report read alone says what it compares.
public struct DocumentHeader: Encodable, Equatable, Sendable {
    public var path: String
    public var sha256: String
    public var kind: DocumentKind
    public var date: String?
    public var nor: String?
    public var subject: String?
    /// Obligations (document mode) or articles (code mode) on this side.
    public var count: Int

    public init(path: String, sha256: String, kind: DocumentKind, date: String?, nor: String?, subject: String?, count: Int) {
        self.path = path; self.sha256 = sha256; self.kind = kind; self.date = date
        self.nor = nor; self.subject = subject; self.count = count
    }

    public init(_ doc: CircDocument) {
        self.init(path: doc.source.path, sha256: doc.source.sha256, kind: doc.metadata.kind, date: doc.metadata.date,
                  nor: doc.metadata.nor, subject: doc.metadata.subject, count: doc.obligations.count)
    }

    public func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey { case path, sha256, kind, date, nor, subject, count }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(path, forKey: .path); try c.encode(sha256, forKey: .sha256); try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date); try c.encode(nor, forKey: .nor); try c.encode(subject, forKey: .subject)
        try c.encode(count, forKey: .count)
    }
}

/// One obligation of OLD, NEW or both, and what changed between them.
public struct ObligationChange: Encodable, Sendable {
    public var change: ChangeKind
    public var old: Side?
    public var new: Side?
    /// Alignment score in [0, 1] for a pair (1 = same wording); null for added/removed.
    public var similarity: Double?
    public var changes: [FieldChange]
    /// Citations whose number changed only through the 2021 recodification: not changes.
    public var renumbered: [Renumbered]

    /// An obligation with its index in its document's `obligations`.
    public struct Side: Encodable, Sendable {
        public var index: Int
        public var obligation: Obligation
        public func encode(to encoder: Encoder) throws {
            enum K: String, CodingKey { case index }
            try obligation.encode(to: encoder)
            var c = encoder.container(keyedBy: K.self)
            try c.encode(index, forKey: .index)
        }
    }

    public func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey { case change, old, new, similarity, changes, renumbered }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(change, forKey: .change)
        try c.encode(old, forKey: .old); try c.encode(new, forKey: .new)
        try c.encode(similarity.map { (($0 * 1000).rounded() / 1000) }, forKey: .similarity)
        try c.encode(changes, forKey: .changes)
        try c.encode(renumbered, forKey: .renumbered)
    }
}

/// A pre-2021 CESEDA citation and the post-2021 one that replaced it.
public struct Renumbered: Codable, Equatable, Hashable, Sendable {
    public var old: String
    public var new: String
    public init(old: String, new: String) { self.old = old; self.new = new }
}

/// One facet of a modified obligation. Encoded as `{"field": …}` plus the facet's own keys.
public enum FieldChange: Encodable, Equatable, Sendable {
    /// Word-level redline of the text.
    case wording([RedlineSegment])
    /// `direction`: strengthening, weakening, reversal (obligation ↔ prohibition) or lateral.
    case modality(from: Modality, to: Modality, direction: ModalityOrder.Direction)
    case deadlines(from: [String], to: [String])
    case references(added: [String], removed: [String])
    case actor(from: String?, to: String?)
    case condition(from: String?, to: String?)
    case emphasis(from: Bool, to: Bool)
    /// The obligation also left its place among the others (modified and moved).
    case position(fromSection: String?, toSection: String?)

    public var field: String {
        switch self {
        case .wording: return "wording"
        case .modality: return "modality"
        case .deadlines: return "deadlines"
        case .references: return "references"
        case .actor: return "actor"
        case .condition: return "condition"
        case .emphasis: return "emphasis"
        case .position: return "position"
        }
    }

    public func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey { case field, redline, from, to, direction, added, removed }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(field, forKey: .field)
        switch self {
        case .wording(let r): try c.encode(r, forKey: .redline)
        case .modality(let f, let t, let d):
            try c.encode(f, forKey: .from); try c.encode(t, forKey: .to); try c.encode(d, forKey: .direction)
        case .deadlines(let f, let t):
            try c.encode(f, forKey: .from); try c.encode(t, forKey: .to)
            try c.encode(t.filter { !f.contains($0) }, forKey: .added)
            try c.encode(f.filter { !t.contains($0) }, forKey: .removed)
        case .references(let a, let r): try c.encode(a, forKey: .added); try c.encode(r, forKey: .removed)
        case .actor(let f, let t), .condition(let f, let t): try c.encode(f, forKey: .from); try c.encode(t, forKey: .to)
        case .emphasis(let f, let t): try c.encode(f, forKey: .from); try c.encode(t, forKey: .to)
        case .position(let f, let t): try c.encode(f, forKey: .from); try c.encode(t, forKey: .to)
        }
    }
}

/// The documents' whole reference sets compared (renumbering-aware).
public struct ReferenceSetChange: Encodable, Equatable, Sendable {
    public var added: [String] = []
    public var removed: [String] = []
    public var renumbered: [Renumbered] = []
    public init() {}
}

/// Addressees compared by (id, role); a role that moved between `to` and `cc` is `changed`.
public struct AddresseeChange: Encodable, Equatable, Sendable {
    public var added: [Addressee] = []
    public var removed: [Addressee] = []
    public var changed: [RoleChange] = []
    public init() {}

    public struct RoleChange: Encodable, Equatable, Sendable {
        public var id: String
        public var from: AddresseeRole
        public var to: AddresseeRole
    }
}

/// A metadata field's two values (string, list or map, or null).
public struct ValueChange: Encodable, Equatable, Sendable {
    public var old: MetadataValue
    public var new: MetadataValue
}

public enum MetadataValue: Encodable, Equatable, Sendable, CustomStringConvertible {
    case null
    case string(String)
    case list([String])
    case map([String: String])

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .string(let s): try c.encode(s)
        case .list(let l): try c.encode(l)
        case .map(let m): try c.encode(m)
        }
    }

    public var description: String {
        switch self {
        case .null: return "—"
        case .string(let s): return s
        case .list(let l): return l.isEmpty ? "—" : l.joined(separator: "; ")
        case .map(let m): return m.isEmpty ? "—" : m.keys.sorted().map { "\($0): \(m[$0]!)" }.joined(separator: "; ")
        }
    }
}

/// One article of a consolidated code that was added, removed, modified or moved.
public struct ArticleChange: Encodable, Sendable {
    public var change: ChangeKind
    /// The article number, canonical ("L111-1"; "R311-12" for a heading "R*311-12").
    public var article: String
    /// The headings above it in NEW (OLD for a removed one): "Partie législative › Livre V › …".
    public var path: [String]
    /// Added / removed: the article's text. Modified: null (the redline carries both).
    public var text: String?
    /// Modified, or moved with a changed text: the word-level redline.
    public var redline: [RedlineSegment]?
    /// Moved: its number in OLD when it was renumbered.
    public var oldArticle: String? = nil
    /// Moved: the headings above it in OLD when they differ from NEW's.
    public var oldPath: [String]? = nil
    /// Added or removed under a number the other side uses for unrelated content.
    public var reusedNumber = false

    public func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey { case change, article, path, text, redline, oldArticle, oldPath, reusedNumber }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(change, forKey: .change); try c.encode(article, forKey: .article)
        try c.encode(path, forKey: .path); try c.encode(text, forKey: .text); try c.encode(redline, forKey: .redline)
        if let oldArticle { try c.encode(oldArticle, forKey: .oldArticle) }
        if let oldPath { try c.encode(oldPath, forKey: .oldPath) }
        if reusedNumber { try c.encode(true, forKey: .reusedNumber) }
    }
}

/// A heading of a code renamed in place.
public struct HeadingRename: Encodable, Sendable, Equatable {
    /// The headings above it (NEW).
    public var parents: [String]
    public var old: String
    public var new: String
}

/// A number one version of a code lists more than once.
public struct DuplicateArticle: Encodable, Sendable, Equatable {
    /// `old` or `new`.
    public var side: String
    public var article: String
    public var copies: Int
}
