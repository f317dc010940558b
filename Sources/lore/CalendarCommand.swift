import ArgumentParser
import Foundation
import LoreKnowledge
import LoreReading

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List upcoming and past releases, or write them as an iCalendar file.",
        discussion: """
            One line per work (and season): the release as precisely as it was reported (a \
            month or a season is never shown as a day), its precision, status and sources. \
            Superseded and denied values are left out; other values that still stand are listed.

            --ics writes RFC 5545 iCalendar to standard output: all-day events; a month, season \
            or year is a span marked TENTATIVE; only a confirmed day is CONFIRMED. Each release \
            keeps its UID as its date changes, so a subscribed calendar updates the event.

            Example:
              lore calendar --from 2017 --to 2017-12 --db marvel.sqlite
              lore calendar --ics > releases.ics
            """
    )

    @Option(help: ArgumentHelp("Only releases that reach this date or later: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only releases that start by the end of this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Flag(help: "Write iCalendar (RFC 5545) instead of a table.")
    var ics = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("\(name) \(value) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
            }
        }
        if let from, let to, let start = CalendarDate(iso: from)?.firstDay, let end = CalendarDate(iso: to)?.dayAfter, end <= start {
            throw ValidationError("--to \(to) is before --from \(from).")
        }
    }

    func run() throws {
        let store = try database.openExisting()
        let entries = ReleaseCalendar.entries(try store.calendarFacts(),
                                              from: from.flatMap(CalendarDate.init(iso:))?.firstDay,
                                              to: to.flatMap(CalendarDate.init(iso:))?.dayAfter)
        if ics {
            Console.write(ICalendar.document(entries))
            return
        }
        if entries.isEmpty {
            Console.error("no releases\(from != nil || to != nil ? " in that period" : "") in \(database.path)")
            return
        }
        var table = TextTable(["RELEASE", "PRECISION", "WORK", "SEASON", "PLATFORM", "STATUS", "SOURCES", "ALSO REPORTED"])
        for entry in entries {
            table.append([entry.window.label, entry.window.precision.rawValue, entry.work, entry.season ?? "", entry.platform ?? "",
                          entry.status.rawValue, String(entry.outlets.count), entry.alternatives.joined(separator: "; ")])
        }
        Console.write(table.render())
    }
}
