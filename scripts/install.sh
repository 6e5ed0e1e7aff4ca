#!/usr/bin/env bash
# Builds wharfinger in release and installs it with its shell completions and man page.
#
#   scripts/install.sh [--systemd] [PREFIX]        PREFIX defaults to /usr/local
#
#   PREFIX/bin/wharfinger
#   PREFIX/share/bash-completion/completions/wharfinger
#   PREFIX/share/zsh/site-functions/_wharfinger
#   PREFIX/share/fish/vendor_completions.d/wharfinger.fish
#   PREFIX/share/man/man1/wharfinger.1
#   with --systemd: /etc/systemd/system/wharfinger@.service (scripts/wharfinger@.service, its
#   ExecStart pointing at PREFIX/bin/wharfinger; SYSTEMD_UNIT_DIR sets another folder), then
#   `systemctl daemon-reload` when systemd runs. `systemctl enable --now wharfinger@eth0` starts it.
#
# The completions are what the built binary generates (`wharfinger --generate-completion-script
# bash|zsh|fish`). The man page is made by swift-argument-parser's generate-manual, the tool its
# generate-manual plugin runs: `swift package generate-manual` would build that tool again in
# debug, ArgumentParser included (33 s of CPU time), and write the same page into
# .build/plugins/GenerateManual/outputs/wharfinger/; built as a release product here it reuses the
# ArgumentParser the binary was built with (13 s the first time, nothing after). The page is
# dated by the last commit, so installing the same commit again writes the same files.
#
# A PREFIX you do not own needs root: build as yourself first (`swift build -c release --product
# wharfinger && swift build -c release --product generate-manual`), then `sudo scripts/install.sh`,
# whose builds are then no-ops.
set -euo pipefail

usage() { echo "usage: scripts/install.sh [--systemd] [PREFIX]   (default PREFIX: /usr/local)"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

systemd=no
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --systemd) systemd=yes; shift ;;
        -*) usage >&2; fail "unknown option $1" ;;
        *) break ;;
    esac
done
[ $# -le 1 ] || { usage >&2; fail "one PREFIX at most, got $#"; }
prefix=${1:-/usr/local}
[ -n "$prefix" ] || fail "PREFIX is empty"

# PREFIX may not exist yet; made absolute (from where the script was called) before the cd below.
mkdir -p "$prefix" || fail "cannot create $prefix"
prefix=$(cd "$prefix" && pwd)
[ -w "$prefix" ] || fail "cannot write to $prefix (run as root, or give a PREFIX you own, e.g. ~/.local)"

cd "$(dirname "$0")/.."
command -v swift >/dev/null || fail "swift is not on PATH (a Swift 6 toolchain builds wharfinger)"
[ -e /usr/include/pcap/pcap.h ] || fail "libpcap's headers are missing: apt-get install libpcap-dev"

echo "install.sh: building the release binary and the man page generator (swift build -c release)"
swift build -c release --product wharfinger
swift build -c release --product generate-manual
bin=$(swift build -c release --show-bin-path)
[ -x "$bin/wharfinger" ] || fail "the build did not leave $bin/wharfinger"
[ -x "$bin/generate-manual" ] || fail "the build did not leave $bin/generate-manual"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
for shell in bash zsh fish; do
    "$bin/wharfinger" --generate-completion-script "$shell" >"$staging/$shell" \
        || fail "wharfinger --generate-completion-script $shell failed"
    [ -s "$staging/$shell" ] || fail "the $shell completion script is empty"
done
date=$(git log -1 --format=%cs 2>/dev/null || date +%F)
"$bin/generate-manual" "$bin/wharfinger" --date "$date" --output-directory "$staging" \
    || fail "generate-manual could not write the man page"
[ -s "$staging/wharfinger.1" ] || fail "generate-manual wrote no wharfinger.1"

put() { # MODE SOURCE DESTINATION
    install -D -m "$1" "$2" "$3" || fail "cannot install $3"
    echo "  $3"
}
echo "install.sh: installing wharfinger $("$bin/wharfinger" --version) into $prefix"
put 0755 "$bin/wharfinger" "$prefix/bin/wharfinger"
put 0644 "$staging/bash" "$prefix/share/bash-completion/completions/wharfinger"
put 0644 "$staging/zsh" "$prefix/share/zsh/site-functions/_wharfinger"
put 0644 "$staging/fish" "$prefix/share/fish/vendor_completions.d/wharfinger.fish"
put 0644 "$staging/wharfinger.1" "$prefix/share/man/man1/wharfinger.1"

if [ "$systemd" = yes ]; then
    unit_dir=${SYSTEMD_UNIT_DIR:-/etc/systemd/system}
    sed "s|@BINDIR@|$prefix/bin|" scripts/wharfinger@.service >"$staging/wharfinger@.service" \
        || fail "cannot write the systemd unit"
    put 0644 "$staging/wharfinger@.service" "$unit_dir/wharfinger@.service"
    if [ -d /run/systemd/system ] && [ -z "${SYSTEMD_UNIT_DIR:-}" ]; then
        systemctl daemon-reload || fail "systemctl daemon-reload failed"
    fi
    echo "install.sh: start it with: systemctl enable --now wharfinger@INTERFACE (outputs in /var/lib/wharfinger/INTERFACE)"
fi
