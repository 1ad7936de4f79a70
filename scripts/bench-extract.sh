#!/usr/bin/env bash
# Extraction benchmark over the text-layer files of the corpus: pages/s of
# `fiscalcheck extract FILE --format text` vs `pdftotext -layout FILE`, one process per file, each
# run = every file in sequence, median wall time of N runs per tool (pages from MANIFEST.tsv).
# Target: ours/pdftotext pages/s >= 0.9. Also peak RSS of fiscalcheck per file (one extra pass,
# GNU time %M). Target: max < 200 MB. Also `extract FILE --tables-csv DIR` (text extraction plus
# the table stage), so the cost of building tables shows; and `audit FILE --format json` (tables,
# claims, every rule): target >= 0.75x pdftotext's pages/s.
# Usage: scripts/bench-extract.sh [--runs N] [CORPUS_DIR]   (defaults: 5, ../shared/corpus)
set -euo pipefail
runs=5
corpus=../shared/corpus
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2-}; shift $(($# > 1 ? 2 : 1)) ;;
    --runs=*) runs=${1#--runs=}; shift ;;
    -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) corpus=$(cd "$1" && pwd); shift ;;   # relative to the caller's cwd
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench-extract: --runs needs a positive integer" >&2; exit 2; }
cd "$(dirname "$0")/.."
bin=build/fiscalcheck
[ -x "$bin" ] || { echo "bench-extract: $bin is missing; build it with: ninja -C build" >&2; exit 2; }
manifest=$corpus/MANIFEST.tsv
[ -f "$manifest" ] || { echo "bench-extract: no $manifest" >&2; exit 2; }

mapfile -t files < <(awk -F'\t' 'NR > 1 && $11 != "none" { print $1 }' "$manifest")
pages=$(awk -F'\t' 'NR > 1 && $11 != "none" { n += $6 } END { print n + 0 }' "$manifest")
echo "bench-extract: ${#files[@]} text-layer files, $pages pages, $runs run(s) per tool"

# Peak RSS pass (also warms the page cache for the timed runs).
tmp=$(mktemp)
csvdir=$(mktemp -d)
trap 'rm -rf "$tmp" "$csvdir"' EXIT
max_kb=0 max_file=- over=()
for f in "${files[@]}"; do
  /usr/bin/time -f %M -o "$tmp" "$bin" extract "$corpus/$f" --format text >/dev/null 2>&1 ||
    echo "  warning: fiscalcheck failed on $f" >&2
  kb=$(tail -n 1 "$tmp")
  if [ "$kb" -gt "$max_kb" ]; then max_kb=$kb max_file=$f; fi
  if [ "$kb" -gt $((200 * 1024)) ]; then over+=("$f ($((kb / 1024)) MB)"); fi
done

# Each run prints how many invocations failed (a text-layer file should never fail).
run_ours() {
  local n=0
  for f in "${files[@]}"; do "$bin" extract "$corpus/$f" --format text >/dev/null 2>&1 || n=$((n + 1)); done
  echo "$n"
}
run_tables() {
  local n=0
  for f in "${files[@]}"; do "$bin" extract "$corpus/$f" --tables-csv "$csvdir" >/dev/null 2>&1 || n=$((n + 1)); done
  echo "$n"
}
run_audit() { # exit 1 (an error finding) is a normal outcome; only 2 is a failure
  local n=0 rc
  for f in "${files[@]}"; do
    rc=0
    "$bin" audit "$corpus/$f" --format json >/dev/null 2>&1 || rc=$?
    if [ "$rc" -ge 2 ]; then n=$((n + 1)); fi
  done
  echo "$n"
}
run_pdftotext() {
  local n=0
  for f in "${files[@]}"; do pdftotext -layout "$corpus/$f" /dev/null 2>/dev/null || n=$((n + 1)); done
  echo "$n"
}
timed() { # timed TOOL -> "SECONDS FAILURES" for one run over all files
  local t0=$EPOCHREALTIME fails
  fails=$("run_$1")
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v n="$fails" 'BEGIN { printf "%.3f %d", b - a, n }'
}
ours_times=() pdft_times=() tab_times=() audit_times=() failures=0
for ((i = 1; i <= runs; i++)); do
  read -r ours_t ours_f <<<"$(timed ours)"
  read -r pdft_t pdft_f <<<"$(timed pdftotext)"
  read -r tab_t tab_f <<<"$(timed tables)"
  read -r audit_t audit_f <<<"$(timed audit)"
  ours_times+=("$ours_t") pdft_times+=("$pdft_t") tab_times+=("$tab_t") audit_times+=("$audit_t")
  failures=$((failures + ours_f + pdft_f + tab_f + audit_f))
  note=""
  if ((ours_f + pdft_f + tab_f)); then note="  (!! failed invocations: fiscalcheck $ours_f, pdftotext $pdft_f, tables $tab_f)"; fi
  echo "  run $i: fiscalcheck $ours_t s, pdftotext $pdft_t s, with tables $tab_t s, audit $audit_t s$note"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ours_s=$(median "${ours_times[@]}")
pdft_s=$(median "${pdft_times[@]}")
tab_s=$(median "${tab_times[@]}")
audit_s=$(median "${audit_times[@]}")

awk -v p="$pages" -v o="$ours_s" -v t="$pdft_s" -v w="$tab_s" -v a="$audit_s" -v kb="$max_kb" -v file="$max_file" 'BEGIN {
  ratio = (p / o) / (p / t)
  printf "fiscalcheck  median %7.3f s  %7.1f pages/s\n", o, p / o
  printf "pdftotext    median %7.3f s  %7.1f pages/s\n", t, p / t
  printf "with tables  median %7.3f s  %7.1f pages/s  (ratio to pdftotext %.2f; tables cost %.0f%% over text)\n", w, p / w, t / w, 100 * (w - o) / o
  printf "audit        median %7.3f s  %7.1f pages/s  (ratio to pdftotext %.2f; target >= 0.75: %s)\n", a, p / a, t / a, (t / a >= 0.75 ? "ok" : "MISSED")
  printf "ratio ours/pdftotext pages/s: %.2f  (target >= 0.9: %s)\n", ratio, (ratio >= 0.9 ? "ok" : "MISSED")
  printf "max RSS fiscalcheck: %.1f MB on %s  (target < 200 MB: %s)\n", kb / 1024, file, (kb < 200 * 1024 ? "ok" : "MISSED")
}'
if [ ${#over[@]} -gt 0 ]; then printf 'files over 200 MB: %s\n' "${over[*]}"; else echo "files over 200 MB: none"; fi
if [ "$failures" -gt 0 ]; then echo "WARNING: $failures invocation(s) failed during the timed runs; timings are unreliable"; fi
