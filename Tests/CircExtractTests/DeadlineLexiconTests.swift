import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Every example of `Lexicons/deadlines.json` is recognised by the rule its entry feeds (and
/// the counter-examples are not).
final class DeadlineLexiconTests: XCTestCase {
    typealias Entry = DeadlineLexiconFile.Entry
    typealias Group = DeadlineLexiconFile.Group

    let file = try! TestLexicons.store.load("deadlines.json", as: DeadlineLexiconFile.self)

    /// An example inside a sentence addressed to the reader of a note of 19 February 2015.
    func addressed(_ ex: String) -> DeadlineResult { DeadlineHarness.run("Vous transmettrez le tableau \(ex).") }
    /// An example on its own, in a note that addresses no one.
    func bare(_ ex: String) -> DeadlineResult { DeadlineHarness.run("\(ex).") }

    func check(_ name: String, _ examples: [String], file: StaticString = #filePath, line: UInt = #line,
               _ ok: (String) -> (Bool, String)) {
        XCTAssertFalse(examples.isEmpty, "\(name): no examples", file: file, line: line)
        for ex in examples {
            let (pass, got) = ok(ex)
            XCTAssertTrue(pass, "\(name): «\(ex)» → \(got)", file: file, line: line)
        }
    }

    func describe(_ r: DeadlineResult) -> String {
        "deadlines \(r.deadlines.map { "\($0.kind) \($0.value)\($0.strict ? " strict" : "")" }) durations \(r.durations.map(\.value))"
    }

    func has(_ kind: DeadlineKind, value: String? = nil) -> (String) -> (Bool, String) {
        { ex in
            let r = self.addressed(ex)
            return (r.deadlines.contains { $0.kind == kind && (value == nil || $0.value == value) }, self.describe(r))
        }
    }

    func testDateExamples() {
        for e in file.dateCues { check("dateCues \(e.form ?? "")", e.examples, has(.date)) }
        check("dateCueLinks", file.dateCueLinks.examples, has(.date))
        check("endOfPeriod", file.endOfPeriod.examples, has(.date))
        for e in file.weekdays {
            check("weekdays \(e.form ?? "")", e.examples) { ex in
                let r = self.addressed(ex)
                return (r.deadlines.contains { $0.kind == .date } && r.warnings.isEmpty, self.describe(r) + " \(r.warnings)")
            }
        }
        check("pastMarkers", file.pastMarkers.examples) { ex in
            let r = self.addressed(ex)
            return (!r.deadlines.contains { $0.kind == .date }, self.describe(r))
        }
    }

    func testAsapAndStrictExamples() {
        for e in file.asap { check("asap \(e.form ?? "")", e.examples, has(.asap)) }
        for e in file.strict {
            check("strict \(e.form ?? "")", e.examples) { ex in
                let r = self.addressed(ex)
                return (r.deadlines.contains { $0.strict }, self.describe(r))
            }
        }
    }

    func testPeriodicExamples() {
        for e in file.periodicPhrases { check("periodicPhrases \(e.form ?? "")", e.examples, has(.recurrence, value: e.value)) }
        for e in file.periodicAdverbs { check("periodicAdverbs \(e.form ?? "")", e.examples, has(.recurrence, value: e.value)) }
        for e in file.periodicAdjectives { check("periodicAdjectives \(e.value ?? "")", e.examples, has(.recurrence, value: e.value)) }
        for e in file.periodicUnits { check("periodicUnits \(e.unit ?? "")", e.examples, has(.recurrence)) }
        check("periodicEvery", file.periodicEvery.examples, has(.recurrence))
        check("periodicTimes", file.periodicTimes.examples, has(.recurrence))
        check("periodicPer", file.periodicPer?.examples ?? [], has(.recurrence))
        check("periodicPer bounds", file.periodicPer?.counterExamples ?? []) { ex in
            let r = self.addressed(ex)
            return (!r.deadlines.contains { $0.kind == .recurrence }, self.describe(r))
        }
        check("periodicNouns", file.periodicNouns.examples, has(.recurrence))
        for (name, g) in [("amountNouns", file.amountNouns), ("rateMarkers", file.rateMarkers)] {
            check(name, g.examples) { ex in
                let r = self.bare(ex)
                return (!r.deadlines.contains { $0.kind == .recurrence }, self.describe(r))
            }
        }
    }

    func testLimitAndDurationExamples() {
        let limitOrDuration: (String) -> (Bool, String) = { ex in
            let r = self.addressed(ex)
            return (r.deadlines.contains { $0.kind == .limit } || !r.durations.isEmpty, self.describe(r))
        }
        for e in file.timeUnits { check("timeUnits \(e.unit ?? "")", e.examples, limitOrDuration) }
        check("unitQualifiers", file.unitQualifiers.examples, has(.limit))
        for e in file.numberWords { check("numberWords \(e.form ?? "")", e.examples, limitOrDuration) }
        for e in file.limitIntros { check("limitIntros \(e.form ?? "")", e.examples, has(.limit)) }
        for e in file.limitWords { check("limitWords \(e.form ?? "")", e.examples, has(.limit, value: e.value)) }
        check("addressedMarkers", file.addressedMarkers.examples) { ex in
            let r = self.bare(ex)
            return (r.deadlines.contains { $0.kind == .limit }, self.describe(r))
        }
        check("lawMarkers", file.lawMarkers.examples) { ex in
            let r = self.bare(ex)
            return (!r.durations.isEmpty && !r.deadlines.contains { $0.kind == .limit }, self.describe(r))
        }
        check("durationExclusions", file.durationExclusions.examples) { ex in
            let r = DeadlineHarness.run("\(ex).", kind: .depeche)
            return (r.durations.isEmpty, self.describe(r))
        }
        check("durationContext", file.durationContext.examples) { ex in
            let r = self.bare(ex)
            return (!r.durations.isEmpty, self.describe(r))
        }
    }

    /// Number words compose: "quarante-huit", "vingt et un", "quatre-vingt-dix", "deux cents".
    func testNumberWords() {
        let cases: [(String, String)] = [
            ("quarante-huit heures", "PT48H"), ("trente jours", "P30D"), ("vingt et un jours", "P21D"),
            ("quatre-vingt-dix jours", "P90D"), ("quatre-vingts jours", "P80D"), ("soixante-douze heures", "PT72H"),
            ("soixante-dix jours", "P70D"), ("deux cents jours", "P200D"), ("cent vingt jours", "P120D"),
            ("dix-huit mois", "P18M"), ("quatre-vingt-seize heures", "PT96H"), ("un an", "P1Y"), ("3 240 heures", "PT3240H"),
        ]
        for (text, iso) in cases {
            let r = DeadlineHarness.run("Le délai est porté à \(text).")
            XCTAssertEqual(r.durations.map(\.value), [iso], text)
        }
    }
}
