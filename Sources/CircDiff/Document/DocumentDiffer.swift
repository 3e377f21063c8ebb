import CircContract
import CircLexicon

/// Compares two extracted documents: obligations (aligned by content, then classified),
/// the documents' reference sets, addressees and metadata.
public struct DocumentDiffer: Sendable {
    /// The CESEDA old → new table; nil compares ids literally.
    public var renumbering: CesedaRenumbering?
    /// Minimum similarity for two obligations to be one rewritten duty.
    public var threshold: Double

    public init(renumbering: CesedaRenumbering? = nil, threshold: Double = 0.45) {
        self.renumbering = renumbering; self.threshold = threshold
    }

    /// Obligations, references, addressees and metadata.
    public func diff(old: CircDocument, new: CircDocument) -> DiffReport {
        let eq = equivalence(old, new)
        let obligations = diffObligations(old.obligations, new.obligations, equivalence: eq)
        var summary = DiffReport.Summary()
        for o in obligations { summary.count(o.change) }
        return DiffReport(
            mode: .document, old: DocumentHeader(old), new: DocumentHeader(new), summary: summary,
            obligations: obligations,
            references: diffReferences(old, new, equivalence: eq),
            addressees: Self.diffAddressees(old.addressees, new.addressees),
            metadata: Self.diffMetadata(old.metadata, new.metadata),
            articles: [])
    }

    /// The same; with the two documents' structures (the extractor's `Pipeline.structure`),
    /// also the text layer: every passage outside the obligations.
    public func diff<S: TextOutline>(old: CircDocument, new: CircDocument, structures: (old: S, new: S)?) -> DiffReport {
        var report = diff(old: old, new: new)
        if let structures {
            let text = PassageDiffer(equivalence: equivalence(old, new)).diff(
                old: PassageSplitter.passages(structures.old, document: old),
                new: PassageSplitter.passages(structures.new, document: new))
            report.passages = text.changes
            report.passageSummary = text.summary
        }
        return report
    }

    func equivalence(_ old: CircDocument, _ new: CircDocument) -> ReferenceEquivalence {
        ReferenceEquivalence(table: renumbering, oldDate: old.metadata.date, newDate: new.metadata.date)
    }

    func diffObligations(_ old: [Obligation], _ new: [Obligation], equivalence: ReferenceEquivalence) -> [ObligationChange] {
        let aligner = ObligationAligner(threshold: threshold, equivalence: equivalence)
        let pairs = aligner.align(old: old, new: new)
        let ordered = ObligationAligner.inOrder(pairs)
        let comparer = ObligationComparer(equivalence: equivalence)
        var byNew: [Int: ObligationAligner.Pair] = [:]
        for p in pairs { byNew[p.new] = p }
        return ChangeOrder.slots(oldCount: old.count, newCount: new.count, pairs: pairs).map { slot in
            switch slot {
            case .removed(let i):
                return ObligationChange(change: .removed, old: ObligationChange.Side(index: i, obligation: old[i]),
                                        new: nil, similarity: nil, changes: [], renumbered: [])
            case .new(let j):
                let n = new[j]
                let side = ObligationChange.Side(index: j, obligation: n)
                guard let p = byNew[j] else {
                    return ObligationChange(change: .added, old: nil, new: side, similarity: nil, changes: [], renumbered: [])
                }
                let o = old[p.old]
                let result = comparer.compare(o, n)
                let moved = !ordered.contains(j)
                var kind: ChangeKind = .unchanged
                var changes = result.changes
                if !changes.isEmpty {
                    kind = .modified
                    if moved { changes.append(.position(fromSection: o.section, toSection: n.section)) }
                } else if moved {
                    kind = .moved
                }
                return ObligationChange(change: kind, old: ObligationChange.Side(index: p.old, obligation: o),
                                        new: side, similarity: p.score, changes: changes, renumbered: result.renumbered)
            }
        }
    }

    func diffReferences(_ old: CircDocument, _ new: CircDocument, equivalence: ReferenceEquivalence) -> ReferenceSetChange {
        let r = equivalence.compare(old: old.references.map(\.id), new: new.references.map(\.id))
        var out = ReferenceSetChange()
        out.added = r.added; out.removed = r.removed; out.renumbered = r.renumbered
        return out
    }

    static func diffAddressees(_ old: [Addressee], _ new: [Addressee]) -> AddresseeChange {
        var out = AddresseeChange()
        func key(_ a: Addressee) -> String { a.id + "\u{1F}" + a.role.rawValue }
        let oldKeys = Set(old.map(key)), newKeys = Set(new.map(key))
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for a in old where !newKeys.contains(key(a)) && seen.insert(key(a)).inserted {
            if let n = newByID[a.id], !oldKeys.contains(key(n)) {
                out.changed.append(.init(id: a.id, from: a.role, to: n.role))
            } else {
                out.removed.append(a)
            }
        }
        for a in new where !oldKeys.contains(key(a)) && seen.insert(key(a)).inserted {
            if let o = oldByID[a.id], !newKeys.contains(key(o)) { continue } // already a role change
            out.added.append(a)
        }
        return out
    }

    static func diffMetadata(_ a: Metadata, _ b: Metadata) -> [String: ValueChange] {
        func s(_ v: String?) -> MetadataValue { v.map(MetadataValue.string) ?? .null }
        let pairs: [(String, MetadataValue, MetadataValue)] = [
            ("kind", .string(a.kind.rawValue), .string(b.kind.rawValue)), ("date", s(a.date), s(b.date)), ("nor", s(a.nor), s(b.nor)),
            ("emitter", s(a.emitter), s(b.emitter)), ("signatory", s(a.signatory), s(b.signatory)),
            ("subject", s(a.subject), s(b.subject)), ("place", s(a.place), s(b.place)),
            ("refs", .list(a.refs), .list(b.refs)), ("attachments", .list(a.attachments), .list(b.attachments)),
            ("fields", .map(a.fields), .map(b.fields)),
        ]
        var out: [String: ValueChange] = [:]
        for (name, o, n) in pairs where o != n { out[name] = ValueChange(old: o, new: n) }
        return out
    }
}

