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
            let examples: [String]
            let counterExamples: [String]
        }
        let cutOffs: Section
    }
    let participles: Set<String>
    let auxiliaries: Set<String>
    /// How far before the cue the participle may stand: "déposées en préfecture avant le".
    static let reach = 5

    init(store: LexiconStore) throws {
        let f = try store.load("deadlines.json", as: File.self).cutOffs
        var p: Set<String> = []
        for stem in f.participles.map(Fold.string) {
            for ending in ["", "e", "s", "es"] { p.insert(stem + ending) }
        }
        participles = p
        auxiliaries = Set(f.auxiliaries.map(Fold.string))
    }

    /// Whether the date whose cue starts at token `cue` bounds the cases of a rule. Read only
    /// for a date found (a few per text): the words are folded from the source here.
    func bounds(_ s: TokenScan, cueAt cue: Int) -> Bool {
        let fold = { (i: Int) in Fold.string(s.tt.text.scalars, s.ranges[i]) }
        var k = cue - 1
        while k >= 0, cue - k <= Self.reach, s.kinds[k] == .word || s.kinds[k] == .elision {
            let w = fold(k)
            // An auxiliary just before, or before an adverb: "devront être impérativement
            // transmis avant le …".
            if participles.contains(w) {
                return !(max(0, k - 2)..<k).contains { auxiliaries.contains(fold($0)) }
            }
            k -= 1
        }
        return false
    }
}
