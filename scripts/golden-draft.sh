#!/usr/bin/env bash
# Drafts a golden table file for one corpus PDF from the current extraction:
#   scripts/golden-draft.sh corpus/NAME.pdf > corpus/expected/NAME.tables.tsv
# The draft is NOT ground truth: every line must then be checked against the rendered PDF
# (pdftoppm -r 110 -f P -l P FILE out) and corrected by hand. Format: corpus/expected/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
file=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/fiscalcheck extract "$file" --tables-csv "$tmp" >/dev/null
python3 - "$tmp" "$file" <<'PY'
import csv, glob, os, re, sys
tmp, pdf = sys.argv[1], sys.argv[2]
stem = os.path.splitext(os.path.basename(pdf))[0]
def order(p):
    m = re.search(r'-(\d+)-T\d+\.csv$', p)
    return int(m.group(1))
print("\t".join(["table", "seq", "page", "row_code", "row_name", "row_number", "column", "value"]))
for path in sorted(glob.glob(os.path.join(tmp, stem + "-*.csv")), key=order):
    seq = order(path)
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            print("\t".join([r["table"], str(seq), r["page"], r["row_code"], r["row_name"],
                             r["row_number"], r["column_path"], r["value"]]))
PY
