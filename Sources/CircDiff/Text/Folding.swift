/// Accent- and case-folding for comparing wording, not for showing it.
///
/// Why our own table rather than ICU or Foundation's `folding(options:)`: it is only used
/// to decide whether two obligations say the same thing, it must give the same answer on
/// every platform, and it runs over every obligation pair. French needs only the Latin-1
/// accents plus œ/æ and a few typographic variants.
enum Folding {
    /// Lower-cases and strips diacritics: "Préfet" → "prefet", "Œuvre" → "oeuvre".
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars { append(u, to: &out) }
        return String(out)
    }

    static func append(_ u: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(u) }
            return
        }
        switch u {
        case "à", "á", "â", "ä", "ã", "å", "À", "Á", "Â", "Ä", "Ã", "Å": out.append("a")
        case "ç", "Ç": out.append("c")
        case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": out.append("e")
        case "î", "ï", "í", "ì", "Î", "Ï", "Í", "Ì": out.append("i")
        case "ô", "ö", "ó", "ò", "õ", "Ô", "Ö", "Ó", "Ò", "Õ": out.append("o")
        case "ù", "û", "ü", "ú", "Ù", "Û", "Ü", "Ú": out.append("u")
        case "ÿ", "Ÿ", "ý", "Ý": out.append("y")
        case "ñ", "Ñ": out.append("n")
        case "œ", "Œ": out.append("o"); out.append("e")
        case "æ", "Æ": out.append("a"); out.append("e")
        case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
        case "\u{00A0}", "\u{202F}", "\u{2009}": out.append(" ")
        case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": out.append("-")
        case "\u{0300}"..."\u{036F}": break // combining accents (decomposed input)
        default: out.append(u)
        }
    }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }
}
