/// IP protocol numbers the decoder acts on. Others pass through as plain numbers.
enum IPProtocol {
    static let hopByHop: UInt8 = 0
    static let ipv4InIP: UInt8 = 4
    static let tcp: UInt8 = 6
    static let udp: UInt8 = 17
    static let ipv6InIP: UInt8 = 41
    static let routing: UInt8 = 43
    static let fragment: UInt8 = 44
    static let gre: UInt8 = 47
    static let esp: UInt8 = 50
    static let authentication: UInt8 = 51
    static let noNextHeader: UInt8 = 59
    static let destinationOptions: UInt8 = 60
    static let pim: UInt8 = 103
}
