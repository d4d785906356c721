import BeaconDomain
import Plot

/// The risk heat map: likelihood (rows, most likely at the top) by impact (columns), each cell
/// naming its band in words and the risks in it. Drawn as SVG, with the same grid as a table.
struct RiskHeatMapView {
    let document: PlanDocument

    var scale: RiskScale { RiskScale(points: document.riskScale) ?? .four }
    var openRisks: [PlanDocument.Risk] { document.risks.filter(\.isOpen) }

    func node() -> Node<HTML.BodyContext> {
        guard !openRisks.isEmpty else { return .empty }
        return .element(named: "figure", nodes: [
            .class("heat-map"),
            svg(),
            .element(named: "figcaption", nodes: [.id("heat-map-title"),
                                                  .text("Open risks by likelihood and impact (scale 1 to \(scale.points)); the same grid follows as a table.")]),
            table(),
        ])
    }

    private func references(_ likelihood: Int, _ impact: Int) -> [String] {
        openRisks.filter { $0.likelihood == likelihood && $0.impact == impact }.map(\.reference)
    }

    private func svg() -> SVG.Part {
        let cell = 90.0, left = 70.0, top = 10.0
        let size = Double(scale.points) * cell
        var parts: [SVG.Part] = []
        for (row, likelihood) in scale.range.reversed().enumerated() {
            for impact in scale.range {
                parts += self.cell(likelihood: likelihood, impact: impact,
                                   x: left + Double(impact - 1) * cell, y: top + Double(row) * cell, size: cell)
            }
            parts.append(SVG.text("\(likelihood)", ["x": "\(left - 8)", "y": "\(top + Double(row) * cell + cell / 2)",
                                                    "text-anchor": "end", "class": "axis"]))
        }
        for impact in scale.range {
            parts.append(SVG.text("\(impact)", ["x": "\(left + (Double(impact) - 0.5) * cell)", "y": "\(top + size + 20)",
                                                "text-anchor": "middle", "class": "axis"]))
        }
        parts.append(SVG.text("Impact", ["x": "\(left + size / 2)", "y": "\(top + size + 48)", "text-anchor": "middle", "class": "axis"]))
        parts.append(SVG.text("Likelihood", ["x": "14", "y": "\(top + size / 2)", "text-anchor": "middle", "class": "axis",
                                             "transform": "rotate(-90 14 \(top + size / 2))"]))
        return SVG.figure(class: "heat-map-chart", width: left + size + 10, height: top + size + 60, labelledBy: "heat-map-title", parts)
    }

    private func cell(likelihood: Int, impact: Int, x: Double, y: Double, size: Double) -> [SVG.Part] {
        let band = scale.band(likelihood * impact)
        let refs = references(likelihood, impact)
        var parts = [SVG.element("rect", ["x": "\(x)", "y": "\(y)", "width": "\(size)", "height": "\(size)", "class": "band-\(band.rawValue)"]),
                     SVG.text("\(band.title) \(likelihood * impact)", ["x": "\(x + 6)", "y": "\(y + 18)", "class": "cell-band"])]
        if !refs.isEmpty {
            parts.append(SVG.text("\(refs.count) risk\(refs.count == 1 ? "" : "s")", ["x": "\(x + 6)", "y": "\(y + 45)", "class": "cell-count"]))
            parts.append(SVG.text(refs.joined(separator: ", "), ["x": "\(x + 6)", "y": "\(y + 68)", "class": "cell-refs"]))
        }
        return parts
    }

    private func table() -> Node<HTML.BodyContext> {
        .table(.class("plan-table heat-map-table"),
               .caption(.text("Open risks in each cell: likelihood down the side, impact across")),
               PlanDocument.headerRow(["Likelihood"] + scale.range.map { "Impact \($0)" }),
               .tbody(.forEach(Array(scale.range.reversed())) { likelihood in
                   .tr(.th(.attribute(named: "scope", value: "row"), .text("\(likelihood)")),
                       .forEach(Array(scale.range)) { impact in
                           let refs = references(likelihood, impact)
                           return .td(.text("\(scale.band(likelihood * impact).title): " + (refs.isEmpty ? "none" : refs.joined(separator: ", "))))
                       })
               }))
    }
}
