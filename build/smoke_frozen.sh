#!/usr/bin/env bash
# Check the frozen application in dist/FocalPoint/ without a person:
#   bash build/smoke_frozen.sh [path/to/FocalPoint/executable]
# Runs --version, --smoke (window offscreen, demo, report, bundle round trip), then the
# command line from the frozen binary on a throwaway home: init, demo, --frozen-check
# (what the trimmed ICU, Babel and pycountry data and the fonts must still do: collation,
# code pages, Arabic shaping and direction, Cyrillic, accent-insensitive search), report
# attendance in English, Arabic and Russian (text checked with pdftotext), export.
# Any failure (missing resource, missing library, wrong output) exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

exe="${1:-dist/FocalPoint/FocalPoint}"
[ -x "$exe" ] || exe="dist/FocalPoint/focalpoint-cli.exe"
if [ ! -x "$exe" ]; then
  echo "No frozen application in dist/FocalPoint/: run 'bash build/build.sh' first." >&2
  exit 2
fi
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/focalpoint-frozen-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
home="$work/home"
step() { echo "--- $*"; }
fail() { echo "FROZEN SMOKE FAILED: $*" >&2; exit 1; }

step "--version"
version=$("$exe" --version)
expected=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
[ "$version" = "FocalPoint $expected" ] || fail "--version printed '$version', not 'FocalPoint $expected'"
echo "$version"

step "--smoke"
"$exe" --smoke --smoke-screenshot="$work/window.png" --smoke-timeout=600 \
  || fail "the smoke mode failed (see above)"
[ -s "$work/window.png" ] || fail "the smoke mode saved no screenshot"

if command -v xvfb-run >/dev/null; then
  step "--smoke on X11 (Xvfb): the platform plugin field laptops use"
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "$exe" --smoke \
    --smoke-timeout=600 || fail "the smoke mode failed on X11 (see above)"
fi

step "init"
printf 'frozen smoke passphrase %s\n' "$RANDOM$RANDOM$RANDOM" > "$work/pass"
"$exe" --home "$home" --passphrase-file "$work/pass" init --kind field --name "Frozen smoke" \
  --mission MONUSCO --operator "CI" || fail "init failed"

step "demo"
"$exe" --home "$home" demo || fail "demo failed"
activity=$("$exe" --home "$home" list activities --json | "${PYTHON:-python3}" -c \
  'import json, sys; print(json.load(sys.stdin)[0]["id"])') || fail "list activities failed"

step "--frozen-check (collation, code pages, Arabic and Cyrillic text, search)"
"$exe" --frozen-check "$home" || fail "a check of the trimmed build failed (see above)"

# letters LANG FILE: how many letters of the language's script pdftotext finds in FILE.
letters() {
  pdftotext -enc UTF-8 "$2" - | "${PYTHON:-python3}" -c '
import sys
ranges = {"ar": [(0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
          "ru": [(0x0400, 0x04FF)], "en": [(0x41, 0x5A), (0x61, 0x7A)]}[sys.argv[1]]
print(sum(any(a <= ord(c) <= b for a, b in ranges) for c in sys.stdin.read()))' "$1"
}
for lang in en ar ru; do
  step "report attendance --lang $lang"
  pdf="$work/attendance-$lang.pdf"
  "$exe" --home "$home" report attendance "$activity" --lang "$lang" --out "$pdf" \
    || fail "report attendance --lang $lang failed"
  head -c 4 "$pdf" | grep -q '%PDF' || fail "the $lang attendance report is not a PDF"
  grep -aq "DejaVu" "$pdf" || fail "the $lang attendance report lacks the shipped font"
  if command -v pdftotext >/dev/null; then
    count=$(letters "$lang" "$pdf") || fail "pdftotext could not read the $lang attendance report"
    # Native names print in every language: the translation must add 200 letters or more.
    base=0
    [ "$lang" = en ] || base=$(letters "$lang" "$work/attendance-en.pdf")
    [ "$count" -ge $((base + 200)) ] \
      || fail "the $lang attendance report has $count letters of its script (English: $base)"
    echo "$lang: $(wc -c < "$pdf") bytes, $count letters of its script (English report: $base)"
  else
    [ "$(wc -c < "$pdf")" -gt 10000 ] || fail "the $lang attendance report is nearly empty"
    echo "$lang: $(wc -c < "$pdf") bytes (pdftotext is missing: text not checked)"
  fi
done

step "export"
"$exe" --home "$work/hq" --passphrase-file "$work/pass" init --kind hq --name "Frozen HQ" \
  --operator "CI" >/dev/null || fail "init of the headquarters node failed"
"$exe" --home "$work/hq" keys card --out "$work/hq.fpkey.json" >/dev/null \
  || fail "keys card failed"
fingerprint=$("${PYTHON:-python3}" -c \
  'import json, sys; print(json.load(open(sys.argv[1]))["fingerprint"])' "$work/hq.fpkey.json")
"$exe" --home "$home" keys trust "$work/hq.fpkey.json" --fingerprint "$fingerprint" >/dev/null \
  || fail "keys trust failed"
bundle=$("$exe" --home "$home" --passphrase-file "$work/pass" export --to "Frozen HQ" \
  --out "$work/outbox") || fail "export failed"
bundle=$(echo "$bundle" | tail -n 1)
[ -s "$bundle" ] || fail "export printed '$bundle', which is not a bundle file"
echo "bundle: $(basename "$bundle") ($(wc -c < "$bundle") bytes)"

echo "Frozen application OK: $exe"
