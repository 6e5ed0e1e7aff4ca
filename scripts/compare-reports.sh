#!/usr/bin/env bash
# Byte-compares two wharfinger binaries' output: every bundled capture and a generated one,
# in every report format and the per-frame ones, on one thread and on two; with
# ../shared/corpus present, also the JSON report of every nDPI capture.
# For refactors that must not change behaviour:
#   scripts/compare-reports.sh /tmp/before/wharfinger .build/release/wharfinger
# Prints each difference and exits 1 when there is one.
set -uo pipefail
before=${1:?usage: compare-reports.sh BEFORE_BINARY AFTER_BINARY}
after=${2:?usage: compare-reports.sh BEFORE_BINARY AFTER_BINARY}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generator="$root/../shared/bench/gen_pcap.c"
captures=("$root"/Captures/*.pcap "$root"/Captures/*.pcapng)
if [[ -f $generator ]]; then
    gcc -O2 -o "$work/gen_pcap" "$generator" -lm && "$work/gen_pcap" -n 100000 -q -o "$work/mix-100k.pcap"
    captures+=("$work/mix-100k.pcap")
fi

differences=0
compare() {  # compare LABEL ARGS...: both binaries, stdout and stderr and exit code
    local label=$1; shift
    "$before" "$@" >"$work/b.out" 2>"$work/b.err"; echo "exit $?" >>"$work/b.err"
    "$after" "$@" >"$work/a.out" 2>"$work/a.err"; echo "exit $?" >>"$work/a.err"
    # The conn.log's #open/#close lines carry the time of the run.
    sed -i -E 's/^#(open|close)\t.*/#\1/' "$work/b.out" "$work/a.out"
    if ! cmp -s "$work/b.out" "$work/a.out" || ! cmp -s "$work/b.err" "$work/a.err"; then
        differences=$((differences + 1))
        echo "DIFFERS: $label"
        diff "$work/b.out" "$work/a.out" | head -5
        diff "$work/b.err" "$work/a.err" | head -5
    fi
}

runs=0
for capture in "${captures[@]}"; do
    name=$(basename "$capture")
    for threads in 1 2; do
        for format in text json ndjson zeek zeek-json; do
            compare "$name $format threads=$threads" read "$capture" --format "$format" --threads "$threads" --no-progress
            runs=$((runs + 1))
        done
        for format in text ndjson; do
            compare "$name --packets $format threads=$threads" read "$capture" --packets --format "$format" \
                --threads "$threads" --no-progress
            runs=$((runs + 1))
        done
    done
done

corpus="$root/../shared/corpus/ndpi/files"
if [[ -d $corpus ]]; then
    for capture in "$corpus"/*; do
        compare "ndpi/$(basename "$capture") json" read "$capture" --format json --no-progress
        runs=$((runs + 1))
    done
fi

echo "$runs runs compared, $differences differ"
[[ $differences -eq 0 ]]
