#!/usr/bin/env bash
# Mutation testing of the auditor on real reports (issue 5's measure): per report, one known
# inconsistency injected at a time (a table cell beyond its rounding envelope, a figure shown
# twice, a narrative amount, a percentage by one and by five units of its last digit, a direction
# word, a placeholder, a dropped table); caught = a new finding explained by the mutation;
# spurious = a new finding it does not explain. Totals per mutation class at the end.
#   scripts/mutation-report.sh [--verbose] [DIR]   (DIR defaults to ../shared/corpus, else corpus/)
set -euo pipefail
cd "$(dirname "$0")/.."
flags=()
if [[ "${1:-}" == "--verbose" ]]; then flags+=(--verbose); shift; fi
dir="${1:-../shared/corpus}"
[[ -d "$dir" ]] || dir=corpus
[[ -x build/mutation_report ]] || cmake --build build --target mutation_report >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in "$dir"/*.pdf; do
  case "$f" in *-tables.pdf | *SCANNED*) continue ;; esac
  files=("$f")
  companion="${f%.pdf}-tables.pdf"
  [[ -f "$companion" ]] && files+=("$companion")
  build/mutation_report "${flags[@]}" "${files[@]}" | tee -a "$out"
done
awk -F'\t' '$1=="RESULT" {
  split($4,a,"="); split($5,b,"="); split($6,c,"=");
  att[$3]+=a[2]; cau[$3]+=b[2]; spu[$3]+=c[2]; A+=a[2]; C+=b[2]; S+=c[2]
}
END {
  for (k in att) printf "TOTAL\t%s\tattempted=%d\tcaught=%d (%.1f%%)\tspurious=%d\n", k, att[k], cau[k], att[k]?100*cau[k]/att[k]:0, spu[k]
  printf "TOTAL\tall\tattempted=%d\tcaught=%d (%.1f%%)\tspurious=%d\n", A, C, A?100*C/A:0, S
}' "$out"
