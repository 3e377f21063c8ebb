import CircText
import Testing

/// Exact tokens of real sentences from Corpus/ (each case quotes its document).
struct TokenCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: [String]
    var testDescription: String { String(input.prefix(50)) }
}

/// Exact token kinds where the kind is the point of the case.
struct KindCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: [String]
    var testDescription: String { String(input.prefix(50)) }
}

@Suite struct TokenizerCorpusTests {
    static let tokenCases: [TokenCase] = [
        // 2024 circular
        .init(input: "Ainsi que je vous l'ai rappelé lors de la réunion plénière des préfets le 8 octobre dernier,",
              expected: ["Ainsi", "que", "je", "vous", "l'", "ai", "rappelé", "lors", "de", "la", "réunion", "plénière", "des", "préfets", "le", "8 octobre", "dernier", ","]),
        .init(input: "(article L 612-6 du Code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)).",
              expected: ["(", "article", "L 612-6", "du", "Code", "de", "l'", "entrée", "et", "du", "séjour", "des", "étrangers", "et", "du", "droit", "d'", "asile", "(", "CESEDA", ")", ")", "."]),
        .init(input: "la visite domiciliaire prévue aux articles L. 733-7 et L. 733-8 du CESEDA.",
              expected: ["la", "visite", "domiciliaire", "prévue", "aux", "articles", "L. 733-7", "et", "L. 733-8", "du", "CESEDA", "."]),
        .init(input: "aux termes de la nouvelle rédaction de l'article L.743-12, les irrégularités",
              expected: ["aux", "termes", "de", "la", "nouvelle", "rédaction", "de", "l'", "article", "L.743-12", ",", "les", "irrégularités"]),
        .init(input: "la loi n° 2024-42 du 26 janvier 2024 pour contrôler l'immigration",
              expected: ["la", "loi", "n° 2024-42", "du", "26 janvier 2024", "pour", "contrôler", "l'", "immigration"]),
        .init(input: "l'article L. 743-22 tel que modifié par la loi n°2024-42 du 26 janvier 2024",
              expected: ["l'", "article", "L. 743-22", "tel", "que", "modifié", "par", "la", "loi", "n°2024-42", "du", "26 janvier 2024"]),
        .init(input: "Près de 2 200 mesures d'éloignement correspondant à ces cas de figure",
              expected: ["Près", "de", "2 200", "mesures", "d'", "éloignement", "correspondant", "à", "ces", "cas", "de", "figure"]),
        .init(input: "en le portant de 10 heures à 24 heures,",
              expected: ["en", "le", "portant", "de", "10", "heures", "à", "24", "heures", ","]),
        .init(input: "lorsqu'un arrêté d'expulsion n'est pas juridiquement envisageable,",
              expected: ["lorsqu'", "un", "arrêté", "d'", "expulsion", "n'", "est", "pas", "juridiquement", "envisageable", ","]),
        .init(input: "qu'elle peut résulter de comportements antérieurs",
              expected: ["qu'", "elle", "peut", "résulter", "de", "comportements", "antérieurs"]),
        .init(input: "jusqu'à ce qu'il soit statué sur le fond",
              expected: ["jusqu'", "à", "ce", "qu'", "il", "soit", "statué", "sur", "le", "fond"]),
        .init(input: "les décisions des cours d'appel de Metz (20 septembre 2024 ; 24/00755)",
              expected: ["les", "décisions", "des", "cours", "d'", "appel", "de", "Metz", "(", "20 septembre 2024", ";", "24/00755", ")"]),
        .init(input: "(décision n° 2019-789 QPC du 14 juin 2019)",
              expected: ["(", "décision", "n° 2019-789", "QPC", "du", "14 juin 2019", ")"]),
        .init(input: "l'article R. 146-12 CESEDA prévoit explicitement",
              expected: ["l'", "article", "R. 146-12", "CESEDA", "prévoit", "explicitement"]),
        .init(input: "conformément à l'article L. 114-10-2 du code de la sécurité sociale",
              expected: ["conformément", "à", "l'", "article", "L. 114-10-2", "du", "code", "de", "la", "sécurité", "sociale"]),
        .init(input: "Paris, le 28 OCT. 2024", expected: ["Paris", ",", "le", "28 OCT. 2024"]),
        .init(input: "la circulaire n° NOR IOMV2402713J du 5 février 2024",
              expected: ["la", "circulaire", "n°", "NOR", "IOMV2402713J", "du", "5 février 2024"]),
        .init(input: "Contact utile\tbsos-dgef@interieur.gouv.fr",
              expected: ["Contact", "utile", "bsos-dgef@interieur.gouv.fr"]),
        .init(input: "que le comportement de M. X. »", expected: ["que", "le", "comportement", "de", "M.", "X", ".", "\""]),
        .init(input: "les services des préfetures et sous-préfectures chargés des étrangers",
              expected: ["les", "services", "des", "préfetures", "et", "sous-préfectures", "chargés", "des", "étrangers"]),
        .init(input: "Monsieur le préfet de police des Bouches-du-Rhône",
              expected: ["Monsieur", "le", "préfet", "de", "police", "des", "Bouches-du-Rhône"]),
        .init(input: "Nombre de pages et annexes\t7 pages, incluant 1 annexe",
              expected: ["Nombre", "de", "pages", "et", "annexes", "7", "pages", ",", "incluant", "1", "annexe"]),
        .init(input: "l'appel du parquet pouvant être déclaré suspensif par le premier président",
              expected: ["l'", "appel", "du", "parquet", "pouvant", "être", "déclaré", "suspensif", "par", "le", "premier", "président"]),
        .init(input: "le système « SBNA », ce traitement", expected: ["le", "système", "\"", "SBNA", "\"", ",", "ce", "traitement"]),
        // 2015 note
        .init(input: "Paris, le 19 FEV 2015", expected: ["Paris", ",", "le", "19 FEV 2015"]),
        .init(input: "Dans le prolongement de mon instruction du 4 décembre dernier,",
              expected: ["Dans", "le", "prolongement", "de", "mon", "instruction", "du", "4 décembre", "dernier", ","]),
        .init(input: "d'ici le vendredi 13 mars, délai de rigueur :",
              expected: ["d'", "ici", "le", "vendredi", "13 mars", ",", "délai", "de", "rigueur", ":"]),
        .init(input: "- cnapr-alerte@interieur.gouv.fr", expected: ["-", "cnapr-alerte@interieur.gouv.fr"]),
        .init(input: "- cipd.siat@interieur.gouv.fr", expected: ["-", "cipd.siat@interieur.gouv.fr"]),
        .init(input: "P.J. : tableau de compte rendu mensuel", expected: ["P.J.", ":", "tableau", "de", "compte", "rendu", "mensuel"]),
        .init(input: "dans le courant du mois d'avril prochain.", expected: ["dans", "le", "courant", "du", "mois", "d'", "avril", "prochain", "."]),
        .init(input: "associations œuvrant dans le domaine", expected: ["associations", "œuvrant", "dans", "le", "domaine"]),
        .init(input: "la plate-forme téléphonique", expected: ["la", "plate-forme", "téléphonique"]),
        .init(input: "I- Composition des cellules de suivi", expected: ["I", "-", "Composition", "des", "cellules", "de", "suivi"]),
        // AFP wire 2020
        .init(input: "Paris, France | AFP | mercredi 30/09/2020 - \"Gérald Darmanin a adressé mardi",
              expected: ["Paris", ",", "France", "|", "AFP", "|", "mercredi", "30/09/2020", "-", "\"", "Gérald", "Darmanin", "a", "adressé", "mardi"]),
        .init(input: "a-t-il indiqué sur Twitter.", expected: ["a-t-il", "indiqué", "sur", "Twitter", "."]),
        .init(input: "lors de son arrivée en France en 2018.", expected: ["lors", "de", "son", "arrivée", "en", "France", "en", "2018", "."]),
        .init(input: "Le syndicat de police Alliance avait récemment dit", expected: ["Le", "syndicat", "de", "police", "Alliance", "avait", "récemment", "dit"]),
        // 2020 communiqué
        .init(input: "portant à 2 217 personnes le nombre de migrants", expected: ["portant", "à", "2 217", "personnes", "le", "nombre", "de", "migrants"]),
        .init(input: "l’État dépense 3,6 millions d’euros par an", expected: ["l'", "État", "dépense", "3,6", "millions", "d'", "euros", "par", "an"]),
        .init(input: "1 450 repas par jour aux 750 migrants", expected: ["1 450", "repas", "par", "jour", "aux", "750", "migrants"]),
        .init(input: "Gérald Darmanin s’est enfin félicité", expected: ["Gérald", "Darmanin", "s'", "est", "enfin", "félicité"]),
        .init(input: "(25 places supplémentaires).", expected: ["(", "25", "places", "supplémentaires", ")", "."]),
        // 2025 press
        .init(input: "une hausse importante des délits : +14,8% sur l’usage de stupéfiants et +8,8% sur le trafic.",
              expected: ["une", "hausse", "importante", "des", "délits", ":", "+14,8%", "sur", "l'", "usage", "de", "stupéfiants", "et", "+8,8%", "sur", "le", "trafic", "."]),
        .init(input: "on dispose de 3240 policiers et 1053 gendarmes.", expected: ["on", "dispose", "de", "3240", "policiers", "et", "1053", "gendarmes", "."]),
        .init(input: "nous assure t-on.", expected: ["nous", "assure", "t-on", "."]),
        .init(input: "le Pas-de-Calais ce vendredi 21 février.", expected: ["le", "Pas-de-Calais", "ce", "vendredi", "21 février", "."]),
        .init(input: "une augmentation de 30%.", expected: ["une", "augmentation", "de", "30%", "."]),
        // CESEDA consolidation
        .init(input: "les dispositions de l'article L. 214-8 et du neuvième alinéa de l'article L. 561-1.",
              expected: ["les", "dispositions", "de", "l'", "article", "L. 214-8", "et", "du", "neuvième", "alinéa", "de", "l'", "article", "L. 561-1", "."]),
        .init(input: "Loi n° 71-569 du 15 juillet 1971 relative au territoire",
              expected: ["Loi", "n° 71-569", "du", "15 juillet 1971", "relative", "au", "territoire"]),
        .init(input: "l'article L. 313-11 bis ou", expected: ["l'", "article", "L. 313-11 bis", "ou"]),
        .init(input: "le 1° de l'article L. 511-1", expected: ["le", "1°", "de", "l'", "article", "L. 511-1"]),
        .init(input: "au 1er mai 2021", expected: ["au", "1er mai 2021"]),
        .init(input: "le titre Ier bis du livre Ier du code civil", expected: ["le", "titre", "Ier", "bis", "du", "livre", "Ier", "du", "code", "civil"]),
        .init(input: "aujourd'hui, quelqu'un, presqu'île, prud'hommes", expected: ["aujourd'hui", ",", "quelqu'un", ",", "presqu'île", ",", "prud'hommes"]),
    ]

    @Test(arguments: tokenCases)
    func tokens(_ c: TokenCase) {
        #expect(toks(c.input) == c.expected)
    }

    static let kindCases: [KindCase] = [
        .init(input: "L. 612-6", expected: ["L. 612-6/article"]),
        .init(input: "LO 111-3", expected: ["LO 111-3/article"]),
        .init(input: "D. 1", expected: ["D. 1/article"]),
        .init(input: "n° 2024-42", expected: ["n° 2024-42/text-number"]),
        .init(input: "1er 2e 1° Ier", expected: ["1er/ordinal", "2e/ordinal", "1°/ordinal", "Ier/ordinal"]),
        .init(input: "3 240 et 14,8 %", expected: ["3 240/number", "et/word", "14,8 %/percent"]),
        .init(input: "28 OCT. 2024", expected: ["28 OCT. 2024/date"]),
        .init(input: "5 février 2024", expected: ["5 février 2024/date"]),
        .init(input: "1er mai 2021", expected: ["1er mai 2021/date"]),
        .init(input: "art. 40, al. 2, cf. annexe", expected: ["art./abbreviation", "40/number", ",/punct", "al./abbreviation", "2/number", ",/punct", "cf./abbreviation", "annexe/word"]),
        .init(input: "Cons. const. et Cass. crim.", expected: ["Cons./abbreviation", "const./abbreviation", "et/word", "Cass./abbreviation", "crim./abbreviation"]),
        .init(input: "M. et Mme Dupont, MM. les préfets", expected: ["M./abbreviation", "et/word", "Mme/word", "Dupont/word", ",/punct", "MM./abbreviation", "les/word", "préfets/word"]),
        .init(input: "l’article", expected: ["l'/elision", "article/word"]),
        .init(input: "https://www.interieur.gouv.fr/actualites.", expected: ["https://www.interieur.gouv.fr/actualites/url", "./punct"]),
        .init(input: "30/09/2020 et 2024-02-05", expected: ["30/09/2020/date", "et/word", "2024-02-05/date"]),
        .init(input: "Le CE et Ce titre IIe", expected: ["Le/word", "CE/word", "et/word", "Ce/word", "titre/word", "IIe/ordinal"]),
        .init(input: "l'article L111-1 et R.511-2", expected: ["l'/elision", "article/word", "L111-1/article", "et/word", "R.511-2/article"]),
        // A hyphen in place of the prefix's dot: an article only with a hyphenated number.
        .init(input: "L-612-6 et R-311-3", expected: ["L-612-6/article", "et/word", "R-311-3/article"]),
        .init(input: "L.-612-6, L- 612-6 et L–612-6", expected: ["L.-612-6/article", ",/punct", "L- 612-6/article", "et/word", "L–612-6/article"]),
        .init(input: "L-4 R-2 A-4 L-612 L-acide", expected: ["L-4/word", "R-2/word", "A-4/word", "L-612/word", "L-acide/word"]),
        .init(input: "Cass. crim., n° 18-82.123 du 3 mars", expected: ["Cass./abbreviation", "crim./abbreviation", ",/punct", "n° 18-82.123/text-number", "du/word", "3 mars/date"]),
        // A PDF's footnote call glued to its word is a number of its own; codes stay whole.
        .init(input: "huit jours2. pénale12 ;", expected: ["huit/word", "jours/word", "2/number", "./punct", "pénale/word", "12/number", ";/punct"]),
        .init(input: "COVID19 B2 H1N1 abc123 utf8", expected: ["COVID19/word", "B2/word", "H1N1/word", "abc123/word", "utf/word", "8/number"]),
    ]

    @Test(arguments: kindCases)
    func kinds(_ c: KindCase) {
        #expect(kindsOf(c.input) == c.expected)
    }
}
