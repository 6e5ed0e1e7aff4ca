import Testing

@testable import WharfingerAnalysis

/// `ServicePortPairs.serverPort` turns a port from 1024 up away before reading its list.
@Suite struct ServicePortPairsTests {
    /// The shortcut holds only while every listed port is well-known.
    @Test func everyPairIsFoundWhicheverWayRound() {
        for pair in ServicePortPairs.pairs {
            #expect(ServicePortPairs.serverPort(pair.server, pair.client) == pair.server)
            #expect(ServicePortPairs.serverPort(pair.client, pair.server) == pair.server)
        }
        #expect(ServicePortPairs.serverPort(67, 1068) == nil)
        #expect(ServicePortPairs.serverPort(68, 68) == nil)
    }
}
