import BeaconDomain
import Fluent
import Vapor

/// Plans as open data: the list of plans a reader may see, and each plan's actions with their
/// SMART results, from the same document the reader sees on the page.
enum PlanExports {
    static let listColumns = ["unit", "year", "horizon", "status", "published_revision", "address"]
    static let actionColumns = ["reference", "scope", "activity", "target", "due", "resources", "owner", "status", "percent",
                                "overdue", "priority", "indicators", "smart", "smart_failures"]
}
