/// Rules for the layouts of préfecture texts and of pages that explain a circular to the
/// public: the articles of an arrêté, its derogations, and the page that speaks to its reader.
extension ClauseMatcher {
    /// "ARTICLE 3 : Les services de police informent sans délai le procureur de la
    /// République", "Article 2 : Les exploitants de stations-service veillent à l'application
    /// de cette mesure": in an article of an arrêté the present tense prescribes, as the
    /// future does in a circular. Only in a sentence that opens an article ("Article 2 :",
    /// "ARTICLE 1er –", also inside a flattened page), only the verbs of the lexicon's
    /// `articlePresent` (acts an official or a professional is charged with, not "définit",
    /// "s'applique"), and only after a subject that names a role or an agent ("Le présent
    /// arrêté transmet…" names none). Elsewhere the present describes ("La DGEF veille à la
    /// cohérence…": what a service does).
    func articlePresent(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k >= 3, w[k - 1] != "ne", w[k - 1] != "qui", opensArticle(w, before: k) else { return nil }
        let actor: String
        switch subject(w, before: k) {
        case .named(let id): actor = id
        case .agent(let slug): actor = slug
        default: return nil
        }
        return MarkerHit(start: k, end: k + 1, modality: .obligation, actor: actor, marker: "présent d'un article")
    }

    /// Whether "Article N" and its separator (":", "-", "–", ".") open the text a few words
    /// before `k`, at the sentence start or after a full stop (a flattened page runs its
    /// articles together: "… du présent arrêté. Article 3 : Les propriétaires …").
    /// The short label too: "Art. 2. – Les mineurs ne peuvent circuler…", whose full stops
    /// (the label's, the number's) are no sentence's end (`labelStop`).
    func opensArticle(_ w: [String], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && k - j <= Self.articleReach && w[j] != ";" {
            if w[j] == "." && !labelStop(w, j) { break }
            if Self.articleLabels.contains(w[j]), j + 2 < k {
                let sep = Self.articleSeparators
                return sep.contains(w[j + 2]) || j + 3 < k && sep.contains(w[j + 3])
            }
            j -= 1
        }
        return false
    }

    /// Whether the full stop at `j` closes an article's label or number ("Art. 2. –",
    /// "Article 3.-"), not a sentence.
    func labelStop(_ w: [String], _ j: Int) -> Bool {
        j >= 1 && Self.articleLabels.contains(w[j - 1]) || j >= 2 && Self.articleLabels.contains(w[j - 2])
    }

    static let articleSeparators: Set<String> = [":", "-", "–", "—", "."]
    /// How many words back from its verb an article's label may stand: a period and a place
    /// may open the article before its subject ("Art. 1er. – Du 7 juillet au 31 août 2001
    /// inclus, les mineurs de moins de treize ans ne peuvent circuler…").
    static let articleReach = 24
    /// An article's label as the matcher folds it: in full, or short ("Art.", its dot kept on
    /// the abbreviation or split off).
    static let articleLabels: Set<String> = ["article", "art.", "art"]

    /// "Article 5 – Le présent arrêté peut faire l'objet d'un recours…": a subject that is the
    /// act itself ("le présent arrêté", "la présente décision") tells the reader its remedies,
    /// it allows no one anything. Read back from `k` to the article's separator.
    func namesTheActItself(_ w: [String], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && k - j <= 8 && !Self.articleSeparators.contains(w[j]) {
            if w[j] == "present" || w[j] == "presente" { return true }
            j -= 1
        }
        return false
    }

    /// "Par dérogation, les cultures sous contrat peuvent être irriguées", "Par dérogation à
    /// l'article 3, le transport des œufs peut être autorisé par la direction départementale":
    /// the bare "peut" of a derogation states what the text itself allows, whatever its
    /// subject — a permission in the text's own voice (actor null). So does the bare "peut"
    /// of an arrêté's article ("Article 2 – Les débits de boissons ne pourront rester ouverts
    /// au-delà de 2 heures": its negation a prohibition), whose subject may be a thing or a
    /// place the lexicons know as no agent. Not in a relative clause ("les personnes qui
    /// peuvent…").
    func derogationPermission(_ w: [String], _ k: Int, _ m: DeonticLexicon.Marker) -> String?? {
        guard m.modality == .permission, m.generic, k > 0, w[k - 1] != "qui", !isRelative(w, k) else { return nil }
        if opensArticle(w, before: k), !namesTheActItself(w, before: k) { return .some(Self.nobody) }
        var j = k - 1
        while j >= 0 && k - j <= 24 && w[j] != "." && w[j] != ";" {
            if w[j] == "derogation" || w[j] == "derogatoire" { return .some(Self.nobody) }
            j -= 1
        }
        return nil
    }

    /// "Voici ce que vous devez savoir", "Nouvelle circulaire : ce qu'il faut en retenir": a
    /// marker inside a free relative ("ce que …", "ce qu'il faut …") names what the page is
    /// about; it asks nothing. A list introduction ("Voici ce que vous devez fournir :") stays.
    func inFreeRelative(_ h: MarkerHit, _ w: [String]) -> Bool {
        h.start >= 2 && w[h.start - 1] == "que" && w[h.start - 2] == "ce" && w.last != ":"
    }

    /// "La préfecture doit vous délivrer un récépissé", "L'Ofii est tenu de vous proposer…",
    /// "la préfecture ne peut pas vous réclamer…": an administration that serves the public,
    /// bound toward "vous" — the page speaks to a private reader (an association's or a
    /// lawyer's explanation of a circular), not to the addressees of an instruction.
    func servesTheReader(_ h: MarkerHit, _ w: [String]) -> Bool {
        guard h.generic, let actor = h.actor, lex.readerServices.contains(actor) else { return false }
        var j = h.end
        while j < w.count && j < h.end + 3 && (w[j] == "pas" || w[j] == "plus" || w[j] == "jamais") { j += 1 }
        return j < w.count && (w[j] == "vous" || w[j] == "vos" || w[j] == "votre")
    }
}

extension ClauseMatcher {
    /// In a press item or a page commenting a circular, what is no directive of anyone:
    /// - an opinion the author or a group states ("Nous estimons que le gouvernement doit
    ///   revenir sur ce texte", "je pense qu'il faut…");
    /// - a duty laid on a political body, which no instruction binds ("Il faut que le
    ///   Parlement se saisisse de la question", "le gouvernement doit retirer ce texte");
    /// - the author's own remark ("Il convient toutefois de rappeler qu'une circulaire ne peut
    ///   pas modifier la loi", "il faut souligner que…").
    /// A circular's "il convient de rappeler que" stays (not a press item).
    func commentary(_ h: MarkerHit, _ w: [String]) -> Bool {
        // (A bare modal or an impersonal marker: "vous veillerez", an imperative, is no comment.)
        guard isPress, !h.reported, h.generic || h.marker.hasPrefix("il ") else { return false }
        let words = lex.commentary
        // The opinion verb after "nous"/"je", then "que", earlier in the sentence.
        var j = h.start - 1
        while j >= 1 && h.start - j <= 12 {
            if w[j] == "que", j >= 2, words.opinionVerbs.contains(w[j - 1]), w[j - 2] == "nous" || w[j - 2] == "je" { return true }
            j -= 1
        }
        // The political body as the subject before the modal or after "il faut que".
        let lo = max(0, h.start - 3), hi = min(w.count, h.end + 3)
        if w[lo..<h.start].contains(where: words.politicalBodies.contains) { return true }
        if h.endsWithQue || h.end < w.count && w[h.end] == "que", w[h.end..<hi].contains(where: words.politicalBodies.contains) { return true }
        // "il convient de rappeler que", "il faut souligner que".
        if h.end + 1 < w.count, words.remarkVerbs.contains(w[h.end]), w[h.end + 1] == "que" { return true }
        return false
    }

    /// "pourra être reconduit à son domicile par les forces de l'ordre": a passive permission
    /// whose agent (at `agent`, after "par" and its determiner) is a role is that role's —
    /// what the text allows (its future, or an arrêté's article), not the law described
    /// ("durant lequel l'appel peut être sollicité par le parquet").
    func passiveAgentPermission(_ w: [String], _ k: Int, agent: Int) -> String? {
        guard agent < w.count, let id = actorPhrase(w, at: agent), !inRelative(w, k),
              w[k] == "pourra" || w[k] == "pourront" || opensArticle(w, before: k) else { return nil }
        return id
    }

    /// "La préfecture ne peut pas vous réclamer de documents": a request verb in the
    /// infinitive that a modal governs (through its clitics) is that modal's directive, no
    /// request reported of "vous".
    func governedByModal(_ w: [String], _ k: Int, _ clitics: Set<String>) -> Bool {
        var g = k - 1
        while g >= 0 && k - g <= 2 && (clitics.contains(w[g]) || w[g] == "vous" || w[g] == "nous") { g -= 1 }
        return g >= 0 && Self.governingModals.contains(w[g])
    }

    /// Words before an infinitive's clitic that make it a modal's complement.
    static let governingModals: Set<String> = ["peut", "peuvent", "pourra", "pourront", "doit", "doivent", "devra", "devront", "pas", "plus", "jamais"]
}
