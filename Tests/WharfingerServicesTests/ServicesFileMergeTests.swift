import WharfingerWire
import Foundation
import Testing
import WharfingerServices

@Suite struct ServicesFileMergeTests {
    @Test func servicesFormatOverridesBuiltIns() throws {
        let path = try temporaryFile("""
            # local additions
            webapp\t8080/tcp\t\twebapp-alias  # our web app
            metrics 9100/tcp/udp
            gameserver 27015-27017/udp # range form
            legacy 77/ddp
            """)
        var registry = ServiceRegistry()
        try registry.merge(contentsOf: path)
        #expect(registry.name(port: 8080, transport: .tcp) == "webapp")
        #expect(registry.name(port: 8080, transport: .udp) == "http-alt")
        #expect(registry.name(port: 9100, transport: .udp) == "metrics")
        #expect(registry.name(port: 27016, transport: .udp) == "gameserver")
        #expect(registry.name(port: 27018, transport: .udp) != "gameserver")
        #expect(registry.entry(port: 8080, transport: .tcp)
            == ServiceEntry(name: "webapp", description: "our web app", source: .file(path: path, line: 2)))
        #expect(registry.ports(service: "http-alt", transport: .tcp) == [591, 8008])
        #expect(registry.ports(service: "webapp", transport: .tcp) == [8080])
        #expect(registry.mergedEntryCount == 1 + 2 + 3)
        // The shared built-in registry is untouched.
        #expect(ServiceRegistry.iana.name(port: 8080, transport: .tcp) == "http-alt")
    }

    @Test func firstEntryInAFileWins() throws {
        let path = try temporaryFile("one 4000/tcp\ntwo 4000/tcp\n")
        var registry = ServiceRegistry()
        try registry.merge(contentsOf: path)
        #expect(registry.name(port: 4000, transport: .tcp) == "one")
    }

    @Test func wiresharksOwnCopyMergesCleanly() throws {
        var registry = ServiceRegistry()
        try registry.merge(contentsOf: "/usr/share/wireshark/services")
        #expect(registry.name(port: 1494, transport: .tcp) == "ica")
        #expect(registry.mergedEntryCount > 11_000)
    }

    @Test func ianaCSV() throws {
        let path = try temporaryFile("""
            Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes
            ,0,tcp,Reserved,[Jon_Postel],[Jon_Postel],,,,,,
            http,80,tcp,World Wide Web HTTP,,,,,,,,"Defined TXT keys: u=<username> p=<password> path=<path to document>"
            www,80,tcp,World Wide Web HTTP,,,,,,,,This is a duplicate of the "http" service and should not be used for discovery purposes.
            x11,6000-6063,udp,X Window System,[Stephen_Gildea],[Stephen_Gildea],,,,,,
            sip-like,5999,tcp,"Quoted, with comma
            and a second line",,,,,,,,
            afs,,tcp,AFS services,,,,,,,,
            wharf,7777,sctp,Not TCP or UDP,,,,,,,,
            """, name: "service-names-port-numbers.csv")
        var registry = ServiceRegistry()
        try registry.merge(contentsOf: path)
        #expect(registry.name(port: 80, transport: .tcp) == "http")
        #expect(registry.name(port: 6010, transport: .udp) == "x11")
        #expect(registry.entry(port: 5999, transport: .tcp)
            == ServiceEntry(name: "sip-like", description: "Quoted, with comma", source: .file(path: path, line: 6)))
        #expect(registry.mergedEntryCount == 1 + 64 + 1)
    }

    @Test func badPortNamesFileAndLine() throws {
        let path = try temporaryFile("good 1/tcp\n\nbad 99999/tcp\n")
        var registry = ServiceRegistry()
        let error = #expect(throws: ServicesFileError.self) { try registry.merge(contentsOf: path) }
        #expect(error == ServicesFileError(path: path, line: 3, problem: .badPort("99999")))
    }

    @Test(arguments: [
        ("lonely\n", ServicesFileError.Problem.noPortField("lonely")),
        ("x 80\n", .noProtocol("80")),
        ("x 90-80/tcp\n", .reversedPortRange("90-80")),
        ("x 80/\n", .badProtocolList("80/")),
        ("x eighty/tcp\n", .badPort("eighty")),
    ])
    func malformedServicesLines(text: String, problem: ServicesFileError.Problem) throws {
        let path = try temporaryFile(text)
        var registry = ServiceRegistry()
        let error = #expect(throws: ServicesFileError.self) { try registry.merge(contentsOf: path) }
        #expect(error == ServicesFileError(path: path, line: 1, problem: problem))
    }

    @Test func malformedCSV() throws {
        let header = "Service Name,Port Number,Transport Protocol,Description\n"
        let badPort = try temporaryFile(header + "http,80,tcp,ok\nodd,8o,tcp,typo\n")
        let unclosed = try temporaryFile(header + "http,80,tcp,\"never closed\n")
        var registry = ServiceRegistry()
        let portError = #expect(throws: ServicesFileError.self) { try registry.merge(contentsOf: badPort) }
        #expect(portError == ServicesFileError(path: badPort, line: 3, problem: .badPort("8o")))
        let quoteError = #expect(throws: ServicesFileError.self) { try registry.merge(contentsOf: unclosed) }
        #expect(quoteError == ServicesFileError(path: unclosed, line: 2, problem: .unclosedQuote))
    }

    @Test func unreadableFiles() throws {
        var registry = ServiceRegistry()
        let missing = #expect(throws: ServicesFileError.self) {
            try registry.merge(contentsOf: "/nonexistent/wharfinger-services")
        }
        #expect(missing == ServicesFileError(path: "/nonexistent/wharfinger-services", line: nil, problem: .noSuchFile))
        let directory = #expect(throws: ServicesFileError.self) { try registry.merge(contentsOf: "/tmp") }
        #expect(directory == ServicesFileError(path: "/tmp", line: nil, problem: .isDirectory))
    }
}
