import CircText

/// Finds blocks, headings, section labels, list items, footnotes, the header region and the
/// signature in a tokenized document. Labels are read from the text ("1 –", "2.1/", "III-",
/// "ANNEXE"), so renumbered sections keep their own labels.
struct StructureBuilder {
    let tt: TokenizedText
    /// The words that open a further text's title on a page printing several; none: the
    /// page is read as one text.
    var pageTexts = PageTextWords.none
    /// The folded labels of a copy's certification ("pour ampliation"): see
    /// `certificationStart`.
    var certifications: [String] = []

    func build() -> DocumentStructure {
        let s = tt.text.scalars
        let sentences = tt.sentences
        var units: [StructureUnit] = []
        units.reserveCapacity(sentences.count)
        var block = -1
        var section: String? = nil
        var sections: [Section] = []
        var footnoteNumber: String? = nil
        var listItem = false
        let headingLines = Set(tt.text.headings.map { $0.range.lowerBound })
        let footnoteDefs = tt.text.footnoteCalls.filter { $0.startsLine }
        var defIndex = 0
        var lineStarts = LineStarts()
        // Where the letter's body begins: before it, "Annexe : fiche technique" is the
        // header's list of attachments, not the annex's heading. An "ANNEXES" on the very first
        // line is a scanned book's running head (an annex follows the text it annexes).
        var finder = BodyStartFinder()
        var annexList = false   // see `attachmentListLine`

        for (si, sen) in sentences.enumerated() {
            let first = tt.tokens[sen.tokens.lowerBound]
            let lineStart = lineStarts.lineStart(s, Int(sen.start))
            let newBlock = si == 0 || first.newlinesBefore >= 2
            let newLine = si == 0 || first.newlinesBefore >= 1
            if newBlock { block += 1; footnoteNumber = nil }
            // A footnote definition: <sup>N</sup> at the start of this line.
            while defIndex < footnoteDefs.count && footnoteDefs[defIndex].range.lowerBound < lineStart { defIndex += 1 }
            if newLine, defIndex < footnoteDefs.count, footnoteDefs[defIndex].range.lowerBound >= lineStart,
               footnoteDefs[defIndex].range.upperBound <= Int(sen.start) + 1 {
                footnoteNumber = footnoteDefs[defIndex].number
                if !newBlock { block += 1 }
            }
            if newLine { listItem = isListMarker(sen) }
            let listedAnnex = newLine && attachmentListLine(sen, &annexList)
            var kind: StructureUnit.Kind = footnoteNumber != nil ? .footnote : (listItem ? .listItem : .paragraph)
            var range = tt.text.trimmed(sen.range)
            if footnoteNumber == nil, newLine, case (var label, let titleStart, let isHeading)? = sectionLabel(sen, markdownHeading: headingLines.contains(lineStart)),
               labelsSection(sen, label, si: si, bodyStarted: finder.start != nil, listed: listedAnnex) {
                // "A." under "I." is part I's first sub-section: "I.A" (the French plan I / A /
                // 1; under an arabic number the letter stays as written).
                if label.count == 1, label.first!.isUppercase, !Self.isRoman(label), let top = section?.split(separator: ".").first, Self.isRoman(String(top)) {
                    label = top + "." + label
                }
                section = label
                if isHeading {
                    kind = .heading
                    let title = tt.text.clean(titleStart..<Int(sen.end))
                    sections.append(Section(label: label, title: title, level: Self.level(label), span: SourceSpan(range)))
                } else {
                    range = tt.text.trimmed(titleStart..<Int(sen.end))
                }
            } else if footnoteNumber == nil, headingLines.contains(lineStart), newLine {
                kind = .heading
                sections.append(Section(label: nil, title: tt.text.clean(range), level: 1, span: SourceSpan(range)))
            }
            units.append(StructureUnit(kind: kind, range: range, sentence: si, block: block, section: kind == .footnote ? nil : section,
                              footnote: footnoteNumber, listItem: listItem))
            if finder.start == nil { finder.visit(units[units.count - 1], tt) }   // (no copy once found)
        }
        let bodyStart = finder.start ?? 0
        for k in units.indices where units[k].range.upperBound <= bodyStart && units[k].kind != .footnote {
            units[k].kind = .header
            units[k].section = nil
        }
        var textEnd = nextTextStart(units, bodyStart: bodyStart)
        // A page that opens on the end of the text before: the document is the next one —
        // under the body's start, or above it when the tail is too short to start a body.
        let textStart = textEnd.flatMap { opensOnTail(units, before: $0) ? $0 : nil } ?? tailInHeader(units, bodyStart: bodyStart)
        if let k = textStart {
            textEnd = nextTextStart(units, bodyStart: units[k].range.lowerBound)
            markOwnHeader(&units, from: k)
        }
        let end = textEnd ?? units.count
        markSignature(&units, before: certificationStart(units, before: end) ?? end)
        let footnotes = Self.footnotes(units, tt)
        // A footnote belongs to the section of its call. Footnotes are looked up by number and
        // the caller by binary search (units are in text order): scanning both lists for each
        // footnote line made 100,000 footnotes quadratic (issue 6).
        var footnoteByNumber: [String: Footnote] = [:]
        for f in footnotes where footnoteByNumber[f.number] == nil { footnoteByNumber[f.number] = f }
        var lastNonFootnote = [Int](repeating: -1, count: units.count)
        var last = -1
        for i in units.indices { if units[i].kind != .footnote { last = i }; lastNonFootnote[i] = last }
        for k in units.indices where units[k].kind == .footnote {
            guard let number = units[k].footnote, let call = footnoteByNumber[number]?.call else { continue }
            let lo = units.partitionIndex { $0.range.lowerBound <= call.start }   // first unit starting after the call
            if lo > 0, lastNonFootnote[lo - 1] >= 0 { units[k].section = units[lastNonFootnote[lo - 1]].section }
        }
        return DocumentStructure(text: tt, units: units, sections: sections.filter { $0.span.start >= bodyStart || $0.label != nil },
                                 footnotes: footnotes, bodyStart: bodyStart, textEnd: textEnd.map { units[$0].range.lowerBound },
                                 textStart: textStart.map { units[$0].range.lowerBound })
    }

    static func lineStart(_ s: ScalarStore, _ i: Int) -> Int {
        var k = i
        while k > 0 && s[k - 1] != "\n" { k -= 1 }
        return k
    }

    /// `lineStart` for positions met in increasing order, scanning back only to the previous
    /// position: a fresh scan per sentence made a long single line quadratic (issue 6).
    struct LineStarts {
        var pos = 0, start = 0   // lineStart(s, pos) == start
        mutating func lineStart(_ s: ScalarStore, _ i: Int) -> Int {
            guard i >= pos else { return StructureBuilder.lineStart(s, i) }
            var k = i
            while k > pos && s[k - 1] != "\n" { k -= 1 }
            let v = k > pos ? k : start
            pos = i; start = v
            return v
        }
    }

    /// "Annexe : …", "Annexes : 2": an annex label followed by a colon.
    /// "Annexes : Annexe 1 – Cahier des charges ; Annexe 2 – Indicateurs": a field that
    /// names the annexes again after its label lists them wherever it stands (a bulletin's
    /// header under a title that ends with a full stop, which reads as the body's start).
    func listsAnnexes(_ sen: Sentence) -> Bool {
        sen.tokens.dropFirst(2).contains { i in
            let t = tt.tokens[i]
            return t.end - t.start == 6 && Fold.string(tt.string(t)) == "annexe"
        }
    }

    /// Whether a label read at the start of sentence `si` opens a section: not the header's
    /// attachment field ("Annexe : fiche technique" before the body; "Annexes :" and the
    /// "Annexe 1 : …" lines it lists, `listed`, anywhere), nor an "ANNEXES" on the very first
    /// line, a scanned book's running head (an annex follows the text it annexes).
    func labelsSection(_ sen: Sentence, _ label: String, si: Int, bodyStarted: Bool, listed: Bool) -> Bool {
        if si == 0 && label.hasPrefix("annexe") { return false }
        guard isAttachmentField(sen, label) else { return true }
        return bodyStarted && !listsAnnexes(sen) && !listed && !opensAnnexList(sen)
    }

    /// Whether the line of `sen` is one of the "Annexe 1 : …" lines under an "Annexes :"
    /// label alone on its line; `open` (whether such a list goes on) is carried from line to line.
    func attachmentListLine(_ sen: Sentence, _ open: inout Bool) -> Bool {
        let listed = open && listsAnnexLine(sen)
        open = listed || opensAnnexList(sen)
        return listed
    }

    /// "Annexes :" alone on its line: a header table's field whose lines below list the
    /// attachments ("Annexe 1 : Cahier des charges"), not an annex's heading — an annex is
    /// headed by its number or its title ("ANNEXE 1", "Annexe : modèle de rapport").
    func opensAnnexList(_ sen: Sentence) -> Bool {
        guard sen.tokens.count == 2, case let t = tt.tokens[sen.tokens.lowerBound], t.end - t.start == 7,
              Fold.string(tt.string(t)) == "annexes" else { return false }
        let colon = tt.tokens[sen.tokens.lowerBound + 1]
        return colon.kind == .punct && tt.text.scalars[Int(colon.start)] == ":"
    }

    /// "Annexe 2 : Tableau de suivi": a line of such a list, an annex label and its colon.
    func listsAnnexLine(_ sen: Sentence) -> Bool {
        let t = tt.tokens[sen.tokens.lowerBound]
        return t.end - t.start == 6 && Fold.string(tt.string(t)) == "annexe" && isAttachmentField(sen, "annexe")
    }

    func isAttachmentField(_ sen: Sentence, _ label: String) -> Bool {
        guard label.hasPrefix("annexe") else { return false }
        return sen.tokens.prefix(3).contains { tt.tokens[$0].kind == .punct && tt.text.scalars[Int(tt.tokens[$0].start)] == ":" }
    }

    func isListMarker(_ sen: Sentence) -> Bool {
        let t = tt.tokens[sen.tokens.lowerBound]
        let c = tt.text.scalars[Int(t.start)]
        if ListBullet.marksItem(c, punct: t.kind == .punct) { return true }
        // "1° de l'enregistrement des plaintes ;": the numbered items of legal French.
        return t.kind == .ordinal && tt.text.scalars[Int(t.end) - 1] == "°" && sen.tokens.count > 2
    }

    /// "1 – Titre", "2.1/ Il vous revient…", "III- Remontées", "ANNEXE": the label, where the
    /// title (or the paragraph) starts, and whether the unit is a heading of its own.
    func sectionLabel(_ sen: Sentence, markdownHeading: Bool) -> (String, Int, Bool)? {
        let toks = sen.tokens
        guard toks.count >= 1 else { return nil }
        let t0 = tt.tokens[toks.lowerBound]
        guard Self.mayOpenLabel(tt, t0) else { return nil }
        let w0 = tt.string(t0)
        var label: String? = nil
        var next = toks.lowerBound + 1
        func sep(_ i: Int) -> Bool { i < toks.upperBound && tt.tokens[i].kind == .punct && Self.isSeparator(tt, tt.tokens[i]) }
        // Folding every sentence's first word cost more than the rest of this test.
        let folded = (6...7).contains(w0.utf8.count) ? Fold.string(w0) : ""
        if folded == "annexe" || folded == "annexes" {
            label = "annexe"
            if toks.count > 1, tt.tokens[next].kind == .number || tt.tokens[next].kind == .word && Self.isRoman(tt.string(tt.tokens[next])) {
                label = "annexe " + tt.string(tt.tokens[next]); next += 1
            }
            if sep(next) { next += 1 }
            let isHeading = toks.count <= 12
            let start = next < toks.upperBound ? Int(tt.tokens[next].start) : Int(sen.end)
            return (label!, isHeading ? Int(t0.start) : start, isHeading)
        }
        if t0.kind == .number, w0.count <= 5, w0.allSatisfy({ $0.isNumber || $0 == "." }) , sep(next) || markdownHeading {
            label = w0
        } else if t0.kind == .word, Self.isRoman(w0), sep(next) {
            label = w0
        } else if t0.kind == .number, w0.containsBytes("."), !w0.containsBytes(",") {
            label = w0   // "2.1" tokenized as one number
        } else if let c = w0.unicodeScalars.first, c.value >= 0x41 && c.value <= 0x48, toks.count <= 14,
                  w0.count == 1 && sep(next) || w0.count == 2 && w0.hasSuffix("."),
                  case let title = w0.count == 1 ? next + 1 : next, title < toks.upperBound,
                  tt.string(tt.tokens[title]).first?.isUppercase == true, !Self.isNameAfterInitial(tt, toks, from: title) {
            // "A. L'accueil des victimes", "B – Les mesures": a lettered sub-section (A to H:
            // "M." and "L." are a civility and an article's letter).
            label = String(c)
        }
        guard let l = label else { return nil }
        if sep(next) { next += 1 }
        guard next < toks.upperBound else { return nil }
        let start = Int(tt.tokens[next].start)
        // A heading: Markdown heading, or short with no full stop at the end.
        let last = tt.tokens[toks.upperBound - 1]
        let endsWithStop = last.kind == .punct && tt.string(last) == "."
        let isHeading = markdownHeading || (toks.count <= 30 && !endsWithStop)
        return (l.hasSuffix(".") ? String(l.dropLast()) : l, start, isHeading)
    }

    /// Whether a sentence's first token can be read as a label by `sectionLabel`, told from
    /// its scalars without building its text: most sentences open on a word no branch takes
    /// ("Le", "Il", "Conformément"), and copying every first word was most of the test's cost.
    /// True for a number, an "annexe" (a then n, at most seven scalars), a roman
    /// numeral, a capital A to H alone or with its point; any non-ASCII first scalar.
    static func mayOpenLabel(_ tt: TokenizedText, _ t: Token) -> Bool {
        if t.kind == .number { return true }
        let scalars = tt.text.scalars
        var first: UInt32? = nil, second: UInt32 = 0, n = 0, ascii = true, roman = true
        for i in Int(t.start)..<Int(t.end) {
            let v = scalars[i].value
            if v == 0x01 { continue }   // a `join`, left out of the token's text
            if first == nil { first = v } else if n == 1 { second = v }
            n += 1
            if v >= 0x80 { ascii = false }
            if !(v == 0x49 || v == 0x56 || v == 0x58 || v == 0x4C) { roman = false }
        }
        guard let c = first else { return false }
        if c >= 0x80 { return true }
        if (c == 0x61 || c == 0x41) && n <= 7 && (second == 0x6E || second == 0x4E || second >= 0x80) { return true }
        if t.kind == .word && roman && n <= 5 { return true }
        return c >= 0x41 && c <= 0x48 && (!ascii || n <= 2)
    }

    /// "F. DE PERSIGNY.", "G. Dupont": after an initial, a short run of capitalised words is
    /// a name, not a section's title.
    static func isNameAfterInitial(_ tt: TokenizedText, _ toks: Range<Int>, from i: Int) -> Bool {
        let words = toks[i...].filter { tt.tokens[$0].kind != .punct }
        return words.count <= 3 && words.allSatisfy { tt.string(tt.tokens[$0]).first?.isUppercase == true }
    }

    /// What separates a section label from its title: "1 –", "II.", "2)": a token whose text
    /// (joins left out) is one of these scalars, compared without building the text.
    static func isSeparator(_ tt: TokenizedText, _ t: Token) -> Bool {
        let scalars = tt.text.scalars
        var one: UInt32? = nil
        for i in Int(t.start)..<Int(t.end) where scalars[i].value != 0x01 {
            if one != nil { return false }
            one = scalars[i].value
        }
        guard let v = one else { return false }
        return v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2F || v == 0x2E || v == 0x29
    }

    static func isRoman(_ w: String) -> Bool {
        // Bytes: a Character walk over every sentence's first word was a third of this test.
        let u = w.utf8
        return !u.isEmpty && u.count <= 5 && u.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }
    }

    static func level(_ label: String) -> Int {
        if label.hasPrefix("annexe") { return 1 }
        return label.split(separator: ".").count
    }

    /// Finds where the letter's body starts, unit by unit: at the first block of prose (a
    /// sentence of at least eight words that ends with a full stop), or the first heading
    /// with a section label. A header field ("Objet : …", "Réf. : …") and the list items
    /// that follow one (the references, one per line) are no prose, however long.
    struct BodyStartFinder {
        private(set) var start: Int?
        private var inFieldList = false
        /// A short sentence ending with a colon ("Vous veillerez notamment à :"), not a field
        /// label: the body starts there if list items in lower case follow it.
        private var introduction: Int?
        /// The sentence of `introduction`.
        private var introductionSentence = 0

        mutating func visit(_ u: StructureUnit, _ tt: TokenizedText) {
            guard start == nil else { return }
            if u.kind == .footnote { return }
            let sen = tt.sentences[u.sentence]
            if u.kind == .heading, u.section != nil {
                // "Je vous demande :" then "1. de réunir le comité…": a numbered item in lower
                // case, whose number the layout reads as a section's, under an introduction —
                // the body started at the introduction, not at its first item.
                if let i = introduction, Self.opensInLowerCase(sen, tt) { start = i } else { start = u.range.lowerBound }
                return
            }
            if u.listItem || u.kind == .listItem {
                if inFieldList { return }
                // "- vérifier la situation…", "1° réunir le comité…": the items of a directive,
                // so the short introduction before them was the body's first sentence.
                if let i = introduction, Self.opensInLowerCase(sen, tt) { start = i; return }
            } else {
                // "Il vous appartiendra de :" then "Recenser les sites… ;": items a web copy set
                // as paragraphs without their bullets, closed by semicolons, under an
                // introduction that speaks to the reader.
                if let i = introduction, Self.speaksToReader(tt.sentences[introductionSentence], tt),
                   tt.string(tt.tokens[sen.tokens.upperBound - 1]) == ";" { start = i; return }
                inFieldList = Self.startsWithFieldLabel(sen, tt)
                introduction = !inFieldList && Self.introducesList(sen, tt) ? u.range.lowerBound : nil
                introductionSentence = u.sentence
                if inFieldList { return }
            }
            // Cheapest test first: a text with no sentence end (a dense hostile line) is
            // scanned unit by unit without counting words or copying text.
            let last = tt.tokens[sen.tokens.upperBound - 1]
            guard last.kind == .punct && [".", ":", "!", "?"].contains(tt.string(last)) else { return }
            guard sen.tokens.lazy.filter({ tt.tokens[$0].kind == .word }).count >= 8 else { return }
            let tabbed = u.range.contains { tt.text.scalars[$0] == "\t" }
            if !tabbed { start = u.range.lowerBound }
        }

        /// A sentence of three words or more, written in lower case after its first word, that
        /// ends with a colon: what introduces a list of directives. (A header's labels are
        /// shorter or set in capitals: "Objet :", "Pour attribution :", "DESTINATAIRES :".)
        /// "Afin de renforcer les contrôles, je vous demande" then "- de vérifier…": a request
        /// to the reader ("vous") that runs into its items with no colon introduces them too.
        static func introducesList(_ sen: Sentence, _ tt: TokenizedText) -> Bool {
            guard sen.tokens.count >= 3, sen.tokens.count <= 24 else { return false }
            let last = tt.tokens[sen.tokens.upperBound - 1]
            let colon = tt.string(last) == ":"
            guard colon && sen.tokens.count >= 4 || last.kind == .word else { return false }
            var words = sen.tokens.dropLast(colon ? 1 : 0).filter { tt.tokens[$0].kind == .word || tt.tokens[$0].kind == .elision }
            if let opening = pageStampEnd(sen, tt) { words.removeAll { $0 < opening } }
            guard words.count >= 3, let first = words.first, tt.text.scalars[Int(tt.tokens[first].start)].properties.isUppercase else { return false }
            guard colon || speaksToReader(sen, tt) else { return false }
            // "Le préfet de la Somme indique :": a place or an office named after its
            // article or "de" keeps its capital ("Mesdames et Messieurs les préfets :" does not).
            return words.indices.dropFirst().allSatisfy { i in
                tt.text.scalars[Int(tt.tokens[words[i]].start)].properties.isLowercase
                    || Self.namedAfter.contains(tt.folded(tt.tokens[words[i - 1]])) && colon && words.count >= 4
            }
        }

        /// The words after which a capitalised name may stand inside an introduction: "de la
        /// Somme", "du Nord", "de l'Intérieur".
        static let namedAfter: Set<String> = ["de", "du", "des", "la", "l'", "d'"]

        /// "date 2020-09 Sont interdites les activités suivantes :": a page's stamp (a label in
        /// lower case and the numbers of a date) set before the sentence on its line. The
        /// token index of the capitalised word after the stamp, nil for no stamp.
        static func pageStampEnd(_ sen: Sentence, _ tt: TokenizedText) -> Int? {
            let toks = sen.tokens
            guard toks.count >= 4, tt.tokens[toks.lowerBound].kind == .word,
                  tt.text.scalars[Int(tt.tokens[toks.lowerBound].start)].properties.isLowercase,
                  tt.tokens[toks.lowerBound + 1].kind == .number else { return nil }
            var k = toks.lowerBound + 2
            while k < min(toks.upperBound, toks.lowerBound + 8) && (tt.tokens[k].kind == .number || tt.tokens[k].kind == .punct) { k += 1 }
            guard k < toks.upperBound, tt.tokens[k].kind == .word, tt.text.scalars[Int(tt.tokens[k].start)].properties.isUppercase else { return nil }
            return k
        }

        /// Whether the sentence says "vous": a directive's introduction, not a field label.
        static func speaksToReader(_ sen: Sentence, _ tt: TokenizedText) -> Bool {
            sen.tokens.contains { tt.tokens[$0].kind == .word && tt.folded(tt.tokens[$0]) == "vous" }
        }

        /// A list item whose first word, after its bullet or number, is in lower case.
        static func opensInLowerCase(_ sen: Sentence, _ tt: TokenizedText) -> Bool {
            guard let w = sen.tokens.first(where: { tt.tokens[$0].kind == .word || tt.tokens[$0].kind == .elision }) else { return false }
            return tt.text.scalars[Int(tt.tokens[w].start)].properties.isLowercase
        }

        /// "Objet :", "Réf. :", "P.J. :", "N° NOR :", "Pièces jointes :": one or two words
        /// (with their abbreviation points) opening the unit, then a colon.
        static func startsWithFieldLabel(_ sen: Sentence, _ tt: TokenizedText) -> Bool {
            var words = 0
            for i in sen.tokens.prefix(6) {
                let t = tt.tokens[i]
                let c = tt.text.scalars[Int(t.start)]
                if t.kind == .punct {
                    if c == ":" { return words >= 1 }
                    if c != "." { return false }
                    continue
                }
                if words == 0 && !(c.properties.isUppercase || c == "N" || c == "n") { return false }
                words += 1
                if words > 2 { return false }
            }
            return false
        }
    }

    /// Units looked at for a certification at the end of a text.
    static let certificationWindow = 12

    /// Where a copy's certification opens under the signature ("Pour ampliation :", "Pour
    /// copie conforme,"): a clerk certifies the copy ("Le Chef de bureau, M. DURAND") and
    /// the signature is looked for above it. Nil when the last units hold none, or nothing
    /// stands above it.
    func certificationStart(_ units: [StructureUnit], before end: Int) -> Int? {
        guard !certifications.isEmpty else { return nil }
        for k in stride(from: end - 1, through: max(1, end - Self.certificationWindow), by: -1) {
            let f = Fold.string(tt.text.clean(units[k].range))
            if certifications.contains(where: { f.hasPrefix($0) }) { return k }
        }
        return nil
    }

    /// The last short units naming a person ("Bruno RETAILLEAU") before `end` (the units
    /// count, or where a page's next text starts) are the signature.
    func markSignature(_ units: inout [StructureUnit], before end: Int) {
        var k = end - 1
        var scanned = 0
        var ruleCrossed = false
        while k >= 0 && scanned < 40 {
            let u = units[k]
            if u.kind == .footnote || u.kind == .heading || u.section?.hasPrefix("annexe") == true { k -= 1; continue }
            // The letterhead ("MINISTÈRE DE LA JUSTICE") of a short text is no signature.
            if u.kind == .header { return }
            let sen = tt.sentences[u.sentence]
            // The page's contact footer under the name ("Place Beauvau – 75800 Paris Cedex 08 –
            // Standard : 01 49 27 49 27"): furniture, looked past like a footnote.
            if Self.hasPhoneNumber(sen, tt) { k -= 1; continue }
            scanned += 1
            // Older letters close the name with a full stop ("LÉON BOURGEOIS.").
            var words = sen.tokens.map { tt.string(tt.tokens[$0]) }
            if words.count >= 3, words.last == "." { words.removeLast() }
            let signed = Self.dropSignedMark(&words)
            // "Le Préfet, P. GENEBRIER.": a newspaper's copy runs the signer's title and name
            // onto one line; the name after the title's comma signs.
            if !signed, let c = words.firstIndex(of: ","), (2...3).contains(c), ["Le", "La"].contains(words[0]), Self.capitalsName(Array(words[(c + 1)...])) {
                units[k].kind = .signature
                return
            }
            // "J.-M. ROUX.": hyphenated initials are read on the words as written.
            let initials = sen.tokens.count <= 8 && words.contains("-")
            if words.count <= 4 && words.count >= 2 || initials {
                if Self.capitalsName(initials ? writtenWords(sen) : words) {
                    units[k].kind = .signature
                    return
                }
                // Web copies set the name in ordinary case ("Gérald Darmanin"): only as the very
                // last line, after a closing formula or a title line ("Le ministre de l'intérieur,").
                // Co-signers, one name a line ("Christophe Castaner / Agnès Buzyn").
                if scanned == 1, plainName(words), k > 1, plainName(tt.sentences[units[k - 1].sentence].tokens.map { tt.string(tt.tokens[$0]) }),
                   closesLetter(units[k - 2]) || titleLine(units[k - 2]) {
                    units[k - 1].kind = .signature
                    units[k].kind = .signature
                    return
                }
                if scanned == 1, plainName(words), k > 0, closesLetter(units[k - 1]) || titleLine(units[k - 1]) {
                    units[k].kind = .signature
                    return
                }
            }
            // Older letters sign with the surname alone, under the signer's titles: "Le
            // Conseiller d'État, Directeur de la Sûreté générale, / LÉVEILLÉ."
            // ("Signé : ROUVIER." under any title: the copy's mark says it is the name.)
            // With no title line, the surname closed by its full stop as the letter's last line,
            // under the sentence of its closing formula ("… ma considération distinguée. /
            // FLOQUET."): a name, as no heading or sentence ends so.
            let bareLast = k > 0 && scanned == 1 && words.count == 2 && closesLetter(units[k - 1])
            if words.count == 1 || words.count == 2 && words[1] == ".", k > 0, surnameAlone(words[0]), signed || bareLast || endsWithComma(units[k - 1]) {
                units[k].kind = .signature
                return
            }
            if u.kind == .paragraph && sen.tokens.count > 12 {
                // "Bruno RETAILLEAU ⏎ --- ⏎ Notre cabinet se tient à votre disposition …": a
                // page's own words after the text it reproduces, set apart by a rule; the
                // signature is looked for above the rule, as the text's last lines (once).
                guard !ruleCrossed, k > 0, ruleLine(between: units[k - 1], and: u) else { return }
                ruleCrossed = true
                scanned = 0
            }
            k -= 1
        }
    }

    /// Whether a line of the source between two units is a Markdown rule ("---", "***",
    /// "___", "* * *"), which the normalizer blanked.
    func ruleLine(between a: StructureUnit, and b: StructureUnit) -> Bool {
        let text = tt.text
        var marks = 0
        var mark: Unicode.Scalar? = nil
        for i in a.range.upperBound..<b.range.lowerBound {
            let c = text.sourceScalar(at: i)
            if c == "\n" {
                if marks >= 3 { return true }
                marks = 0; mark = nil
            } else if c == "-" || c == "*" || c == "_" {
                if mark == nil { mark = c }
                marks = c == mark ? marks + 1 : -1_000
            } else if c != " " && c != "\t" && c != "\r" {
                marks = -1_000
            }
        }
        return marks >= 3
    }

    /// "Bruno RETAILLEAU", "J.-M. ROUX", "Jean-Paul de GAUDEMAR": two to four capitalised
    /// words (particles in lower case between them), one at least in capitals — a signer's
    /// name as letters set it.
    static func capitalsName(_ words: [String]) -> Bool {
        guard words.count >= 2 && words.count <= 4 else { return false }
        let capitalised = { (w: String) in w.first?.isUppercase == true && w.count >= 2 }
        let particle = { (w: String) in w.count <= 3 && w.allSatisfy { $0.isLetter && $0.isLowercase || $0 == "'" } }
        return capitalised(words[0]) && capitalised(words[words.count - 1])
            && words.dropFirst().dropLast().allSatisfy { capitalised($0) || particle($0) }
            && words.contains(where: { $0.count >= 3 && $0 == $0.uppercased() })
    }

    /// A page that prints several texts (a bulletin's, a Journal officiel's): the first unit,
    /// after the body's start, that opens another text's title on its own line just under a
    /// signer's name ("J.-M. ROUX." ⏎ "Circulaire n° 85-37 du 12 février 1985…"). The
    /// document is the first text: what follows belongs to the next one. Nil for one text.
    func nextTextStart(_ units: [StructureUnit], bodyStart: Int) -> Int? {
        guard !pageTexts.openers.isEmpty else { return nil }
        var previous: Int? = nil   // the unit before, footnotes skipped
        for (k, u) in units.enumerated() where u.kind != .footnote && u.range.lowerBound > bodyStart {
            defer { previous = k }
            // The title's test first: it reads one token and is rarely true; the name line's
            // builds the line's words, and ran on every short unit of every text (7 % of the
            // extraction's instructions).
            guard let p = previous, u.kind != .header, opensTextTitle(tt.sentences[u.sentence]) else { continue }
            if signerAbove(units, p) { return k }
        }
        return nil
    }

    /// "présente circulaire, au plus tard le 31 mars 2023." / its signer / "Circulaire du 18
    /// novembre 2022 relative…": a tail too short to start a body, so the body found is the
    /// next text's and its title lies in the header. That title under a signer's name, when
    /// no line above it opens a title or gives a NOR (`opensOnTail`); nil otherwise.
    func tailInHeader(_ units: [StructureUnit], bodyStart: Int) -> Int? {
        guard !pageTexts.openers.isEmpty else { return nil }
        var k = 1
        while k < units.count && units[k].range.lowerBound < bodyStart {
            defer { k += 1 }
            guard units[k].kind != .footnote, opensTextTitle(tt.sentences[units[k].sentence]), signerAbove(units, k - 1) else { continue }
            return opensOnTail(units, before: k) ? k : nil
        }
        return nil
    }


    /// Whether unit `p` is a signer's name, or a bulletin's rubric lines stand between such a
    /// name and the title after `p` — BO Santé sets "SANTÉ" / "ÉTABLISSEMENTS DE SANTÉ" /
    /// "Organisation" above each text: up to `rubricLines` short lines of words alone (no
    /// digit, no punctuation).
    func signerAbove(_ units: [StructureUnit], _ p: Int) -> Bool {
        var j = p
        while j >= 0 && p - j <= Self.rubricLines {
            let sen = tt.sentences[units[j].sentence]
            // Above rubric lines, a line all in capitals is a rubric or a running head
            // ("DIRECTION DE LA RÉGLEMENTATION", "RECUEIL DES ACTES ADMINISTRATIFS N° …"),
            // no signer: a signer's line there names its holder in mixed case.
            if units[j].kind != .footnote && isNameLine(sen) && (j == p || hasLowercase(sen)) { return true }
            guard isRubric(sen) else { return false }
            j -= 1
        }
        return false
    }

    func hasLowercase(_ sen: Sentence) -> Bool {
        (Int(sen.start)..<Int(sen.end)).contains { tt.text.scalars[$0].properties.isLowercase }
    }

    /// The most rubric lines between a signer's name and the next title, and the most words
    /// of one.
    static let rubricLines = 3
    static let rubricWords = 6

    /// A bulletin's rubric: one to `rubricWords` words, letters only ("ÉTABLISSEMENTS DE
    /// SANTÉ", "SANTÉ ET SÉCURITÉ AU TRAVAIL", "Organisation"), on its own line.
    func isRubric(_ sen: Sentence) -> Bool {
        guard sen.tokens.count <= Self.rubricWords, tt.tokens[sen.tokens.lowerBound].newlinesBefore >= 1 else { return false }
        return sen.tokens.allSatisfy { tt.tokens[$0].kind == .word }
    }

    /// The text that starts at unit `k` after the page's tail: its title, NOR, fields and
    /// addressee block are its header, as the page's first lines would be (its "Résumé : …"
    /// states no directive), up to the unit that starts its body (`BodyStartFinder`). The
    /// tail before `k`, which started the page's body, stays as it was: the pipeline drops
    /// what it holds.
    func markOwnHeader(_ units: inout [StructureUnit], from k: Int) {
        var finder = BodyStartFinder()
        for u in units[k...] {
            finder.visit(u, tt)
            if finder.start != nil { break }
        }
        guard let b = finder.start else { return }
        var j = k
        while j < units.count && units[j].range.upperBound <= b {
            if units[j].kind != .footnote { units[j].kind = .header; units[j].section = nil }
            j += 1
        }
    }

    /// Whether the page opens on the end of the text before the next title at unit `k`
    /// ("Art. 3. – Le directeur … est chargé de l'exécution du présent arrêté" / "Fait le 2
    /// juin 2021." / its signer / "Circulaire du 7 juin 2021 relative…"): no line before `k`
    /// opens a text's title, even the page's first, nor gives a NOR — that first "text" has
    /// no head of its own, so it is a tail, not the document.
    func opensOnTail(_ units: [StructureUnit], before k: Int) -> Bool {
        !units[..<k].contains { u in
            let sen = tt.sentences[u.sentence]
            return opensTextTitle(sen, onOwnLine: false) || sen.tokens.contains { tt.string(tt.tokens[$0]) == "NOR" }
        }
    }

    /// A signer's name closing a text: "J.-M. ROUX.", "Signé : A. MILLERAND.", "FLOQUET.".
    func isNameLine(_ sen: Sentence) -> Bool {
        guard sen.tokens.count <= 10 else { return false }
        var words = writtenWords(sen)
        let signed = Self.dropSignedMark(&words)
        // "CIRCULAIRES ET INSTRUCTIONS" is a page's running head, set in capitals like a name.
        guard !words.contains(where: { pageTexts.openers.contains(Fold.string($0)) }) else { return false }
        return Self.capitalsName(words) || signed && words.count == 1 && surnameAlone(words[0])
    }

    /// A short line's words as written between spaces: "J.-M.", "P." keep their full stops
    /// (the tokenizer sets an initial's apart), the name's closing one dropped.
    func writtenWords(_ sen: Sentence) -> [String] {
        var words = tt.text.clean(Int(sen.start)..<Int(sen.end)).split(separator: " ").map(String.init)
        if let last = words.last, last.count > 1, last.hasSuffix(".") { words[words.count - 1].removeLast() }
        return words
    }

    /// "Circulaire n° 85-37 du …", "Instruction sur la tenue…", "MINISTÈRE DES FINANCES": a
    /// line that opens on a text's kind (or a ministry) then a title's link word, or is set
    /// in capitals.
    func opensTextTitle(_ sen: Sentence, onOwnLine: Bool = true) -> Bool {
        let toks = sen.tokens
        guard toks.count >= 2, case let t = tt.tokens[toks.first!], t.newlinesBefore >= 1 || !onOwnLine,
              pageTexts.openerLengths.contains(Int(t.end - t.start)),
              tt.text.scalars[Int(t.start)].properties.isUppercase else { return false }
        let first = tt.string(tt.tokens[toks.first!])
        guard first.first?.isUppercase == true, pageTexts.openers.contains(Fold.string(first)) else { return false }
        // "n° 85-37" is one token: its first word is the link.
        let second = Fold.string(tt.string(tt.tokens[toks[toks.startIndex + 1]])).split(separator: " ").first.map(String.init) ?? ""
        if pageTexts.links.contains(second) { return true }
        let words = toks.prefix(6).map { tt.string(tt.tokens[$0]) }.filter { $0.first?.isLetter == true }
        // "CIRCULAIRE.", "NOTE.": an older bulletin heads each text with its kind alone, in
        // capitals, closed by its full stop.
        if words.count == 1, toks.count == 2, first == first.uppercased(), tt.string(tt.tokens[toks[toks.startIndex + 1]]) == "." { return true }
        return words.count >= 2 && words.allSatisfy { $0 == $0.uppercased() }
    }

    /// A French telephone number in the sentence: ten digits from a 0, written in pairs
    /// ("01 49 27 49 27") or as one number ("03.20.30.59.59"). A footer's, or a contact line's:
    /// no signature and no text of the letter's last lines is written so.
    static func hasPhoneNumber(_ sen: Sentence, _ tt: TokenizedText) -> Bool {
        var pairs = 0
        for i in sen.tokens {
            guard tt.tokens[i].kind == .number else { pairs = 0; continue }
            let digits = tt.string(tt.tokens[i]).filter(\.isNumber)
            if digits.count == 10 && digits.first == "0" { return true }
            pairs = digits.count == 2 && (pairs > 0 || digits.first == "0") ? pairs + 1 : 0
            if pairs == 5 { return true }
        }
        return false
    }

    /// "Signé : ROUVIER.", "SIGNE : ROBERT PANDRAUD", "Signé: L. BOURGEOIS": a copy of an
    /// older letter or telegram marks the signature it reproduces with "Signé" (and a colon)
    /// before the name. Drops the mark from the line's words; whether there was one and a
    /// word after it (the name tests then read the rest as they read any signature line).
    static func dropSignedMark(_ words: inout [String]) -> Bool {
        guard words.count >= 2, Fold.string(words[0]) == "signe", case let n = words[1] == ":" ? 2 : 1, words.count > n else { return false }
        words.removeFirst(n)
        // "Signé : Pierre JOXE, Ministre de l'Intérieur": the mark says the line is the
        // signature; the title after the name's comma is no part of the name.
        if let c = words.firstIndex(of: ","), c >= 1, c <= Self.signedNameWords { words.removeSubrange(c...) }
        return true
    }

    /// The most words of a name before the comma of a signed line's title.
    static let signedNameWords = 4

    /// "Gérald Darmanin", "J. Fournier": two or three words of a name in ordinary case.
    func plainName(_ words: [String]) -> Bool {
        words.count >= 2 && words.count <= 3 && words.allSatisfy { Self.isNameWord($0) || Self.isInitial($0) } && words.contains(where: Self.isNameWord)
    }

    /// "Le ministre de l'intérieur", "Pour le ministre et par délégation" over the name: a
    /// short line opening on an article or "Pour" then a word in lower case, closed by no
    /// sentence's punctuation (a signer's title: not a heading, "Nouvelles Mesures", nor a
    /// sentence of the letter).
    func titleLine(_ u: StructureUnit) -> Bool {
        guard u.kind != .header && u.kind != .footnote else { return false }
        let toks = tt.sentences[u.sentence].tokens
        guard toks.count >= 2, toks.count <= 14, let last = toks.last,
              ["Le", "La", "Pour"].contains(tt.string(tt.tokens[toks[toks.startIndex]])),
              tt.string(tt.tokens[toks[toks.startIndex + 1]]).first?.isLowercase == true else { return false }
        return !(tt.tokens[last].kind == .punct && [".", "!", "?", ":", ";", "…"].contains(tt.string(tt.tokens[last])))
    }

    /// "LÉVEILLÉ": a surname in capitals, alone.
    func surnameAlone(_ w: String) -> Bool {
        w.count >= 4 && w == w.uppercased() && w.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// A signer's title line ends with a comma ("Directeur de la Sûreté générale,").
    func endsWithComma(_ u: StructureUnit) -> Bool {
        guard u.kind == .paragraph || u.kind == .listItem, let last = tt.sentences[u.sentence].tokens.last else { return false }
        return tt.string(tt.tokens[last]) == ","
    }

    /// "G.", "J.-P.": a first name's initial.
    static func isInitial(_ w: String) -> Bool {
        w.count >= 2 && w.count <= 5 && w.hasSuffix(".") && w.first?.isUppercase == true && w.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
    }

    /// "Gérald", "Jean-Marc": a capital, then lower-case letters (a hyphenated part likewise).
    static func isNameWord(_ w: String) -> Bool {
        w.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            guard let f = part.first, f.isUppercase, part.count >= 2 else { return false }
            return part.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
        }
    }

    /// A body line that can stand just above a signature: it ends a sentence or a title with a
    /// full stop or a comma.
    func closesLetter(_ u: StructureUnit) -> Bool {
        guard u.kind == .paragraph || u.kind == .listItem else { return false }
        let sen = tt.sentences[u.sentence]
        guard let last = sen.tokens.last, tt.tokens[last].kind == .punct else { return false }
        let p = tt.string(tt.tokens[last])
        return p == "." || p == ","
    }

    static func footnotes(_ units: [StructureUnit], _ tt: TokenizedText) -> [Footnote] {
        var out: [Footnote] = []
        // Parts joined once and first calls by number: growing one string per line and scanning
        // every call per footnote were quadratic on 100,000 footnotes (issue 6).
        var byNumber: [String: (Range<Int>, [String])] = [:]
        var order: [String] = []
        for u in units where u.kind == .footnote {
            guard let n = u.footnote else { continue }
            if let (r, _) = byNumber[n] {
                byNumber[n]!.0 = r.lowerBound..<u.range.upperBound
                byNumber[n]!.1.append(tt.text.clean(u.range))
            } else {
                byNumber[n] = (u.range, [tt.text.clean(u.range)]); order.append(n)
            }
        }
        var firstCall: [String: SourceSpan] = [:]
        for c in tt.text.footnoteCalls where !c.startsLine && firstCall[c.number] == nil { firstCall[c.number] = SourceSpan(c.range) }
        for n in order {
            let (r, parts) = byNumber[n]!
            out.append(Footnote(number: n, text: parts.joined(separator: " "), span: SourceSpan(r), call: firstCall[n]))
        }
        return out
    }
}
