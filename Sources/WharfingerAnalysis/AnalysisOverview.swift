// WharfingerAnalysis: connections, client/server verdicts with their evidence, tallies.
//
// Analyzer (Analyzer/): `ConnectionAnalyzer` takes the decoder's `Packet` of every TCP/UDP
// frame (`observe`, one path for one or two threads) and asks for the payload's facts only
// when the flow needs them; `+Lifecycle` creates, expires, evicts and ends flows and settles
// their verdicts; `+Reports` assembles snapshots, counters and the final report. The frames
// themselves are counted once, by the reader's `FrameLedger`. A flow's own TCP state machine
// and payload bookkeeping are `FlowState` extensions (Flow/FlowState+TCP, +Payload).
//
// Flow table (Flow/): `FlowKey` is the transport plus both endpoints in canonical order
// (lower address:port first) and a `flipped` bit per packet; its hash is symmetric by
// construction. `FlowTable` is open addressing with linear probing over 64-bit index words
// (hash << 32 | slot + 1) and backward-shift deletion; `FlowState` values (fixed size, no
// references) live in a slot array with a free list. Each timeout class (established TCP,
// transitory TCP = half-open or closed, UDP) has an intrusive LRU list, so the idle sweep on
// every clock advance looks at three list heads, and eviction when `maxFlows` is reached ends
// the list head closest to its deadline ("evicted"). Per packet: one lookup, field updates,
// no allocation; payload is classified once per direction, FTP control flows are parsed.
//
// Connections: a TCP connection ends with both FINs or an RST (it then lingers for
// `tcpTransitoryTimeout` to collect stray ACKs), or by idle timeout. A SYN after the close,
// a SYN with a new ISN, or a SYN on a flow that already carried data starts a new
// connection (roles may swap). A SYN whose ack-linked SYN-ACK was captured first, a
// retransmitted SYN (same ISN), and a simultaneous open stay in one connection.
//
// Verdicts (Verdict/): computed from the flow's flags and facts whenever a verdict is
// needed (flow end, snapshot, report), so later evidence revises earlier guesses.
// Order: handshake (SYN sender is the client, 0.99) > SYN-ACK only (0.95) > weighed facts.
// Without the handshake every fact a flow shows (`RoleFact`: payload roles, an SSH key
// exchange, FTP announcements, endpoint memory, fan-in, the port facts, who sent first and
// who sent more) adds its fitted log-likelihood weight (`RoleWeights`) for the side it
// names; the sum's probability is the confidence (at most 0.99) and the heaviest fact for
// the winner names the basis. Facts whose kind settles roles (a payload only one role
// sends, the SSH key exchange, FTP announcements) outweigh all others together.
// Weak = not decided by the handshake and below 0.7, or unknown.
//
// Tallies (Tally/): per transport + server port, fed when a flow ends. Flows settled by a
// handshake or a settling fact are tallied at once; the rest wait in a
// bounded ring (`maxPendingVerdicts`) for later evidence and are re-decided when they leave
// it: once `pendingVerdictWindow` seconds of capture time have passed since they ended
// (live), when the ring is full (the oldest), or at `finish()`. The exporter receives each
// flow as it is settled, with the verdict the tallies count and its reasons (one `Decision`);
// a record kept for a report keeps what that verdict read (`FlowRecord`). Distinct clients/servers: exact to 4096, linear counting beyond.
// Invariant: service packets + frames outside flows == frames observed.
//
// Bounds: live flows <= maxFlows; fan-in endpoints <= maxFanInEndpoints (quietest forgotten
// first); FTP expectations <= 4096; contested
// records <= maxAmbiguousRecords, the most contested (all counted). Finished flows are kept only when
// `keepFlowRecords`.
//
// Threading: a `ConnectionAnalyzer` belongs to one thread at a time (observe, snapshot and
// finish from the capture loop's thread). Swift's run-time exclusivity checks stay on here:
// turning them off in the analyzer or the flow table bought nothing (callgrind).
