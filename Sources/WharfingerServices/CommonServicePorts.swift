import WharfingerWire

/// Ports where servers are commonly deployed, a stronger hint than mere IANA
/// registration: almost every port from 1024 to 4999 is registered to something, yet
/// old stacks pick client ports there, so a client on 1026 talking to MySQL on 3306
/// needs this list to be told apart. Curated from what administrators meet on real
/// networks (databases, brokers, directory, remote access, web and proxy ports).
public enum CommonServicePorts {
    static let tcp: [UInt16] = [
        20, 21, 22, 23, 25, 43, 53, 79, 80, 88, 110, 111, 113, 119, 135, 139, 143, 179, 389, 443, 445,
        465, 513, 514, 515, 543, 544, 548, 554, 587, 631, 636, 646, 873, 990, 993, 995,
        1080, 1194, 1352, 1433, 1494, 1521, 1723, 1883, 2049, 2121, 2181, 2375, 2376, 2379, 2380,
        3000, 3128, 3260, 3268, 3269, 3306, 3389, 3690, 4369, 4443, 4848, 5000, 5060, 5061, 5222,
        5269, 5432, 5601, 5672, 5900, 5901, 5984, 5985, 5986, 6379, 6443, 6514, 6667, 6697, 7001,
        7474, 8000, 8008, 8080, 8081, 8086, 8088, 8443, 8500, 8883, 8888, 9000, 9042, 9090, 9091,
        9092, 9100, 9200, 9300, 9418, 9443, 10250, 11211, 15672, 25565, 27017, 27018,
    ]
    static let udp: [UInt16] = [
        53, 67, 68, 69, 88, 123, 137, 138, 161, 162, 389, 443, 500, 514, 520, 546, 547, 623, 1194,
        1645, 1646, 1701, 1812, 1813, 1900, 3478, 3479, 4500, 4789, 5060, 5061, 5353, 5355, 6081,
        8472, 11211, 51820,
    ]

    /// True when servers commonly listen on `port` for `transport`: one load from a bit per
    /// port, asked for both ports of every ended flow (a binary search there showed).
    @inline(__always)
    public static func contains(_ port: UInt16, transport: TransportProtocol) -> Bool {
        let word = (transport == .tcp ? 0 : 1 << 10) + Int(port &>> 6)
        return bits[word] & (1 &<< UInt64(port & 63)) != 0
    }

    /// 65,536 bits for TCP, then 65,536 for UDP, built once and kept for the process: a
    /// pointer, not an array, so that a look-up retains and releases nothing.
    nonisolated(unsafe) private static let bits: UnsafePointer<UInt64> = {
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 << 10)
        words.initialize(repeating: 0, count: 2 << 10)
        for (list, base) in [(tcp, 0), (udp, 1 << 10)] {
            for port in list { words[base + Int(port >> 6)] |= 1 << UInt64(port & 63) }
        }
        return UnsafePointer(words)
    }()
}
