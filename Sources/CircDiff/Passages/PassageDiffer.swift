import CircContract

/// Compares the passages of two documents: pairs them by content (identical ones first,
/// then the most similar, best-first), so that renumbered and reordered sections keep
/// their pairs, and reports each pair that differs, each passage only on one side, and
/// each identical passage that left its order.
struct PassageDiffer {
    let equivalence: ReferenceEquivalence
    /// Minimum wording similarity for two passages to be one rewritten passage.
    var threshold = 0.5
    /// Above this many old × new passages, only identical passages are paired: the
    /// similarity table would cost more than a diff should.
    var fuzzyLimit = 4_000_000

    func diff(old: [Passage], new: [Passage]) -> (changes: [PassageChange], summary: DiffReport.Summary) {
        let pairs = align(old, new)
        let ordered = ObligationAligner.inOrder(pairs)
        var byNew: [Int: Int] = [:]
        for p in pairs { byNew[p.new] = p.old }
        var summary = DiffReport.Summary()
        var out: [PassageChange] = []
        for slot in ChangeOrder.slots(oldCount: old.count, newCount: new.count, pairs: pairs) {
            let change: PassageChange
            switch slot {
            case .removed(let i):
                change = PassageChange(change: .removed, moved: false, kind: old[i].kind.rawValue, old: side(old[i], i), new: nil,
                                       redline: nil, references: Self.locate(removed: old[i].sentences))
            case .new(let j):
                guard let i = byNew[j] else {
                    change = PassageChange(change: .added, moved: false, kind: new[j].kind.rawValue, old: nil, new: side(new[j], j),
                                           redline: nil, references: Self.locate(added: new[j].sentences))
                    break
                }
                let moved = !ordered.contains(j)
                let refs = equivalence.compare(old: old[i].references, new: new[j].references)
                let sameWords = old[i].text == new[j].text
                    || ObligationComparer.renumber(old[i].text, refs.renumbered) == new[j].text
                if sameWords && !moved { summary.count(.unchanged); continue }
                change = PassageChange(change: sameWords ? .moved : .modified, moved: moved && !sameWords,
                                       kind: new[j].kind.rawValue, old: side(old[i], i), new: side(new[j], j),
                                       redline: sameWords ? nil : Redline.words(old: old[i].text, new: new[j].text),
                                       references: sameWords ? [] : locate(old[i], new[j], refs))
            }
            summary.count(change.change)
            out.append(change)
        }
        return (out, summary)
    }

    private func side(_ p: Passage, _ index: Int) -> PassageChange.Side {
        PassageChange.Side(index: index, section: p.section, footnote: p.footnote, span: SourceSpan(p.range), text: p.text)
    }

    func align(_ old: [Passage], _ new: [Passage]) -> [ObligationAligner.Pair] {
        var queue: [String: [Int]] = [:]
        for (i, p) in old.enumerated() { queue[p.key, default: []].append(i) }
        var exact: [ObligationAligner.Pair] = []
        var pairedOld = Set<Int>()
        for (j, p) in new.enumerated() {
            if var q = queue[p.key], !q.isEmpty {
                let i = q.removeFirst()
                queue[p.key] = q
                exact.append(.init(old: i, new: j, score: 1)); pairedOld.insert(i)
            }
        }
        let pairedNew = Set(exact.map(\.new))
        let restOld = old.indices.filter { !pairedOld.contains($0) }, restNew = new.indices.filter { !pairedNew.contains($0) }
        guard !restOld.isEmpty, !restNew.isEmpty, restOld.count * restNew.count <= fuzzyLimit else {
            return exact.sorted { $0.new < $1.new }
        }
        let po = Dictionary(uniqueKeysWithValues: restOld.map { ($0, WordProfile(old[$0].text)) })
        let pn = Dictionary(uniqueKeysWithValues: restNew.map { ($0, WordProfile(new[$0].text)) })
        var candidates: [BestFirstPairing.Candidate] = []
        for i in restOld {
            for j in restNew {
                guard old[i].kind == new[j].kind else { continue }
                let s = WordProfile.similarity(po[i]!, pn[j]!)
                if s >= threshold {
                    candidates.append(.init(old: i, new: j, score: s, distance: BestFirstPairing.distance(i, old.count, j, new.count)))
                }
            }
        }
        return (exact + BestFirstPairing.pairs(candidates)).sorted { $0.new < $1.new }
    }

    /// Each citation NEW added or OLD dropped in a rewritten passage, with its sentence. A
    /// removal joins the group of the NEW sentence that rewrites its OLD sentence, so that
    /// "L 612-6 → L 612-7" in one sentence reads as one change.
    func locate(_ a: Passage, _ b: Passage, _ refs: (added: [String], removed: [String], renumbered: [Renumbered]))
        -> [LocatedReferenceChange] {
        guard !refs.added.isEmpty || !refs.removed.isEmpty else { return [] }
        var groups: [(newSentence: Int?, change: LocatedReferenceChange)] = []
        func group(new j: Int) -> Int {
            if let g = groups.firstIndex(where: { $0.newSentence == j }) { return g }
            groups.append((j, LocatedReferenceChange(sentence: b.sentences[j].text, removed: [], added: [], renumbered: [])))
            return groups.count - 1
        }
        for id in refs.added {
            guard let j = b.sentences.firstIndex(where: { $0.references.contains(id) }) else { continue }
            groups[group(new: j)].change.added.append(id)
        }
        let profiles = b.sentences.map { WordProfile($0.text) }
        for id in refs.removed {
            guard let i = a.sentences.firstIndex(where: { $0.references.contains(id) }) else { continue }
            let p = WordProfile(a.sentences[i].text)
            let best = profiles.indices.max { WordProfile.similarity(p, profiles[$0]) < WordProfile.similarity(p, profiles[$1]) }
            if let j = best, WordProfile.similarity(p, profiles[j]) >= threshold {
                groups[group(new: j)].change.removed.append(id)
            } else {
                groups.append((nil, LocatedReferenceChange(sentence: a.sentences[i].text, removed: [id], added: [], renumbered: [])))
            }
        }
        return groups.map(\.change)
    }

    static func locate(added sentences: [Passage.Sentence]) -> [LocatedReferenceChange] {
        sentences.filter { !$0.references.isEmpty }.map { LocatedReferenceChange(sentence: $0.text, removed: [], added: $0.references, renumbered: []) }
    }

    static func locate(removed sentences: [Passage.Sentence]) -> [LocatedReferenceChange] {
        sentences.filter { !$0.references.isEmpty }.map { LocatedReferenceChange(sentence: $0.text, removed: $0.references, added: [], renumbered: []) }
    }
}
