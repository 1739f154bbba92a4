#!/bin/sh
# Regenerates common-passwords.txt (embedded by pkg/auth) from the npm package
# @zxcvbn-ts/language-common (MIT). Needs: npm, node, tar, sha256sum, sort.
# Run from anywhere:  sh pkg/auth/data/generate.sh
set -eu

PKG=@zxcvbn-ts/language-common
VERSION=4.1.3
TARBALL=zxcvbn-ts-language-common-$VERSION.tgz
# sha256 of the tarball as published (npm also checks the registry's sha512 integrity).
SHA256=bf3027c16c069d7877e25dc8751bc819e10e479afcc5ee1a323eb2ab73129ca9
MIN_LEN=4 # see SOURCES.md for why 4 and not 8

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

cd "$tmp"
npm pack --silent "$PKG@$VERSION" >/dev/null
echo "$SHA256  $TARBALL" | sha256sum -c --quiet -
tar -xzf "$TARBALL" package/src/passwords.json package/LICENSE.txt

# One password a line: lower-cased, trimmed, at least MIN_LEN characters,
# deduplicated, sorted bytewise (stable diffs).
node -e '
const list = require(process.argv[1]);
const min = Number(process.argv[2]);
for (const p of list) {
  const s = String(p).trim().toLowerCase();
  if ([...s].length >= min && !/[\r\n]/.test(s)) console.log(s);
}' "$tmp/package/src/passwords.json" "$MIN_LEN" | LC_ALL=C sort -u >"$tmp/out.txt"

mv "$tmp/out.txt" "$here/common-passwords.txt"
echo "wrote $(wc -l <"$here/common-passwords.txt") passwords to $here/common-passwords.txt"
