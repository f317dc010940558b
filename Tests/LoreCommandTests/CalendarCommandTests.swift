import Foundation
import Testing

/// A release reported as 2023, then summer 2023, then July 21 by two outlets; another as a month.
private let releaseArticles = (glassLanternsReports + [
    jsonLine(id: "cd-1", text: """
        The Copper Duke moves to October

        The Copper Duke, the period drama with Abel Strand, will premiere in October 2023 on Hulu.
        """, outlet: "tvgrid.example", published: "2023-03-01"),
]).joined()

/// A Python with the `icalendar` package from PyPI, in a virtual environment the tests make
/// once (or `LORE_TEST_PYTHON`): an independent parser for the iCalendar Lore writes.
enum ICalendarParser {
    static let python: Result<String, RunnerError> = {
        if let python = ProcessInfo.processInfo.environment["LORE_TEST_PYTHON"] { return .success(python) }
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("lore-test-venv-icalendar").path
        let python = venv + "/bin/python"
        if (try? run(python, ["-c", "import icalendar"])) == 0 { return .success(python) }
        do {
            guard try run("/usr/bin/env", ["python3", "-m", "venv", venv]) == 0,
                  try run(venv + "/bin/pip", ["install", "--quiet", "icalendar"]) == 0 else {
                return .failure(RunnerError(message: "could not make \(venv) with the icalendar package: is PyPI reachable?"))
            }
        } catch {
            return .failure(RunnerError(message: "could not run python3 to make \(venv): \(error)"))
        }
        return .success(python)
    }()

    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Parses `file` with icalendar and returns its events as dictionaries of strings.
    static func events(in file: String, runner: LoreRunner) throws -> [[String: String]] {
        let python = try Self.python.get()
        let script = """
            import json, sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = []
            for event in calendar.walk('VEVENT'):
                start, end = event.decoded('DTSTART'), event.decoded('DTEND')
                events.append({'uid': str(event['UID']), 'summary': str(event['SUMMARY']),
                               'description': str(event['DESCRIPTION']), 'status': str(event['STATUS']),
                               'start': start.isoformat(), 'end': end.isoformat(),
                               'allday': str(type(start).__name__ == 'date' and type(end).__name__ == 'date')})
            print(json.dumps(events))
            """
        try runner.write("parse.py", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [runner.path("parse.py"), file]
        let output = runner.path("parsed.json")
        FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else { throw RunnerError(message: "icalendar could not parse \(file)") }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [[String: String]] ?? []
    }
}

@Suite struct CalendarCommandTests {
    func ingested() throws -> LoreRunner {
        let lore = try LoreRunner()
        try lore.write("news.jsonl", releaseArticles)
        let ingest = try lore.run(["ingest", "news.jsonl", "--db", "t.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return lore
    }

    @Test func theTableShowsEachReleaseAtItsPrecisionWithItsStatus() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["calendar", "--db", "t.sqlite"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("RELEASE") == true)
        let lanterns = try #require(lines.first { $0.contains("Glass Lanterns") })
        #expect(lanterns.hasPrefix("2023-07-21"))
        #expect(lanterns.contains("day"))
        #expect(lanterns.contains("confirmed"))
        let duke = try #require(lines.first { $0.contains("The Copper Duke") })
        #expect(duke.hasPrefix("October 2023"), "a month is never shown as a day")
        #expect(duke.contains("month"))
        #expect(duke.contains("reported"))
        #expect(!result.stdout.contains("summer 2023"), "superseded values are left out")

        let later = try lore.run(["calendar", "--from", "2023-08", "--db", "t.sqlite"])
        #expect(later.stdout.contains("The Copper Duke"))
        #expect(!later.stdout.contains("Glass Lanterns"))
    }

    @Test func icsIsParsedBackByAnIndependentParser() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let result = try lore.run(["calendar", "--ics", "--db", "t.sqlite"])
        #expect(result.status == 0)
        let raw = Data(result.stdout.utf8)
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(raw.split(separator: 10).allSatisfy { $0.last == 13 && $0.count <= 76 }, "CRLF lines of at most 75 octets")
        try lore.write("releases.ics", raw)

        let events = try ICalendarParser.events(in: lore.path("releases.ics"), runner: lore)
        #expect(events.count == 2)
        let lanterns = try #require(events.first { $0["summary"]?.contains("Glass Lanterns") == true })
        #expect(lanterns["start"] == "2023-07-21")
        #expect(lanterns["end"] == "2023-07-22")
        #expect(lanterns["status"] == "CONFIRMED")
        #expect(lanterns["allday"] == "True")
        let duke = try #require(events.first { $0["summary"]?.contains("The Copper Duke") == true })
        #expect(duke["start"] == "2023-10-01")
        #expect(duke["end"] == "2023-11-01")
        #expect(duke["status"] == "TENTATIVE")
        #expect(duke["allday"] == "True")
        #expect(duke["description"]?.contains("October 2023 (month precision)") == true)

        // A later article moves The Copper Duke: the event keeps its UID, so calendars replace it.
        try lore.write("moved.jsonl", jsonLine(id: "cd-2", text: """
            The Copper Duke gets a date

            The Copper Duke will premiere on November 3, 2023 on Hulu.
            """, outlet: "screenfeed.example", published: "2023-06-01"))
        #expect(try lore.run(["ingest", "moved.jsonl", "--db", "t.sqlite"]).status == 0)
        try lore.write("moved.ics", try lore.run(["calendar", "--ics", "--db", "t.sqlite"]).stdout)
        let moved = try ICalendarParser.events(in: lore.path("moved.ics"), runner: lore)
        let movedDuke = try #require(moved.first { $0["summary"]?.contains("The Copper Duke") == true })
        #expect(movedDuke["uid"] == duke["uid"])
        #expect(movedDuke["start"] == "2023-11-03")
    }

    @Test func aBadDateIsAUsageError() throws {
        let lore = try ingested()
        defer { lore.remove() }
        let bad = try lore.run(["calendar", "--from", "next week", "--db", "t.sqlite"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--from next week is not a date"))
        let reversed = try lore.run(["calendar", "--from", "2024", "--to", "2023", "--db", "t.sqlite"])
        #expect(reversed.status == 1)
        #expect(reversed.stderr.contains("--to 2023 is before --from 2024"))
    }
}
