/// Receives conversations, on the thread the analysis runs on.
public protocol FlowExporter: AnyObject {
    /// A conversation has ended and its verdict is final. Called once per conversation.
    func flowEnded(_ flow: Conversation)
    /// A conversation still going, every `AnalysisConfiguration.activeTimeout` seconds of
    /// capture time; its counts are totals so far.
    func flowActive(_ flow: Conversation)
    /// The capture's tunnels, each a conversation of its own (VXLAN between two VTEPs...),
    /// once every conversation inside them has been handed over, just before `close`.
    func tunnelsEnded(_ tunnels: [TunnelRecord])
    /// The analysis is over: every conversation has been handed over.
    func close()
}

extension FlowExporter {
    /// Most exporters write conversations only.
    public func tunnelsEnded(_ tunnels: [TunnelRecord]) {}
}
