import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading

@Suite struct ReleaseWindowTests {
    @Test(arguments: [
        ("2017", ReleaseWindow.Precision.year, "2017-01-01", "2018-01-01", "2017"),
        ("2017-SU", .season, "2017-06-01", "2017-09-01", "summer 2017"),
        ("2017-WI", .season, "2017-12-01", "2018-03-01", "winter 2017"),
        ("2017-Q4", .quarter, "2017-10-01", "2018-01-01", "Q4 2017"),
        ("2017-08", .month, "2017-08-01", "2017-09-01", "August 2017"),
        ("2017-12", .month, "2017-12-01", "2018-01-01", "December 2017"),
        ("2017-08-18", .day, "2017-08-18", "2017-08-19", "2017-08-18"),
        ("2016-02-29", .day, "2016-02-29", "2016-03-01", "2016-02-29"),
        ("2017-12-31", .day, "2017-12-31", "2018-01-01", "2017-12-31"),
    ])
    func aValueIsASpanOfDaysAndALabelThatKeepsItsPrecision(value: String, precision: ReleaseWindow.Precision,
                                                            start: String, end: String, label: String) throws {
        let window = try #require(ReleaseWindow(value: value))
        #expect(window.precision == precision)
        #expect(window.start.description == start)
        #expect(window.end.description == end)
        #expect(window.label == label)
    }

    @Test func modifiersAreSaidAndNonValuesAreRejected() {
        #expect(ReleaseWindow(value: "2017", mod: "LATE")?.label == "late 2017")
        #expect(ReleaseWindow(value: "soon") == nil)
        #expect(ReleaseWindow(value: "2017-13") == nil)
        #expect(ReleaseWindow(value: "2017-02-30") == nil)
        #expect(ReleaseWindow(value: "2017-XX") == nil)
    }
}

/// Release facts built by hand, with statuses resolved as the store resolves them.
enum CalendarFixture {
    static func source(_ outlet: String, _ published: String, modality: Modality = .asserted) -> Evidence {
        Evidence(articleID: "\(outlet)-\(published)", outlet: outlet, url: "https://\(outlet)/\(published)", published: published,
                 quote: "quote", start: 0, end: 5, modality: modality, scope: .screen, extractor: .lore)
    }

    static func release(_ work: String, id: Int64, _ value: String, season: String? = nil, _ sources: [Evidence]) -> Fact {
        var qualifiers: [String: String] = [:]
        if let season { qualifiers["season"] = season }
        return Fact(claim: Claim(subject: work, subjectType: .work, predicate: .release, object: value, objectType: nil,
                                 qualifiers: qualifiers),
                    subjectID: id, objectID: nil, status: ClaimStatus(evidence: sources), sources: sources)
    }

    static func resolved(_ facts: [Fact]) -> [Fact] {
        var facts = facts
        ClaimStatus.resolveReleases(&facts)
        return facts
    }

    /// Glass Lanterns: 2023, then summer 2023, then 2023-07-21 from two outlets.
    /// The Copper Duke: October 2023 from one outlet. Quiet Harbor: two different days.
    static let facts = resolved([
        release("Glass Lanterns", id: 1, "2023", [source("screenfeed.example", "2023-01-10")]),
        release("Glass Lanterns", id: 1, "2023-SU", [source("tvgrid.example", "2023-02-14")]),
        release("Glass Lanterns", id: 1, "2023-07-21", [source("screenfeed.example", "2023-05-02"),
                                                        source("wirefeed.example", "2023-05-03")]),
        release("The Copper Duke", id: 2, "2023-10", [source("tvgrid.example", "2023-03-01")]),
        release("Quiet Harbor", id: 3, "2024-03-08", season: "2", [source("tvgrid.example", "2023-11-01")]),
        release("Quiet Harbor", id: 3, "2024-03-15", season: "2", [source("screenfeed.example", "2023-11-02")]),
    ])
}

@Suite struct ReleaseCalendarTests {
    @Test func oneEntryPerReleaseWithTheMostPreciseStandingValue() {
        let entries = ReleaseCalendar.entries(CalendarFixture.facts)
        // In order of the start of their spans.
        #expect(entries.map(\.work) == ["Glass Lanterns", "The Copper Duke", "Quiet Harbor"])
        let lanterns = entries[0]
        #expect(lanterns.window.value == "2023-07-21")
        #expect(lanterns.status == .confirmed)
        #expect(lanterns.outlets == ["screenfeed.example", "wirefeed.example"])
        #expect(lanterns.alternatives.isEmpty, "2023 and summer 2023 were superseded")
        #expect(lanterns.revisions == 3)
        let duke = entries[1]
        #expect(duke.window.label == "October 2023")
        #expect(duke.status == .reported)
        let harbor = entries[2]
        #expect(harbor.status == .contested)
        #expect(harbor.season == "2")
        #expect(harbor.alternatives.count == 1)
    }

    @Test func fromAndToKeepReleasesWhoseSpanOverlapsThePeriod() {
        func works(_ from: String?, _ to: String?) -> [String] {
            ReleaseCalendar.entries(CalendarFixture.facts, from: from.flatMap(CalendarDate.init(iso:))?.firstDay,
                                    to: to.flatMap(CalendarDate.init(iso:))?.dayAfter).map(\.work)
        }
        #expect(works("2023-08", nil) == ["The Copper Duke", "Quiet Harbor"])
        #expect(works(nil, "2023-07") == ["Glass Lanterns"])
        #expect(works("2023-07-21", "2023-07-21") == ["Glass Lanterns"])
        #expect(works("2023-10-31", "2023-10-31") == ["The Copper Duke"], "a month overlaps each of its days")
        #expect(works("2025", nil).isEmpty)
    }
}

@Suite struct ICalendarTests {
    @Test func linesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let long = "DESCRIPTION:" + String(repeating: "é", count: 60) + String(repeating: "x", count: 50)
        let folded = ICalendar.fold(long)
        #expect(folded.hasSuffix("\r\n"))
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
        #expect(ICalendar.fold("SHORT:yes") == "SHORT:yes\r\n")
    }

    @Test func textIsEscaped() {
        #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func eventsAreAllDayAndOnlyAConfirmedDayIsConfirmed() {
        let text = ICalendar.document(ReleaseCalendar.entries(CalendarFixture.facts), stamp: Date(timeIntervalSince1970: 0))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        #expect(text.contains("DTSTAMP:19700101T000000Z"))
        let events = text.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        #expect(events.count == 3)
        let lanterns = events.first { $0.contains("Glass Lanterns") }!
        #expect(lanterns.contains("DTSTART;VALUE=DATE:20230721\r\nDTEND;VALUE=DATE:20230722"))
        #expect(lanterns.contains("STATUS:CONFIRMED"))
        #expect(lanterns.contains("UID:release-glass-lanterns@lore"))
        #expect(lanterns.contains("SEQUENCE:2"))
        let duke = events.first { $0.contains("Copper Duke") }!
        #expect(duke.contains("DTSTART;VALUE=DATE:20231001\r\nDTEND;VALUE=DATE:20231101"))
        #expect(duke.contains("STATUS:TENTATIVE"))
        #expect(duke.contains("SUMMARY:The Copper Duke expected October 2023"))
        let harbor = events.first { $0.contains("Quiet Harbor") }!
        #expect(harbor.contains("STATUS:TENTATIVE"), "a contested day is not confirmed")
        #expect(harbor.contains("UID:release-quiet-harbor-season-2@lore"))
    }
}
