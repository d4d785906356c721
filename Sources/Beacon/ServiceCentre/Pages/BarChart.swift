import BeaconDomain
import Foundation
import Plot

/// A bar chart drawn on the server as SVG, with an optional dashed standard line. The page
/// puts the same figures in a table beside it, so the chart needs no colour or hover to read.
enum BarChart {
    struct Bar: Sendable {
        let label: String
        let value: Double?
    }

    static func svg(_ bars: [Bar], standard: Double? = nil, ceiling: Double? = nil, titleID: String) -> Node<HTML.BodyContext> {
        let values = bars.compactMap(\.value) + [standard].compactMap { $0 }
        guard !bars.isEmpty, let high = values.max() else { return .p(.text("There are no figures to chart yet.")) }
        let top = ceiling ?? (high <= 0 ? 1 : high * 1.1)
        let width = 640.0, height = 240.0, left = 56.0, bottom = 48.0, over = 16.0
        let slot = (width - left - 10) / Double(bars.count)
        func y(_ value: Double) -> Double { over + (height - over - bottom) * (1 - min(value, top) / top) }
        var parts = [SVG.line(x1: left, y1: height - bottom, x2: width - 10, y2: height - bottom, class: "axis-line")]
        for fraction in [0.0, 0.5, 1.0] {
            parts.append(SVG.text(label(top * fraction), ["x": "\(left - 6)", "y": "\(y(top * fraction) + 4)", "text-anchor": "end",
                                                          "class": "axis"]))
        }
        let every = max(1, bars.count / 12)
        for (index, bar) in bars.enumerated() {
            let x = left + Double(index) * slot
            if let value = bar.value {
                parts.append(SVG.element("rect", ["class": "bar", "x": "\(x + slot * 0.15)", "y": "\(y(value))", "width": "\(slot * 0.7)",
                                                  "height": "\(height - bottom - y(value))"]))
            }
            if index % every == 0 {
                parts.append(SVG.text(bar.label, ["x": "\(x + slot / 2)", "y": "\(height - bottom + 16)", "text-anchor": "middle",
                                                  "class": "axis"]))
            }
        }
        if let standard {
            parts.append(SVG.line(x1: left, y1: y(standard), x2: width - 10, y2: y(standard), class: "standard-line"))
        }
        return SVG.figure(class: "chart", width: width, height: height, labelledBy: titleID, parts)
    }

    private static func label(_ value: Double) -> String {
        value >= 100 ? Money.grouped(Int(value.rounded())) : String(format: "%.0f", value)
    }
}
