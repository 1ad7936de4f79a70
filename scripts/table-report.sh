#!/usr/bin/env bash
# Table extraction report over a corpus (default ../shared/corpus): per file, the standard tables
# found (T1-T8 compared with the manifest's heuristic flags; read the PDF before trusting a flag),
# rows parsed, and the structural identities checked and passed under the interval model; then a
# total line. Target: at least 99% of identities pass. `--failures` also lists every failing
# identity with its cells.
set -euo pipefail
# TABLE_REPORT_BIN=build-x/table_report: another build's tool.
cd "$(dirname "$0")/.."
failures=""
if [ "${1:-}" = "--failures" ]; then failures="--failures"; shift; fi
dir=${1:-../shared/corpus}
bin="${TABLE_REPORT_BIN:-build/table_report}"
[ -x "$bin" ] || { echo "$bin missing: run scripts/setup.sh" >&2; exit 2; }
[ -f "$dir/MANIFEST.tsv" ] || { echo "no MANIFEST.tsv in $dir" >&2; exit 2; }
files=()
while IFS=$'\t' read -r file _ _ _ _ _ _ _ _ _ text_layer _; do
  [ "$file" = file ] && continue
  [ "$text_layer" = ok ] && files+=("$dir/$file")
done < "$dir/MANIFEST.tsv"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" $failures "${files[@]}" > "$out"
python3 - "$dir" "$out" <<'PY'
import re, sys
corpus, report = sys.argv[1], sys.argv[2]
manifest = {}
for line in open(corpus + "/MANIFEST.tsv", encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    m = re.search(r"tables\[[^]]*\]=([Yt.]{8})", cols[-1])
    if m:
        manifest[cols[0]] = {"T%d" % (i + 1) for i, f in enumerate(m.group(1)) if f == "Y"}
def order(codes):
    return " ".join(sorted(codes, key=lambda c: int(c[1:])))
tot = dict(files=0, tables=0, rows=0, checks=0, passed=0, slips=0)
print("%-48s %-26s %-26s %5s %6s %6s %7s" % ("file", "found (T1-T8)", "manifest Y", "rows",
                                             "checks", "passed", "rate"))
for line in open(report, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "FAIL":
        print("  FAIL  " + "  ".join(f[2:]))
        continue
    name = f[1].split("/")[-1]
    if f[2] == "error":
        print("%-48s error: %s" % (name, f[3]))
        continue
    kv = dict(x.split("=", 1) for x in f[2:])
    codes = kv["codes"].split()
    standard = {"T%d" % i for i in range(1, 9)}
    found = {c.rstrip("0") for c in codes if not c.endswith("?") and c.rstrip("0") in standard}
    checks, passed = int(kv["checks"]), int(kv["passed"])
    rate = "%.1f%%" % (100.0 * passed / checks) if checks else "-"
    print("%-48s %-26s %-26s %5s %6d %6d %7s" % (name, order(found), order(manifest.get(name, set())),
                                                 kv["rows"], checks, passed, rate))
    tot["files"] += 1
    tot["tables"] += len(codes)
    tot["rows"] += int(kv["rows"])
    tot["checks"] += checks
    tot["passed"] += passed
    tot["slips"] += int(kv["slips"])
rate = 100.0 * tot["passed"] / tot["checks"] if tot["checks"] else 0.0
print("TOTAL files=%d tables=%d rows=%d identities=%d passed=%d (%.2f%%) rounding-slips=%d "
      "(target >= 99%%)" % (tot["files"], tot["tables"], tot["rows"], tot["checks"], tot["passed"],
                            rate, tot["slips"]))
PY
