#!/usr/bin/env bash
# Batch-scan benchmark over the whole shared corpus: `fiscalcheck scan DIR --jobs 1` and
# `--jobs 2`, each into a fresh database, and `pdftotext -layout` once per file over the same
# *.pdf files, interleaved in the same run; N runs each (default 3), medians.
# Prints the speed-up from 1 to 2 jobs (target >= 1.6x) and `--jobs 1` pages/s as a ratio of
# pdftotext's (target >= 0.75x). Pages are the pages of the documents the scan read.
# Usage: scripts/bench-scan.sh [--runs N] [CORPUS_DIR]   (defaults: 3, ../shared/corpus)
# Skips cleanly (exit 0) when the corpus is absent. FISCALCHECK_BIN overrides build/fiscalcheck.
set -euo pipefail
runs=3
corpus=../shared/corpus
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2-}; shift $(($# > 1 ? 2 : 1)) ;;
    --runs=*) runs=${1#--runs=}; shift ;;
    -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) corpus=$(cd "$1" 2>/dev/null && pwd || echo "$1"); shift ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench-scan: --runs needs a positive integer" >&2; exit 2; }
cd "$(dirname "$0")/.."
[ -d "$corpus" ] || { echo "bench-scan: no corpus at $corpus; skipped"; exit 0; }
corpus=$(cd "$corpus" && pwd)
bin=${FISCALCHECK_BIN:-build/fiscalcheck}
[ -x "$bin" ] || { echo "bench-scan: $bin is missing; build it with: ninja -C build" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench-scan: pdftotext is missing (poppler-utils)" >&2; exit 2; }

mapfile -t files < <(find "$corpus" -type f -iname '*.pdf' | LC_ALL=C sort)
[ ${#files[@]} -gt 0 ] || { echo "bench-scan: no PDF under $corpus; skipped"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "bench-scan: ${#files[@]} files under $corpus, $runs run(s) each, $(nproc) cores"

# Warm the page cache once (and learn the page count from the scan's own summary).
"$bin" scan "$corpus" --db "$work/warm.sqlite" --jobs 2 >"$work/summary.txt" 2>/dev/null
pages=$(sed -n 's/.*pages: \([0-9][0-9]*\).*/\1/p' "$work/summary.txt" | head -n 1)
[ -n "$pages" ] && [ "$pages" -gt 0 ] || { echo "bench-scan: could not read the page count" >&2; exit 2; }

run_scan() { # run_scan JOBS RUN
  local db="$work/scan-$1-$2.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  "$bin" scan "$corpus" --db "$db" --jobs "$1" >/dev/null 2>&1 || echo "  warning: scan --jobs $1 exited $?" >&2
}
run_pdftotext() {
  local f
  for f in "${files[@]}"; do pdftotext -layout "$f" /dev/null 2>/dev/null || true; done
}
timed() { # timed COMMAND... -> seconds
  local t0=$EPOCHREALTIME
  "$@"
  awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'
}
one=() two=() pdft=()
for ((i = 1; i <= runs; i++)); do
  t1=$(timed run_scan 1 "$i")
  t2=$(timed run_scan 2 "$i")
  tp=$(timed run_pdftotext)
  one+=("$t1") two+=("$t2") pdft+=("$tp")
  echo "  run $i: scan --jobs 1 $t1 s, scan --jobs 2 $t2 s, pdftotext $tp s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
s1=$(median "${one[@]}")
s2=$(median "${two[@]}")
sp=$(median "${pdft[@]}")
awk -v p="$pages" -v a="$s1" -v b="$s2" -v t="$sp" 'BEGIN {
  printf "pages read: %d\n", p
  printf "scan --jobs 1  median %8.3f s  %7.1f pages/s\n", a, p / a
  printf "scan --jobs 2  median %8.3f s  %7.1f pages/s\n", b, p / b
  printf "pdftotext      median %8.3f s  %7.1f pages/s\n", t, p / t
  printf "speed-up 1 -> 2 jobs: %.2fx  (target >= 1.6: %s)\n", a / b, (a / b >= 1.6 ? "ok" : "MISSED")
  printf "scan --jobs 1 / pdftotext pages/s: %.2fx  (target >= 0.75: %s)\n", t / a, (t / a >= 0.75 ? "ok" : "MISSED")
}'
