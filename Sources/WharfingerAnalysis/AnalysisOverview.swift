// WharfingerAnalysis: connections, client/server verdicts with their evidence, tallies.
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
// Order: handshake (SYN sender is the client, 0.99) > SYN-ACK only (0.95) > heuristic:
// first-payload roles (0.9; same banner both ways: who spoke first, 0.85) > FTP PORT/EPRT/
// PASV/EPSV announcements (0.9) > fan-in (distinct peer endpoints per endpoint, 0.8) >
// well-known port (0.75) > registered vs not (0.7, ports in modern ephemeral ranges do not
// count as registered) > IANA/Linux ephemeral range (0.65) > old-stack range 1024-4999
// (0.58) > lower port (0.55); nothing at all: unknown (0.5, first sender guessed as client).
// The first opinion decides; later ones are listed as support (+0.02 each, at most +0.04)
// or "against: " (-0.05 each). Weak = heuristic below 0.7, or unknown.
//
// Tallies (Tally/): per transport + server port, fed when a flow ends. Flows settled by a
// handshake, a payload or an FTP announcement are tallied at once; the rest wait in a
// bounded ring (`maxPendingVerdicts`) and are re-decided at `finish()` with the fan-in of
// the whole capture. Distinct clients/servers: exact to 4096, linear counting beyond.
// Invariant: service packets + frames outside flows == frames observed.
//
// Bounds: live flows <= maxFlows; fan-in endpoints <= maxFanInEndpoints (quietest forgotten
// first); FTP expectations <= 4096; ambiguous
// records <= maxAmbiguousRecords (all counted). Finished flows are kept only when
// `keepFlowRecords`.
//
// Threading: a `ConnectionAnalyzer` belongs to one thread at a time (observe, snapshot and
// finish from the capture loop's thread); its hot state is `@exclusivity(unchecked)`.
