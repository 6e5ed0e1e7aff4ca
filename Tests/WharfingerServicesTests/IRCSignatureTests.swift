import Testing
@testable import WharfingerServices

/// IRC's registration and server lines, from nDPI's irc.pcap (a client of freenode on port
/// 8000), and the FTP and POP3 commands that must keep their own signatures (nDPI's
/// ftp.pcap, ftp_failed.pcap and pop3.pcap).
@Suite struct IRCSignatureTests {
    @Test func registrationOfTheCapture() {
        #expect(classify(ascii("USER xxxxx +iw xxxxx :Xxxxxx Xxxx\r\n"), from: 45921, to: 8000) == .ircRegistration)
        #expect(classify(ascii("NICK molochtest\r\n"), from: 45921, to: 8000) == .ircRegistration)
    }

    @Test func serverLinesOfTheCapture() {
        let notice = ":card.freenode.net NOTICE * :*** Looking up your hostname...\r\n"
        let welcome = ":card.freenode.net 001 molochtest :Welcome to the freenode Internet Relay Chat Network molochtest\r\n"
        #expect(classify(ascii(notice), from: 8000, to: 45921) == .ircServerMessage)
        #expect(classify(ascii(welcome), from: 8000, to: 45921) == .ircServerMessage)
    }

    /// RFC 2812's USER form, IRCv3's CAP LS, PASS followed by NICK, and older servers' NOTICE AUTH.
    @Test func otherOpenings() {
        #expect(classify(ascii("USER guest 0 * :Ronnie Reagan\r\n"), to: 6667) == .ircRegistration)
        #expect(classify(ascii("user guest tolmoon tolsun :Ronnie Reagan\r\n"), to: 6667) == .ircRegistration)
        #expect(classify(ascii("CAP LS 302\r\nNICK bob\r\nUSER bob 0 * :Bob\r\n"), to: 6667) == .ircRegistration)
        #expect(classify(ascii("PASS secret\r\nNICK bob\r\nUSER bob 0 * :Bob\r\n"), to: 6667) == .ircRegistration)
        #expect(classify(ascii("NICK :[bob]\r\n"), to: 6667) == .ircRegistration)
        #expect(classify(ascii("NOTICE AUTH :*** Looking up your hostname\r\n"), from: 6667) == .ircServerMessage)
        #expect(classify(ascii(":bob!~bob@host.example JOIN #chan\r\n"), from: 6667) == .ircServerMessage)
    }

    /// FTP's and POP3's USER take one parameter, and PASS alone is any of the three's.
    @Test func ftpAndPOP3CommandsStayTheirs() {
        #expect(classify(ascii("USER anonymous\r\n"), from: 40000, to: 21) == .ftpUser)
        #expect(classify(ascii("USER hello\r\n"), from: 40000, to: 21) == .ftpUser)
        #expect(classify(ascii("USER anonymous\r\n"), from: 40000, to: 8000) == .ftpUser)
        #expect(classify(ascii("user cicciopernacchio@mail.com\r\n"), from: 40000, to: 110) == .pop3User)
        #expect(classify(ascii("PASS NcFTP@\r\n"), from: 40000, to: 21) == nil)
        #expect(classify(ascii("PASS secret\r\nQUIT\r\n"), to: 6667) == nil)
    }

    @Test func nearMissesAreNotIRC() {
        #expect(classify(ascii("USER a b c\r\n")) == .ftpUser)
        #expect(classify(ascii("USER a b c ")) == .ftpUser)
        #expect(classify(ascii("NICK 9lives\r\n")) == nil)
        #expect(classify(ascii("NICKNAME bob\r\n")) == nil)
        #expect(classify(ascii("CAP LSD\r\n")) == nil)
        #expect(classify(ascii(":card.freenode.net notice * :hi\r\n")) == nil)
        #expect(classify(ascii(":card.freenode.net 01 x\r\n")) == nil)
        #expect(classify(ascii(":card.freenode.net NOTICE")) == nil)
        #expect(classify(ascii(": NOTICE * :hi\r\n")) == nil)
        #expect(classify(ascii(":x\r\nNOTICE * :hi\r\n")) == nil)
    }
}
