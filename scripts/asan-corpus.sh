#!/usr/bin/env bash
# Reads every file of the shared corpora with an AddressSanitizer build of wharfinger: the
# report (JSON, two threads), the report on one thread, and the --packets lines, each file
# on its own. Fails on any AddressSanitizer report, Swift runtime trap or signal; the tool's
# own errors (exit 1 to 77: damaged, unsupported or refused files) are expected here.
#
#   scripts/asan-corpus.sh [FILE...]   (default: ../shared/corpus/{tcpdump,ndpi}/files/*)
#
# Builds into --scratch-path ${ASAN_SCRATCH:-.build-asan}. Without the corpora and with no
# files named, it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
scratch=${ASAN_SCRATCH:-$repo/.build-asan}

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    for corpus in tcpdump ndpi; do
        folder=$repo/../shared/corpus/$corpus/files
        [ -d "$folder" ] && files+=("$folder"/*)
    done
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "asan-corpus: ../shared/corpus is not beside the repository; nothing to read"
    exit 0
fi

start=$SECONDS
swift build --scratch-path "$scratch" --product wharfinger -Xswiftc -sanitize=address
echo "asan-corpus: built in $((SECONDS - start)) s"
binary=$scratch/debug/wharfinger
# A distinct status for a sanitizer report, apart from the tool's own 1..77.
export ASAN_OPTIONS=exitcode=86:detect_leaks=0:abort_on_error=0

log=$(mktemp)
trap 'rm -f "$log"' EXIT
failures=0 runs=0
declare -A statuses
for file in "${files[@]}"; do
    for mode in "--format json" "--threads 1 --format text" "--packets --format ndjson"; do
        # shellcheck disable=SC2086  # the mode is several words
        set +e
        "$binary" read $mode --no-progress "$file" >/dev/null 2>"$log"
        status=$?
        set -e
        runs=$((runs + 1))
        statuses[$status]=$((${statuses[$status]:-0} + 1))
        if [ "$status" -eq 86 ] || [ "$status" -ge 128 ] || grep -qE 'AddressSanitizer|Fatal error|Backtrace' "$log"; then
            failures=$((failures + 1))
            echo "asan-corpus: $file ($mode): exit $status" >&2
            head -40 "$log" >&2
        fi
    done
done

summary=""
for status in $(printf '%s\n' "${!statuses[@]}" | sort -n); do summary+=" $status:${statuses[$status]}"; done
echo "asan-corpus: ${#files[@]} files, $runs runs in $((SECONDS - start)) s; exit statuses (status:runs)$summary"
if [ "$failures" -gt 0 ]; then
    echo "asan-corpus: $failures runs failed" >&2
    exit 1
fi
