import Foundation
import LoreReading

/// Writes release calendar entries as RFC 5545 iCalendar: CRLF line ends, lines folded at 75
/// octets (never inside a UTF-8 sequence), TEXT values escaped. Every event is all-day; a
/// month, season or year is a span marked TENTATIVE; only a confirmed day is CONFIRMED. The
/// UID names the release (work and season), not its date, so a moved date replaces the event.
public enum ICalendar {
    /// `stamp` is the DTSTAMP of every event: when the calendar was made.
    public static func document(_ entries: [CalendarEntry], name: String = "Lore releases", stamp: Date = Date()) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lore//Release calendar//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name)]
        let dtstamp = timestamp(stamp)
        for entry in entries {
            lines += ["BEGIN:VEVENT", "UID:" + escape(entry.uid), "DTSTAMP:" + dtstamp,
                      "DTSTART;VALUE=DATE:" + basic(entry.window.start), "DTEND;VALUE=DATE:" + basic(entry.window.end),
                      "SUMMARY:" + escape(summary(entry)), "DESCRIPTION:" + escape(description(entry)),
                      "STATUS:" + (entry.status == .confirmed && entry.window.precision == .day ? "CONFIRMED" : "TENTATIVE"),
                      "SEQUENCE:\(max(entry.revisions - 1, 0))", "TRANSP:TRANSPARENT", "CATEGORIES:Release"]
            if let last = entry.lastReported.flatMap(CalendarDate.init(iso:)) {
                lines.append("LAST-MODIFIED:" + basic(last.firstDay) + "T000000Z")
            }
            if let url = entry.url, !url.contains(where: { $0.isWhitespace || $0 == "\"" }) { lines.append("URL:" + url) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func summary(_ entry: CalendarEntry) -> String {
        var text = entry.work
        if let season = entry.season { text += " season \(season)" }
        text += entry.window.precision == .day ? " premieres" : " expected " + entry.window.label
        if let platform = entry.platform { text += " on \(platform)" }
        return text
    }

    static func description(_ entry: CalendarEntry) -> String {
        var text = "Release: \(entry.window.label) (\(entry.window.precision.rawValue) precision), \(entry.status.rawValue)"
        text += entry.outlets.isEmpty ? "." : "; reported by " + entry.outlets.joined(separator: ", ") + "."
        if let first = entry.firstReported { text += "\nFirst reported \(first)." }
        if !entry.alternatives.isEmpty { text += "\nAlso reported: " + entry.alternatives.joined(separator: "; ") + "." }
        return text
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// One content line with CRLF, folded so that no line exceeds 75 octets: a continuation
    /// line starts with a space, and a cut never falls inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        var lineLength = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if lineLength + bytes.count > 75 {
                out += [13, 10, 32]
                lineLength = 1
            }
            out += bytes
            lineLength += bytes.count
        }
        return String(decoding: out + [13, 10], as: UTF8.self)
    }

    static func basic(_ date: CalendarDate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month ?? 1, date.day ?? 1)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
