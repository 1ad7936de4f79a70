#!/usr/bin/env bash
# Claim coverage and binding over a corpus (issue 4's measure): per report, the numeric tokens of
# the narrative (amounts with a money unit, percentages), how many became claims, how many
# bindable claims were bound to a table fact; a total line per report kind. Claims set apart as
# not table facts (claim.h's not_table_fact: performance indicators, asset thresholds …) are
# counted on their own line, with the rate over all claims (the earlier definition) beside it.
# Among them, figures of another year or measure whose subject the tables hold but whose year or
# measure they do not print ("other year", "budget figure") get an UNPRINTED line with the rate
# as if they were bindable.
#   scripts/claim-report.sh [--unbound] [DIR]   (DIR defaults to ../shared/corpus, else corpus/)
#   CLAIM_REPORT_BIN=build-x/claim_report scripts/claim-report.sh   (another build's tool)
# A narrative published apart from its tables (`X.pdf` + `X-tables.pdf`) is read as one report.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=()
if [[ "${1:-}" == "--unbound" ]]; then flags+=(--unbound); shift; fi
dir="${1:-../shared/corpus}"
[[ -d "$dir" ]] || dir=corpus
# CLAIM_REPORT_BIN: another build's claim_report (default build/claim_report, built when absent).
bin="${CLAIM_REPORT_BIN:-build/claim_report}"
if [[ -z "${CLAIM_REPORT_BIN:-}" ]]; then
  [[ -x build/claim_report ]] || cmake --build build --target claim_report >/dev/null
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in "$dir"/*.pdf; do
  case "$f" in *-tables.pdf) continue ;; esac
  files=("$f")
  companion="${f%.pdf}-tables.pdf"
  [[ -f "$companion" ]] && files+=("$companion")
  "$bin" "${flags[@]}" "${files[@]}" | tee -a "$out"
done
for f in "$dir"/*-tables.pdf; do
  [[ -f "${f%-tables.pdf}.pdf" ]] && continue
  "$bin" "${flags[@]}" "$f" | tee -a "$out"
done
awk -F'\t' '$1=="REPORT" && $3 ~ /^kind=/ {
  split($3,kv,"="); kind=kv[2];
  for (i=4;i<=NF;i++){ split($i,a,"="); v[a[1]]=a[2] }
  tok[kind]+=v["tokens"]; cov[kind]+=v["covered"]; bd[kind]+=v["bindable"]; bo[kind]+=v["bound"]; sc[kind]+=v["scoped"]; sb[kind]+=v["scoped_bound"]; kb[kind]+=v["kind_bindable"]; nt[kind]+=v["not_table_fact"]; n[kind]++
  ns=split(v["scopes"],sl,";"); for (j=1;j<=ns;j++) if (sl[j]!="") { split(sl[j],p,":"); scope[kind"\t"p[1]]+=p[2]; if (p[1]=="other year" || p[1]=="budget figure") up[kind]+=p[2] }
}
END {
  for (k in n) {
    printf "TOTAL\t%s\treports=%d\ttokens=%d\tcovered=%d (%.1f%%)\tbindable=%d\tbound=%d (%.1f%%)\tin table sections=%d\tbound=%d (%.1f%%)\n", k, n[k], tok[k], cov[k], tok[k]?100*cov[k]/tok[k]:0, bd[k], bo[k], bd[k]?100*bo[k]/bd[k]:0, sc[k], sb[k], sc[k]?100*sb[k]/sc[k]:0
    printf "NOT-TABLE-FACT\t%s\t%d claims set apart\t(all claims with a value: %d, bound %d = %.1f%%)\n", k, nt[k], kb[k], bo[k], kb[k]?100*bo[k]/kb[k]:0
    printf "UNPRINTED\t%s\t%d figures of another year or measure than the tables print (set apart above)\t(counted as bindable: bound %d/%d = %.1f%%)\n", k, up[k], bo[k], bd[k]+up[k], (bd[k]+up[k])?100*bo[k]/(bd[k]+up[k]):0
    T+=tok[k]; C+=cov[k]
  }
  for (s in scope) { split(s,q,"\t"); printf "NOT-TABLE-FACT\t%s\t%s=%d\n", q[1], q[2], scope[s] }
  printf "TOTAL\tall\ttokens=%d\tcovered=%d (%.1f%%)\n", T, C, T?100*C/T:0
}' "$out"
