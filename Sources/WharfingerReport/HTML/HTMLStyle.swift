/// The page's one style sheet: light by default, dark when the browser prefers it, plain
/// black on white when printed. Service colours are variables, so both themes share them.
enum HTMLStyle {
    /// Named services' colours in order (the timeline's rows), then probes and `other`.
    static let serviceColours = 10

    static let css = """
    :root{color-scheme:light dark;--bg:#ffffff;--fg:#1c2330;--muted:#5d6675;--line:#e2e6ec;--card:#f5f7fa;
    --axis:#8a93a3;--grid:#eceff3;--accent:#2f6fde;--weak:#b7791f;--good:#2f855a;--scan:rgba(220,38,38,.10);--scanline:#dc2626;
    --c0:#4e79a7;--c1:#f28e2b;--c2:#59a14f;--c3:#76b7b2;--c4:#edc948;--c5:#b07aa1;--c6:#ff9da7;--c7:#9c755f;--c8:#6b8fd6;--c9:#8cd17d;
    --probes:#e15759;--probesudp:#f2a0a1;--other:#b8b0ac}
    @media (prefers-color-scheme:dark){:root{--bg:#10151c;--fg:#e4e8ee;--muted:#98a2b1;--line:#28303b;--card:#171e27;
    --axis:#6b7584;--grid:#1f2731;--accent:#7aa7ff;--weak:#f0b44c;--good:#68d391;--scan:rgba(248,113,113,.13);--scanline:#f87171;--other:#7d7672}}
    @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#ccc;--card:#fff;--grid:#e6e6e6;--axis:#555}
    body{padding:0;max-width:none}section,.cards,figure{break-inside:avoid}a{color:inherit}}
    *{box-sizing:border-box}
    html{background:var(--bg);color:var(--fg)}
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0 auto;padding:28px 32px 48px;max-width:1180px}
    h1{font-size:24px;margin:0 0 2px;letter-spacing:-.01em}
    h2{font-size:17px;margin:34px 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line)}
    h3{font-size:14px;margin:18px 0 6px}
    p{margin:6px 0}.muted,figcaption,.note{color:var(--muted)}.note{font-size:12.5px}
    code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:16px 0 6px}
    .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
    .card b{display:block;font-size:20px;font-variant-numeric:tabular-nums;line-height:1.25}
    .card span{color:var(--muted);font-size:12px}
    figure{margin:8px 0 0}
    svg{display:block;width:100%;height:auto;font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
    svg text{fill:var(--muted)}svg .title{fill:var(--fg);font-weight:600}
    .axis{stroke:var(--axis);stroke-width:1}.grid{stroke:var(--grid);stroke-width:1}
    .zero{stroke:var(--fg);stroke-width:1.2}
    .scan{fill:var(--scan)}.scanedge{stroke:var(--scanline);stroke-width:1;stroke-dasharray:3 3}svg .scanlabel{fill:var(--scanline);font-weight:600}
    .legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 4px;padding:0;list-style:none;font-size:12.5px}
    .legend li{display:flex;align-items:center;gap:6px}
    .sw{display:inline-block;width:11px;height:11px;border-radius:2px;flex:none}
    table{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0}
    th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;border-bottom:1px solid var(--line);padding:5px 8px;white-space:nowrap}
    td{padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
    td.t{white-space:nowrap;font-variant-numeric:tabular-nums}
    .outcomes{color:var(--muted);font-size:12.5px;margin-top:2px}.outcomes b{color:var(--fg);font-weight:600}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tbody tr:hover{background:var(--card)}
    .bar{position:relative;min-width:110px}.bar i{position:absolute;left:0;top:5px;bottom:5px;background:var(--accent);opacity:.18;border-radius:2px}
    .bar span{position:relative}
    .weak{color:var(--weak);font-weight:600}.settled{color:var(--good);font-weight:600}
    .facts{margin:2px 0 0;padding-left:16px;color:var(--muted);font-size:12.5px}
    .facts li{margin:1px 0}.w{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--fg)}
    .pair{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0;background:var(--card)}
    .s0{fill:var(--c0);background:var(--c0)}.s1{fill:var(--c1);background:var(--c1)}.s2{fill:var(--c2);background:var(--c2)}
    .s3{fill:var(--c3);background:var(--c3)}.s4{fill:var(--c4);background:var(--c4)}.s5{fill:var(--c5);background:var(--c5)}
    .s6{fill:var(--c6);background:var(--c6)}.s7{fill:var(--c7);background:var(--c7)}.s8{fill:var(--c8);background:var(--c8)}
    .s9{fill:var(--c9);background:var(--c9)}.sp{fill:var(--probes);background:var(--probes)}.sq{fill:var(--probesudp);background:var(--probesudp)}.so{fill:var(--other);background:var(--other)}
    .bars rect:hover{opacity:.8}
    details{margin:4px 0}summary{cursor:pointer;color:var(--accent);font-size:13px;padding:4px 0}
    @media print{details{display:none}}
    footer{margin-top:40px;color:var(--muted);font-size:12px}
    """
}
