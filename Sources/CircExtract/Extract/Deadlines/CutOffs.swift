import CircText

/// A date that bounds which cases a rule covers is no deadline (the rulebook keeps out a
/// scheme's start and a text's date of application, and a cut-off is of that kind): "les
/// demandes déposées avant le 1er mars", "les étrangers entrés en France avant le 1er janvier
/// 2020", "les recours introduits jusqu'au 31 mars". The cue's date then follows a past
/// participle of the event (`participles`, with its agreement), a few words before it, that
/// no auxiliary governs: "les dossiers devront être déposés avant le 1er mars" is a duty and
/// keeps its date.
struct CutOffRule: Sendable {
    struct File: Decodable {
        struct Section: Decodable {
            let participles: [String]
            let auxiliaries: [String]
            let determiners: [String]?
            let examples: [String]
            let counterExamples: [String]
        }
        struct Permissions: Decodable {
            let forms: [String]
            let governing: [String]?
            let copulas: [String]?
            let dutyWords: [String]?
            let standingDuties: [String]?
            let examples: [String]
            let counterExamples: [String]
        }
        let cutOffs: Section
        let permissionEnds: Permissions?
    }
    /// Word keys (`Fold.key`), compared with the unit's keys.
    let participles: Set<UInt64>
    let auxiliaries: Set<UInt64>
    /// Determiners before which a participle's form is an adjective or a noun ("la présente
    /// circulaire", "la mise en œuvre"): the text or the action named, not the event.
    let determiners: Set<UInt64>
    /// `permissionEnds`: the words of a permission ("autorisé", "toléré", "possible"), with
    /// their agreements, as word keys.
    let permissions: Set<UInt64>
    /// `permissionEnds.governing`: the verbs that ban or allow an object named after them
    /// ("interdisant", "autorise"), as word keys.
    let governing: Set<UInt64>
    /// `permissionEnds.copulas`: "est", "sont", "reste" — before a word of permission, the
    /// verb of the ban a sentence-opening date ends, however long its subject.
    let copulas: Set<UInt64>
    /// `permissionEnds.dutyWords`: "vous", "doivent" — a duty between a stated ban and a
    /// "jusqu'au" date makes the date the duty's.
    let dutyWords: Set<UInt64>
    /// `permissionEnds.standingDuties`: "tenu", "obligatoire" — a duty that holds over a
    /// period, which a sentence-opening "Jusqu'au …" ends ("Jusqu'au 16 mai, les volailles
    /// sont tenues de rester confinées"), with their agreements, as word keys.
    let standingDuties: Set<UInt64>
    /// How far before the cue the participle may stand: "déposées en préfecture avant le".
    static let reach = 5
    /// How far before "jusqu'au" a governing verb may stand, its object between (an
    /// object that lists categories and a start: "interdire la cession, à titre onéreux ou
    /// non, des artifices … des catégories T2 et P2 du samedi 11 juillet 2020 à partir de
    /// 08h jusqu'au …" has forty tokens; "Un arrêté interdisant la vente, l'achat, le
    /// transport … de pétards, … d'armes ou d'objets pouvant constituer une arme par
    /// destination, a été pris ce jour jusqu'au …", a press item's, some eighty).
    static let objectReach = 100

    init(store: LexiconStore) throws {
        let f = try store.load("deadlines.json", as: File.self).cutOffs
        var p: Set<UInt64> = []
        for stem in f.participles.map(Fold.string) {
            for ending in ["", "e", "s", "es"] { p.insert(Fold.key(stem + ending)) }
        }
        participles = p
        auxiliaries = Set(f.auxiliaries.map { Fold.key(Fold.string($0)) })
        determiners = Set((f.determiners ?? []).map { Fold.key(Fold.string($0)) })
        let ends = try store.load("deadlines.json", as: File.self).permissionEnds
        var q: Set<UInt64> = []
        for stem in (ends?.forms ?? []).map(Fold.string) {
            for ending in ["", "e", "s", "es"] { q.insert(Fold.key(stem + ending)) }
        }
        permissions = q
        governing = Set((ends?.governing ?? []).map { Fold.key(Fold.string($0)) })
        copulas = Set((ends?.copulas ?? []).map { Fold.key(Fold.string($0)) })
        dutyWords = Set((ends?.dutyWords ?? []).map { Fold.key(Fold.string($0)) })
        var d: Set<UInt64> = []
        for stem in (ends?.standingDuties ?? []).map(Fold.string) {
            for ending in ["", "e", "s", "es"] { d.insert(Fold.key(stem + ending)) }
        }
        standingDuties = d
    }

    /// Whether "jusqu'au" at `cue` ends a ban or a permission whose verb governs an object
    /// before it in the same clause: "un arrêté interdisant l'usage des feux d'artifice
    /// jusqu'au 31 juillet", "Le préfet interdit l'arrosage des jardins jusqu'au 15
    /// septembre" say until when, not by when anyone must act. Only "jusqu'" (an "avant le"
    /// after a ban is a duty's date: "interdisant … ; vous me rendrez compte avant le …"),
    /// and not across ";" or a sentence's end.
    func endsGovernedBan(_ s: TokenScan, cueAt cue: Int) -> Bool {
        guard !governing.isEmpty, cue < s.count, Fold.string(s.scalars, s.ranges[cue]).hasPrefix("jusqu") else { return false }
        var k = cue - 1
        var duty = false
        while k >= 0, cue - k <= Self.objectReach {
            if s.kinds[k] == .punct, [";", ".", ":"].contains(Fold.string(s.scalars, s.ranges[k])) { return false }
            if s.kinds[k] == .word && governing.contains(s.keys[k]) { return true }
            // "Leur vente et leur utilisation sont interdites dans tout le département depuis
            // le 20 décembre et jusqu'au 2 janvier": the ban stated with a copula, its place
            // and its start between — unless a duty stands between ("sont interdits, et vous
            // me rendrez compte jusqu'au …").
            if s.kinds[k] == .word && dutyWords.contains(s.keys[k]) { duty = true }
            if !duty, s.kinds[k] == .word, k > 0, permissions.contains(s.keys[k]), copulas.contains(s.keys[k - 1]) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the date whose cue starts at token `cue` ends a permission: "le remplissage des
    /// piscines est autorisé jusqu'au 31 juillet", "reste possible jusqu'au 30 juin" says until
    /// when something may be done, not by when the addressees must act. The permission's word
    /// stands right before the cue, or one or two adverbs before it ("autorisé
    /// exceptionnellement jusqu'au").
    /// `reach`: how many words before the cue are read (a period's phrase takes the word right
    /// before it only: "est autorisée tous les jours", not "les établissements autorisés
    /// transmettront chaque mois").
    func endsPermission(_ s: TokenScan, cueAt cue: Int, reach: Int = 3) -> Bool {
        guard !permissions.isEmpty else { return false }
        let keys = s.keys
        var k = cue - 1
        while k >= 0, cue - k <= reach, s.kinds[k] == .word {
            if permissions.contains(keys[k]) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a date that opens its sentence ends the ban or permission stated right after
    /// it: "Jusqu'au 15 septembre, il est interdit d'arroser…", "Jusqu'au 31 août, la
    /// baignade est interdite". `first`/`last`: the date's phrase, its cue first. Only a cue
    /// at the start of its unit: "Vous me transmettrez avant le 31 août la liste des
    /// rassemblements interdits" has its duty before the date.
    /// Further on in the clause (up to `clauseReach` words), the word must follow a copula
    /// (`copulas`): "Jusqu'au 31 août, l'arrosage des pelouses et des jardins d'agrément est
    /// interdit" — a long subject — while "Jusqu'au 30 juin, vous transmettrez la liste des
    /// rassemblements interdits" keeps its date.
    func opensBanOrPermission(_ s: TokenScan, first: Int, last: Int, reach: Int = 6, clauseReach: Int = 20) -> Bool {
        guard !permissions.isEmpty, first == 0 else { return false }
        // "Jusqu'au 16 mai, les volailles sont tenues de se cacher": until when a standing duty
        // holds — "jusqu'" only ("Avant le 15 juin, les propriétaires sont tenus de
        // débroussailler" keeps its date).
        let until = Fold.string(s.scalars, s.ranges[first]).hasPrefix("jusqu")
        var k = last + 1
        while k < s.count, k - last <= clauseReach {
            if s.kinds[k] == .punct, [";", ".", ":"].contains(Fold.string(s.scalars, s.ranges[k])) { return false }
            if s.kinds[k] == .word && (permissions.contains(s.keys[k]) || until && standingDuties.contains(s.keys[k]))
                && (k - last <= reach || k > 0 && copulas.contains(s.keys[k - 1])) { return true }
            k += 1
        }
        return false
    }

    /// Whether the date whose cue starts at token `cue` bounds the cases of a rule.
    func bounds(_ s: TokenScan, cueAt cue: Int) -> Bool {
        let keys = s.keys
        var k = cue - 1
        while k >= 0, cue - k <= Self.reach, s.kinds[k] == .word || s.kinds[k] == .elision {
            // An auxiliary just before, or before an adverb: "devront être impérativement
            // transmis avant le …".
            // "de la présente circulaire avant le …": an adjective, read on.
            if participles.contains(keys[k]), k == 0 || !determiners.contains(keys[k - 1]) {
                return !(max(0, k - 2)..<k).contains { auxiliaries.contains(keys[$0]) }
            }
            k -= 1
        }
        return false
    }
}
