import BeaconDomain
import Foundation
import Plot

/// Charts drawn on the server as SVG: actuals against targets over periods, and sparklines.
/// Every chart has a text alternative; the full chart sits beside a data table.
enum IndicatorChart {
    struct Point {
        let label: String
        let actual: Decimal?
        let target: Decimal?
    }

    static func points(_ history: IndicatorHistory, last count: Int) -> [Point] {
        let unit = history.indicator.unit
        return history.rows.filter { $0.actual != nil || $0.target != nil }.suffix(count).map { row in
            var target: Decimal?
            switch row.target?.target(unit: unit) {
            case .number(let number)?: target = number
            case .band(let low, let high)?: target = (low + high) / 2
            default: target = nil
            }
            return Point(label: row.period.label, actual: row.actual?.measure(unit: unit)?.number, target: target)
        }
    }

    /// The chart of actuals (solid line, round markers) against targets (dashed line, square markers).
    static func chart(_ history: IndicatorHistory, titleID: String) -> Node<HTML.BodyContext> {
        let points = points(history, last: 20)
        let numbers = points.flatMap { [$0.actual, $0.target].compactMap { $0 } }.map { NSDecimalNumber(decimal: $0).doubleValue }
        guard points.count > 1, let low = numbers.min(), let high = numbers.max() else {
            return .p(.text("There are not yet enough values to draw a chart."))
        }
        let width = 640.0, height = 260.0, left = 60.0, bottom = 60.0, top = 20.0
        let floor = min(0, low), ceiling = high == floor ? floor + 1 : high + (high - floor) * 0.1
        let step = (width - left - 20) / Double(max(points.count - 1, 1))
        func x(_ index: Int) -> Double { left + Double(index) * step }
        func y(_ value: Decimal) -> Double {
            let number = NSDecimalNumber(decimal: value).doubleValue
            return top + (height - top - bottom) * (1 - (number - floor) / (ceiling - floor))
        }
        var parts = [SVG.line(x1: left, y1: top, x2: left, y2: height - bottom, class: "axis-line"),
                     SVG.line(x1: left, y1: height - bottom, x2: width - 20, y2: height - bottom, class: "axis-line")]
        for fraction in [0.0, 0.5, 1.0] {
            let value = floor + (ceiling - floor) * fraction
            let position = top + (height - top - bottom) * (1 - fraction)
            parts.append(SVG.text(axisLabel(value), ["x": "\(left - 6)", "y": "\(position + 4)", "text-anchor": "end", "class": "axis"]))
        }
        for (index, point) in points.enumerated() where points.count <= 8 || index % 2 == 0 {
            let (px, py) = (x(index), height - bottom + 18)
            parts.append(SVG.text(point.label, ["x": "\(px)", "y": "\(py)", "text-anchor": "end",
                                                "transform": "rotate(-35 \(px) \(py))", "class": "axis"]))
        }
        parts += series(points.enumerated().compactMap { i, p in p.target.map { (x(i), y($0)) } }, kind: "target")
        parts += series(points.enumerated().compactMap { i, p in p.actual.map { (x(i), y($0)) } }, kind: "actual")
        return SVG.figure(class: "chart", width: width, height: height, labelledBy: titleID, parts)
    }

    /// A small trend line for a scorecard row, with its values as its accessible name.
    /// How many periods a sparkline draws.
    static let sparklinePoints = 8

    static func sparkline(_ history: IndicatorHistory, label: String) -> Node<HTML.BodyContext> {
        let values = points(history, last: sparklinePoints).compactMap(\.actual).map { NSDecimalNumber(decimal: $0).doubleValue }
        guard values.count > 1, let low = values.min(), let high = values.max() else { return .text("—") }
        let span = high == low ? 1 : high - low
        let coordinates = values.enumerated().map { index, value in
            "\(Double(index) * 100 / Double(values.count - 1)),\(26 - (value - low) / span * 22)"
        }
        return SVG.element("svg", ["class": "sparkline", "viewBox": "-2 0 104 30", "width": "104", "height": "30", "role": "img",
                                   "aria-label": label, "focusable": "false"], [
            SVG.element("polyline", ["points": coordinates.joined(separator: " "), "fill": "none", "stroke": "#1d4f91",
                                     "stroke-width": "2"]),
        ])
    }

    private static func series(_ points: [(Double, Double)], kind: String) -> [SVG.Part] {
        guard !points.isEmpty else { return [] }
        let path = points.map { "\($0.0),\($0.1)" }.joined(separator: " ")
        return [SVG.element("polyline", ["class": "series-\(kind)", "points": path, "fill": "none"])] + points.map { px, py in
            kind == "actual" ? SVG.element("circle", ["class": "series-actual", "cx": "\(px)", "cy": "\(py)", "r": "4"])
                : SVG.element("rect", ["class": "series-target", "x": "\(px - 3.5)", "y": "\(py - 3.5)", "width": "7", "height": "7"])
        }
    }

    private static func axisLabel(_ value: Double) -> String {
        abs(value) >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }
}
