import WharfingerAnalysis
import WharfingerWire

/// Zeek's words for a connection's exchange: the `conn_state` code and the history letters,
/// made from the endpoint states and events the analysis hands over, as Zeek's conn.log
/// script makes them from its analyzer's (`Conn::conn_state`, the history's letters).
enum ZeekExchangeWords {
    /// S0, S1, SF, REJ, S2, S3, RSTO, RSTR, RSTOS0, RSTRH, SH, SHR or OTH.
    static func connState(_ exchange: ConnectionExchange, of flow: Conversation) -> StaticString {
        flow.transport == .tcp ? tcpState(exchange) : udpState(flow)
    }

    /// A UDP conversation's `conn_state`: who sent anything at all.
    static func udpState(_ flow: Conversation) -> StaticString {
        if flow.toServer.packets > 0 { return flow.toClient.packets > 0 ? "SF" : "S0" }
        return flow.toClient.packets > 0 ? "SHR" : "OTH"
    }

    /// A TCP connection's `conn_state`, the client as the originator.
    static func tcpState(_ exchange: ConnectionExchange) -> StaticString {
        let os = exchange.clientState, rs = exchange.serverState
        let origInactive = os == .inactive || os == .partial
        let respInactive = rs == .inactive || rs == .partial
        if rs == .reset {
            if os == .synSent || os == .synAckSent
                || (os == .reset && exchange.clientBytes == 0 && exchange.serverBytes == 0) {
                return "REJ"
            }
            return origInactive ? "RSTRH" : "RSTR"
        }
        if os == .reset {
            guard respInactive else { return "RSTO" }
            return synThenResetOnly(exchange.history) ? "RSTOS0" : "OTH"
        }
        if rs == .closed && os == .closed { return "SF" }
        if os == .closed { return respInactive ? "SH" : "S2" }
        if rs == .closed { return origInactive ? "SHR" : "S3" }
        if os == .synSent && rs == .inactive { return "S0" }
        if os == .established && rs == .established { return "S1" }
        return "OTH"
    }

    /// Zeek's `/\^?S[^HAFGIQ]*R.*/` on the history: the originator's SYN first, then its
    /// RST with no handshake reply, ACK, FIN, gap, inconsistent or multi-flag packet of its own between.
    private static func synThenResetOnly(_ history: ExchangeHistory) -> Bool {
        guard history.count > 0, history[0].event == .syn, history[0].byClient else { return false }
        for index in 1..<history.count {
            let (event, byClient) = history[index]
            guard byClient else { continue }
            switch event {
            case .rst: return true
            case .synAck, .ack, .fin, .gap, .inconsistent, .multiFlag: return false
            default: continue
            }
        }
        return false
    }

    /// conn.log's `history`, one byte at a time: `^` first when the server sent the first
    /// packet, then the originator's letters upper case, the responder's lower.
    static func forEachHistoryByte(_ history: ExchangeHistory, serverSentFirst: Bool, _ put: (UInt8) -> Void) {
        if serverSentFirst { put(UInt8(ascii: "^")) }
        for index in 0..<history.count {
            let (event, byClient) = history[index]
            put(byClient ? letter(event) : letter(event) | 0x20)
        }
    }

    /// Zeek's letter for an event, the originator's (upper case).
    static func letter(_ event: HistoryEvent) -> UInt8 {
        switch event {
        case .syn: UInt8(ascii: "S")
        case .synAck: UInt8(ascii: "H")
        case .ack: UInt8(ascii: "A")
        case .data: UInt8(ascii: "D")
        case .fin: UInt8(ascii: "F")
        case .rst: UInt8(ascii: "R")
        case .gap: UInt8(ascii: "G")
        case .retransmission: UInt8(ascii: "T")
        case .zeroWindow: UInt8(ascii: "W")
        case .inconsistent: UInt8(ascii: "I")
        case .multiFlag: UInt8(ascii: "Q")
        }
    }
}
