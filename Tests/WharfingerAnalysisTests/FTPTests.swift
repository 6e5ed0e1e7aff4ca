import Testing
import WharfingerServices
import WharfingerWire

@testable import WharfingerAnalysis

@Suite("FTP data connections")
struct FTPTests {
    private func controlSession(_ c: TestCapture, serverSays reply: String? = nil, clientSays command: String? = nil) {
        c.tcp("10.0.0.1:50000", "10.0.0.2:21", .syn, seq: 1)
        c.tcp("10.0.0.2:21", "10.0.0.1:50000", [.syn, .ack], seq: 100, ack: 2)
        c.tcp("10.0.0.1:50000", "10.0.0.2:21", .ack, seq: 2, ack: 101)
        c.tcp("10.0.0.2:21", "10.0.0.1:50000", [.psh, .ack], seq: 101, ack: 2, payload: Payloads.ftpGreeting)
        if let command {
            c.tcp("10.0.0.1:50000", "10.0.0.2:21", [.psh, .ack], seq: 2, ack: 121, payload: Array(command.utf8))
        }
        if let reply {
            c.tcp("10.0.0.2:21", "10.0.0.1:50000", [.psh, .ack], seq: 121, ack: 30, payload: Array(reply.utf8))
        }
    }

    @Test("PASV: the announced server endpoint serves the data connection (mid-stream, two high ports)")
    func pasv() throws {
        let c = TestCapture()
        controlSession(c, serverSays: "227 Entering Passive Mode (10,0,0,2,234,100).\r\n", clientSays: "PASV\r\n")
        // 234 * 256 + 100 = 60004. The data connection is captured without its SYN.
        c.tcp("10.0.0.1:50001", "10.0.0.2:60004", .ack, seq: 1, ack: 1)
        c.tcp("10.0.0.2:60004", "10.0.0.1:50001", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        let report = c.finish()
        let data = try #require(report.flow("10.0.0.1:50001", "10.0.0.2:60004"))
        #expect(data.server == TestCapture.endpoint("10.0.0.2:60004"))
        #expect(data.basis == .ftpAnnouncement)
        #expect(data.leadsWith(.ftpData(listener: endpoint("10.0.0.2:60004"), kind: .pasv)))
        #expect(data.facts.first?.kind == .ftpAnnouncement)
        #expect(data.showsPort(.lowerPort, server: 50001, other: 60004, supports: false))
        #expect(data.confidence >= 0.85)
        let control = try #require(report.flow("10.0.0.1:50000", "10.0.0.2:21"))
        #expect(control.server.port == 21 && control.basis == .handshake)
        // conn.log's service: ftp-data for the announced one (its payload shows nothing), the
        // greeting's ftp for the control connection.
        #expect(data.recognised == RecognisedProtocols(ftpData: true))
        #expect(control.recognised == RecognisedProtocols(first: .ftpGreeting, second: nil))
    }

    @Test("PORT: the FTP client's announced endpoint serves the data connection")
    func port() throws {
        let c = TestCapture()
        controlSession(c, serverSays: "200 PORT command successful\r\n", clientSays: "PORT 10,0,0,1,200,10\r\n")
        // 200 * 256 + 10 = 51210; the FTP server connects from a high port of its own.
        c.tcp("10.0.0.2:40500", "10.0.0.1:51210", [.psh, .ack], seq: 1, ack: 1, payload: Payloads.opaque)
        let report = c.finish()
        let data = try #require(report.flow("10.0.0.2:40500", "10.0.0.1:51210"))
        #expect(data.server == TestCapture.endpoint("10.0.0.1:51210"))
        #expect(data.client == TestCapture.endpoint("10.0.0.2:40500"))
        #expect(data.leadsWith(.ftpData(listener: endpoint("10.0.0.1:51210"), kind: .port)))
        #expect(data.facts.first?.kind == .ftpAnnouncement)
    }

    @Test("EPSV and EPRT are read too")
    func extended() throws {
        let c = TestCapture()
        controlSession(c, serverSays: "229 Entering Extended Passive Mode (|||61111|)\r\n", clientSays: "EPSV\r\n")
        c.tcp("10.0.0.1:50002", "10.0.0.2:61111", .ack, seq: 1, ack: 1)
        c.tcp("10.0.0.1:50000", "10.0.0.2:21", [.psh, .ack], seq: 30, ack: 200,
              payload: Array("EPRT |1|10.0.0.1|52000|\r\n".utf8))
        c.tcp("10.0.0.2:41000", "10.0.0.1:52000", .ack, seq: 1, ack: 1)
        let report = c.finish()
        #expect(try #require(report.flow("10.0.0.1:50002", "10.0.0.2:61111")).server.port == 61111)
        #expect(try #require(report.flow("10.0.0.2:41000", "10.0.0.1:52000")).server.port == 52000)
    }

    @Test("the control parser reads the four forms and rejects junk")
    func parser() {
        func parse(_ text: String, sender: String = "192.0.2.9") -> FTPAnnouncement? {
            let bytes = Array(text.utf8)
            return FTPControlParser.parse(bytes.span.bytes, sender: IPAddress(sender)!)
        }
        #expect(parse("PORT 192,168,1,2,7,138\r\n") == FTPAnnouncement(listener: TestCapture.endpoint("192.168.1.2:1930"), kind: .port))
        #expect(parse("port 192,168,1,2,7,138\r\n")?.kind == .port)
        #expect(parse("227 Entering Passive Mode (192,168,1,3,4,1)\r\n")?.listener == TestCapture.endpoint("192.168.1.3:1025"))
        #expect(parse("227 =192,168,1,3,4,1\r\n")?.listener == TestCapture.endpoint("192.168.1.3:1025"))
        #expect(parse("229 Entering Extended Passive Mode (|||6446|)\r\n")?.listener == TestCapture.endpoint("192.0.2.9:6446"))
        #expect(parse("EPRT |2|2001:db8::5|6275|\r\n")?.listener == TestCapture.endpoint("[2001:db8::5]:6275"))
        #expect(parse("PORT 300,1,1,1,1,1\r\n") == nil)
        #expect(parse("PORT 1,2,3\r\n") == nil)
        #expect(parse("227 no numbers\r\n") == nil)
        #expect(parse("229 (|||0|)\r\n") == nil)
        #expect(parse("RETR file.txt\r\n") == nil)
        #expect(parse("PO") == nil)
    }
}
