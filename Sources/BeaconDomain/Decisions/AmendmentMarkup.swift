/// The words an amendment changed, in reading order: kept, struck out and inserted. Built
/// on the standard library's `CollectionDifference` over words, so the smallest change is
/// marked, as a clerk would mark it.
public enum AmendedWords: Equatable, Sendable {
    case kept(String)
    case removed(String)
    case inserted(String)

    /// Runs of words, each run one kind, with the spaces between words inside the runs.
    public static func between(_ before: String, _ after: String) -> [AmendedWords] {
        let old = words(before), new = words(after)
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var marks: [AmendedWords] = []
        var oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                marks.append(.removed(old[oldIndex])); oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                marks.append(.inserted(new[newIndex])); newIndex += 1
            } else {
                marks.append(.kept(new[newIndex])); oldIndex += 1; newIndex += 1
            }
        }
        return joined(marks)
    }

    public var text: String {
        switch self {
        case .kept(let text), .removed(let text), .inserted(let text): text
        }
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func joined(_ marks: [AmendedWords]) -> [AmendedWords] {
        var runs: [AmendedWords] = []
        for mark in marks {
            switch (runs.last, mark) {
            case (.kept(let a)?, .kept(let b)): runs[runs.count - 1] = .kept(a + " " + b)
            case (.removed(let a)?, .removed(let b)): runs[runs.count - 1] = .removed(a + " " + b)
            case (.inserted(let a)?, .inserted(let b)): runs[runs.count - 1] = .inserted(a + " " + b)
            default: runs.append(mark)
            }
        }
        return runs
    }
}
