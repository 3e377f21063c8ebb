import CircText

/// Reads the date tokens the tokenizer produces ("28 OCT. 2024", "1er mai 2021",
/// "30/09/2020", "2024-02-05", "13 mars") into day, month and (maybe) year.
public struct FrenchDate: Sendable, Equatable {
    public var day: Int
    public var month: Int
    public var year: Int?

    public static func parse(_ text: String, months: [String: Int]) -> FrenchDate? {
        let f = Fold.string(text)
        // The digits on the text itself: the fold drops a stray combining mark ("8\u{301}"),
        // which must keep the token from reading as a number.
        let digitsOnly = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." || $0 == "\u{2010}" || $0 == "\u{2011}" })
        // ASCII digits only: `Character.isNumber` also holds for "8\u{301}" (a digit with a
        // combining mark), "٣" or "½", which `Int` does not read (a fuzzer's crash).
        if digitsOnly.count == 3, digitsOnly.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let a = Int(digitsOnly[0]), let b = Int(digitsOnly[1]), let c = Int(digitsOnly[2]) {
            if digitsOnly[0].count == 4 { return FrenchDate(day: c, month: b, year: a) }
            let year = digitsOnly[2].count == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c
            return FrenchDate(day: a, month: b, year: year)
        }
        let parts = f.split(whereSeparator: { $0 == " " })
        guard parts.count >= 2 else { return nil }
        let dayText = parts[0].prefix { $0.isASCII && $0.isNumber }
        guard let day = Int(dayText), day >= 1, day <= 31 else { return nil }
        // ("NOV," : OCR read the abbreviation's full stop as a comma, `Tokenizer.dateEnd`.)
        let monthWord = String(parts[1].filter { $0 != "." && $0 != "," })
        guard let month = months[monthWord] else { return nil }
        var year: Int? = nil
        if parts.count >= 3, let y = Int(parts[2]), parts[2].count == 4 { year = y }
        return FrenchDate(day: day, month: month, year: year)
    }

    /// With a year, resolved against an anchor when the text gives none.
    public func civil(anchor: CivilDate?, direction: Int = 0) -> CivilDate? {
        if let y = year { return CivilDate(year: y, month: month, day: day) }
        guard let a = anchor else { return nil }
        return CivilDate.resolve(day: day, month: month, anchor: a, direction: direction)
    }
}
