#!/usr/bin/env bash
# Speed yardstick: Wharfinger against libpcap's own floor, measured side by side.
#
#   scripts/bench.sh [--packets N] [--runs R] [--quick] [--peers] [--json]
#
#   --packets N  capture size (gen_pcap -n N -s 1 -f 2000), default 1000000
#   --runs R     hyperfine runs per command (after one warm-up), default 5
#   --quick      one run, no warm-up (the CI mode: --packets 20000 --quick)
#   --peers      also tshark conversations, and ndpiReader, argus, tcptrace when
#                installed (slow peers: their own hyperfine run with the floor again,
#                at most 2 runs)
#   --json       print the table as JSON instead of text
#
# Needs ../shared/bench (gen_pcap.c, floor.c, floor_decode.c) next to the repository, or
# WHARFINGER_BENCH_SRC; without it the script says so and exits 0. Captures and tools are
# cached in /tmp/wharfinger-bench (WHARFINGER_BENCH_CACHE). The release build uses
# --scratch-path ${BENCH_SCRATCH_PATH:-.build}. Figures are ratios to `floor` measured in
# the same hyperfine run; peak RSS comes from one GNU time -v run per command. The main set
# is the floor, each output format, one thread, and tcpdump -w /dev/null when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

packets=1000000 runs=5 warmup=1 peers=0 json=0
while [ $# -gt 0 ]; do
    case "$1" in
        --packets) packets=${2:?--packets needs a number}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --quick) runs=1 warmup=0; shift ;;
        --peers) peers=1; shift ;;
        --json) json=1; shift ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 64 ;;
    esac
done
case "$packets" in ''|*[!0-9]*) echo "bench.sh: --packets wants a positive number" >&2; exit 64 ;; esac

src=${WHARFINGER_BENCH_SRC:-$repo/../shared/bench}
if [ ! -f "$src/floor.c" ] || [ ! -f "$src/floor_decode.c" ] || [ ! -f "$src/gen_pcap.c" ]; then
    echo "bench.sh: skipped: no yardstick sources in $src (gen_pcap.c, floor.c, floor_decode.c)"
    exit 0
fi
for tool in gcc hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: skipped: $tool is not installed"; exit 0; }
done
[ -x /usr/bin/time ] || { echo "bench.sh: skipped: GNU time (/usr/bin/time) is not installed"; exit 0; }

cache=${WHARFINGER_BENCH_CACHE:-/tmp/wharfinger-bench}
mkdir -p "$cache"
log() { echo "bench.sh: $*" >&2; }

# The yardstick tools, rebuilt when their source changes.
build_c() {  # name libs...
    local name=$1; shift
    if [ ! -x "$cache/$name" ] || [ "$src/$name.c" -nt "$cache/$name" ]; then
        log "building $name"
        gcc -O2 -o "$cache/$name" "$src/$name.c" "$@"
    fi
}
build_c gen_pcap -lm
build_c floor -lpcap
build_c floor_decode -lpcap
# The same floor reading through Wharfinger's 128 KiB stdio buffer (see scripts/floor-read-buffer.c).
if [ ! -x "$cache/floor_read_buffer" ] || [ "$src/floor.c" -nt "$cache/floor_read_buffer" ] \
    || [ "$repo/scripts/floor-read-buffer.c" -nt "$cache/floor_read_buffer" ]; then
    log "building floor_read_buffer"
    gcc -O2 -c -o "$cache/floor-read-buffer.o" "$repo/scripts/floor-read-buffer.c"
    gcc -O2 -Dpcap_open_offline=open_offline_with_read_buffer -o "$cache/floor_read_buffer" \
        "$src/floor.c" "$cache/floor-read-buffer.o" -lpcap
fi

capture=$cache/mix-$packets.pcap
if [ ! -s "$capture" ]; then
    # About 670 bytes a packet; keep 1 GiB spare.
    need_kb=$(( packets * 670 / 1024 + 1048576 ))
    avail_kb=$(df -Pk "$cache" | awk 'NR==2 {print $4}')
    if [ "$avail_kb" -lt "$need_kb" ]; then
        echo "bench.sh: skipped: $packets packets need about $((need_kb / 1024)) MiB in $cache, $((avail_kb / 1024)) MiB free"
        exit 0
    fi
    log "generating $capture"
    "$cache/gen_pcap" -q -n "$packets" -s 1 -f 2000 -o "$capture.tmp"
    mv "$capture.tmp" "$capture"
fi

scratch=${BENCH_SCRATCH_PATH:-.build}
log "building wharfinger (release, --scratch-path $scratch)"
swift build -c release --scratch-path "$scratch" --product wharfinger >&2
wharfinger=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/wharfinger

# name<TAB>command: the main set runs in one hyperfine invocation.
main_set=(
    "floor	$cache/floor $capture"
    "floor_decode	$cache/floor_decode $capture"
    "floor, 128 KiB read buffer	$cache/floor_read_buffer $capture"
    "wharfinger read	$wharfinger read --no-progress $capture"
    "wharfinger read --threads 1	$wharfinger read --no-progress --threads 1 $capture"
    "wharfinger read --format json	$wharfinger read --no-progress --format json $capture"
    "wharfinger read --format zeek	$wharfinger read --no-progress --format zeek $capture"
)
# What only copies frames: issue 22 wants the default report faster than it.
command -v tcpdump >/dev/null && main_set+=("tcpdump -w /dev/null	tcpdump -nr $capture -w /dev/null")
slow_set=()
if [ "$peers" = 1 ]; then
    command -v tshark >/dev/null && slow_set+=("tshark conv,tcp conv,udp	tshark -r $capture -q -z conv,tcp -z conv,udp")
    command -v ndpiReader >/dev/null && slow_set+=("ndpiReader	ndpiReader -q -i $capture")
    command -v argus >/dev/null && slow_set+=("argus -w /dev/null	argus -r $capture -w /dev/null")
    command -v tcptrace >/dev/null && slow_set+=("tcptrace -n	tcptrace -n $capture")
    [ ${#slow_set[@]} -gt 0 ] && slow_set=("floor	$cache/floor $capture" "${slow_set[@]}")
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=()
run_set() {  # tag runs warmup entries...
    local tag=$1 r=$2 w=$3; shift 3
    local args=() entry out="$cache/hyperfine-$packets-$tag-$stamp.json"
    for entry in "$@"; do args+=(-n "${entry%%	*}" "${entry#*	}"); done
    log "hyperfine ($tag set, -w $w -r $r)"
    hyperfine -N -w "$w" -r "$r" --export-json "$out" "${args[@]}" >&2
    results+=("$out")
}
rss_file=$cache/rss-$packets-$stamp.tsv
: > "$rss_file"
run_set main "$runs" "$warmup" "${main_set[@]}"
[ ${#slow_set[@]} -gt 0 ] && run_set peers "$(( runs < 2 ? runs : 2 ))" 0 "${slow_set[@]}"
log "peak RSS (GNU time -v, one run each)"
for entry in "${main_set[@]}" "${slow_set[@]:1}"; do
    [ -n "$entry" ] || continue
    # shellcheck disable=SC2086  # the commands are plain words
    /usr/bin/time -v -o "$rss_file.one" ${entry#*	} >/dev/null 2>&1 || true
    printf '%s\t%s\n' "${entry%%	*}" \
        "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$rss_file.one" 2>/dev/null || echo 0)" >> "$rss_file"
done
rm -f "$rss_file.one"

python3 - "$packets" "$json" "$rss_file" "${results[@]}" <<'EOF'
import json, os, sys
packets, as_json, rss_file, files = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3], sys.argv[4:]
rss = {}
for line in open(rss_file):
    name, _, kb = line.rstrip("\n").partition("\t")
    rss.setdefault(name, int(kb or 0))
rows = []
for f in files:
    res = json.load(open(f))["results"]
    floor = next(r["median"] for r in res if r["command"] == "floor")
    buffered = next((r["median"] for r in res if r["command"].startswith("floor, ")), None)
    for r in res:
        if rows and r["command"] == "floor" and any(x["command"] == "floor" for x in rows):
            continue  # the peers set repeats the floor only as its own yardstick
        rows.append({"command": r["command"], "median_s": r["median"], "ratio": r["median"] / floor,
                     "ratio_to_read_buffer_floor": r["median"] / buffered if buffered else None,
                     "runs": len(r["times"]), "peak_rss_mib": rss.get(r["command"], 0) / 1024})
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
meta = {"packets": packets, "nproc": os.cpu_count(), "cpu": cpu, "results": files}
if as_json:
    print(json.dumps({**meta, "rows": rows}, indent=2))
    sys.exit(0)
print(f"{packets} packets, {os.cpu_count()} cpus ({cpu}); ratios to floor in the same hyperfine run")
print("ratio: to floor; to buffered: to the floor given the same 128 KiB read buffer as Wharfinger")
print(f"{'command':<32} {'median wall':>12} {'ratio':>7} {'to buffered':>12} {'peak RSS':>10}")
for r in rows:
    other = r["ratio_to_read_buffer_floor"]
    other = f"{other:>12.2f}" if other is not None else f"{'-':>12}"
    print(f"{r['command']:<32} {r['median_s']:>10.3f} s {r['ratio']:>7.2f} {other} {r['peak_rss_mib']:>6.1f} MiB")
EOF
