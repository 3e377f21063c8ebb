import GRDB

/// Turns what a juriste types after `--addressee` ("préfets de département", "Prefet de
/// police", "prefet-de-region", "préfets") into the addressee slugs of the registry.
/// Slugs keep plurals inside ("directeur-general-des-etrangers-en-france"), so matching
/// compares singularised word keys on both sides rather than building a slug blindly.
enum AddresseeQuery {
    static let leadingNoise: Set<String> = ["monsieur", "madame", "mesdames", "messieurs", "m", "mme", "le", "la", "les", "l", "aux", "au", "a"]

    static func key(_ text: String) -> [String] {
        var words = FrenchFolding.words(text)
        while let first = words.first, leadingNoise.contains(first), words.count > 1 { words.removeFirst() }
        return words.map(singular)
    }

    static func singular(_ w: String) -> String {
        guard w.count > 3 else { return w }
        if w.hasSuffix("aux") { return String(w.dropLast(3)) + "al" }
        if w.hasSuffix("s") || w.hasSuffix("x") { return String(w.dropLast()) }
        return w
    }

    /// Slugs the input names: an exact key match, else every slug whose key starts with it
    /// ("préfets" → all préfets). Throws `badFilter` listing the registry's slugs otherwise.
    static func resolve(_ input: String, known: [String]) throws -> [String] {
        if known.contains(input) { return [input] }
        let k = key(input)
        guard !k.isEmpty else { throw bad(input, known) }
        let keyed = known.map { ($0, key($0.replacingOccurrences(of: "-", with: " "))) }
        let exact = keyed.filter { $0.1 == k }.map(\.0)
        if !exact.isEmpty { return exact }
        let prefix = keyed.filter { $0.1.count > k.count && Array($0.1.prefix(k.count)) == k }.map(\.0)
        if !prefix.isEmpty { return prefix }
        throw bad(input, known)
    }

    static func bad(_ input: String, _ known: [String]) -> RegistryError {
        .badFilter(.addressee, value: input,
                   valid: known.isEmpty ? "(the registry has no addressees yet)" : known.sorted().joined(separator: ", "))
    }

    static func knownSlugs(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT slug FROM addressees UNION
            SELECT actor FROM obligations WHERE actor IS NOT NULL AND actor <> 'addressees'
            """)
    }
}
