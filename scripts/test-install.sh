#!/usr/bin/env bash
# Installs wharfinger into a temporary prefix with scripts/install.sh and checks what a person
# would: the installed binary reads a bundled capture, `man` renders the installed page, bash
# (through bash-completion's loader), zsh and fish find the completions where they look for
# them and complete real values, and a second install changes no file.
#
#   scripts/test-install.sh
#
# CI runs it right after `swift build -c release`, so install.sh's build of the binary is a no-op;
# it builds generate-manual (a release product reusing that build's ArgumentParser). It needs
# man-db, groff-base, bash-completion, zsh and fish; without zsh or fish those checks are
# skipped, except under CI (CI=true), where .ci/run installs them and a missing one fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

passed=0 failed=0 skipped=0
pass() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; shift; for line in "$@"; do echo "    $line"; done; }
skip() {
    if [ "${CI:-}" = true ]; then fail "$1 (missing under CI)"; return; fi
    skipped=$((skipped + 1)); echo "skip - $1"
}
# contains TEXT NEEDLE...: every NEEDLE occurs in TEXT (fixed strings).
contains() {
    local text=$1 needle
    shift
    for needle in "$@"; do grep -qF -- "$needle" <<<"$text" || { echo "missing: $needle"; return 1; }; done
}
# has_lines TEXT LINE...: every LINE is a whole line of TEXT.
has_lines() {
    local text=$1 line
    shift
    for line in "$@"; do grep -qxF -- "$line" <<<"$text" || { echo "missing line: $line"; return 1; }; done
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
export LC_ALL=C.UTF-8
# The shells start with an empty home (no user's rc files or completion caches); install.sh keeps
# the real one, where SwiftPM keeps its caches.
shell_home=$work/home
mkdir -p "$shell_home"

start=$SECONDS
if out=$(scripts/install.sh "$prefix" 2>&1); then
    pass "install.sh $prefix ($((SECONDS - start)) s)"
else
    fail "install.sh $prefix" "$out"
    echo "test-install: $passed passed, $failed failed"
    exit 1
fi

bin=$prefix/bin/wharfinger
page=$prefix/share/man/man1/wharfinger.1
bash_completion=$prefix/share/bash-completion/completions/wharfinger
zsh_completion=$prefix/share/zsh/site-functions/_wharfinger
fish_completion=$prefix/share/fish/vendor_completions.d/wharfinger.fish
missing=()
[ -x "$bin" ] || missing+=("$bin (executable)")
for file in "$page" "$bash_completion" "$zsh_completion" "$fish_completion"; do
    [ -s "$file" ] || missing+=("$file")
done
if [ ${#missing[@]} -eq 0 ]; then pass "the binary, three completions and the man page are in place"
else fail "installed files" "${missing[@]}"; fi

# --version prints the one version string, Sources/wharfinger/Version.swift's.
expected=$(sed -n 's/^let wharfingerVersion = "\(.*\)"$/\1/p' Sources/wharfinger/Version.swift)
version=$("$bin" --version)
if [[ $expected =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] && [ "$version" = "$expected" ]; then
    pass "wharfinger --version prints $version"
else
    fail "wharfinger --version" "printed '$version', Version.swift says '$expected'"
fi

# The installed binary on a bundled capture: the SOCKS conversation from port 1494 and its verdict.
out=$("$bin" read "$repo/Captures/socks-from-1494.pcap" 2>&1) || true
if why=$(contains "$out" "75 frames, 5 conversations" \
    "tcp    127.0.0.1:1494   127.0.0.1:1080  socks    handshake  0.99" \
    "tcp 127.0.0.1:1494 -> 127.0.0.1:1080: server is 1080 (socks), ports alone 0.54, settled by handshake, confidence 0.99" \
    "total                  75  = 75 frames read by libpcap"); then
    pass "the installed wharfinger reads Captures/socks-from-1494.pcap"
else
    fail "the installed wharfinger on Captures/socks-from-1494.pcap" "$why" "$out"
fi

# man finds the page from PATH, as man-db derives PREFIX/share/man from PREFIX/bin, and renders it.
found=$(env -u MANPATH PATH="$prefix/bin:$PATH" man -w wharfinger 2>&1) || true
if [ "$found" = "$page" ]; then pass "man -w wharfinger finds $page with PREFIX/bin on PATH"
else fail "man -w wharfinger with $prefix/bin on PATH" "found: $found"; fi

if rendered=$(MANWIDTH=100 man -P cat -l "$page" 2>"$work/man.err") && [ ! -s "$work/man.err" ]; then
    # Each subcommand with its abstract, and options of each.
    if why=$(contains "$rendered" "WHARFINGER(1)" "wharfinger — Who landed, from where" \
        "read    Read pcap/pcapng files through libpcap" \
        "live    Capture live from an interface" \
        "interfaces" "List the capture devices libpcap sees" \
        "explain" "Explain what two ports say about which side is the server" \
        "--format format" "--filter filter" "--packets" "--no-tunnels" "--threads 1|2" \
        "-i, --interface interface" "-w file" "--max-flow-records N" "--proto proto" "--version"); then
        pass "man -l renders the page: read, live, interfaces, explain and their options"
    else
        fail "man -l $page" "$why" "$rendered"
    fi
else
    fail "man -l $page" "$(cat "$work/man.err")"
fi

# bash: bash-completion's own loader finds the script in PREFIX/share (as it would in
# /usr/local/share), and completing real command lines gives real candidates; `live -i`
# asks the installed binary for libpcap's devices.
bash_out=$(HOME=$shell_home XDG_DATA_DIRS=$prefix/share PATH=$prefix/bin:$PATH bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    __load_completion wharfinger || exit 1
    complete -p wharfinger
    complete_line() {
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        _wharfinger wharfinger "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        echo "$*=> ${COMPREPLY[*]}"
    }
    complete_line wharfinger ""
    complete_line wharfinger read --format ""
    complete_line wharfinger live --format ""
    complete_line wharfinger live --threads ""
    complete_line wharfinger live -i ""
    complete_line wharfinger read "$0/Captures/socks-from-1494.p"
' "$repo" 2>&1) || true
if why=$(has_lines "$bash_out" "complete -o filenames -F _wharfinger wharfinger" \
    "wharfinger => --version -h --help read live interfaces explain help" \
    "wharfinger read --format => text json ndjson zeek zeek-json html" \
    "wharfinger live --format => text json ndjson" \
    "wharfinger live --threads => 1 2" \
    "wharfinger read $repo/Captures/socks-from-1494.p=> $repo/Captures/socks-from-1494.pcap") \
    && grep -qE '^wharfinger live -i => (.* )?lo( |$)' <<<"$bash_out"; then
    pass "bash-completion loads the installed script (complete -p wharfinger) and completes subcommands, --format, --threads, -i lo, capture files"
else
    fail "bash completion" "${why:-no lo among the -i candidates}" "$bash_out"
fi

# zsh: compinit with the prefix's site-functions on fpath binds _wharfinger, which parses.
if command -v zsh >/dev/null; then
    zsh_out=$(HOME=$shell_home zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -d "$HOME/.zcompdump"
        autoload +X _wharfinger && print -r -- "bound: ${_comps[wharfinger]}"' zsh "$prefix/share/zsh/site-functions" 2>&1) || true
    if [ "$zsh_out" = "bound: _wharfinger" ]; then pass "zsh's compinit finds _wharfinger in site-functions and it parses"
    else fail "zsh completion" "$zsh_out"; fi
else
    skip "zsh completion (no zsh)"
fi

# fish: PREFIX/share on XDG_DATA_DIRS puts vendor_completions.d on fish's path, as /usr/local/share
# is. It runs in an empty directory: with no files to offer, the candidates are wharfinger's own.
if command -v fish >/dev/null; then
    mkdir -p "$work/empty"
    fish_out=$(cd "$work/empty" && HOME=$shell_home XDG_DATA_DIRS=$prefix/share:/usr/share PATH=$prefix/bin:$PATH fish -c \
        'complete -C "wharfinger read --format "; complete -C "wharfinger "' 2>&1 | cut -f1 | tr '\n' ' ') || true
    if [ "$fish_out" = "text json ndjson zeek zeek-json html explain help interfaces live read " ]; then
        pass "fish completes wharfinger's subcommands and --format values from vendor_completions.d"
    else
        fail "fish completion" "$fish_out"
    fi
else
    skip "fish completion (no fish)"
fi

# Installing again over the same prefix changes no file.
before=$(cd "$prefix" && find . -type f -exec sha256sum {} + | sort)
if out=$(scripts/install.sh "$prefix" 2>&1) && [ "$(cd "$prefix" && find . -type f -exec sha256sum {} + | sort)" = "$before" ]; then
    pass "a second install.sh into the same prefix leaves the same files"
else
    fail "a second install.sh" "$out"
fi

echo "test-install: $passed passed, $failed failed$( [ $skipped -eq 0 ] || echo ", $skipped skipped")"
[ $failed -eq 0 ]
