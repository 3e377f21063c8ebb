/// One stretch of a word-level redline: kept, struck (in the old text only) or inserted
/// (in the new text only). Concatenating the `equal` and `delete` segments gives the old
/// text, the `equal` and `insert` segments the new one (whitespace aside).
public struct RedlineSegment: Codable, Equatable, Sendable {
    public enum Op: String, Codable, Sendable { case equal, delete, insert }
    public var op: Op
    /// The words as in NEW (as in OLD for a deletion).
    public var text: String
    /// Equal segments only, when OLD spaced the same words differently ("République de"
    /// where NEW has "République."): the old side's text, so that each side reads as written.
    public var old: String?
    public init(_ op: Op, _ text: String, old: String? = nil) { self.op = op; self.text = text; self.old = old }

    /// This segment's text on the OLD side.
    public var oldSideText: String { old ?? text }
}

/// Word-level redlines: what a juriste expects to see struck and inserted, a word at a time
/// rather than a line at a time, because a circular's paragraphs are one long line each.
public enum Redline {
    public static func words(old: String, new: String) -> [RedlineSegment] {
        words(old: WordTokens(old), new: WordTokens(new), interner: TokenInterner())
    }

    static func words(old: WordTokens, new: WordTokens, interner: TokenInterner) -> [RedlineSegment] {
        let a = interner.intern(old.keys), b = interner.intern(new.keys)
        let runs = SemanticCleanup.apply(MyersDiff.diff(a, b),
                                         oldWeight: old.keys.map { $0.unicodeScalars.count + 1 },
                                         newWeight: new.keys.map { $0.unicodeScalars.count + 1 })
        var out: [RedlineSegment] = []
        out.reserveCapacity(runs.count)
        for r in runs {
            switch r.op {
            case .equal:
                let n = join(new.pieces[r.newRange]), o = join(old.pieces[r.oldRange])
                out.append(RedlineSegment(.equal, n, old: o == n ? nil : o))
            case .delete: out.append(RedlineSegment(.delete, join(old.pieces[r.oldRange])))
            case .insert: out.append(RedlineSegment(.insert, join(new.pieces[r.newRange])))
            }
        }
        return out
    }

    /// True when a redline has any deletion or insertion.
    public static func hasChanges(_ segments: [RedlineSegment]) -> Bool {
        segments.contains { $0.op != .equal }
    }

    private static func join(_ pieces: ArraySlice<Substring>) -> String {
        var s = ""
        for p in pieces { s += p }
        return s
    }
}

extension RedlineSegment {
    /// The segment's text without its trailing whitespace, and that whitespace: renderers
    /// strike or underline the words, not the space after them.
    public var splitTrailingSpace: (core: Substring, space: Substring) {
        var end = text.endIndex
        while end > text.startIndex {
            let p = text.index(before: end)
            if text[p].isWhitespace { end = p } else { break }
        }
        return (text[..<end], text[end...])
    }
}
