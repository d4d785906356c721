import BeaconDomain
import Fluent
import Plot
import Vapor

/// Starting a plan (unit and year), and changing its own text and indicators while a draft.
enum PlanFormPage {
}
