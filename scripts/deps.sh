#!/usr/bin/env bash
# Installs (or names) what building, running and testing need: Go, a C
# compiler for cgo (DuckDB, Tesseract) and the Debian packages listed in
# .ci/apt-packages (`deps.sh run` skips test-only ones). Idempotent and quiet when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v go >/dev/null || { echo "deps: Go is missing: install Go 1.26 or newer (https://go.dev/doc/install) and put it on PATH" >&2; exit 1; }
command -v gcc >/dev/null || missing+=(gcc)
mode=${1:-test}
while read -r line; do
  [ "$mode" = run ] && [[ $line == *test-only* ]] && continue
  pkg=${line%%#*}; pkg=$(echo "$pkg" | xargs)
  [ -n "$pkg" ] || continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done < .ci/apt-packages
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "deps: missing Debian packages: ${missing[*]}" >&2
  echo "deps: install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
