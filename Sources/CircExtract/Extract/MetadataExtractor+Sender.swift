import CircText

extension MetadataExtractor {
    /// "DE : MINISTRE INTERIEUR - CABINET", "EXPEDITEUR : MININTER / DLPAJ": a telegram names
    /// its sender in a field, in the telegraphic style that drops the articles, so no "ministre
    /// de …" is there to read. The value's first words, up to a dash or a slash, looked up in
    /// `header-fields.json` `senderFields` (only the opening lines: the form's header). A
    /// bulletin page's fields name the ministry so too: "Auteur : Ministère de l'intérieur",
    /// "Ministère émetteur : Intérieur", "Ministère(s) déposant(s) : INT - Intérieur" (a label of
    /// up to twenty-five letters; a ministry's code before the dash, its name after).
    func senderField(_ s: DocumentStructure) -> String? {
        for u in s.units.prefix(12) {
            let f = Fold.string(s.text.text.clean(u.range))
            if let slug = telegraphicRoute(f) { return slug }
            guard let colon = f.firstIndex(of: ":"), f.distance(from: f.startIndex, to: colon) <= 25,
                  fields.senderFields.labels.contains(f[..<colon].trimmingCharacters(in: " ")) else { continue }
            let value = f[f.index(after: colon)...].split(separator: " ")
            if let slug = sender(value[...]) { return slug }
            // "INT - Intérieur": a one-word code the senders do not know, then the name.
            if let dash = value.firstIndex(where: { ["-", "–", "—"].contains($0) }), dash == 1, let slug = sender(value[(dash + 1)...]) { return slug }
        }
        return nil
    }

    /// The slug of a sender field's value: its first words (up to four, to a comma, dash or
    /// slash) that `senderFields` knows, longest first.
    func sender(_ value: ArraySlice<Substring>) -> String? {
        var words: [String] = []
        for w in value {
            if ["-", "–", "—", "/", ":"].contains(w) { break }
            words.append(String(w).trimmingCharacters(in: ",;."))
            if w.hasSuffix(",") || words.count == 4 { break }
        }
        for n in stride(from: words.count, through: 1, by: -1) {
            if let slug = fields.senderFields.senders[words[..<n].joined(separator: " ")] { return slug }
        }
        return nil
    }
}

extension MetadataExtractor {
    /// "MINISTRE INTERIEUR A PREFETS METROPOLE", "MININTER A TOUS PREFETS": a telegram's
    /// heading line routes it from its sender to its recipients, with no label and no
    /// article. Up to four words that `senderFields` knows, "a", then a word that opens a
    /// recipient (`recipientOpenings`), so a sentence such as "Justice a été rendue" is none.
    func telegraphicRoute(_ f: String) -> String? {
        guard let openings = fields.senderFields.recipientOpenings, f.utf8.count < 160 else { return nil }
        let ws = f.split(separator: " ")
        guard ws.count >= 3 else { return nil }
        for n in 1...min(4, ws.count - 2) where ws[n] == "a" {
            guard openings.contains(String(ws[n + 1])) else { return nil }
            return fields.senderFields.senders[ws[..<n].joined(separator: " ")]
        }
        return nil
    }

    /// A telegram's route among its opening lines, however the copy broke them: "Intérieur à
    /// Préfets France" under the dispatch's number and hour ("Circulaire de Paris n° 1/680
    /// 25/2/06 à 3 heures"), or the sender alone on its line above "à Préfets France" (the
    /// form's boxes copied line by line). A routed text is a letter of its sender, whatever
    /// minister its body names. Only the first lines of the first units are read.
    func openingRoute(_ s: DocumentStructure) -> String? {
        var lines: [String] = []
        for u in s.units.prefix(6) where lines.count < 12 {
            let r = u.range.lowerBound..<min(u.range.upperBound, u.range.lowerBound + 1200)
            lines += s.text.text.string(r).split(separator: "\n").map { Fold.string(String($0)).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        }
        for (j, l) in lines.prefix(12).enumerated() {
            if let slug = telegraphicRoute(l) { return slug }
            guard j + 1 < lines.count, l.split(separator: " ").count <= 4, lines[j + 1].hasPrefix("a ") else { continue }
            if let slug = telegraphicRoute(l + " " + lines[j + 1]) { return slug }
        }
        return nil
    }

    /// "Gérald Darmanin a adressé aux préfets une circulaire…": an item that names the minister
    /// but not the ministry. The ministry the signatory held on the text's date
    /// (`header-fields.json` `ministers`); undated, or dated out of every term (a page
    /// published after the term it reports) in an item that names no ministry, only one a
    /// name held alone (Gérald Darmanin was at the Interior, then at the Justice).
    /// `named`: the ministry the item itself names (its first "ministre de …"). Dated out of
    /// every term the table knows, the name may hold an office the table does not list ("La
    /// ministre de l'Éducation nationale, Nicole Belloubet" in 2024, years after her term at
    /// the Justice): the item's own ministry then stands, the table's guess only fills a gap.
    /// A name held alone may be a surname (`surnameTerms`); `recipients`, the item's addressee
    /// ids, pick among an undated name's ministries (`recipientMinistries`).
    func ministerEmitter(_ name: String, date: String?, named: String? = nil, recipients: [String] = []) -> String? {
        guard let terms = ministerTerms[Fold.string(name)] ?? surnameTerms(name) else { return nil }
        // ISO dates compare as strings. Dated before every term, the name was not yet a
        // minister: the item reports another office of his ("Le préfet de police, Laurent
        // Nuñez, a annoncé…" in 2024).
        if let d = date, terms.allSatisfy({ d < $0.from }) { return nil }
        if let d = date, let t = terms.first(where: { $0.from <= d && ($0.to.map { d <= $0 } ?? true) }) { return t.emitter }
        if date != nil, let named { return named }
        let emitters = Set(terms.map(\.emitter))
        if emitters.count == 1 { return emitters.first }
        // Undated, several ministries: the one the item's recipients answer to
        // (`recipientMinistries`: "écrit aux préfets" → the Interior's).
        let answered = Set(recipients.compactMap { id in fields.recipientMinistries?.forms[String(id.prefix { $0 != "-" })] }).intersection(emitters)
        return answered.count == 1 ? answered.first : nil
    }
}

extension MetadataExtractor {
    /// Whether the item writes the name in apposition to a minister's title ("La ministre de
    /// l'Éducation nationale, Nicole Belloubet"): the office it names is then that person's,
    /// not another minister's the item quotes ("une instruction de Jean-Marc Ayrault" beside
    /// "la ministre de l'Égalité des territoires").
    func nameAfterTitle(_ name: String, _ s: DocumentStructure) -> Bool {
        let needle = ", " + Fold.string(name)
        for u in s.units.prefix(60) {
            let f = Fold.string(s.text.text.clean(u.range))
            guard let r = f.range(of: needle) else { continue }
            let from = f.index(r.lowerBound, offsetBy: -80, limitedBy: f.startIndex) ?? f.startIndex
            if f[from..<r.lowerBound].contains("ministre") { return true }
        }
        return false
    }

    /// A press item on a préfet's act that names no ministry: "Le préfet du Var a décidé, par
    /// arrêté…", "Le préfet d'Ille-et-Vilaine, Emmanuel Berthier, a signé…". The first
    /// "le préfet / la préfète de <Place>" of its opening sentences, as its slug (the office in
    /// the masculine, the place as written: `prefet-d-ille-et-vilaine`).
    /// "La Ville relaie l'arrêté du préfet de la Loire-Atlantique": where no sentence opens on
    /// the préfet, the office whose act the item relays ("du préfet de <Place>") is the one.
    func pressPrefect(_ s: DocumentStructure) -> String? {
        pressPrefect(s, after: ["le", "la"]) ?? pressPrefect(s, after: ["du"])
    }

    /// Words inside a place's name between its capitalised words ("Centre-Val de Loire",
    /// "Indre et Loire"), folded.
    static let placeLinks: Set<String> = ["de", "du", "et"]

    /// The first "<article> préfet de <Place>" of the opening sentences, the article one of
    /// `articles`.
    func pressPrefect(_ s: DocumentStructure, after articles: Set<String>) -> String? {
        let tt = s.text
        // The opening sentences of the prose: a page's short lines of furniture ("Isère >
        // Grenoble", "Lecture 2 min.", "Abonnés") count for none.
        var prose = 0
        for sen in tt.sentences.prefix(40) where prose < 8 {
            if sen.tokens.count >= 8 { prose += 1 }
            let r = Array(sen.tokens)
            for k in r.indices.dropFirst() where fields.letterheadHeads.forms[tt.folded(tt.tokens[r[k]])] == "prefet" && articles.contains(tt.folded(tt.tokens[r[k - 1]])) {
                var parts = ["prefet"]
                var j = k + 1
                while j < r.count, parts.count < 4, ["de", "du", "des", "d'", "la", "l'"].contains(tt.folded(tt.tokens[r[j]])) { parts.append(tt.folded(tt.tokens[r[j]])); j += 1 }
                // "Le préfet de police (de Paris)": an office of its own, as addressees slug it;
                // "le préfet de police des Bouches-du-Rhône" keeps its place. Only as the
                // subject opening a sentence ("Le …"), not one addressed or copied ("Monsieur le
                // préfet de police en a reçu copie").
                // ("Dans une note de service du 2 avril, le préfet de police a donné consigne…":
                // the subject after an opening phrase and its comma.)
                if parts == ["prefet", "de"], j < r.count, tt.folded(tt.tokens[r[j]]) == "police",
                   tt.string(tt.tokens[r[k - 1]]).first?.isUppercase == true || k >= 2 && tt.folded(tt.tokens[r[k - 2]]) == "," {
                    let des = j + 2 < r.count && tt.folded(tt.tokens[r[j + 1]]) == "des" && tt.folded(tt.tokens[r[j + 2]]) == "bouches-du-rhone"
                    return des ? "prefet-de-police-des-bouches-du-rhone" : "prefet-de-police"
                }
                // "le préfet Joël Mathurin": a name with no place before it is no office.
                guard parts.count >= 2 else { continue }
                // "le préfet de la région Centre-Val de Loire": the région's word before its name.
                if j < r.count, tt.folded(tt.tokens[r[j]]) == "region" { parts.append("region"); j += 1 }
                var place: [String] = []
                let capitalised = { (x: Int) in x < r.count && tt.tokens[r[x]].kind == .word && tt.string(tt.tokens[r[x]]).first?.isUppercase == true }
                while capitalised(j) || !place.isEmpty && j + 1 < r.count && Self.placeLinks.contains(tt.folded(tt.tokens[r[j]])) && capitalised(j + 1) {
                    place.append(tt.folded(tt.tokens[r[j]])); j += 1
                }
                // "Le préfet du Morbihan Joël Mathurin a demandé…": the holder's first name and
                // surname after the place, with no comma, are no part of the office.
                if place.count >= 3, !place.contains(where: { Self.placeLinks.contains($0) }) { place.removeLast(2) }
                if !place.isEmpty { return Self.slug((parts + place).joined(separator: " ")) }
            }
        }
        return nil
    }

    /// The préfecture's own release ("PRÉFET DU PAS-DE-CALAIS / Communiqué de presse", or a
    /// page under its site's banner) relays the minister it quotes ("Le ministre de l'Intérieur
    /// a demandé aux préfets de… ; dans le département, le préfet a décidé…"): the préfecture
    /// issued it, not the minister its prose names first. Nil for any other kind, and where
    /// neither letterhead nor banner heads the page.
    func prefectureRelease(_ s: DocumentStructure, kind: DocumentKind) -> String? {
        guard kind == .communique else { return nil }
        return letterheadAuthority(s) ?? (prefecturePage(s) ? pressPrefect(s) : nil)
    }

    /// Whether one of a page's first lines is a préfecture site's own heading: its banner
    /// (`prefectureBanners`: "Les services de l'État en Isère") or its name alone on a short
    /// line ("Préfet de la Vienne", "PRÉFET DU NORD"). A press article names the préfet in a
    /// sentence ("Le préfet du Nord a décidé…"), never so. Flattened, the heading runs into the
    /// breadcrumb or the headline after it ("Préfet d'Ille-et-Vilaine Accueil > Actualités …",
    /// "Les services de l'État dans l'Hérault Accueil > …"): read at the page's start, up to
    /// the first capitalised word after the place (`mixedCaseHead`).
    func prefecturePage(_ s: DocumentStructure) -> Bool {
        let banners = fields.prefectureBanners?.forms ?? []
        return s.units.prefix(6).contains { u in
            var line: String
            if u.range.count <= 80 {
                line = Fold.string(s.text.text.clean(u.range))
            } else {
                // Only before a breadcrumb's first ">", with no punctuation of a sentence on the
                // way: "Le préfet de police de Paris, Laurent Nuñez, a annoncé…" is a press item's.
                let raw = String(s.text.text.clean(u.range).prefix(160))
                guard let gt = raw.firstIndex(of: ">"), raw.distance(from: raw.startIndex, to: gt) <= 120 else { return false }
                let before = raw[..<gt]
                guard !before.contains(","), !before.contains("."), !before.contains(":") else { return false }
                if banners.contains(where: { Fold.string(String(before)).hasPrefix($0) }) { return true }
                guard let head = mixedCaseHead(raw) else { return false }
                line = head
            }
            if banners.contains(where: { line.hasPrefix($0) }) { return true }
            let w = line.split(whereSeparator: { !($0.isLetter || $0 == "-" || $0 == "'" || $0 == "’") })
            // "Préfet d'Ille-et-Vilaine": an elided place is one word with its "d'".
            let elided = w.count >= 2 && (w[1].hasPrefix("d'") || w[1].hasPrefix("d’"))
            guard (3...5).contains(w.count) || w.count == 2 && elided, !line.contains(","), !line.hasSuffix("."),
                  fields.letterheadHeads.forms[String(w[0])] != nil else { return false }
            return ["de", "du", "des"].contains(w[1]) || elided
        }
    }
}

extension MetadataExtractor {
    /// The terms of the one minister of `ministers` whose surname is `name` (a single word),
    /// nil when none or several persons bear it.
    func surnameTerms(_ name: String) -> [HeaderFields.Term]? {
        let f = Fold.string(name)
        guard !f.contains(" ") else { return nil }
        let people = ministerTerms.filter { $0.key.hasSuffix(" " + f) }
        return people.count == 1 ? people.first?.value : nil
    }

    /// A press item that names a minister by his surname alone ("Darmanin qualifie de…", "La
    /// circulaire Retailleau vient…"): the first capitalised word of the first sixty units
    /// that is the surname of one minister of `ministers`, not after another capitalised word
    /// (a first name: "Marie Darmanin" is someone else, and a full name is read before) nor
    /// after a kind of text ("la circulaire Valls" names a text), as
    /// written; with its particle and first name when they precede it.
    func ministerBySurname(_ s: DocumentStructure) -> String? {
        let tt = s.text
        for u in s.units.prefix(60) {
            let r = Array(tt.sentences[u.sentence].tokens)
            for (k, ti) in r.enumerated() where tt.tokens[ti].kind == .word && tt.text.scalars[Int(tt.tokens[ti].start)].properties.isUppercase {
                let x = tt.string(tt.tokens[ti])
                guard x.count >= 4, surnameTerms(x) != nil else { continue }
                if k > 0, tt.tokens[r[k - 1]].kind == .word, tt.string(tt.tokens[r[k - 1]]).first?.isUppercase == true { continue }
                // "la circulaire Valls", "la loi Pasqua": a text named after its author, who
                // need not sign the item's news ("abrogée par la circulaire Retailleau").
                if k > 0, case let before = tt.folded(tt.tokens[r[k - 1]]), citedKinds.contains(before) || letterWords.contains(before) { continue }
                // "Dominique de Villepin": the name whole, its particle and first name before it.
                if k >= 2, nameParticles.contains(tt.folded(tt.tokens[r[k - 1]])), tt.tokens[r[k - 2]].kind == .word,
                   case let first = tt.string(tt.tokens[r[k - 2]]), first.first?.isUppercase == true {
                    return "\(first) \(tt.string(tt.tokens[r[k - 1]])) \(x)"
                }
                return x
            }
        }
        return nil
    }
}
