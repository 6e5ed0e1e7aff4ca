import Testing

import WharfingerWire
import WharfingerServices
@testable import WharfingerAnalysis

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

@Suite("Role fact weights: group addresses and service port pairs")
struct OverridingFactWeightsTests {
    @Test("a group address settles like a payload message: above every non-settling kind together, tied with a payload that names the other side")
    func groupAddressSettlesLikeAPayloadMessage() {
        #expect(RoleFact.groupAddress.weight > RoleWeights.nonSettlingTotal)
        #expect(RoleFact.groupAddress.weight == RoleFact.payloadMessage.weight)
        #expect(RoleFact.groupAddress.settles)
    }

    @Test("a service port pair comes with no port fact but the lower port's", arguments: [(67, 68), (547, 546)])
    func servicePortPairFacts(server: UInt16, client: UInt16) {
        for transport in [TransportProtocol.udp, .tcp] {
            var kinds: [RoleFact] = []
            PortRoleFacts.forEach(client, server, transport: transport, registry: .iana) { kinds.append($0.kind) }
            #expect(Set(kinds) == [.servicePortPair, .lowerPort], "\(transport)")
            let probability = PortRoleFacts.probability(serverPort: server, otherPort: client, transport: transport,
                                                        registry: .iana)
            #expect(probability >= PortRoleFacts.settlingConfidence, "\(server)/\(transport)")
        }
    }
}
