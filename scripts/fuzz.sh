#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with AddressSanitizer and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
#   SECONDS  how long each target runs, default 60
#   TARGET   FrameAnalysisFuzz, PcapngBlockReaderFuzz (default: both)
#
# Seeds come from Captures/ and, when present, ../shared/corpus/{tcpdump,ndpi}/files:
# FrameAnalysisFuzz makes its own inputs from captures it reads with libpcap (--seeds); the
# block reader takes the pcapng files as they are. What a target learns is kept in
# $FUZZ_SCRATCH/corpus/TARGET for the next run. A crash, an AddressSanitizer report or an
# input slower than 10 s stops that target with libFuzzer's report; the input is saved as
# $FUZZ_SCRATCH/findings/TARGET-crash-*, and the script exits 1 once every target has run.
# `FrameAnalysisFuzz --to-pcap INPUT OUT.pcap` turns a finding into a capture for Captures/.
#
# The build is release (a debug build renames main for testing) with lld (gold cannot link
# it), into --scratch-path ${FUZZ_SCRATCH:-.build-fuzz}. Swift's toolchain carries the
# fuzzer and sanitizer runtimes; nothing else is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FrameAnalysisFuzz PcapngBlockReaderFuzz)
scratch=${FUZZ_SCRATCH:-$repo/.build-fuzz}
shared=$repo/../shared/corpus

# Every capture there is to learn from, bundled first.
captures=("$repo"/Captures/*.pcap "$repo"/Captures/*.pcapng)
for corpus in tcpdump ndpi; do
    if [ -d "$shared/$corpus/files" ]; then
        captures+=("$shared/$corpus/files"/*)
    else
        echo "fuzz: $shared/$corpus/files is not there; seeding without it"
    fi
done

is_pcapng() { [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = "0a0d0d0a" ]; }

failed=()
for target in "${targets[@]}"; do
    echo "fuzz: building $target"
    start=$SECONDS
    (cd Fuzz && swift build -c release --scratch-path "$scratch" --product "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld)
    echo "fuzz: built $target in $((SECONDS - start)) s"
    binary=$scratch/release/$target

    seeds=$scratch/seeds/$target
    rm -rf "$seeds"
    mkdir -p "$seeds" "$scratch/corpus/$target" "$scratch/findings"
    case "$target" in
        FrameAnalysisFuzz)
            "$binary" --seeds "$seeds" "${captures[@]}" ;;
        PcapngBlockReaderFuzz)
            for capture in "${captures[@]}"; do
                if is_pcapng "$capture"; then cp "$capture" "$seeds/$(basename "$capture")"; fi
            done
            echo "$(ls "$seeds" | wc -l) pcapng seeds in $seeds" ;;
        *)
            echo "fuzz: unknown target $target" >&2
            exit 64 ;;
    esac

    # Leak checks are off: LeakSanitizer scans the heap on every new input and would take
    # most of the time; AddressSanitizer's checks stay on.
    echo "fuzz: running $target for $seconds s"
    if ! (cd "$scratch" && "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -detect_leaks=0 \
              -print_final_stats=1 -artifact_prefix="$scratch/findings/$target-" \
              "$scratch/corpus/$target" "$seeds"); then
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings from ${failed[*]} in $scratch/findings" >&2
    exit 1
fi
