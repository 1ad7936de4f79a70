#!/usr/bin/env bash
# Claim coverage and binding over a corpus (issue 4's measure): per report, the numeric tokens of
# the narrative (amounts with a money unit, percentages), how many became claims, how many
# bindable claims were bound to a table fact; a total line per report kind.
#   scripts/claim-report.sh [--unbound] [DIR]   (DIR defaults to ../shared/corpus, else corpus/)
# A narrative published apart from its tables (`X.pdf` + `X-tables.pdf`) is read as one report.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=()
if [[ "${1:-}" == "--unbound" ]]; then flags+=(--unbound); shift; fi
dir="${1:-../shared/corpus}"
[[ -d "$dir" ]] || dir=corpus
[[ -x build/claim_report ]] || cmake --build build --target claim_report >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in "$dir"/*.pdf; do
  case "$f" in *-tables.pdf) continue ;; esac
  files=("$f")
  companion="${f%.pdf}-tables.pdf"
  [[ -f "$companion" ]] && files+=("$companion")
  build/claim_report "${flags[@]}" "${files[@]}" | tee -a "$out"
done
for f in "$dir"/*-tables.pdf; do
  [[ -f "${f%-tables.pdf}.pdf" ]] && continue
  build/claim_report "${flags[@]}" "$f" | tee -a "$out"
done
awk -F'\t' '$1=="REPORT" && $3 ~ /^kind=/ {
  split($3,kv,"="); kind=kv[2];
  for (i=4;i<=NF;i++){ split($i,a,"="); v[a[1]]=a[2] }
  tok[kind]+=v["tokens"]; cov[kind]+=v["covered"]; bd[kind]+=v["bindable"]; bo[kind]+=v["bound"]; sc[kind]+=v["scoped"]; sb[kind]+=v["scoped_bound"]; n[kind]++
}
END {
  for (k in n) {
    printf "TOTAL\t%s\treports=%d\ttokens=%d\tcovered=%d (%.1f%%)\tbindable=%d\tbound=%d (%.1f%%)\tin table sections=%d\tbound=%d (%.1f%%)\n", k, n[k], tok[k], cov[k], tok[k]?100*cov[k]/tok[k]:0, bd[k], bo[k], bd[k]?100*bo[k]/bd[k]:0, sc[k], sb[k], sc[k]?100*sb[k]/sc[k]:0
    T+=tok[k]; C+=cov[k]
  }
  printf "TOTAL\tall\ttokens=%d\tcovered=%d (%.1f%%)\n", T, C, T?100*C/T:0
}' "$out"
