#!/usr/bin/env bash
# Rebuilds the two fonts Casebook serves (src/main/resources/static/fonts/) from the Fontsource packages of
# Google's Noto fonts. Needs npm and Python 3 with fonttools and brotli (pip install fonttools brotli).
# The results are committed, so neither a build nor a fresh machine needs this script or the network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/static/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @fontsource/noto-naskh-arabic@5.3.0 @fontsource/noto-sans-sc@5.3.0 >/dev/null
mkdir arabic han
tar xzf fontsource-noto-naskh-arabic-5.3.0.tgz -C arabic
tar xzf fontsource-noto-sans-sc-5.3.0.tgz -C han
# Fontsource's Arabic slice of Noto Naskh Arabic already holds every Uyghur letter (ې ۆ ۇ ۈ ھ ئ ە).
cp arabic/package/files/noto-naskh-arabic-arabic-400-normal.woff2 "$out/noto-naskh-arabic-400.woff2"
python3 "$here/han_subset.py" han/package/files "$out/noto-sans-sc-names-400.woff2"
cp arabic/package/LICENSE "$out/OFL-noto-naskh-arabic.txt"
cp han/package/LICENSE "$out/OFL-noto-sans-sc.txt"
ls -l "$out"
