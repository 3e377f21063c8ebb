import CircContract
import CircText

/// The words of duties laid out as list items that carry no marker of their own
/// (`listItemDuties` in the deontic lexicon): measure nouns ("Interdiction de …"), bare
/// participles ("Lavage des voitures interdit."), and the words a subject uses to announce
/// the items after it ("Les mesures suivantes sont interdites").
struct ListItemWords: Sendable {
    struct File: Decodable {
        let measureNouns: [String: Modality]
        let measureLinks: [String]
        let bareParticiples: [String: Modality]
        let announcers: [String]
        let itemOpeners: [String]?
        let penaltyObjects: [String]?
        let headNouns: [String: Modality]?
        let liftWords: [String]?
        let dutyInfinitives: [String]?
        let examples, counterExamples: [String]
    }
    /// Folded measure noun → the modality of the measure it names.
    let measureNouns: [String: Modality]
    /// What may follow a measure noun that opens an item ("de", "d'", "à", "totale").
    let measureLinks: Set<String>
    /// Folded participle or adjective → the modality of the rule it closes.
    let bareParticiples: [String: Modality]
    /// Folded words of a subject that announces the items after it ("suivantes").
    let announcers: Set<String>
    /// The folded first words of an item a web copy ran onto the line before ("le", "la").
    let itemOpeners: Set<String>
    /// What a measure noun names as a court's penalty ("interdiction de séjour"): no measure.
    let penaltyObjects: Set<String>
    /// Folded nouns that, heading a list ("Interdictions :") or announcing it ("les
    /// restrictions suivantes sont à appliquer :"), give its items their modality.
    let headNouns: [String: Modality]
    /// Folded words that say the announced measures end ("levées", "supprimées"): no rule.
    let liftWords: Set<String>
    /// Folded infinitives that, after "à", make the measures a sentence announces ones to
    /// apply ("les mesures à respecter sont les suivantes :").
    let dutyInfinitives: Set<String>

    init(_ f: File?) {
        measureNouns = Dictionary((f?.measureNouns ?? [:]).map { (Fold.string($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        measureLinks = Set((f?.measureLinks ?? []).map { MatchWord.elisions[$0] ?? Fold.string($0) })
        bareParticiples = Dictionary((f?.bareParticiples ?? [:]).map { (Fold.string($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        announcers = Set((f?.announcers ?? []).map { Fold.string($0) })
        itemOpeners = Set((f?.itemOpeners ?? []).map { MatchWord.elisions[$0] ?? Fold.string($0) })
        penaltyObjects = Set((f?.penaltyObjects ?? []).map { Fold.string($0) })
        headNouns = Dictionary((f?.headNouns ?? [:]).map { (Fold.string($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        liftWords = Set((f?.liftWords ?? []).map { Fold.string($0) })
        dutyInfinitives = Set((f?.dutyInfinitives ?? []).map { Fold.string($0) })
    }
}

extension ClauseMatcher {
    /// Bullets and dashes that open an item ("-", "–", "•").
    static let itemBullets: Set<String> = ["-", "–", "—", "•", "*", "·", "▪", "►", "➢", "✓"]

    /// The index of an item's first word, after its bullets.
    static func firstItemWord(_ w: [String]) -> Int {
        var k = 0
        while k < w.count && itemBullets.contains(w[k]) { k += 1 }
        return k
    }

    /// "- la vente de carburant est interdite" with no final stop: a passive rule that ends its
    /// sentence with its own subject before it is complete — no introduction of the items
    /// after it ("Je vous demande" / "- de vérifier…" has no subject of its content). A subject
    /// that announces the items ("Les mesures suivantes sont interdites") still introduces them.
    /// Only a predicate that closes on a participle or an adjective ("interdite", "autorisés",
    /// "obligatoire"): a modal alone ("Les préfets devront" then "- vérifier…") awaits its items.
    func closesOwnRule(_ w: [String], _ h: MarkerHit) -> Bool {
        guard h.generic, h.start > Self.firstItemWord(w), h.end > 0, lex.listItems.bareParticiples[w[h.end - 1]] != nil else { return false }
        return !w[..<h.start].contains(where: lex.listItems.announcers.contains)
    }

    /// "Interdiction de remplir une piscine", "Limitation à 50 personnes des rassemblements":
    /// an item that opens on a measure noun and a link to its object, with no verb of a
    /// clause (no colon, no full stop inside): the measure, of the noun's modality. Nil for
    /// "Interdiction du territoire : la loi prévoit…" (a heading and its prose), and for a
    /// court's penalty in a list of penalties ("- interdiction de séjour ;": `penaltyObjects`).
    func measureNounItem(_ w: [String]) -> MarkerHit? {
        let k = Self.firstItemWord(w)
        guard let modality = measureHead(w, at: k) else { return nil }
        let body = w[(k + 1)...].dropLast(w.last == "." || w.last == ";" || w.last == "," ? 1 : 0)
        guard body.count <= Self.maxMeasureWords, !body.contains(where: { $0 == ":" || $0 == "." || $0 == "?" }) else { return nil }
        return MarkerHit(start: k, end: k + 1, modality: modality, actor: Self.nobody, marker: w[k])
    }

    /// The modality of the measure whose noun and link open at `k` ("interdiction de …"), nil
    /// where none does or where it names a court's penalty ("interdiction de séjour").
    func measureHead(_ w: [String], at k: Int) -> Modality? {
        guard k + 2 < w.count, let modality = lex.listItems.measureNouns[w[k]], lex.listItems.measureLinks.contains(w[k + 1]),
              !lex.listItems.penaltyObjects.contains(w[k + 2]) else { return nil }
        return modality
    }

    /// The most words of a measure item after its noun.
    static let maxMeasureWords = 40

    /// "… telles que :⏎interdiction de prélever de 9 h à 19 h⏎interdiction d'arroser les
    /// pelouses": a copy that dropped a list's bullets and ran its lines into one sentence.
    /// Lines (`lineStarts`: the word opens a line) that open on a measure noun and its link,
    /// two or more in the sentence, are as many measures; one alone may be wrapped prose.
    func lineMeasureItems(_ w: [String], lineStarts: (Int) -> Bool) -> [MarkerHit] {
        var out: [MarkerHit] = []
        for k in w.indices where k + 2 < w.count && (k == 0 || lineStarts(k)) {
            guard let modality = measureHead(w, at: k) else { continue }
            out.append(MarkerHit(start: k, end: k, modality: modality, actor: Self.nobody, marker: Self.lineMeasureMarker))
        }
        return out.count >= 2 ? out : []
    }

    /// The marker of a measure on a line of its own (`lineMeasureItems`): its duty starts
    /// with its line.
    static let lineMeasureMarker = "mesure en ligne"

    /// "Les restrictions suivantes sont principalement à appliquer :", "⛔ Interdictions ⛔ :":
    /// a sentence that heads a list with one of `headNouns` alone, or announces its items
    /// with one ("restrictions suivantes"), introduces them as measures of that noun's
    /// modality, stated in the text's own voice (actor null) — "– lavage des véhicules," is a
    /// ban. Not when the measures end ("Les restrictions suivantes sont levées :").
    func measureListIntro(_ w: [String]) -> MarkerHit? {
        let n = w.count
        guard n >= 2, n <= Self.maxMeasureIntroWords, w[n - 1] == ":", !lex.listItems.headNouns.isEmpty else { return nil }
        let body = w[..<(n - 1)].filter { $0.first?.isLetter == true }
        guard !body.isEmpty, !body.contains(where: lex.listItems.liftWords.contains) else { return nil }
        var modality = body.count == 1 ? lex.listItems.headNouns[body[0]] : nil
        for (i, word) in body.enumerated().dropLast() where modality == nil && lex.listItems.announcers.contains(body[i + 1]) {
            modality = lex.listItems.headNouns[word]
        }
        // "Les mesures de biosécurité à respecter sont les suivantes :": measures to apply,
        // announced, whatever their noun.
        if modality == nil, body.contains(where: lex.listItems.announcers.contains),
           body.indices.dropLast().contains(where: { body[$0] == "a" && lex.listItems.dutyInfinitives.contains(body[$0 + 1]) }) {
            modality = .obligation
        }
        guard let m = modality else { return nil }
        var h = MarkerHit(start: n - 1, end: n - 1, modality: m, actor: Self.nobody, marker: "measures")
        h.listIntro = true
        return h
    }

    /// The most words of a sentence that announces measures.
    static let maxMeasureIntroWords = 16

    /// "• Lavage des voitures interdit.", "• Alimentation des plans d'eau interdit (…)": a
    /// bulleted clause that closes on a bare participle, with no auxiliary before it (an
    /// auxiliary is the lexicon's marker: "sont interdits"), and opens on a noun.
    func bareParticipleItem(_ w: [String]) -> MarkerHit? {
        let k = Self.firstItemWord(w)
        guard k > 0 || w.first.map(Self.itemBullets.contains) == true, k + 2 < w.count else { return nil }
        var e = w.count - 1
        // The closing stop and a trailing parenthesis ("interdit (...).").
        while e > k && [".", ";", ",", "…", "...", "!"].contains(w[e]) { e -= 1 }
        if e > k && w[e] == ")", let open = w[k..<e].lastIndex(of: "(") { e = open - 1 }
        guard e > k + 1, let modality = lex.listItems.bareParticiples[w[e]] else { return nil }
        let before = w[e - 1]
        guard !lex.present.auxiliaries.contains(before), !genericFirstWords(before), !w[k..<e].contains(where: { $0 == ":" || $0 == "." }) else { return nil }
        return MarkerHit(start: e, end: e + 1, modality: modality, actor: Self.nobody, marker: w[e])
    }

    /// "date 2020-09 Sont interdites les activités suivantes :": the sentence opens at `k`
    /// after a page's stamp — a label and the numbers of a date, nothing else.
    static func opensAfterPageStamp(_ w: [String], _ k: Int) -> Bool {
        guard k >= 2, k <= 4, w[0].allSatisfy(\.isLetter) else { return false }
        return w[1..<k].allSatisfy { $0.first?.isNumber == true || $0 == "-" || $0 == "/" }
    }

    func genericFirstWords(_ w: String) -> Bool { lex.genericFirstWords.contains(w) || w == "ne" || w == "pas" }
}

extension ObligationExtractor {
    /// "– les fontaines publiques doivent être fermées" under "Sont interdites les activités
    /// suivantes :": an item that states its own rule with its own subject carries its own
    /// modality; the introduction's is not set before it (that would cut the subject from its
    /// verb). An item that opens on an infinitive ("- de rappeler que la vente est interdite")
    /// is the introduction's directive.
    static func itemStatesOwnRule(_ hits: [MarkerHit], _ words: [String], label: Int?, _ matcher: ClauseMatcher) -> Bool {
        guard let first = hits.first, first.generic, !first.listIntro else { return false }
        return !matcher.isInfinitive(words, label ?? 0)
    }

    /// The duty of an item with no marker of its own: a measure noun opening a bulleted item,
    /// or a paragraph among paragraphs that open on measure nouns (a web copy's list without
    /// its bullets), or a bulleted clause closing on a bare participle.
    func nominalItemHits(_ s: DocumentStructure, _ u: StructureUnit, _ words: [String], _ matcher: ClauseMatcher) -> [MarkerHit] {
        let bulleted = u.listItem || words.first.map(ClauseMatcher.itemBullets.contains) == true
        if let h = matcher.measureNounItem(words), bulleted || Self.amongMeasures(s, u.sentence, matcher) { return [h] }
        if let h = matcher.bareParticipleItem(words) { return [h] }
        let toks = s.text.sentences[u.sentence].tokens
        guard toks.count == words.count else { return [] }
        return matcher.lineMeasureItems(words) { s.text.tokens[toks[toks.startIndex + $0]].newlinesBefore > 0 }
    }

    /// Units looked at around a paragraph for other measure items.
    static let measureNeighbourhood = 2

    /// Whether another paragraph or item within `measureNeighbourhood` units opens on a
    /// measure noun: "Interdiction de lavage des véhicules" / "Interdiction de lavage des
    /// trottoirs" are a list, "Interdiction du territoire" alone a heading.
    static func amongMeasures(_ s: DocumentStructure, _ ui: Int, _ matcher: ClauseMatcher) -> Bool {
        let lo = max(0, ui - measureNeighbourhood), hi = min(s.units.count - 1, ui + measureNeighbourhood)
        guard lo <= hi else { return false }
        return (lo...hi).contains { j in
            guard j != ui, s.units[j].kind == .paragraph || s.units[j].kind == .listItem else { return false }
            let toks = s.text.sentences[s.units[j].sentence].tokens
            let w = toks.prefix(4).map { MatchWord.of(s.text, s.text.tokens[$0]) }
            return matcher.measureNounItem(w + ["x", "."]) != nil
        }
    }

    /// A web copy that prints its text twice: a directive whose words repeat an earlier one's
    /// in the same section, word for word, is that directive (kept where it first stands).
    /// Only a second copy of the text, where another directive stands before the repetition:
    /// a run of the same directive one after the other is left as written.
    static func dropRepeatedText(_ out: inout [Obligation]) {
        var seen: Set<String> = []
        var previous = ""
        out.removeAll { ob in
            let words = ob.plain ?? ob.text
            guard words.split(separator: " ").count >= minRepeatedWords else { previous = ""; return false }
            let key = (ob.section ?? "") + "\u{1}" + Fold.string(words)
            defer { previous = key }
            return !seen.insert(key).inserted && key != previous
        }
    }

    /// "– les fontaines doivent être fermées – l'irrigation agricole par aspersion.": items a
    /// web copy ran onto one line, each after a dash or a bullet that opens a noun phrase or
    /// an infinitive — under a list's introduction, each one more directive of its modality.
    /// (A dash before an adverb or an aside, "– notamment …", opens no item.)
    static func flattenedItems(_ w: [String], _ intro: MarkerHit, _ matcher: ClauseMatcher) -> [MarkerHit] {
        let first = ClauseMatcher.firstItemWord(w)
        guard w.count > first + 3 else { return [] }
        var out: [MarkerHit] = []
        for k in (first + 1)..<(w.count - 2) where ClauseMatcher.itemBullets.contains(w[k]) && w[k - 1] != "(" {
            guard matcher.lex.listItems.itemOpeners.contains(w[k + 1]) || matcher.isInfinitive(w, k + 1) else { continue }
            var item = intro
            item.start = k; item.end = k; item.marker = "item"; item.listIntro = false
            out.append(item)
        }
        return out
    }

    /// The fewest words of a directive dropped as a repetition.
    static let minRepeatedWords = 6
}
