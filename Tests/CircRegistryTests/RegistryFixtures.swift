import CircTestSupport
import CircExtract
import CircRegistry
import Foundation
import XCTest

/// Hand-built documents shaped like the seeds (the 2024 circular, the 2015 note, the AFP
/// wire), so registry tests do not depend on the extractor. Texts are written first and
/// spans computed from them, so every span really quotes its text.
enum RegistryFixtures {
    struct Built {
        var document: CircDocument
        var text: String
    }

    /// A document whose obligations are sentences of its text.
    static func make(kind: String, date: String?, nor: String? = nil, path: String,
                     addressees: [(String, String)] = [],
                     obligations: [(text: String, modality: String, actor: String?, refs: [String], deadlines: [String])],
                     references: [(id: String, kind: String, text: String)] = [],
                     preamble: String = "") -> Built {
        var text = preamble + "\n\n"
        var obs: [Obligation] = []
        for o in obligations {
            let start = text.unicodeScalars.count
            text += o.text
            var ob = Obligation(text: o.text, span: SourceSpan(start, text.unicodeScalars.count), section: "1",
                                modality: Modality(rawValue: o.modality)!, marker: nil, actor: o.actor)
            ob.references = o.refs
            ob.deadlines = o.deadlines
            obs.append(ob)
            text += "\n\n"
        }
        var refs: [Reference] = []
        for r in references {
            let start = text.unicodeScalars.count
            text += "Vu " + r.text + ".\n"
            refs.append(Reference(id: r.id, kind: ReferenceKind(rawValue: r.kind)!, text: r.text, span: SourceSpan(start + 3, start + 3 + r.text.unicodeScalars.count)))
        }
        for o in obligations {
            for id in o.refs where !refs.contains(where: { $0.id == id }) {
                refs.append(Reference(id: id, kind: id.hasPrefix("loi:") ? .law : .codeArticle, text: id, span: SourceSpan(0, 1)))
            }
        }
        let sha = Self.sha(text)
        var md = Metadata()
        md.kind = DocumentKind(rawValue: kind)!; md.date = date; md.nor = nor; md.emitter = "ministre-de-l-interieur"
        var doc = CircDocument(source: SourceInfo(path: path, sha256: sha, format: "txt", length: text.unicodeScalars.count), metadata: md)
        doc.addressees = addressees.map { Addressee(id: $0.0, role: AddresseeRole(rawValue: $0.1)!, text: $0.0, span: nil) }
        doc.obligations = obs
        doc.references = refs
        return Built(document: doc, text: text)
    }

    /// A stand-in digest: unique per text, 64 hex digits like a sha256.
    static func sha(_ s: String) -> String {
        var h1: UInt64 = 0xcbf29ce484222325, h2: UInt64 = 0x84222325cbf29ce4
        for b in s.utf8 { h1 = (h1 ^ UInt64(b)) &* 0x100000001b3; h2 = (h2 ^ UInt64(b)) &* 0x100000001b3 &+ 7 }
        return [h1, h2, h1 ^ h2, h1 &+ h2].map { String(format: "%016llx", $0) }.joined()
    }

    static let prefets = [("prefet-de-police", "to"), ("prefet-de-departement", "to"),
                          ("prefet-de-zone-de-defense-et-de-securite", "to"),
                          ("directeur-general-des-etrangers-en-france", "cc")]

    static var circular2024: Built {
        make(kind: "circulaire", date: "2024-10-28", nor: "INTK2428339J", path: "seeds/circulaire-2024.txt",
             addressees: prefets,
             obligations: [
                ("Je vous demande donc de vous impliquer personnellement dans la direction des services.", "obligation", "addressees", [], []),
                ("Je vous rappelle que la menace à l'ordre public constitue un motif de prolongation de la rétention au-delà de trente jours, conformément à l'article L. 742-4, ainsi que pour les prolongations exceptionnelles prévues à l'article L. 742-5.",
                 "reminder", "addressees", ["CESEDA:L742-4", "CESEDA:L742-5"], []),
                ("J'attends donc, chaque mois, des réponses exhaustives de votre part.", "obligation", "addressees", [], ["R/P1M"]),
                ("Vous procéderez aux retraits de titre de séjour prévus à l'article L. 432-4.", "obligation", "addressees", ["CESEDA:L432-4", "loi:2024-42"], []),
                ("Tout manquement doit vous être immédiatement signalé par les forces de sécurité intérieure.", "obligation", "forces-de-securite-interieure", [], ["asap"]),
             ],
             references: [("circulaire:2019-08-16", "circulaire", "Circulaire du 16 août 2019"),
                          ("circulaire:2020-09-29", "circulaire", "Circulaire du 29 septembre 2020")],
             preamble: "Le ministre de l'Intérieur à Mesdames et Messieurs les préfets.")
    }

    static var note2015: Built {
        make(kind: "note", date: "2015-02-19", path: "seeds/note-2015.txt",
             addressees: [("prefet-de-police", "to"), ("prefet-de-region", "to"), ("prefet-de-departement", "to")],
             obligations: [
                ("Je vous demande de renseigner chaque mois le tableau ci-joint.", "obligation", "addressees", [], ["R/P1M"]),
                ("Vous me ferez parvenir d'ici le vendredi 13 mars un premier bilan.", "obligation", "addressees", [], ["2015-03-13"]),
                ("Vous pourrez vous adjoindre les compétences d'associations.", "permission", "addressees", [], []),
                ("Les retenues sur traitement ne sont pas concernées.", "recommendation", "addressees", [], []),
             ],
             references: [("instruction:2014-12-04", "instruction", "mon instruction du 4 décembre dernier")],
             preamble: "Note à l'attention des préfets.")
    }

    static var afp2020: Built {
        make(kind: "depeche", date: "2020-09-30", path: "seeds/afp-2020.txt",
             addressees: [("prefet-de-departement", "to")],
             obligations: [
                ("Vous me rendrez compte trimestriellement et personnellement des éloignements.", "obligation", "prefet-de-departement", [], ["R/P3M"]),
             ],
             preamble: "Paris, France | AFP | mercredi 30/09/2020 - Gérald Darmanin a adressé mardi un courrier aux préfets pour leur demander de reconduire systématiquement les étrangers.")
    }

    static var circular2019: Built {
        make(kind: "circulaire", date: "2019-08-16", path: "seeds/circulaire-2019.txt",
             addressees: [("prefet-de-departement", "to")],
             obligations: [("Vous veillerez à la coordination du suivi des étrangers incarcérés.", "obligation", "addressees", [], [])],
             preamble: "Circulaire relative aux étrangers incarcérés.")
    }

    /// A fresh registry file in a temporary folder.
    static func tempRegistryPath(_ name: String = "test.sqlite") -> String {
        let dir = Fixtures.tempDir("circ-reg")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    static func registry(with docs: [Built]) throws -> Registry {
        let r = try Registry(path: tempRegistryPath())
        for d in docs { try r.store(d.document, sourceText: d.text) }
        return r
    }
}
