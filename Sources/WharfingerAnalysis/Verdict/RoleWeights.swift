/// How much each kind of fact is worth: the log-likelihood ratio (natural log) it adds for
/// "the side it names is the server". Fitted by `scripts/fit-role-weights.py`: logistic
/// regression without intercept, each weight pulled towards its designed prior by an L2
/// penalty, on every TCP connection of ../shared/corpus/ndpi/files (1,246) and of the
/// generated mix (5,645; the two sets count equally), each labelled by its SYN and read
/// with the handshake removed. Settling kinds are then raised above all other kinds
/// together, so that no pile of weak facts outvotes one. A group address settles like a payload
/// message (it occurs on no TCP connection, so it is set, not fitted): it names the group the
/// responder unless a payload names the other side, as a DHCP server's reply broadcast to
/// 255.255.255.255 does; the two tie and the other facts decide (measured on the corpus's UDP). A service port pair (DHCP's) is on no labelled
/// connection either and keeps its prior. Held out (5 folds by capture):
/// 99.60% right on the corpus, 100% on the mix, expected calibration error 0.014.
/// The opening segment, a fact of one-sided flows only, was fitted alone afterwards
/// (`--only opening-segment`, the others kept) on the corpus's one-sided copies, the client's
/// packets only (1,233 connections) and the server's only (1,155), with the two sets above:
/// held out (a capture in the same fold in every set) 99.76% and 99.05% right, expected
/// calibration error 0.015 and 0.016. It adds to the pile settling kinds must outweigh.
/// Refit with `scripts/measure-verdicts.py` then `scripts/fit-role-weights.py` (docs/verdicts.md).
enum RoleWeights {
    static func weight(_ fact: RoleFact) -> Double {
        switch fact {
        case .payloadMessage: 29.53
        case .payloadLikely: 2.50
        case .sshKeyExchange: 29.53
        case .ftpAnnouncement: 29.53
        case .sameBannerFirst: 0.61
        case .bannerEcho: 5.00
        case .knownServer: 2.02
        case .resetResponder: 5.00
        case .fanIn: 2.54
        case .wellKnownPort: 1.76
        case .commonServicePort: 1.91
        case .registeredPort: 0.41
        case .ephemeralPort: 3.92
        case .oldStackPort: 0.02
        case .lowerPort: 0.18
        case .servicePortPair: 3.00
        case .firstSender: 1.68
        case .morePayload: 0.40
        case .groupAddress: 29.53
        case .openingSegment: 1.08
        }
    }

    /// The heaviest pile of facts that do not settle roles: what a settling kind must
    /// outweigh. A service port pair's ports are both well-known, common and registered, so
    /// of the other port facts only the lower port can come with it.
    static var nonSettlingTotal: Double {
        let ports = RoleFact.allCases.filter { $0.category == .ports && $0 != .servicePortPair }
        let others = RoleFact.allCases.filter { !$0.settles && $0.category != .ports }
        return others.reduce(0) { $0 + weight($1) }
            + max(ports.reduce(0) { $0 + weight($1) }, weight(.servicePortPair) + weight(.lowerPort))
    }
}
