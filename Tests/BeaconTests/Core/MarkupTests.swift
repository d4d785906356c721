@testable import Beacon
import Foundation
import XCTest

/// Beacon's one escaping (`Markup`) and the Plot helpers that go through it. These need no
/// database, so they are plain XCTest cases.
final class MarkupTests: XCTestCase {
    func testEscapesTheFiveCharactersThatEndTextOrAnAttribute() {
        XCTAssertEqual(Markup.escape(#"Tenants "Voice" Panel"#), "Tenants &quot;Voice&quot; Panel")
        XCTAssertEqual(Markup.escape("<b>Tom & Jerry's</b>"), "&lt;b&gt;Tom &amp; Jerry&apos;s&lt;/b&gt;")
        XCTAssertEqual(Markup.escape("&amp;"), "&amp;amp;")
        XCTAssertEqual(Markup.escape("Plain text, £5 – é"), "Plain text, £5 – é")
        XCTAssertEqual(Markup.escape(#"Tenants "Voice" Panel's"#, quotes: false), #"Tenants "Voice" Panel's"#)
        XCTAssertEqual(Markup.escape(""), "")
    }

    func testControlCharactersThatHTMLAndXMLForbidBecomeTheReplacementCharacter() {
        XCTAssertEqual(Markup.escape("a\u{0}b\u{1B}c\u{7F}d\u{85}e"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        XCTAssertEqual(Markup.escape("line\tone\r\nline two"), "line\tone\r\nline two")
    }

    // Tests see Plot's helpers and Beacon's side by side, so they draw through Beacon's own views.
    private let payload = #"x"><b formaction="/admin/users">"#
    /// The payload in an attribute value, and as text between tags (where quotes need no escaping).
    private let inAttribute = "x&quot;&gt;&lt;b formaction=&quot;/admin/users&quot;&gt;"
    private let asText = #"x"&gt;&lt;b formaction="/admin/users"&gt;"#
    private var context: LayoutContext {
        LayoutContext(councilName: payload, councilSlug: "wrenmoor", userLabel: payload, role: .administrator,
                      csrfToken: payload, flash: payload)
    }

    func testTheFrameAndItsTitleEscapeEverything() {
        let html = ErrorPage(status: .conflict, message: payload, fields: ["name": payload]).render(in: context).render()

        XCTAssertFalse(html.contains("<b "), html)
        XCTAssertTrue(html.contains("<title>This could not be saved – \(asText)</title>"), html)
        XCTAssertFalse(html.contains("og:title"), html)
        XCTAssertFalse(html.contains("twitter:title"), html)
        // The council's name (title, header, footer), the user, the flash, the message and the field; the token.
        XCTAssertEqual(html.components(separatedBy: asText).count - 1, 7, html)
        XCTAssertEqual(html.components(separatedBy: inAttribute).count - 1, 1, html)
    }

    func testEveryKindOfFieldEscapesItsNameValueLabelsAndChoices() {
        let choices = [FormField.Choice(value: payload, label: payload)]
        let fields = [FormField(name: "a", label: payload, control: .text(max: 200), value: payload, hint: payload),
                      FormField(name: "b", label: "B", control: .textarea(max: 200), value: payload),
                      FormField(name: "c", label: "C", control: .select(choices), value: payload),
                      FormField(name: "d", label: "D", control: .suggest(choices), value: payload),
                      FormField(name: "e", label: "E", control: .checkboxes(choices), values: [payload])]
        let form = FormView.form(action: payload, token: payload, submit: payload, fields: fields,
                                 problems: [(field: "a", message: payload)], hidden: [(payload, payload)])
        let html = Layout.page(title: "Form", context: context, nodes: [form]).render()

        XCTAssertFalse(html.contains("<b "), html)
        XCTAssertTrue(html.contains(#"<option value="\#(inAttribute)" selected>\#(asText)</option>"#), html)
        XCTAssertTrue(html.contains(#"<option value="\#(inAttribute)" label="\#(inAttribute)"></option>"#), html)
        XCTAssertTrue(html.contains(#"action="\#(inAttribute)""#), html)
        XCTAssertTrue(html.contains(#"<input type="text" value="\#(inAttribute)""#), html)
        XCTAssertTrue(html.contains(#"<textarea id="field-b" name="b" rows="5" maxlength="200">\#(asText)</textarea>"#), html)
    }

    func testTextThatLooksLikeACharacterReferenceShowsAsTyped() {
        let html = ErrorPage(status: .badRequest, message: "&lt;script&gt; & &#60;", fields: [:]).render(in: context).render()

        XCTAssertTrue(html.contains("<p>&amp;lt;script&amp;gt; &amp; &amp;#60;</p>"), html)
    }

    func testChartsEscapeTheirLabels() {
        let chart = BarChart.svg([.init(label: "</text><script>x</script>", value: 1), .init(label: #"a"b"#, value: 2)],
                                 titleID: #"t" onload="x"#).render()

        XCTAssertFalse(chart.contains("<script>"), chart)
        XCTAssertTrue(chart.contains("&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;"), chart)
        XCTAssertTrue(chart.contains(#"aria-labelledby="t&quot; onload=&quot;x""#), chart)
    }

    /// Markup written by hand around data is how escaping gets skipped: no file that builds
    /// markup with Plot may use `.raw(` or make an `Attribute` itself, except `Markup`.
    func testNothingButMarkupWritesRawMarkupOrMakesAttributes() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/Beacon").standardized
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "Markup.swift" }
        XCTAssertGreaterThan(files.count, 100)
        var views = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains("import Plot") else { continue }
            views += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(".raw(") || line.contains("Attribute(name:") || line.contains(">(name:") {
                XCTFail("\(file.lastPathComponent):\(number + 1) writes markup around the escaping: \(line)")
            }
        }
        XCTAssertGreaterThan(views, 50)
    }
}
