import CircText

extension AddresseeExtractor {
    /// Whether some occurrence of `form` ("aux prefets", "les prefets") in a folded unit names
    /// the recipients of the instruction the item reports. Not when a request verb in the
    /// imperfect stands in the three words before it ("Une circulaire de 2012 demandait déjà
    /// aux préfets de…": an earlier text's request, no addressee of this one), nor when a verb
    /// follows it ("les préfets appliquent la circulaire": the préfets are the news's subject).
    /// Runs only on a unit that holds both a letter word and the form (rare): plain words.
    func reportsRecipients(_ folded: [UInt8], _ form: String) -> Bool {
        guard !pastRequests.isEmpty || !topicVerbs.isEmpty else { return true }
        let words = String(decoding: folded, as: UTF8.self).split(separator: " ").map(String.init)
        let phrase = form.split(separator: " ").map(String.init)
        guard phrase.count <= words.count else { return true }
        var seen = false
        for k in 0...(words.count - phrase.count) where Array(words[k..<(k + phrase.count)]) == phrase {
            seen = true
            let before = words[max(0, k - 3)..<k]
            if before.contains(where: pastRequests.contains) { continue }
            let next = k + phrase.count < words.count ? words[k + phrase.count] : ""
            if topicVerbs.contains(next) { continue }
            return true
        }
        // A form the split could not find word by word (punctuation glued): keep the old reading.
        return !seen
    }
}
