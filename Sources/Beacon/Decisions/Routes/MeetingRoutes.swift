import BeaconDomain
import Vapor

/// The meetings pages: the calendar, each meeting, councillors' pages and the iCalendar feed
/// are public; agendas, attendance, minutes and resolutions are written by democratic services.
enum MeetingRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .meetingList(council: council), access: .published) { try await MeetingListPage.handle($0) }
        routes.route(.GET, .meetingCalendar(council: council), access: .published) { try await MeetingListPage.calendar($0) }
        routes.route(.GET, .meeting(council: council, .parameter), access: .published) { try await MeetingShowPage.handle($0) }
        routes.route(.GET, .councillor(council: council, .parameter), access: .published) { try await CouncillorPage.handle($0) }
        routes.route(.GET, .councillorList(council: council), access: .published) { try await CouncillorPage.list($0) }
        routes.route(.GET, .meetingManage(council: council, .parameter), access: .record) { try await MeetingManagePage.handle($0) }
        routes.route(.POST, .meetingWork(council: council, .parameter, kind: SiteURL.kindParameter), access: .record) { try await MeetingManagePage.work($0) }
        routes.route(.GET, .meetingItem(council: council, .parameter, .itemParameter), access: .record) { try await MeetingItemPage.handle($0) }
        routes.route(.GET, .meetingDocument(council: council, .parameter, .itemParameter, document: SiteURL.documentParameter), access: .published) {
            try await MeetingItemPage.download($0)
        }
        routes.route(.POST, .meetingItemWork(council: council, .parameter, .itemParameter, kind: SiteURL.kindParameter), access: .record,
                     body: .collect(maxSize: AttachedFile.bodyLimit)) {
            try await MeetingItemPage.work($0)
        }
    }
}
