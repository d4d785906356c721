import BeaconDomain
import Foundation
import Testing

@Suite("Unit tree")
struct UnitTreeTests {
    // council → customer services → contact centre → night team; council → policy
    let council = UUID(), customer = UUID(), contact = UUID(), night = UUID(), policy = UUID()

    var tree: UnitTree {
        UnitTree(parents: [council: nil, customer: council, contact: customer, night: contact, policy: council])
    }

    @Test("a unit's descendants include every level below it, and itself")
    func descendants() {
        #expect(tree.unitAndDescendants(of: customer) == [customer, contact, night])
        #expect(tree.unitAndDescendants(of: night) == [night])
        #expect(tree.unitAndDescendants(of: council) == [council, customer, contact, night, policy])
    }

    @Test("a unit cannot move below itself or its own units")
    func moves() {
        #expect(tree.mayMove(customer, under: night) == false)
        #expect(tree.mayMove(customer, under: customer) == false)
        #expect(tree.mayMove(contact, under: policy) == true)
        #expect(tree.mayMove(contact, under: nil) == true)
    }

    @Test("the path runs from the top down")
    func path() {
        #expect(tree.path(to: night) == [council, customer, contact, night])
        #expect(tree.path(to: council) == [council])
    }

    @Test("a cycle already in the data does not hang the walk")
    func cycle() {
        let a = UUID(), b = UUID()
        let broken = UnitTree(parents: [a: b, b: a])
        #expect(broken.unitAndDescendants(of: a) == [a, b])
        #expect(broken.path(to: a).count == 2)
    }
}
