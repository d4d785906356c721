import Plot

/// Beacon's one escaping of data into HTML, SVG and XML, in text and in quoted attribute values
/// alike.
///
/// Plot 0.14 escapes text but writes attribute values as given, so a name containing `"` could
/// close the attribute and add markup of its own. Every Plot helper that puts a string into an
/// attribute is declared again in `Markup+Plot.swift` with the same signature; Swift prefers a
/// module's own declaration to an imported one, so every page's `.href(…)`, `.value(…)` or
/// `.attribute(named:value:)` comes here. Text nodes (`.text(…)`) escape here too, so `&lt;`
/// typed by a person shows as typed. Nothing else in Beacon may write markup around data:
/// `MarkupTests` fails on `.raw(` or a hand-made `Attribute(` anywhere but this file.
enum Markup {
    /// `&`, `<` and `>` as character references, and `"` and `'` too unless `quotes` is false
    /// (text between tags, where they are harmless and people read the source); control
    /// characters that HTML and XML forbid become U+FFFD, so a feed or page never fails to parse
    /// because of what someone typed.
    static func escape(_ text: String, quotes: Bool = true) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        // Bytes 0xC2 0x80…0x9F (C1 controls) are caught by their lead byte; a false alarm only
        // costs a slower path. 38, 60, 62, 34 and 39 are `&`, `<`, `>`, `"` and `'`.
        byte < 0x20 || byte == 0x7F || byte == 0xC2
            || byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39
    }

    /// An attribute whose value is escaped: the only way Beacon makes one.
    static func attribute<Context>(_ name: String, _ value: String?,
                                   ignoreIfValueIsEmpty: Bool = true) -> Attribute<Context> {
        Attribute(name: name, value: value.map { escape($0) }, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }

    /// The same attribute as a node, for elements that take nodes.
    static func node<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node<Context> {
        .attribute(attribute(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }

    /// Text, escaped here rather than by Plot (which leaves anything that looks like a character
    /// reference alone).
    static func text<Context>(_ text: String) -> Node<Context> {
        .raw(escape(text, quotes: false))
    }
}
