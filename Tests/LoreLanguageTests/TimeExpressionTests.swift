import Testing
@testable import LoreLanguage
import LoreReading

/// Friday 17 March 2017: the publication date most cases resolve against.
private let friday = CalendarDate(year: 2017, month: 3, day: 17)

/// One sentence holding exactly one time expression, and what it must come out as.
struct TimeCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let text: String
    let type: TimeExpression.Kind
    let value: String?
    let mod: String?
    let reference: CalendarDate?

    init(_ sentence: String, _ text: String, _ value: String?, _ type: TimeExpression.Kind = .date,
         mod: String? = nil, reference: CalendarDate? = friday) {
        self.sentence = sentence
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.reference = reference
    }

    var testDescription: String { "\"\(text)\" → \(value ?? "nil")\(mod.map { " " + $0 } ?? "")" }
}

private let recognizer = TimeExpressionRecognizer()

private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

private func check(_ c: TimeCase) {
    let found = recognizer.find(in: c.sentence, reference: c.reference)
    #expect(found.count == 1, "found \(found.map { "\($0.text)=\($0.value ?? "nil")" }) in: \(c.sentence)")
    guard let e = found.first else { return }
    #expect(e.text == c.text)
    #expect(e.type == c.type)
    #expect(e.value == c.value)
    #expect(e.mod == c.mod)
    #expect(slice(c.sentence, e.range) == e.text)
}

@Suite("Time expressions")
struct TimeExpressionTests {
    @Test("Full dates", arguments: [
        TimeCase("Iron Fist premieres March 17, 2017 on Netflix.", "March 17, 2017", "2017-03-17"),
        TimeCase("It opens March 17 2017 everywhere.", "March 17 2017", "2017-03-17"),
        TimeCase("It opened on 17 March 2017 in London.", "17 March 2017", "2017-03-17"),
        TimeCase("The show returns 18 August with new episodes.", "18 August", "2017-08-18"),
        TimeCase("The show returns on Nov. 18 with new episodes.", "Nov. 18", "2017-11-18"),
        TimeCase("Filming starts Sept. 5 in New York.", "Sept. 5", "2017-09-05"),
        TimeCase("The Defenders arrives August 18th.", "August 18th", "2017-08-18"),
        TimeCase("The series lands on the 18th of August.", "the 18th of August", "2017-08-18"),
        TimeCase("Release: 2017-08-18 worldwide.", "2017-08-18", "2017-08-18"),
        TimeCase("Posted 08/18/2017 by staff", "08/18/2017", "2017-08-18"),
        TimeCase("Posted 18/08/2017 by staff", "18/08/2017", "2017-08-18"),
        TimeCase("Netflix set Friday, March 24, 2017 for the finale.", "Friday, March 24, 2017", "2017-03-24"),
        TimeCase("The trailer landed Dec 5 2016.", "Dec 5 2016", "2016-12-05"),
        TimeCase("It aired January 5 to little notice.", "January 5", "2017-01-05"),
        // A bare day more than about six months before the reference is next year's.
        TimeCase("Season 2 returns March 3.", "March 3", "2018-03-03", reference: CalendarDate(year: 2017, month: 11, day: 20)),
        // A headline that "sets" a date schedules it.
        TimeCase("Netflix Sets April 22 Premiere", "April 22", "2018-04-22", reference: CalendarDate(year: 2017, month: 11, day: 20)),
        TimeCase("It opens March 17, 2017.", "March 17, 2017", "2017-03-17", reference: nil),
        TimeCase("It opens March 17.", "March 17", nil, reference: nil),
    ])
    func fullDates(_ c: TimeCase) { check(c) }

    @Test("Months", arguments: [
        TimeCase("The show is coming in March 2017.", "March 2017", "2017-03"),
        TimeCase("The shoot wraps in March.", "March", "2017-03"),
        TimeCase("The sequel is slated for May.", "May", "2017-05"),
        TimeCase("Production runs until June, sources say.", "June", "2017-06"),
        TimeCase("It was delayed until March of 2018.", "March of 2018", "2018-03"),
        TimeCase("It debuts Sept. 2017 on Netflix.", "Sept. 2017", "2017-09"),
        TimeCase("Filming begins next March.", "next March", "2018-03"),
        TimeCase("Filming began last March.", "last March", "2016-03"),
        TimeCase("Filming begins this May.", "this May", "2017-05"),
        TimeCase("Iron Fist Season 2 May 2018 premiere rumored.", "May 2018", "2018-05"),
        TimeCase("The shoot wraps in March.", "March", nil, reference: nil),
        TimeCase("Coming In March On Netflix", "March", "2017-03"),
        TimeCase("It could premiere as early as June.", "June", "2017-06"),
        TimeCase("It may arrive as soon as the fall.", "fall", "2017-FA"),
    ])
    func months(_ c: TimeCase) { check(c) }

    @Test("Years and decades", arguments: [
        TimeCase("It was released in 2017 to acclaim.", "2017", "2017"),
        TimeCase("It should arrive sometime in 2018.", "2018", "2018"),
        TimeCase("Nobody liked 2005's Revenge of the Sith.", "2005", "2005"),
        TimeCase("It feels like a show from the 1990s.", "1990s", "199"),
        TimeCase("It feels like a show from the '90s.", "'90s", "199"),
        TimeCase("It feels like a show from the 2010s.", "2010s", "201"),
        TimeCase("The show returns this year.", "this year", "2017"),
        TimeCase("The show returns next year.", "next year", "2018"),
        TimeCase("The show ended last year.", "last year", "2016"),
        TimeCase("The show returns later this year.", "later this year", "2017"),
        TimeCase("The show returns later in the year.", "later in the year", "2017"),
        TimeCase("It was announced earlier this year.", "earlier this year", "2017"),
        TimeCase("The show returns next year.", "next year", nil, reference: nil),
        TimeCase("It was released in 2017 to acclaim.", "2017", "2017", reference: nil),
        TimeCase("The 2017-18 season of television.", "2017", "2017"),
    ])
    func years(_ c: TimeCase) { check(c) }

    @Test("Seasons", arguments: [
        TimeCase("The show arrives this summer.", "this summer", "2017-SU"),
        TimeCase("The show arrived this summer.", "this summer", "2017-SU", reference: CalendarDate(year: 2017, month: 10, day: 2)),
        TimeCase("The show arrives next summer.", "next summer", "2018-SU"),
        TimeCase("The show arrived last winter.", "last winter", "2016-WI"),
        TimeCase("The show arrives summer 2017.", "summer 2017", "2017-SU"),
        TimeCase("Shooting starts in the fall.", "fall", "2017-FA"),
        TimeCase("Shooting starts this fall.", "this fall", "2017-FA"),
        TimeCase("Shooting starts in autumn.", "autumn", "2017-FA"),
        TimeCase("Shooting starts this winter.", "this winter", "2017-WI"),
        TimeCase("It streams from spring 2018.", "spring 2018", "2018-SP"),
        TimeCase("It was shot in the summer of 2016.", "summer of 2016", "2016-SU"),
        TimeCase("The show arrives Fall 2017 on ABC.", "Fall 2017", "2017-FA"),
        TimeCase("The show arrives this summer.", "this summer", nil, reference: nil),
    ])
    func seasons(_ c: TimeCase) { check(c) }

    @Test("Early, mid, late and the end of", arguments: [
        TimeCase("Expect it in early 2017.", "early 2017", "2017", mod: "EARLY"),
        TimeCase("Expect it by mid-2017.", "mid-2017", "2017", mod: "MID"),
        TimeCase("Expect it in late 2017.", "late 2017", "2017", mod: "LATE"),
        TimeCase("Expect it late next year.", "late next year", "2017", mod: "LATE", reference: CalendarDate(year: 2016, month: 5, day: 1)),
        TimeCase("Expect it early next year.", "early next year", "2018", mod: "EARLY"),
        TimeCase("Expect it by the end of the year.", "the end of the year", "2017", mod: "LATE"),
        TimeCase("Expect it by end of the year.", "end of the year", "2017", mod: "LATE"),
        TimeCase("Expect it by the end of 2017.", "the end of 2017", "2017", mod: "LATE"),
        TimeCase("Expect it at the beginning of next year.", "the beginning of next year", "2018", mod: "EARLY"),
        TimeCase("Shooting starts in early March.", "early March", "2017-03", mod: "EARLY"),
        TimeCase("Shooting starts mid-March.", "mid-March", "2017-03", mod: "MID"),
        TimeCase("Shooting starts in late summer.", "late summer", "2017-SU", mod: "LATE"),
        TimeCase("It looks like the late '90s.", "late '90s", "199", mod: "LATE"),
        TimeCase("It looks like the mid-1990s.", "mid-1990s", "199", mod: "MID"),
        TimeCase("It wraps at the end of the month.", "the end of the month", "2017-03", mod: "LATE"),
    ])
    func modified(_ c: TimeCase) { check(c) }

    @Test("Quarters and halves", arguments: [
        TimeCase("Earnings for Q3 2017 were up.", "Q3 2017", "2017-Q3"),
        TimeCase("It ships in the third quarter of 2017.", "the third quarter of 2017", "2017-Q3"),
        TimeCase("It ships in the fourth quarter of this year.", "the fourth quarter of this year", "2017-Q4"),
        TimeCase("It ships in the first half of 2018.", "the first half of 2018", "2018-H1"),
        TimeCase("It ships digitally in 2018 Q1.", "2018 Q1", "2018-Q1"),
    ])
    func quarters(_ c: TimeCase) { check(c) }

    @Test("Relative to the time of writing", arguments: [
        TimeCase("The trailer drops next month.", "next month", "2017-04"),
        TimeCase("The trailer drops this month.", "this month", "2017-03"),
        TimeCase("The trailer dropped last month.", "last month", "2017-02"),
        TimeCase("The trailer drops next week.", "next week", "2017-W12"),
        TimeCase("The trailer drops this week.", "this week", "2017-W11"),
        TimeCase("The trailer dropped last week.", "last week", "2017-W10"),
        TimeCase("The trailer drops this weekend.", "this weekend", "2017-W11-WE"),
        TimeCase("The trailer drops next week.", "next week", nil, reference: CalendarDate(year: 2017, month: 3)),
        TimeCase("The trailer drops today.", "today", "2017-03-17"),
        TimeCase("The trailer drops today.", "today", "2017-03", reference: CalendarDate(year: 2017, month: 3)),
        TimeCase("The trailer drops tonight.", "tonight", "2017-03-17"),
        TimeCase("The trailer dropped this morning.", "this morning", "2017-03-17TMO", .time),
        TimeCase("The trailer dropped yesterday.", "yesterday", "2017-03-16"),
        TimeCase("The trailer drops tomorrow.", "tomorrow", "2017-03-18"),
        TimeCase("The trailer drops tomorrow.", "tomorrow", nil, reference: CalendarDate(year: 2017, month: 3)),
        TimeCase("The trailer dropped last night.", "last night", "2017-03-16TNI", .time),
        TimeCase("The trailer drops two years ago.", "two years ago", "2015"),
        TimeCase("Photos surfaced a week ago.", "a week ago", "2017-W10"),
    ])
    func relative(_ c: TimeCase) { check(c) }

    @Test("Days of the week", arguments: [
        TimeCase("The trailer is out on Monday.", "Monday", "2017-03-20"),
        TimeCase("The trailer is out on Tuesday.", "Tuesday", "2017-03-14"),
        TimeCase("The trailer will be out on Tuesday.", "Tuesday", "2017-03-21"),
        TimeCase("Netflix announced on Monday that the show is back.", "Monday", "2017-03-13"),
        TimeCase("The show premieres Wednesday night.", "Wednesday night", "2017-03-22TNI"),
        TimeCase("The show premiered last Friday.", "last Friday", "2017-03-10"),
        TimeCase("The show premieres next Friday.", "next Friday", "2017-03-24"),
        TimeCase("The show premieres this Sunday.", "this Sunday", "2017-03-19"),
        TimeCase("The trailer is out on Monday.", "Monday", nil, reference: CalendarDate(year: 2017, month: 3)),
        // A date without its year takes the year in which it falls on the day named.
        TimeCase("The finale airs Friday, Oct. 6.", "Friday, Oct. 6", "2017-10-06"),
        TimeCase("The show moves up a night starting Tuesday, Dec. 26.", "Tuesday, Dec. 26", "2017-12-26"),
        TimeCase("The pilot aired on Monday, December 26.", "Monday, December 26", "2016-12-26"),
        // A written year stays, whatever the day says.
        TimeCase("The show returns Thursday, Jan. 3, 2018.", "Thursday, Jan. 3, 2018", "2018-01-03"),
    ])
    func weekdays(_ c: TimeCase) { check(c) }

    @Test("Present, past and future references", arguments: [
        TimeCase("The show is now streaming.", "now", "PRESENT_REF"),
        TimeCase("The show is currently filming.", "currently", "PRESENT_REF"),
        TimeCase("The show is filming right now.", "right now", "PRESENT_REF"),
        TimeCase("The show was recently renewed.", "recently", "PAST_REF"),
        TimeCase("He formerly ran the studio.", "formerly", "PAST_REF"),
        TimeCase("A trailer is coming soon.", "soon", "FUTURE_REF"),
        // TimeML leaves the preposition out, as this recogniser does elsewhere ("in March" gives "March").
        TimeCase("A sequel may happen in the future.", "the future", "FUTURE_REF"),
        TimeCase("Expect news in the coming weeks.", "the coming weeks", "PXW", .duration),
        TimeCase("The show is now streaming.", "now", "PRESENT_REF", reference: nil),
    ])
    func references(_ c: TimeCase) { check(c) }

    @Test("Durations", arguments: [
        TimeCase("The wait was two years long.", "two years", "P2Y", .duration),
        TimeCase("The wait was 2 years long.", "2 years", "P2Y", .duration),
        TimeCase("The finale runs three hours long.", "three hours", "PT3H", .duration),
        TimeCase("The scene lasts ten minutes.", "ten minutes", "PT10M", .duration),
        TimeCase("The cut is 30 seconds long.", "30 seconds", "PT30S", .duration),
        TimeCase("The shoot took a week to finish.", "a week", "P1W", .duration),
        TimeCase("The shoot took eight months to finish.", "eight months", "P8M", .duration),
        TimeCase("The shoot took several years to finish.", "several years", "PXY", .duration),
        TimeCase("Watch the 16-second teaser.", "16-second", "PT16S", .duration),
        TimeCase("The show has run for twenty-five years.", "twenty-five years", "P25Y", .duration),
        TimeCase("The shoot took a few weeks to finish.", "a few weeks", "PXW", .duration),
        TimeCase("The shoot took a couple of days to finish.", "a couple of days", "P2D", .duration),
        TimeCase("The cut runs 90 minutes long.", "90 minutes", "PT90M", .duration),
        TimeCase("The cut runs 1.5 hours long.", "1.5 hours", "PT1.5H", .duration),
        TimeCase("The show was off the air for a year and a half.", "a year and a half", "P1Y6M", .duration),
        TimeCase("Filming took two and a half years.", "two and a half years", "P2Y6M", .duration),
        TimeCase("The finale runs 2 1/2 hours.", "2 1/2 hours", "PT2H30M", .duration),
        TimeCase("The premiere runs an hour and a half.", "an hour and a half", "PT1H30M", .duration),
        TimeCase("The show ran two years and a half-hearted revival followed.", "two years", "P2Y", .duration),
        TimeCase("The shoot took a week and a half.", "a week", "P1W", .duration),
        TimeCase("Ratings grew over the past two years.", "the past two years", "P2Y", .duration),
        TimeCase("The wait was two years long.", "two years", "P2Y", .duration, reference: nil),
    ])
    func durations(_ c: TimeCase) { check(c) }

    @Test("Sets", arguments: [
        TimeCase("New episodes drop every week.", "every week", "P1W", .set),
        TimeCase("New episodes drop weekly on Netflix.", "weekly", "P1W", .set),
        TimeCase("The convention happens each year.", "each year", "P1Y", .set),
        TimeCase("The convention happens annually.", "annually", "P1Y", .set),
        TimeCase("New episodes drop every Friday.", "every Friday", "XXXX-WXX-5", .set),
        TimeCase("New episodes drop every two weeks.", "every two weeks", "P2W", .set),
        TimeCase("New episodes drop once a month.", "once a month", "P1M", .set),
        TimeCase("New episodes drop on Fridays.", "Fridays", "XXXX-WXX-5", .set),
    ])
    func sets(_ c: TimeCase) { check(c) }

    @Test("Near misses are not times", arguments: [
        "Season 2 of Iron Fist is in the works.",
        "Iron Fist 2 is in the works.",
        "Watch episode 13 first.",
        "The timecode read 08:18:20:17 on the slate.",
        "It cost $2017 to make.",
        "More than 1,000 fans showed up.",
        "Luke Cage season 1 was a hit.",
        "May Parker is back, and so is Will Smith.",
        "April Ludgate returns to the show.",
        "We watched March of the Penguins again.",
        "Marisa Tomei returns as May.",
        "She is known as April.",
        "He starred in March of the Penguins.",
        "You may see it, or you may not.",
        "May the Force be with you.",
        "Bucky is the Winter Soldier.",
        "Summer Glau appears in the pilot.",
        "Entertainment Weekly reported the casting.",
        "USA Today reported the casting.",
        "Friday the 13th is a horror film.",
        "Black Friday sales were strong.",
        "Wednesday Addams dances in the clip.",
        "Gilmore Girls: A Year in the Life was a revival.",
        "Jan Smith directed the pilot.",
        "Send it as soon as possible.",
        "Blade Runner 2049 is a sequel.",
        "She is in her 90s and still acting.",
        "The fall of the Hand is the main plot.",
        "He got a second season order.",
        "The score was 3-2 at the half.",
        "Iron Fist 2 May arrive without Finn Jones.",
        "It was his last year on the show.",
        "They met again the next day.",
        "She appears in The Fall and in 500 Days of Summer.",
        "Apocalypse Now is a war film.",
        "Sales peak during the holiday season.",
    ])
    func nearMisses(_ sentence: String) {
        let found = recognizer.find(in: sentence, reference: friday)
        #expect(found.isEmpty, "found \(found.map { "\($0.text)=\($0.value ?? "nil")" })")
    }

    // TempEval-3 (TimeML) shapes, as news writes them. Friday 17 March 2017 is in 2017-Q1.

    @Test("Quarters named without their year", arguments: [
        TimeCase("The studio reported third-quarter earnings.", "third-quarter", "2016-Q3"),
        TimeCase("Growth should come in the third quarter.", "the third quarter", "2017-Q3"),
        TimeCase("Box office fell in the quarter.", "the quarter", "2016-Q4"),
        TimeCase("Box office fell in the latest quarter.", "the latest quarter", "2016-Q4"),
        TimeCase("Box office is up in the current quarter.", "the current quarter", "2017-Q1"),
        TimeCase("Box office fell last quarter.", "last quarter", "2016-Q4"),
        TimeCase("Sales beat the year-ago quarter.", "the year-ago quarter", "2015-Q4"),
        TimeCase("Sales beat the year-earlier period.", "the year-earlier period", "2015-Q4"),
        TimeCase("Sales for the fiscal first quarter rose.", "the fiscal first quarter", "2017-Q1"),
    ])
    func yearlessQuarters(_ c: TimeCase) { check(c) }

    @Test("Clock times", arguments: [
        TimeCase("The panel starts at 9 a.m. Friday.", "9 a.m. Friday", "2017-03-17T09:00", .time),
        TimeCase("The trailer went live at 10:30 p.m.", "10:30 p.m.", "2017-03-17T22:30", .time),
        TimeCase("The event begins at noon Saturday.", "noon Saturday", "2017-03-18T12:00", .time),
        TimeCase("Tickets go on sale at 5 p.m. EST, March 20.", "5 p.m. EST, March 20", "2017-03-20T17:00", .time),
        TimeCase("The cut ran past midnight.", "midnight", "2017-03-17T24:00", .time),
    ])
    func clockTimes(_ c: TimeCase) { check(c) }

    @Test("News tense places bare days and months", arguments: [
        // A bare day name in a report of the past is the last such day.
        TimeCase("The studio ordered a second season Monday.", "Monday", "2017-03-13"),
        // After a place name, when a comma or a lower-case word follows.
        TimeCase("Production halted in Atlanta Tuesday, sources say.", "Tuesday", "2017-03-14"),
        TimeCase("The show wrapped in December.", "December", "2016-12"),
        TimeCase("The show returns in December.", "December", "2017-12"),
        TimeCase("The show wrapped on Dec. 20.", "Dec. 20", "2016-12-20"),
        TimeCase("The film topped the box office over the weekend.", "the weekend", "2017-W10-WE"),
        TimeCase("Ratings fell from a year earlier.", "a year earlier", "2016"),
    ])
    func newsTense(_ c: TimeCase) { check(c) }

    @Test("Present and past references and decades, as TimeML writes them", arguments: [
        TimeCase("The current cast returns.", "current", "PRESENT_REF"),
        TimeCase("Sequels have dominated in recent years.", "recent years", "PAST_REF"),
        TimeCase("Such deals were rare in the past.", "the past", "PAST_REF"),
        TimeCase("It ran for two decades.", "two decades", "P20Y", .duration),
    ])
    func timeMLReferences(_ c: TimeCase) { check(c) }

    @Test("A year ago after a quarter is that quarter a year before")
    func yearAgoQuarter() {
        let found = recognizer.find(in: "Third-quarter revenue was up 5% from a year ago.", reference: friday)
        #expect(found.map(\.text) == ["Third-quarter", "a year ago"])
        #expect(found.map(\.value) == ["2016-Q3", "2015-Q3"])
    }

    @Test("Near misses of the TimeML shapes", arguments: [
        "A quarter of the audience left.",
        "The 6-year-old actor stole the show.",
        "She is 44 years old.",
        "The score was 9 a piece.",
        "Good Friday is a holiday.",
        "He watched Black Friday, then left.",
    ])
    func timeMLNearMisses(_ sentence: String) {
        let found = recognizer.find(in: sentence, reference: friday)
        #expect(found.isEmpty, "found \(found.map { "\($0.text)=\($0.value ?? "nil")" })")
    }

    @Test("Parts of a day, as TimeML writes them", arguments: [
        TimeCase("Netflix announced the deal Friday morning.", "Friday morning", "2017-03-17TMO"),
        TimeCase("The network confirmed it last night.", "last night", "2017-03-16TNI", .time),
        TimeCase("The cast met the press this morning.", "this morning", "2017-03-17TMO", .time),
        TimeCase("The panel runs later this afternoon.", "later this afternoon", "2017-03-17TAF", .time),
        TimeCase("The episode aired Tuesday.", "Tuesday", "2017-03-14"),
    ])
    func dayParts(_ c: TimeCase) { check(c) }

    @Test("Bare days: past in news unless something points ahead", arguments: [
        TimeCase("Production is set to resume Monday.", "Monday", "2017-03-20"),
        TimeCase("The deal had been scheduled to close Monday.", "Monday", "2017-03-13"),
        TimeCase("The studio planned a premiere on Tuesday.", "Tuesday", "2017-03-14"),
        TimeCase("Fans can vote until Tuesday.", "Tuesday", "2017-03-21"),
        TimeCase("The trailer could arrive as early as Tuesday.", "Tuesday", "2017-03-21"),
        TimeCase("Fans will discuss Wednesday's episode.", "Wednesday", "2017-03-15"),
        TimeCase("The finale will be released in December.", "December", "2017-12"),
        TimeCase("In August, the studio bought the rights.", "August", "2016-08"),
    ])
    func weekdayDirection(_ c: TimeCase) { check(c) }

    @Test("Months, quarters and centuries with their year", arguments: [
        TimeCase("Filming began in June last year.", "June last year", "2016-06"),
        TimeCase("It premieres in April next year.", "April next year", "2018-04"),
        TimeCase("Sales rose in the 2015 third quarter.", "the 2015 third quarter", "2015-Q3"),
        TimeCase("Launch is set for next year's first quarter.", "next year's first quarter", "2018-Q1"),
        TimeCase("Sales fell from last year's quarter.", "last year's quarter", "2015-Q4"),
        TimeCase("Revenue beat the year-earlier figure.", "year-earlier", "2016"),
        TimeCase("It is a 20th century classic.", "20th century", "19"),
        TimeCase("It shaped the twentieth century.", "the twentieth century", "19"),
        TimeCase("The notes are due March 1, 2045.", "March 1, 2045", "2045-03-01"),
        TimeCase("Ratings slipped in recent months.", "recent months", "PXM", .duration),
        TimeCase("Rates may fall in coming weeks.", "coming weeks", "PXW", .duration),
        TimeCase("Sales for the full year rose.", "the full year", "2017"),
        TimeCase("Losses grew in the fiscal year ended then.", "the fiscal year", "P1Y", .duration),
        TimeCase("Sales in the current fiscal year should rise.", "the current fiscal year", "2017"),
    ])
    func withTheirYear(_ c: TimeCase) { check(c) }

    @Test("Holidays", arguments: [
        TimeCase("The film opens on Christmas Day.", "Christmas Day", "2017-12-25"),
        TimeCase("The show was renewed last Thanksgiving.", "last Thanksgiving", "2016-11-24"),
        TimeCase("It aired on Thanksgiving Day 2015.", "Thanksgiving Day 2015", "2015-11-26"),
        TimeCase("The special aired on Christmas.", "Christmas", "2016-12-25"),
    ])
    func holidays(_ c: TimeCase) { check(c) }

    @Test("Near misses of days, holidays and year-ago", arguments: [
        "Friday Night Lights returns to Netflix.",
        "She watched a Christmas special.",
        "They sang a hymn of thanksgiving.",
        "A Christmas Carol is on stage.",
    ])
    func dayNearMisses(_ sentence: String) {
        let found = recognizer.find(in: sentence, reference: friday)
        #expect(found.isEmpty, "found \(found.map { "\($0.text)=\($0.value ?? "nil")" })")
    }

    @Test("A year-ago adjective after a quarter is that quarter a year before")
    func yearAgoAdjective() {
        let found = recognizer.find(in: "Third-quarter profit was up from a year-earlier loss.", reference: friday)
        #expect(found.map(\.text) == ["Third-quarter", "year-earlier"])
        #expect(found.map(\.value) == ["2016-Q3", "2015-Q3"])
    }

    @Test("Ranges are UTF-8 byte offsets into the text")
    func ranges() {
        let text = "On March 17, 2017, Netflix released it."
        let found = recognizer.find(in: text, reference: friday)
        #expect(found == [TimeExpression(range: 3..<17, text: "March 17, 2017", type: .date, value: "2017-03-17")])

        // "Café —" is 9 bytes before the space: é is two bytes, the dash three.
        let accented = "Café — next summer"
        let summer = recognizer.find(in: accented, reference: friday)
        #expect(summer == [TimeExpression(range: 10..<21, text: "next summer", type: .date, value: "2018-SU")])
        #expect(slice(accented, 10..<21) == "next summer")

        // A curly apostrophe is one mark of three bytes.
        let curly = "the late \u{2019}90s"
        #expect(recognizer.find(in: curly, reference: friday)
            == [TimeExpression(range: 4..<15, text: "late \u{2019}90s", type: .date, value: "199", mod: "LATE")])
    }

    @Test("Several expressions come in order, longest first, without overlap")
    func severalInOrder() {
        let text = """
            Iron Fist season 2 arrives in early 2018, two years after the first. Netflix announced \
            the date on Friday, March 17, and new episodes drop every week until May.
            """
        let found = recognizer.find(in: text, reference: friday)
        #expect(found.map(\.text) == ["early 2018", "two years", "Friday, March 17", "every week", "May"])
        #expect(found.map(\.value) == ["2018", "P2Y", "2017-03-17", "P1W", "2017-05"])
        #expect(found[0].mod == "EARLY")
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
        for e in found { #expect(slice(text, e.range) == e.text) }
    }

    @Test("A span's written year reaches a day or season written without one", arguments: [
        ("The season ran from Jan. 5 to April 6, 2018.", ["2018-01-05", "2018-04-06"]),
        ("Filming ran December 20 to January 5, 2018.", ["2017-12-20", "2018-01-05"]),
        ("It was shot in the summer and fall of 2016.", ["2016-SU", "2016-FA"]),
        ("It opens March 17 and 2018 brings more.", ["2017-03-17", "2018"]),
    ])
    func spans(_ sentence: String, _ values: [String]) {
        let found = recognizer.find(in: sentence, reference: friday)
        #expect(found.map(\.value) == values)
    }

    @Test("An expression does not run across a line break")
    func lineBreaks() {
        let found = recognizer.find(in: "Coming in March\n17 people were there", reference: friday)
        #expect(found.map(\.text) == ["March"])
    }

    @Test("Calendar arithmetic: weekdays and ISO weeks")
    func calendar() {
        let days = TimeCalendar.days(2017, 3, 17)
        #expect(TimeCalendar.weekday(days) == 5)
        let date = TimeCalendar.date(days)
        #expect([date.year, date.month, date.day] == [2017, 3, 17])
        func week(_ y: Int, _ m: Int, _ d: Int) -> [Int] {
            let w = TimeCalendar.isoWeek(TimeCalendar.days(y, m, d))
            return [w.year, w.week]
        }
        #expect(week(2017, 3, 17) == [2017, 11])
        #expect(week(2017, 1, 1) == [2016, 52])
        #expect(week(2015, 12, 31) == [2015, 53])
        #expect(week(2018, 12, 31) == [2019, 1])
        #expect(TimeCalendar.date(TimeCalendar.days(2016, 2, 29) + 1).month == 3)
    }

    @Test("The lexicon files load")
    func lexicon() {
        let lexicon = TimeLexicon.shared
        #expect(lexicon.word(TimeKey.pack("sept"))?.month == 9)
        #expect(lexicon.word(TimeKey.pack("sept"))?.monthAbbreviation == true)
        #expect(lexicon.word(TimeKey.pack("fridays"))?.weekdayPlural == true)
        #expect(lexicon.units.count >= 10)
        #expect(lexicon.references[TimeKey.pack("now")] != nil)
    }

    @Test("Values are written as String(value) padded with zeros")
    func values() {
        // What `TimeCalendar.pad` wrote before it had a writer: String(value), zeros in front up to the width.
        func padded(_ v: Int, _ width: Int) -> String {
            let digits = String(v)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        for v in [0, 1, 9, 10, 42, 99, 100, 199, 999, 1000, 2017, 12345, -1, -5, -42, -2017, Int.max, Int.min] {
            for width in 0...5 { #expect(TimeCalendar.pad(v, width) == padded(v, width)) }
        }
        #expect(TimePoint.day(2017, 3, 8).value == "2017-03-08")
        #expect(TimePoint.year(987).value == "0987")
        #expect(TimePoint.decade(199).value == "199")
        #expect(TimePoint.month(2017, 11).value == "2017-11")
        #expect(TimePoint.season(2018, 3).value == "2018-FA")
        #expect(TimePoint.quarter(2017, 3).value == "2017-Q3")
        #expect(TimePoint.half(2017, 2).value == "2017-H2")
        #expect(TimePoint.week(2017, 5).value == "2017-W05")
        #expect(TimePoint.weekend(2017, 11).value == "2017-W11-WE")
        #expect(TimePoint.day(Int.min, Int.min, Int.min).value == [String](repeating: String(Int.min), count: 3).joined(separator: "-"))
    }
}
