#!/usr/bin/env bash
# Regenerates Sources/WharfingerServices/ServiceRegistry+IANA.swift (the built-in registry,
# packed so it compiles in seconds) from its committed source text,
# Sources/WharfingerServices/IANA/services. To update the registry, replace that file with a
# newer Wireshark's copy of IANA's registry (Debian libwireshark-data installs it as
# /usr/share/wireshark/services; Wireshark's tools/make-services.py makes it from IANA's CSV),
# review its diff, then run this.
#
# The generator is ServiceRegistrySourceTests, so the product's own services(5) parser reads
# the source; without WHARFINGER_WRITE_REGISTRY the same test only compares (swift test, CI).
set -euo pipefail
cd "$(dirname "$0")/.."
WHARFINGER_WRITE_REGISTRY=1 swift test --filter ServiceRegistrySourceTests
git --no-pager diff --stat -- Sources/WharfingerServices/ServiceRegistry+IANA.swift
