import Testing

@testable import WharfingerServices

@Suite("Role fact weights")
struct RoleWeightsTests {
    @Test("a settling fact outweighs every other kind of fact together")
    func settlingOutweighsTheRest() {
        for fact in RoleFact.allCases where fact.settles {
            #expect(fact.weight > RoleWeights.nonSettlingTotal, "\(fact.name)")
        }
    }

    @Test("every weight is a log-likelihood for the side a fact names: positive, and finite")
    func weightsArePositive() {
        for fact in RoleFact.allCases {
            #expect(fact.weight > 0 && fact.weight.isFinite, "\(fact.name)")
        }
    }

    @Test("the names are the data set's and JSON's, one per kind")
    func namesAreDistinct() {
        #expect(Set(RoleFact.allCases.map(\.name)).count == RoleFact.allCases.count)
    }
}
