#!/usr/bin/env bash
# Refreshes the Public Suffix List snapshot the starter bundles for its startup check of origin patterns
# (io.github.corsstarter.runtime.PublicSuffixList refuses 'https://*.<public suffix>'):
#
#   scripts/update-public-suffix-list.sh            # downloads https://publicsuffix.org/list/public_suffix_list.dat
#   PSL_URL=file:///path/to/public_suffix_list.dat scripts/update-public-suffix-list.sh   # uses a copy you have
#
# It downloads the list and refuses it unless it is UTF-8 text with both section markers (ICANN and PRIVATE, each
# begun and ended, so a truncated download is caught), a sane number of rules (not fewer than PSL_MIN_RULES, nor
# fewer than 90% of the bundled snapshot's unless PSL_ALLOW_SHRINK=1) and a '// VERSION:' line no older than the
# bundled snapshot's (unless PSL_ALLOW_OLDER=1). Then it writes it with 'gzip -n -9' (no name, no time stamp: the
# same list always gives the same bytes) to
#   cors-spring-boot-autoconfigure/src/main/resources/io/github/corsstarter/runtime/public_suffix_list.dat.gz
# and rewrites the provenance note beside it (public_suffix_list.dat.gz.txt). Review 'git diff', run the module's
# tests (mvn -pl cors-spring-boot-autoconfigure test -Dtest='PublicSuffixList*'), and commit both files.
#
# The machines this project is developed and built on reach no general internet, so the download itself has not run
# there: the script was only exercised with PSL_URL pointing at local copies (the bundled one, truncated, garbage and
# older ones). The list's own header asks to pull it from that address only; this script is for a maintainer
# refreshing the snapshot, not for every build.
set -euo pipefail
cd "$(dirname "$0")/.."

url="${PSL_URL:-https://publicsuffix.org/list/public_suffix_list.dat}"
min_rules="${PSL_MIN_RULES:-5000}"
resource=cors-spring-boot-autoconfigure/src/main/resources/io/github/corsstarter/runtime/public_suffix_list.dat.gz
note="$resource.txt"

for tool in curl gzip awk iconv sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed and missing" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
list="$tmp/public_suffix_list.dat"

echo "Downloading $url"
curl --fail --silent --show-error --location --max-time 120 --proto '=https,file' --proto-redir '=https' \
  --output "$list" "$url"

fail() {
  echo "Refusing $url: $*; the bundled snapshot is unchanged" >&2
  exit 1
}

iconv -f UTF-8 -t UTF-8 "$list" >/dev/null 2>&1 || fail "it is not UTF-8 text"

# Counts the rules of each section, as the list's format defines a rule (the text up to the first whitespace of a
# line that is neither blank nor a '//' comment), and checks that the markers come in order.
counts() {
  awk '
    /^\/\/ ===BEGIN ICANN DOMAINS===$/   { if (s != "" || seen["ICANN"]++) bad = 1; s = "ICANN"; next }
    /^\/\/ ===END ICANN DOMAINS===$/     { if (s != "ICANN") bad = 1; s = ""; ended["ICANN"] = 1; next }
    /^\/\/ ===BEGIN PRIVATE DOMAINS===$/ { if (s != "" || seen["PRIVATE"]++) bad = 1; s = "PRIVATE"; next }
    /^\/\/ ===END PRIVATE DOMAINS===$/   { if (s != "PRIVATE") bad = 1; s = ""; ended["PRIVATE"] = 1; next }
    /^[[:space:]]*(\/\/|$)/              { next }
    { if (s == "") outside++; else n[s]++ }
    END {
      if (!ended["ICANN"] || !ended["PRIVATE"] || s != "") bad = 1
      printf "%d %d %d %d\n", n["ICANN"], n["PRIVATE"], outside, bad
    }' "$1"
}

read -r icann private outside bad < <(counts "$list")
[ "$bad" = 0 ] || fail "its '===BEGIN/END ICANN DOMAINS===' and '===BEGIN/END PRIVATE DOMAINS===' markers are missing or out of order"
[ "$outside" = 0 ] || fail "$outside rules stand outside the ICANN and PRIVATE sections"
total=$((icann + private))
[ "$icann" -gt 0 ] && [ "$private" -gt 0 ] || fail "a section is empty ($icann ICANN, $private PRIVATE rules)"
[ "$total" -ge "$min_rules" ] || fail "it has only $total rules (PSL_MIN_RULES=$min_rules)"

if [ -f "$resource" ] && [ "${PSL_ALLOW_SHRINK:-0}" != 1 ]; then
  gzip -dc "$resource" > "$tmp/bundled.dat"
  read -r old_icann old_private _ _ < <(counts "$tmp/bundled.dat")
  old_total=$((old_icann + old_private))
  [ $((total * 10)) -ge $((old_total * 9)) ] \
    || fail "it has $total rules, fewer than 90% of the bundled snapshot's $old_total (PSL_ALLOW_SHRINK=1 to accept)"
fi

version="$(sed -n 's|^// VERSION: *||p' "$list" | head -n 1)"
if [ -f "$resource" ] && [ "${PSL_ALLOW_OLDER:-0}" != 1 ]; then
  # VERSION lines (publicsuffix.org adds one, such as '2026-10-06_16-13-12_UTC') sort as text in time order.
  old_version="$(gzip -dc "$resource" | sed -n 's|^// VERSION: *||p' | head -n 1)"
  [ -n "$version" ] || fail "it has no '// VERSION:' line, so it cannot be told newer than the bundled snapshot (PSL_ALLOW_OLDER=1 to accept)"
  [[ -z "$old_version" || ! "$version" < "$old_version" ]] \
    || fail "its VERSION $version is older than the bundled snapshot's $old_version (PSL_ALLOW_OLDER=1 to accept)"
fi
commit="$(sed -n 's|^// COMMIT: *||p' "$list" | head -n 1)"
sha256="$(sha256sum "$list" | cut -d ' ' -f 1)"

gzip -n -9 -c "$list" > "$tmp/public_suffix_list.dat.gz"
mv "$tmp/public_suffix_list.dat.gz" "$resource"

cat > "$note" <<EOF
public_suffix_list.dat.gz: a snapshot of the Public Suffix List, compressed with 'gzip -n -9'.
The list is published by https://publicsuffix.org/ under the Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/).
Refresh it with scripts/update-public-suffix-list.sh, which rewrites this note.

Source:   $url
Taken:    $(date -u +%Y-%m-%d) by scripts/update-public-suffix-list.sh
VERSION:  ${version:-(no VERSION line)}
COMMIT:   ${commit:-(no COMMIT line)}
Rules:    $total ($icann ICANN, $private PRIVATE)
SHA-256 of the uncompressed list: $sha256
EOF

echo "Wrote $resource: ${version:-unversioned}, $total rules ($icann ICANN, $private PRIVATE)"
echo "Now review 'git diff', run the PublicSuffixList tests and commit $resource and $note"
