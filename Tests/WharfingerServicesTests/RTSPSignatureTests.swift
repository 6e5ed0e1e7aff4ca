import Testing
@testable import WharfingerServices

/// RTSP's request and status lines, from nDPI's rtsp.pcap (VLC against a VLC server on
/// 8554) and rtsp_setup_http.pcapng, and HTTP lines that must stay HTTP's.
@Suite struct RTSPSignatureTests {
    static let requests = [
        "OPTIONS rtsp://10.2.2.2:8554/ RTSP/1.0\r\nCSeq: 2\r\nUser-Agent: LibVLC/3.0.16 (LIVE555 Streaming Media v2016.11.28)\r\n\r\n",
        "DESCRIBE rtsp://10.2.2.2:8554/ RTSP/1.0\r\nCSeq: 3\r\n",
        "SETUP rtsp://10.2.2.2:8554/trackID=0 RTSP/1.0\r\nCSeq: 4\r\n",
        "PLAY rtsp://10.2.2.2:8554/ RTSP/1.0\r\nCSeq: 6\r\n",
        "GET_PARAMETER rtsp://10.2.2.2:8554/ RTSP/1.0\r\nCSeq: 7\r\n",
        "SETUP rtsp://172.28.4.26:8554/trackID=88 RTSP/1.0\r\nCSeq: 4\r\n"
            + "Transport: RTP/AVP;unicast;client_port=50220-50221\r\n\r\n",
    ]

    @Test(arguments: requests)
    func requestLinesOfTheCaptures(line: String) {
        #expect(classify(ascii(line), from: 52472, to: 8554) == .rtspRequest)
    }

    @Test func statusLineOfTheCapture() {
        let status = "RTSP/1.0 200 OK\r\nServer: VLC/3.0.12\r\nContent-Length: 0\r\nCseq: 2\r\n"
        #expect(classify(ascii(status), from: 8554, to: 52472) == .rtspStatus)
    }

    /// RFC 7826's version and methods: any method, any target, as long as the line says RTSP.
    @Test(arguments: ["ANNOUNCE", "PAUSE", "TEARDOWN", "SET_PARAMETER", "REDIRECT", "RECORD", "PLAY_NOTIFY"])
    func everyMethodWithEitherVersion(method: String) {
        #expect(classify(ascii(method + " rtsp://example.com/media.mp4 RTSP/2.0\r\nCSeq: 1\r\n")) == .rtspRequest)
        #expect(classify(ascii(method + " * RTSP/1.0\r\n")) == .rtspRequest)
        #expect(classify(ascii("RTSP/2.0 454 Session Not Found\r\n")) == .rtspStatus)
    }

    /// A line cut off before its version (a short snap length) is RTSP's by its URI's scheme.
    @Test func aCutLineIsJudgedByItsScheme() {
        #expect(classify(ascii("DESCRIBE rtsp://10.2.2.2:8554/")) == .rtspRequest)
        #expect(classify(ascii("OPTIONS RTSPS://camera.example/")) == .rtspRequest)
        #expect(classify(ascii("DESCRIBE http://10.2.2.2/")) == nil)
    }

    /// OPTIONS is HTTP's too, and an absolute URI starts with a letter as RTSP's does: the
    /// version decides. The GET is http-proxy.pcapng's.
    @Test func httpLinesStayHTTP() {
        #expect(classify(ascii("OPTIONS * HTTP/1.1\r\nHost: example.com\r\n")) == .httpRequest)
        #expect(classify(ascii("OPTIONS rtsp://10.2.2.2:8554/ HTTP/1.1\r\n")) == .httpRequest)
        #expect(classify(ascii("GET http://http.com/ HTTP/1.1\r\nHost: http.com\r\n")) == .httpRequest)
        #expect(classify(ascii("HTTP/1.1 200 OK\r\n")) == .httpStatus)
    }

    @Test func nearMissesAreNotRTSP() {
        #expect(classify(ascii("RTSP/1.0 OK\r\n")) == nil)
        #expect(classify(ascii("RTSP/1.0 200OK\r\n")) == nil)
        #expect(classify(ascii("RTSP/1.1 200 OK\r\n")) == nil)
        #expect(classify(ascii("SETUP rtsp://x/ HTTP/1.1\r\n")) == nil)
        #expect(classify(ascii("PLAY RTSP/1.0\r\n")) == nil)
        #expect(classify(ascii("PLAYING rtsp://x/ RTSP/1.0\r\n")) == nil)
        #expect(classify(ascii("play rtsp://x/ RTSP/1.0\r\n")) == nil)
    }
}
