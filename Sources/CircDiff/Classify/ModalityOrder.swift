import CircContract

/// How binding a modality is, to say whether a changed modality strengthens or weakens a duty.
///
/// The order, weakest first:
///   permission ("vous pouvez") < recommendation ("il est souhaitable", "je vous invite")
///   < reminder ("je vous rappelle que": a duty that already exists in law, restated without
///   a new command) < obligation ("je vous demande", "vous veillerez") = prohibition.
/// A reminder ranks above a recommendation because what it recalls binds by itself; it ranks
/// below an obligation because the minister adds no order of his own. Obligation and
/// prohibition are equally binding with opposite polarity: a change between them is a
/// `reversal`, neither stronger nor weaker.
public enum ModalityOrder {
    public enum Direction: String, Codable, Sendable { case strengthening, weakening, reversal, lateral }

    public static func rank(_ modality: Modality) -> Int {
        switch modality {
        case .permission: return 0
        case .recommendation: return 1
        case .reminder: return 2
        case .obligation, .prohibition: return 3
        }
    }

    public static func direction(from old: Modality, to new: Modality) -> Direction {
        if Set([old, new]) == [.obligation, .prohibition] { return .reversal }
        let a = rank(old), b = rank(new)
        guard a != b else { return .lateral }
        return b > a ? .strengthening : .weakening
    }
}
