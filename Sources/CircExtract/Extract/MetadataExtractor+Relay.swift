import CircText

extension MetadataExtractor {
    /// "Le Préfet de la Savoie à Messieurs les Maires. / M. le Ministre de l'Intérieur
    /// m'adresse la circulaire suivante : / Paris, le 9 mars 1915. / …": a préfet's covering
    /// letter relays a text under an announcement (a letter word of `letterWords`, then one of
    /// `relayAnnouncements` before its closing colon). Whether `date` is that of the first
    /// dateline right under the announcement while no dateline stands above it: then it dates
    /// the relayed text, and the letter, which has none of its own, is undated.
    func datesRelayedText(_ s: DocumentStructure, _ date: String) -> Bool {
        let tt = s.text
        let units = s.units.prefix(Self.relayUnits)
        guard let a = units.firstIndex(where: { announcesRelay($0, tt) }),
              !units[..<a].contains(where: { datelinePlace($0, tt) != nil }),
              let d = units[(a + 1)...].prefix(3).first(where: { datelinePlace($0, tt) != nil }) else { return false }
        return tt.sentences[d.sentence].tokens.contains { ti in
            tt.tokens[ti].kind == .date && FrenchDate.parse(tt.string(tt.tokens[ti]), months: months)?.civil(anchor: nil)?.iso == date
        }
    }

    /// Units read for a covering letter's announcement: its head and first sentences.
    static let relayUnits = 15

    /// "… m'adresse la circulaire suivante :", "… le télégramme ci-après :": a unit ending on
    /// a colon, one of `relayAnnouncements` among the three words before it and a letter word
    /// before that.
    func announcesRelay(_ u: StructureUnit, _ tt: TokenizedText) -> Bool {
        let w = words(u, tt)
        guard w.count >= 4, w.last == ":" else { return false }
        let tail = w.suffix(4).dropLast()
        guard let r = tail.lastIndex(where: { relayAnnouncements.contains($0) }) else { return false }
        return w[max(0, r - 3)..<r].contains { letterWords.contains($0) }
    }
}
