import BeaconDomain
import Fluent
import Vapor

/// Uploading a draft notice's appendices, and serving them to readers of the notice.
enum DecisionAppendixForm {
}
