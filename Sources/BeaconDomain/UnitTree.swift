import Foundation

/// The shape of a council's organisational units, from parent links alone.
public struct UnitTree: Sendable {
    private let children: [UUID: [UUID]]
    private let parents: [UUID: UUID]

    /// - Parameter parents: each unit's id with its parent's id (nil for the top of the tree).
    public init(parents: [UUID: UUID?]) {
        var children: [UUID: [UUID]] = [:]
        var known: [UUID: UUID] = [:]
        for (unit, parent) in parents {
            guard let parent else { continue }
            children[parent, default: []].append(unit)
            known[unit] = parent
        }
        self.children = children
        self.parents = known
    }

    /// The unit and every unit below it, however deep.
    public func unitAndDescendants(of unit: UUID) -> Set<UUID> {
        var found: Set<UUID> = [unit]
        var waiting = [unit]
        while let next = waiting.popLast() {
            for child in children[next, default: []] where !found.contains(child) {
                found.insert(child)
                waiting.append(child)
            }
        }
        return found
    }

    /// Whether making `parent` the parent of `unit` keeps the tree a tree (no unit below itself).
    public func mayMove(_ unit: UUID, under parent: UUID?) -> Bool {
        guard let parent else { return true }
        return !unitAndDescendants(of: unit).contains(parent)
    }

    /// The chain of units from the top of the tree down to `unit`, inclusive.
    public func path(to unit: UUID) -> [UUID] {
        var chain = [unit]
        var seen: Set<UUID> = [unit]
        while let parent = parents[chain[0]], !seen.contains(parent) {
            chain.insert(parent, at: 0)
            seen.insert(parent)
        }
        return chain
    }
}
