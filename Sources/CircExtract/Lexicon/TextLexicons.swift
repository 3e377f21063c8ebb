import CircText
import Foundation

/// The tokenizer's and normaliser's rules as `Lexicons/` states them.
public struct TextLexicons: Sendable {
    public let tokenizer: TokenizerRules
    public let normalizer: NormalizerRules
    /// Folded month forms ("fev", "octobre") to month numbers.
    public let months: [String: Int]
    /// `header-fields.json` `pageTexts`: where a page of several texts starts its second.
    public let pageTexts: PageTextWords
    /// `header-fields.json` `certifications`, folded: the labels of a copy's certification
    /// under the signature ("Pour ampliation"), whose clerk is no signatory.
    public let certifications: [String]

    struct Entry: Decodable { let form: String; let match: String?; let examples: [String] }
    struct TokenizerFile: Decodable {
        let elisions, keepWhole, abbreviations, articlePrefixes, articleSuffixes, ordinalSuffixes, romanOrdinalSuffixes, gluedWords: [Entry]
        let lineOpenWords: [Entry]?
        let capitalLineOpenWords: [Entry]?
        let runOnOpeners: [Entry]?
        let compoundSeconds: [Entry]?
    }
    struct Month: Decodable { let month: Int; let forms: [String]; let examples: [String] }

    public init(store: LexiconStore) throws {
        let f = try store.load("tokenizer.json", as: TokenizerFile.self)
        let monthFile = try store.load("months.json", as: [Month].self)
        var months: [String: Int] = [:]
        for m in monthFile { for form in m.forms { months[Fold.string(form)] = m.month } }
        self.months = months
        let fold = Fold.string as (String) -> String
        tokenizer = TokenizerRules(
            elisions: Set(f.elisions.map { fold($0.form) }),
            keepWhole: f.keepWhole.map { fold($0.form) },
            abbreviationsExact: Set(f.abbreviations.filter { $0.match == "exact" }.map(\.form)),
            abbreviationsFolded: Set(f.abbreviations.filter { $0.match != "exact" }.map { fold($0.form) }),
            articlePrefixes: Set(f.articlePrefixes.map(\.form)),
            articleSuffixes: Set(f.articleSuffixes.map { fold($0.form) }),
            months: months,
            ordinalSuffixes: Set(f.ordinalSuffixes.map { fold($0.form) }),
            romanOrdinalSuffixes: Set(f.romanOrdinalSuffixes.map { fold($0.form) }),
            gluedWords: Set(f.gluedWords.map { fold($0.form) }),
            lineOpenWords: Set((f.lineOpenWords ?? []).map { fold($0.form) }),
            capitalLineOpenWords: Set((f.capitalLineOpenWords ?? []).map { fold($0.form) }),
            runOnOpeners: Set((f.runOnOpeners ?? []).map { fold($0.form) }))
        let entities = try store.load("html-entities.json", as: [String: String].self)
        var map: [String: Unicode.Scalar] = [:]
        for (k, v) in entities { if let u = v.unicodeScalars.first { map[k] = u } }
        struct Furniture: Decodable {
            struct Phrase: Decodable { let form: String; let examples: [String]; let tail: Bool? }
            struct Counts: Decodable { let forms: [String] }
            let phrases: [Phrase]; let commentCounts: Counts?
        }
        let furniture = try store.load("web-furniture.json", as: Furniture.self)
        struct PageFields: Decodable {
            struct Words: Decodable { let openers, links: [String] }
            struct Forms: Decodable { let forms: [String] }
            let pageTexts: Words; let certifications: Forms?
        }
        let fields = try store.load("header-fields.json", as: PageFields.self)
        let page = fields.pageTexts
        pageTexts = PageTextWords(openers: Set(page.openers.map(fold)), links: Set(page.links.map(fold)))
        certifications = (fields.certifications?.forms ?? []).map(fold)
        struct Civilities: Decodable {
            struct Forms: Decodable { let forms: [String] }
            let civilities: [String]; let ccCues: Forms; let toCues: Forms
        }
        let titles = try store.load("addressee-titles.json", as: Civilities.self)
        let compounds = (f.compoundSeconds ?? []).map(\.form)
        normalizer = NormalizerRules(htmlEntities: map, webFurniture: furniture.phrases.map(\.form), webFurnitureTail: furniture.phrases.map { $0.tail ?? false },
                                     commentCounts: furniture.commentCounts?.forms ?? [], civilities: titles.civilities,
                                     columnCues: titles.ccCues.forms + titles.toCues.forms, compoundSeconds: compounds)
    }

    /// Every example of every entry, with the form it illustrates (the lexicon self-test).
    public static func examples(store: LexiconStore) throws -> [(section: String, form: String, example: String)] {
        let f = try store.load("tokenizer.json", as: TokenizerFile.self)
        var out: [(String, String, String)] = []
        for (name, entries) in [("elisions", f.elisions), ("keepWhole", f.keepWhole), ("abbreviations", f.abbreviations),
                                ("articlePrefixes", f.articlePrefixes), ("articleSuffixes", f.articleSuffixes),
                                ("ordinalSuffixes", f.ordinalSuffixes), ("romanOrdinalSuffixes", f.romanOrdinalSuffixes),
                                ("gluedWords", f.gluedWords), ("lineOpenWords", f.lineOpenWords ?? []),
                                ("capitalLineOpenWords", f.capitalLineOpenWords ?? []), ("runOnOpeners", f.runOnOpeners ?? []),
                                ("compoundSeconds", f.compoundSeconds ?? [])] {
            for e in entries { for x in e.examples { out.append((name, e.form, x)) } }
        }
        for m in try store.load("months.json", as: [Month].self) {
            for x in m.examples { out.append(("months", String(m.month), x)) }
        }
        return out
    }
}
