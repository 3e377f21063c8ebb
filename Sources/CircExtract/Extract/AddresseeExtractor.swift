import CircText

/// Header lines ("Mesdames et messieurs les préfets de département", "En communication à :")
/// to role slugs, through `Lexicons/addressee-titles.json`.
struct AddresseeExtractor: Sendable {
    struct TitlesFile: Decodable {
        struct Forms: Decodable { let forms: [String] }
        struct Title: Decodable { let id: String; let forms: [String]; let recipientOnly: Bool? }
        let civilities: [String]
        let ccCues: Forms
        let toCues: Forms
        let plurals: [String: String]
        let titles: [Title]
        let pressRecipients: Forms
        let trailingCopyCues: Forms?
        struct TitleLinks: Decodable { let prepositions, articles, joiners: [String] }
        let titleLinks: TitleLinks
        let pressServiceRecipients: PressServices.File?
        struct NotRecipients: Decodable { let pastRequests, topicVerbs: [String] }
        let pressRecipientsNot: NotRecipients?
        struct Acronyms: Decodable { let forms: [String: String] }
        let acronyms: Acronyms?
        let officeQualifiers: Forms?
        struct Collectives: Decodable { let forms: [String: [String]] }
        let collectiveTitles: Collectives?
    }
    struct KindsFile: Decodable {
        struct Forms: Decodable { let forms: [String] }
        let letterWords: Forms
    }

    let civilities: [String]
    let ccCues: [String]
    let toCues: [String]
    let plurals: [String: String]
    /// (form, id), longest form first, so the most specific title wins.
    let titles: [(String, String)]
    /// Titles named only as the recipient of a reported request (`recipientOnly`: "demande aux
    /// élus de…"), never as a duty's subject: the obligation lexicon keeps them apart.
    let recipientOnlyIds: Set<String>
    let pressRecipients: [String]
    /// Labels of a distribution list after the signature ("Ampliation :", "Copie à"), longest first.
    let trailingCopyCues: [String]
    let letterWords: Set<String>
    /// Words that end a title's head and adjectives ("directeur départemental | de la …"),
    /// from the lexicon's `titleLinks`.
    let titleLinks: Set<String>
    /// Services that stand for a role when a press item reports a request made of them.
    let pressServices: PressServices
    /// `pressRecipientsNot`: an earlier text's request, the préfets as the news's subject.
    let pastRequests: Set<String>, topicVerbs: Set<String>
    /// The lexicon's `acronyms` ("DRAAF" → the directeur régional de l'alimentation…), as
    /// written, with their ids.
    let acronyms: [(String, String)]
    /// The lexicon's `officeQualifiers`: an adjective that names the same office as the title
    /// without it ("chef d'établissement" | "pénitentiaire"), as a slug's word.
    let officeQualifiers: [String]
    /// The lexicon's `collectiveTitles`: "élus" → the specific elected offices it stands for
    /// when a press item names one of them as a recipient.
    let collectiveTitles: [String: [String]]

    init(store: LexiconStore) throws {
        let f = try store.load("addressee-titles.json", as: TitlesFile.self)
        civilities = f.civilities.sorted { $0.count > $1.count }
        ccCues = f.ccCues.forms.sorted { $0.count > $1.count }
        toCues = f.toCues.forms.sorted { $0.count > $1.count }
        plurals = f.plurals
        titles = f.titles.flatMap { t in t.forms.map { ($0, t.id) } }.sorted { $0.0.count > $1.0.count }
        recipientOnlyIds = Set(f.titles.filter { $0.recipientOnly == true }.map(\.id))
        pressRecipients = f.pressRecipients.forms
        trailingCopyCues = (f.trailingCopyCues?.forms ?? []).sorted { $0.count > $1.count }
        titleLinks = Set(f.titleLinks.prepositions + f.titleLinks.articles + f.titleLinks.joiners)
        pressServices = PressServices(f.pressServiceRecipients)
        pastRequests = Set(f.pressRecipientsNot?.pastRequests ?? [])
        topicVerbs = Set(f.pressRecipientsNot?.topicVerbs ?? [])
        acronyms = (f.acronyms?.forms ?? [:]).map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
        officeQualifiers = f.officeQualifiers?.forms ?? []
        collectiveTitles = f.collectiveTitles?.forms ?? [:]
        letterWords = Set(try store.load("document-kinds.json", as: KindsFile.self).letterWords.forms)
    }

    func extract(_ ctx: ExtractionContext) -> [Addressee] {
        // The block read as words: holds whether the header is on lines, flattened or OCR'd.
        var out: [Addressee]
        if !ctx.header.items.isEmpty && !ctx.isPress {
            out = ctx.header.items.map { Addressee(id: $0.id, role: $0.role, text: ctx.text.text.sourceString($0.range), span: SourceSpan($0.range)) }
        } else {
            out = lineAddressees(ctx)
        }
        // A press item's copies are the reported letter's, not its own.
        guard !ctx.isPress else {
            for a in pressServiceAddressees(ctx) where !out.contains(where: { $0.id == a.id }) { out.append(a) }
            // "demande aux élus" in an item to the maires: the élus are the maires.
            let named = out
            out.removeAll { a in Self.standsFor(a.id, in: named, collectiveTitles) != nil }
            return out
        }
        for a in trailingCopies(ctx.structure) where !out.contains(where: { $0.id == a.id }) { out.append(a) }
        if out.isEmpty { out = vocativeAddressees(ctx.structure) }
        return out
    }

    /// The one specific office among `addressees` that the collective title `id` stands for
    /// (`collectiveTitles`: "élus" → `maire` in an item that names the maires as recipients),
    /// nil when it names none or several.
    static func standsFor(_ id: String, in addressees: [Addressee], _ collectives: [String: [String]]) -> String? {
        guard let offices = collectives[id] else { return nil }
        let named = Set(addressees.lazy.map(\.id).filter { offices.contains($0) })
        return named.count == 1 ? named.first : nil
    }

    /// One title per header line: the fallback where the block has no civility to open it.
    func lineAddressees(_ ctx: ExtractionContext) -> [Addressee] {
        let s = ctx.structure
        var out: [Addressee] = []
        var seen = Set<String>()
        var role: AddresseeRole? = nil
        for u in s.units where u.kind == .header {
            let line = s.text.text.clean(u.range)
            var f = Fold.string(line)
            if let cue = ccCues.first(where: { f == $0 || f.hasPrefix($0 + " :") || f.hasPrefix($0 + ":") || (f.hasPrefix($0 + " ") && startsWithCivility(String(f.dropFirst($0.count + 1)))) }) {
                role = .cc
                f = String(f.dropFirst(cue.count)).trimmingCharacters(in: " :")
                if f.isEmpty { continue }
            } else if let cue = toCues.first(where: { f == $0 || f.hasPrefix($0 + " :") || f.hasPrefix($0 + ":") || (f.hasPrefix($0 + " ") && $0.count > 2) }) {
                role = .to
                f = String(f.dropFirst(cue.count)).trimmingCharacters(in: " :")
                if f.isEmpty { continue }
            }
            let hasCivility = civilities.contains { f.hasPrefix($0 + " ") }
            if role == nil, !hasCivility, let parts = routedTitles(f) {
                for id in parts where seen.insert("to \(id)").inserted {
                    out.append(Addressee(id: id, role: .to, text: s.text.text.sourceString(u.range), span: SourceSpan(u.range)))
                }
                continue
            }
            guard hasCivility || (role != nil && f.count < 120 && !f.hasPrefix("(")) else { continue }
            guard let id = title(in: f) else { continue }
            let r = role ?? .to
            if seen.insert("\(r) \(id)").inserted {
                out.append(Addressee(id: id, role: r, text: s.text.text.sourceString(u.range), span: SourceSpan(u.range)))
            }
        }
        if let (ids, r) = splitRoute(s) {
            for id in ids where seen.insert("to \(id)").inserted {
                out.append(Addressee(id: id, role: .to, text: s.text.text.sourceString(r), span: SourceSpan(r)))
            }
        }
        if out.isEmpty && ctx.isPress {
            out = ctx.header.recipients.map { Addressee(id: $0.id, role: $0.role, text: ctx.text.text.sourceString($0.range), span: SourceSpan($0.range)) }
        }
        if out.isEmpty && ctx.isPress { out = pressAddressees(ctx) }
        return out
    }

    func startsWithCivility(_ f: String) -> Bool { civilities.contains { f.hasPrefix($0 + " ") } }

    /// "ministre interieur a prefets metropole - prefet de police": a telegram's route line
    /// (folded) — its sender in up to four words, "a", then its recipients without civility,
    /// parted by dashes. The titles of the parts, or nil when the line is no route (no "a"
    /// early, or a part that names no title: "delegue a la communication").
    func routedTitles(_ f: String, maxLength: Int = 160) -> [String]? {
        guard f.utf8.count < maxLength else { return nil }
        let ws = f.split(separator: " ")
        guard ws.count >= 3, let a = ws.prefix(5).dropFirst().firstIndex(of: "a") ?? ministerRoute(ws) else { return nil }
        var ids: [String] = []
        for part in ws[(a + 1)...].split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }) {
            let text = part.joined(separator: " ")
            guard let id = title(in: text) else { return nil }
            ids.append(id)
            ids += distributedTitles(text, head: id).filter { !ids.contains($0) }
        }
        return ids.isEmpty ? nil : ids
    }

    /// "le ministre de l'instruction publique a prefets france": a minister's title, longer
    /// than a telegram's sender word, routed to a plural title without civility. The index
    /// of its "a" (within the first nine words), or nil.
    func ministerRoute(_ ws: [Substring]) -> Int? {
        guard ws.count >= 4, ws[0] == "le" || ws[0] == "la", ws[1] == "ministre",
              let a = ws.prefix(9).dropFirst(2).firstIndex(of: "a"), a + 1 < ws.count,
              plurals[String(ws[a + 1])] != nil else { return nil }
        return a
    }

    /// "Intérieur⏎à Préfets France": a telegram's route whose sender stands alone on its
    /// line (up to four words) above a line opening on "à" and no civility; a list of seats
    /// ending in a comma goes on over the next lines ("à Préfets Bourg, Gap,⏎Rodez, …,
    /// Police⏎Paris."). The titles of the route, as `routedTitles` reads it.
    func splitRoute(_ s: DocumentStructure) -> ([String], Range<Int>)? {
        let units = s.units.prefix(12).filter { $0.kind == .header }
        let lines = units.map { Fold.string(s.text.text.clean($0.range)) }
        for j in lines.indices.dropFirst() where lines[j].hasPrefix("a ") && !startsWithCivility(String(lines[j].dropFirst(2))) {
            let sender = lines[j - 1].split(separator: " ")
            guard sender.count <= 4 || sender.count <= 8 && ministerRoute(sender + ["a"] + lines[j].split(separator: " ").dropFirst()) != nil,
                  !sender.contains(where: { $0.contains(where: \.isNumber) }) else { continue }
            var route = lines[j - 1] + " " + lines[j]
            var k = j
            while route.hasSuffix(","), k + 1 < lines.count, route.utf8.count < 1200 { k += 1; route += " " + lines[k] }
            guard let ids = routedTitles(route, maxLength: 1200) else { return nil }
            return (ids, units[j - 1].range.lowerBound..<units[k].range.upperBound)
        }
        return nil
    }

    /// "a prefets bourg, gap, police": the head of a route's list of seats goes with each
    /// seat; a seat that makes another title with it ("prefet de police") is that office too.
    func distributedTitles(_ part: String, head id: String) -> [String] {
        let items = part.split(separator: ",").map { $0.trimmingCharacters(in: " .") }
        guard items.count >= 2, let head = items.first?.split(separator: " ").first else { return [] }
        var ids: [String] = []
        for item in items.dropFirst() where !item.isEmpty {
            if let own = title(in: item) ?? title(in: "\(head) de \(item)"), own != id, !ids.contains(own) { ids.append(own) }
        }
        return ids
    }

    /// The most specific title named in a folded line, civilities and plurals removed.
    func title(in folded: String) -> String? {
        // Each part of a hyphenated word to its singular too: "d'academie-directeurs".
        let words = folded.split(separator: " ").map { w -> String in
            let bare = w.trimmingCharacters(in: ",;:.")
            return plurals[bare] ?? bare.split(separator: "-", omittingEmptySubsequences: false).map { plurals[String($0)] ?? String($0) }.joined(separator: "-")
        }
        let line = " " + words.joined(separator: " ") + " "
        for (form, id) in titles where line.contains(" " + form + " ") {
            return id
        }
        return nil
    }

    /// A press item reporting "un courrier aux préfets": the préfets are its addressees.
    func pressAddressees(_ ctx: ExtractionContext) -> [Addressee] {
        let s = ctx.structure
        for u in s.units {
            let f = Array((" " + Fold.string(s.text.text.clean(u.range)) + " ").utf8)
            guard letterWords.contains(where: { Self.contains(f, " \($0) ") }) else { continue }
            for form in pressRecipients where Self.contains(f, " \(form) ") && reportsRecipients(f, form) {
                return [Addressee(id: "prefet-de-departement", role: .to, text: s.text.text.sourceString(u.range), span: SourceSpan(u.range))]
            }
        }
        return []
    }
}

extension AddresseeExtractor {
    /// Byte search of a folded phrase: Foundation's `contains` goes through CFString and
    /// UTF-16, a tenth of the whole extraction on a dense press-like text.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard n.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            n.withUnsafeBufferPointer { m in
                let first = m[0], last = h.count - m.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < m.count && h[i + j] == m[j] { j += 1 }
                        if j == m.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
