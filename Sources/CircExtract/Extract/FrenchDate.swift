import CircText

/// Reads the date tokens the tokenizer produces ("28 OCT. 2024", "1er mai 2021",
/// "30/09/2020", "2024-02-05", "13 mars") into day, month and (maybe) year.
public struct FrenchDate: Sendable, Equatable {
    public var day: Int
    public var month: Int
    public var year: Int?

    /// The years a dated text of the genre can bear, from the oldest circulars to a
    /// scheme's announced end.
    static let years = 1700...2100

    /// A year of a dated text, or nil: an OCR'd "1041" is 1941 (a 9 read as 0 in its second
    /// digit, as scans of the 1940s bulletins print it), any other year out of `years` none.
    static func ocrYear(_ y: Int) -> Int? {
        if years.contains(y) { return y }
        return (1000...1099).contains(y) ? y + 900 : nil
    }

    public static func parse(_ text: String, months: [String: Int]) -> FrenchDate? {
        let f = Fold.string(text)
        // The digits on the text itself: the fold drops a stray combining mark ("8\u{301}"),
        // which must keep the token from reading as a number.
        let digitsOnly = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." || $0 == "\u{2010}" || $0 == "\u{2011}" })
        // ASCII digits only: `Character.isNumber` also holds for "8\u{301}" (a digit with a
        // combining mark), "٣" or "½", which `Int` does not read (a fuzzer's crash).
        if digitsOnly.count == 3, digitsOnly.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let a = Int(digitsOnly[0]), let b = Int(digitsOnly[1]), let c = Int(digitsOnly[2]) {
            let (day, year) = digitsOnly[0].count == 4 ? (c, a) : (a, digitsOnly[2].count == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c)
            // "Emis le 18/10/9920:40": a fax line ran the year into the hour. No text of the
            // genre is dated outside these years.
            guard Self.years.contains(year), (1...12).contains(b), (1...31).contains(day) else { return nil }
            return FrenchDate(day: day, month: b, year: year)
        }
        let parts = f.split(whereSeparator: { $0 == " " })
        guard parts.count >= 2 else { return nil }
        let dayText = parts[0].prefix { $0.isASCII && $0.isNumber }
        guard let day = Int(dayText), day >= 1, day <= 31 else { return nil }
        // ("NOV," : OCR read the abbreviation's full stop as a comma, `Tokenizer.dateEnd`.)
        let monthWord = String(parts[1].filter { $0 != "." && $0 != "," })
        guard let month = months[monthWord] else { return nil }
        var year: Int? = nil
        if parts.count >= 3, let y = Int(parts[2]), parts[2].count == 4 { year = Self.ocrYear(y) }
        return FrenchDate(day: day, month: month, year: year)
    }

    /// With a year, resolved against an anchor when the text gives none.
    public func civil(anchor: CivilDate?, direction: Int = 0) -> CivilDate? {
        if let y = year { return CivilDate(year: y, month: month, day: day) }
        guard let a = anchor else { return nil }
        return CivilDate.resolve(day: day, month: month, anchor: a, direction: direction)
    }
}
