import Foundation

/// Writes an iCalendar file (RFC 5545) of events: text escaped, lines folded at 75 octets,
/// CRLF line ends, times in UTC so every reader places them right.
public struct ICalendar: Sendable {
    public struct Event: Sendable {
        public let uid: String
        public let starts: Date
        public let ends: Date
        public let summary: String
        public let location: String
        public let description: String
        public let url: String
        public let cancelled: Bool

        public init(uid: String, starts: Date, ends: Date, summary: String, location: String, description: String, url: String, cancelled: Bool) {
            (self.uid, self.starts, self.ends, self.summary) = (uid, starts, ends, summary)
            (self.location, self.description, self.url, self.cancelled) = (location, description, url, cancelled)
        }
    }

    public let name: String
    public let events: [Event]
    public let stamp: Date

    public init(name: String, events: [Event], stamp: Date) {
        (self.name, self.events, self.stamp) = (name, events, stamp)
    }

    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beacon//Meetings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.escape(name)]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + event.uid, "DTSTAMP:" + Self.utc(stamp), "DTSTART:" + Self.utc(event.starts),
                      "DTEND:" + Self.utc(event.ends), "SUMMARY:" + Self.escape(event.summary), "LOCATION:" + Self.escape(event.location),
                      "DESCRIPTION:" + Self.escape(event.description), "URL:" + event.url,
                      "STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"), "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261201T183000Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Backslash, semicolon, comma and newline escaped as RFC 5545 says.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// character's UTF-8 bytes.
    public static func fold(_ line: String) -> String {
        var lines: [String] = [], current = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                (current, octets) = ("", 0)
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}
