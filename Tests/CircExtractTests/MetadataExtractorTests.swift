@testable import CircExtract
import CircTestSupport
import CircText
import Testing

/// `MetadataExtractor` on its own (no header scan), one rule per test, on texts written for
/// the rule: header lines, NOR, kind, date, emitter, signatory.
@Suite struct MetadataExtractorTests {
    static let prose = "Je vous demande de veiller à l'application stricte de ces dispositions dans votre département."
    static let extractor = try! MetadataExtractor(store: TestLexicons.store, months: TestLexicons.text.lexicons.months)

    func metadata(_ text: String, markup: Markup = .text) -> Metadata {
        Self.extractor.extract(StructureBuilder(tt: TestLexicons.text.tokenize(text: text, markup: markup)).build())
    }

    // MARK: header lines

    @Test func subjectAttachmentsAndPlaceDate() {
        let m = metadata("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 19 FEV 2015\n\nObjet : cellules de suivi\nP.J. : tableau de compte rendu mensuel\n\n\(Self.prose)")
        #expect(m.subject == "cellules de suivi")
        #expect(m.attachments == ["tableau de compte rendu mensuel"])
        #expect(m.date == "2015-02-19")
        #expect(m.place == "Paris")
    }

    @Test func referencesOnTheLineAndAsAList() {
        let inline = metadata("Objet : suivi\nRéf : circulaire du 29 avril 2014\n\n\(Self.prose)")
        #expect(inline.refs == ["circulaire du 29 avril 2014"])
        let list = metadata("Objet : suivi\nRéf :\n- loi n° 2016-274 du 7 mars 2016 ;\n- décret n° 2016-1456 du 28 octobre 2016.\n\n\(Self.prose)")
        #expect(list.refs == ["loi n° 2016-274 du 7 mars 2016 ;", "décret n° 2016-1456 du 28 octobre 2016."])
        // "Réf. :" with its dot; items on the line separated by semicolons.
        let semicolons = metadata("Objet : suivi\nRéf. : circulaire du 13 mai 2016 ; instruction du 18 décembre 2014.\n\n\(Self.prose)")
        #expect(semicolons.refs == ["circulaire du 13 mai 2016", "instruction du 18 décembre 2014."])
        // A dashed list whose first item shares the label's line; the list's last item is long
        // and ends with a full stop, and is still no body.
        let dashed = metadata("Objet : suivi\nRéf. : - Circulaire du 28 janvier 2021 relative aux violences conjugales ;\n- Dépêche du 9 mai 2023 relative au bracelet anti-rapprochement et à son suivi.\nAnnexe : fiche technique relative à l'ordonnance de protection.\n\n\(Self.prose)")
        #expect(dashed.refs == ["Circulaire du 28 janvier 2021 relative aux violences conjugales ;", "Dépêche du 9 mai 2023 relative au bracelet anti-rapprochement et à son suivi."])
        #expect(dashed.attachments == ["fiche technique relative à l'ordonnance de protection."])
    }

    @Test func tableRowsBecomeFieldsAndTheSignatureDateDates() {
        let m = metadata("Référence\tNOR : INTK2428339J\nDate de signature\t28/10/2024\nCatégorie\tDirective adressée aux services\n\n\(Self.prose)")
        #expect(m.nor == "INTK2428339J")
        #expect(m.date == "2024-10-28")
        #expect(m.fields["Catégorie"] == "Directive adressée aux services")
    }

    @Test func splitFieldKeepTabsAndStripBullet() {
        #expect(MetadataExtractor.splitField("Objet : contrôle des titres") == ("Objet", "contrôle des titres"))
        #expect(MetadataExtractor.splitField("Objet\tcontrôle") == ("Objet", "contrôle"))
        // A colon far into a sentence does not make a field.
        #expect(MetadataExtractor.splitField("Il appartient aux préfets de département de veiller à ceci : tout") == (nil, nil))
        #expect(MetadataExtractor.keepTabs("a  b\n c\t\td") == "a b c\td")
        #expect(MetadataExtractor.stripBullet("– • loi n° 1") == "loi n° 1")
    }

    // MARK: NOR

    @Test func norShape() {
        #expect(MetadataExtractor.isNOR("INTK2428339J"))
        #expect(!MetadataExtractor.isNOR("INTK242833J"))      // one digit short
        #expect(!MetadataExtractor.isNOR("intk2428339j"))     // lower case
        #expect(!MetadataExtractor.isNOR("INT12428339J"))     // a digit among the letters
    }

    @Test func norInTheHeaderMakesACircular() {
        let m = metadata("MINISTÈRE DE L'INTÉRIEUR\n\nNOR : INTK2428339J\n\n\(Self.prose)")
        #expect(m.nor == "INTK2428339J")
        #expect(m.kind == .circulaire)
        // A NOR-shaped word in the body of a text that has a header is not the text's.
        #expect(metadata("MINISTÈRE DE L'INTÉRIEUR\n\n\(Self.prose) Voir INTK2428339J.").nor == nil)
        // Without a header, the first eight units are where it is looked for.
        #expect(metadata("\(Self.prose) Voir INTK2428339J.").nor == "INTK2428339J")
    }

    // MARK: kind

    @Test(arguments: [("CIRCULAIRE", DocumentKind.circulaire), ("NOTE", .note), ("INSTRUCTION", .instruction), ("COMMUNIQUÉ DE PRESSE", .communique)])
    func titleLineNamesTheKind(_ title: String, _ kind: DocumentKind) {
        #expect(metadata("\(title)\n\n\(Self.prose)").kind == kind)
    }

    @Test func addresseesMakeACircularAndTheSubjectCanRenameIt() {
        #expect(metadata("Mesdames et Messieurs les préfets\n\n\(Self.prose)").kind == .circulaire)
        #expect(metadata("Mesdames et Messieurs les préfets\nObjet : Instruction relative au suivi des cellules\n\n\(Self.prose)").kind == .instruction)
    }

    @Test func wireBylineMakesADepeche() {
        let m = metadata("Paris (AFP) - Le ministre de l'Intérieur Gérald Darmanin a demandé aux préfets d'expulser les étrangers en situation irrégulière.")
        #expect(m.kind == .depeche)
        // A wire's emitter is not read from its header, and nobody signs it as a letter.
        #expect(m.signatory == "Gérald Darmanin")
    }

    @Test func pressWithoutDatelineIsAnArticleAndAShortDateLineACommunique() {
        #expect(metadata("Le ministre a réuni les préfets pour évoquer la sécurité des fêtes de fin d'année dans les départements.").kind == .article)
        #expect(metadata("9 novembre 2020\n\nLe ministre a réuni les préfets pour évoquer la sécurité des fêtes de fin d'année.").kind == .communique)
    }

    // MARK: date

    @Test func aCitedTextsDateIsNotTheDocuments() {
        let m = metadata("Objet : application de la loi du 11 octobre 2010\n\n\(Self.prose)")
        #expect(m.date == nil)
        let numbered = metadata("Objet : décret n° 55-1397 du 22 octobre 1955\n\n\(Self.prose)")
        #expect(numbered.date == nil)
    }

    @Test func aWebsitesDateDatesOnlyAPressItem() {
        // A circular copied from a website: "Publié le" is the page's.
        #expect(metadata("Publié le 03/02/2023\n\nMesdames et Messieurs les préfets\n\n\(Self.prose)").date == nil)
        // A press item dated by nothing else: its publication date.
        #expect(metadata("Publié le 03/02/2023\n\nLe ministre a réuni les préfets pour évoquer la sécurité des fêtes de fin d'année dans les départements.").date == "2023-02-03")
    }

    /// A press item's first sentence may date an event ("a signé le 23 janvier 2025"): a
    /// date some lower-case word governs is no dateline; the page's "Publié le" dates it.
    @Test func anEventDateInTheLeadIsNoDateline() {
        let t = "Circulaire Retailleau : ce qui change\n\nPublié le 24 janvier 2025\n\nLe ministre de l'Intérieur a signé le 23 janvier 2025 une circulaire relative à l'admission exceptionnelle au séjour."
        #expect(metadata(t).date == "2025-01-24")
        // A dateline before the lead still dates the item.
        #expect(metadata("Paris, le 23 janvier 2025 (AFP) - Le ministre de l'Intérieur a signé une circulaire relative au séjour des étrangers.").date == "2025-01-23")
        // A photo caption's date ("à l'Assemblée nationale le 23 octobre 2024") is an event;
        // "Édition du vendredi 10 avril 2020" dates the page.
        #expect(metadata("Toussaint : appel à la vigilance\n\nLe ministre à l'Assemblée nationale le 23 octobre 2024 - Bertrand GUAY / AFP\nLe ministre de l'Intérieur a appelé les préfets à une extrême vigilance autour des lieux de culte.").date == nil)
        #expect(metadata("Édition du vendredi 10 avril 2020\n\nFunéraire : la DGCL demande la mise en place d'une astreinte communale pendant le week-end de Pâques.").date == "2020-04-10")
    }

    @Test func aWeekdayDatesATextWithoutYear() {
        // 21 February is a Friday in 2025 (the year after the last one the text names).
        let m = metadata("Ce vendredi 21 février, le ministre a rappelé aux préfets les consignes données en 2024 pour la sécurité des lieux de culte.")
        #expect(m.date == "2025-02-21")
    }

    // MARK: emitter and signatory

    @Test func emitterIsTheFirstMinistryNamed() {
        #expect(metadata("LE MINISTRE DE L'INTÉRIEUR\n\n\(Self.prose)").emitter == "ministre-de-l-interieur")
        #expect(metadata("LA MINISTRE DE LA JUSTICE\n\n\(Self.prose)").emitter == "ministre-de-la-justice")
        // The portfolio ends at its first capitalised word.
        #expect(metadata("Le ministre de l'Intérieur et des Outre-mer\n\n\(Self.prose)").emitter == "ministre-de-l-interieur")
        // A title before a name is no portfolio ("ministre-jean-dupuis"); a name the ministers'
        // table knows names the office it held.
        #expect(metadata("Le Premier ministre Jean Dupuis a réuni les préfets.\n\n\(Self.prose)").emitter == nil)
        #expect(metadata("Le Premier ministre Jean Castex a réuni les préfets.\n\n\(Self.prose)").emitter == "premier-ministre")
    }

    @Test func slug() {
        #expect(MetadataExtractor.slug("ministre de l Intérieur") == "ministre-de-l-interieur")
        #expect(MetadataExtractor.slug("  préfet -- de la Meurthe ") == "prefet-de-la-meurthe")
    }

    /// (Read for a letter only: a text with no header, addressees or NOR is a press article.)
    @Test func signingAuthorityAboveTheSignature() {
        let m = metadata("Mesdames et Messieurs les maires\n\n\(Self.prose)\n\nLe Préfet du département de la Meurthe,\n\nJean DUPONT")
        #expect(m.emitter == "prefet-de-la-meurthe")
        #expect(m.signatory == "Jean Dupont")
    }

    @Test func personName() {
        #expect(MetadataExtractor.personName("Bruno RETAILLEAU") == "Bruno Retailleau")
        #expect(MetadataExtractor.personName("JEAN-PIERRE DUPONT") == "Jean-Pierre Dupont")
        #expect(MetadataExtractor.personName("Gérald Darmanin") == "Gérald Darmanin")
    }

    @Test func aCircularsSignatoryIsItsSignatureLine() {
        #expect(metadata("Mesdames et Messieurs les préfets\n\n\(Self.prose)\n\nBruno RETAILLEAU").signatory == "Bruno Retailleau")
        #expect(metadata("Mesdames et Messieurs les préfets\n\n\(Self.prose)").signatory == nil)
    }

    @Test func aPressItemsSignatoryIsTheReportedAuthor() {
        let acting = "Le ministre de l'Intérieur, Gérald Darmanin, a demandé aux préfets de renforcer les contrôles aux frontières. Selon Gérald Darmanin, la menace reste élevée."
        #expect(metadata(acting).signatory == "Gérald Darmanin")
        // Only named, not acting, in an item that reports no written instruction: nobody.
        let named = "Sur demande du ministre, Bruno Retailleau, un plan a été présenté aux élus du département pour la sécurité."
        #expect(metadata(named).signatory == nil)
        // The author of a reported letter.
        let letter = "Selon nos informations, Gérald Darmanin a adressé mardi un courrier aux préfets pour leur demander de renforcer les contrôles."
        #expect(metadata(letter).signatory == "Gérald Darmanin")
    }

    // MARK: with the header scan

    @Test func headerLinesWinOverTheScanWhichFillsTheGaps() {
        let structure = StructureBuilder(tt: TestLexicons.text.tokenize(text: "Mesdames et Messieurs les préfets\nObjet : suivi des cellules\n\n\(Self.prose)")).build()
        var h = HeaderScan()
        h.subject = "autre objet"
        h.nor = "INTK2428339J"
        h.titleKind = "instruction"
        h.placeDate = "2024-10-28"
        h.emitter = "ministre-de-l-interieur"
        let m = Self.extractor.extract(structure, header: h)
        #expect(m.subject == "suivi des cellules")      // the "Objet :" line, not the scan's
        #expect(m.nor == "INTK2428339J")
        #expect(m.kind == .instruction)
        #expect(m.date == "2024-10-28")
        #expect(m.emitter == "ministre-de-l-interieur")
    }

    @Test func aWiresEmitterIsNotTakenFromTheScan() {
        let structure = StructureBuilder(tt: TestLexicons.text.tokenize(text: "Paris (AFP) - Les préfets ont reçu une note du ministère sur la sécurité des lieux de culte.")).build()
        var h = HeaderScan()
        h.emitter = "ministre-de-l-interieur"
        let m = Self.extractor.extract(structure, header: h)
        #expect(m.kind == .depeche)
        #expect(m.emitter == nil)
    }
}
