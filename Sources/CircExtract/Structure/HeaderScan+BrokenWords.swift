import CircText

/// Words OCR broke in two or cut at the margin: "Mesdames et Messieurs les Pref ets de
/// departement", "INTÉ RIEUR", "Monsieur le Préfet de Polic" (the line's last letters lost).
/// The header rules compare whole vocabulary words, so such a title named no role.
extension HeaderScanner {
    /// "Pref ets" → "prefets": two words of one line, neither a vocabulary word, whose
    /// concatenation is one (a title word: prose rarely splits into two unknown halves of one).
    /// The joined word keeps its first part's token.
    static func joinedSplits(_ w: [String], _ tok: [Int], _ tt: TokenizedText, known: Set<String>) -> ([String], [Int])? {
        var out: [String] = [], outTok: [Int] = []
        var i = 0, joined = false
        while i < w.count {
            if i + 1 < w.count, tt.tokens[tok[i + 1]].newlinesBefore == 0, tt.tokens[tok[i]].end < tt.tokens[tok[i + 1]].start,
               !known.contains(w[i]), !known.contains(w[i + 1]),
               w[i].allSatisfy(\.isLetter), w[i + 1].allSatisfy(\.isLetter), known.contains(w[i] + w[i + 1]) {
                out.append(w[i] + w[i + 1]); outTok.append(tok[i])
                i += 2; joined = true
                continue
            }
            out.append(w[i]); outTok.append(tok[i])
            i += 1
        }
        return joined ? (out, outTok) : nil
    }

    /// "Polic" at its line's end → "police": a word the margin cut, one or two letters short
    /// of the one vocabulary word (six letters or more) it begins (a word that goes on the next line is whole).
    func cutAtLineEnd(_ i: Int) -> String? {
        // The line's end first (one integer read: most words stand inside a line), then the
        // folded word's bytes, compared with the long words' bytes it may begin.
        guard i + 1 == w.count || tt.tokens[tok[i + 1]].newlinesBefore > 0 else { return nil }
        let x = w[i]
        guard x.count >= 4, c[i] == x, !vocab.known.contains(x), x.allSatisfy(\.isLetter), let first = x.first else { return nil }
        let xb = Array(x.utf8)
        let found = (vocab.longWords[first] ?? []).filter { (1...2).contains($0.1.count - xb.count) && $0.1.starts(with: xb) }
        return found.count == 1 ? found.first?.0 : nil
    }
}
