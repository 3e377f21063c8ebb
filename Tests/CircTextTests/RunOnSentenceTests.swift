import CircTestSupport
import CircText
import Foundation
import Testing

/// A flattened copy runs a heading into the sentence after it with no full stop between:
/// the sentence starts at its capitalised article or subject pronoun. A name written with a
/// capitalised article ("Le Monde", "La Rochelle", "Les Républicains") stays in its sentence.
@Suite struct RunOnSentenceTests {
    @Test func aSentenceRunOnAfterItsHeadingStartsAtItsOpener() {
        #expect(sentences("B. La retenue pour vérification du droit au séjour Les parquets s'assureront que la retenue ne dépasse pas vingt-quatre heures.")
                    .last == "Les parquets s'assureront que la retenue ne dépasse pas vingt-quatre heures.")
        #expect(sentences("La réponse pénale Il appartiendra aux parquets de requérir la confiscation des véhicules.").count == 2)
    }

    /// Counter-examples: a name after a lowercase word, a place after a preposition, a
    /// capitalised article before a capitalised word, an opener after a full stop's sentence.
    @Test func namesWithACapitalisedArticleStayInTheirSentence() {
        for text in ["Selon le quotidien Le Monde, les préfets ont reçu la circulaire mardi.",
                     "Les maires de La Rochelle et de Rochefort appliqueront l'arrêté.",
                     "Le député a rejoint Les Républicains après le vote de la loi.",
                     "Le préfet de la région Réunion et le préfet de La Réunion se réuniront.",
                     "Le dispositif sera évalué dans le cadre de la loi du 26 janvier 2024 relative à l'immigration."] {
            #expect(sentences(text).count == 1, "\(text)")
        }
    }
}
