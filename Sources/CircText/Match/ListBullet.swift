/// What starts a list item, for every rule that asks (the segmenter, the structure, the
/// header and metadata readers, the obligation extractor): one set, so that they cannot
/// disagree about whether a line is an item.
public enum ListBullet {
    /// Dashes and the asterisk: an item's marker when they stand alone as punctuation ("- Les
    /// préfets…"), a hyphen or a footnote call otherwise.
    @inline(__always) public static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x2013, 0x2014, 0x2A: return true
        default: return false
        }
    }

    /// Bullet glyphs: "•", "▪", "●", "‣", "·", "◦", "■", "►", "➢", "❖", and the Symbol and
    /// Wingdings fonts' bullets that PDF converters (pdftotext) leave in the private use
    /// area: U+F0B7 (Symbol's bullet), U+F0A7 (Wingdings' small square, Word's second-level
    /// bullet), U+F0D8 (arrowhead), U+F076 (diamond), U+F0FC (check mark), U+F06E
    /// (black square). The area holds no letter, so none of them starts a word. And the
    /// pictographs town apps and social posts open their lines with ("🌾 Arrosage des
    /// pelouses", "⛔ Interdictions ⛔ :", "✅ Port du masque"): the Miscellaneous Symbols and
    /// Dingbats blocks and the emoji planes — never a letter, a digit or punctuation.
    @inline(__always) public static func isGlyph(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2022, 0x25AA, 0x25CF, 0x2023, 0xB7, 0x25E6, 0x25A0, 0x25BA, 0x27A2, 0x2756,
             0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF06E: return true
        case 0x2600...0x27BF, 0x2B05...0x2B55, 0x1F000...0x1FAFF: return true
        default: return false
        }
    }

    /// Any bullet, dash or glyph.
    @inline(__always) public static func isBullet(_ c: Unicode.Scalar) -> Bool { isDash(c) || isGlyph(c) }

    /// A character that is one bullet.
    public static func isBullet(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && isBullet(c.unicodeScalars.first!)
    }

    /// A token starting with `c` marks an item: a glyph, or a dash that is a punctuation token.
    @inline(__always) public static func marksItem(_ c: Unicode.Scalar, punct: Bool) -> Bool {
        isGlyph(c) || punct && isDash(c)
    }
}
