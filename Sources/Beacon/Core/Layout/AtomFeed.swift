import Foundation

/// An Atom feed (RFC 4287) as text: the feed's id, title and links, and its entries, newest
/// first. Every value is escaped here; links are absolute.
struct AtomFeed {
    struct Entry {
        let id: String
        let title: String
        let link: String
        let updated: Date
        let author: String
        let summary: String
    }

    let id: String
    let title: String
    let selfLink: String
    let alternateLink: String
    let entries: [Entry]

    func render() -> String {
        let stamp = ISO8601DateFormatter()
        let newest = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        let items = entries.map { entry in
            """
              <entry>
                <id>\(escape(entry.id))</id>
                <title>\(escape(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(escape(entry.link))"/>
                <updated>\(stamp.string(from: entry.updated))</updated>
                <author><name>\(escape(entry.author))</name></author>
                <summary>\(escape(entry.summary))</summary>
              </entry>
            """
        }
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>\(escape(id))</id>
          <title>\(escape(title))</title>
          <link rel="self" type="application/atom+xml" href="\(escape(selfLink))"/>
          <link rel="alternate" type="text/html" href="\(escape(alternateLink))"/>
          <updated>\(stamp.string(from: newest))</updated>
        \(items.joined(separator: "\n"))
        </feed>

        """
    }

    private func escape(_ text: String) -> String { Markup.escape(text) }
}
