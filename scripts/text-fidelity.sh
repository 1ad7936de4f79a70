#!/usr/bin/env bash
# Text fidelity report: for every text-layer PDF of the corpus, compares the multiset of amount
# tokens (numbers with a decimal part or thousands separators, after NFKC on both sides) in
# `fiscalcheck extract --format text` with `pdftotext -layout` (whose same-line decimal splits such
# as "174,900  .64" are re-joined first). Differences are bucketed: list-number ("4．2026年" read as
# 4.2026), split-by-pdftotext (pdftotext broke one number into pieces, also across lines),
# joined-by-us (our token is two adjacent pdftotext tokens), other. Target: no `other` differences.
# Usage: scripts/text-fidelity.sh [CORPUS_DIR]   (default ../shared/corpus). Always exits 0.
set -euo pipefail
corpus=../shared/corpus
if [ $# -gt 0 ]; then corpus=$(cd "$1" && pwd); fi   # an argument is relative to the caller's cwd
cd "$(dirname "$0")/.."
bin=build/fiscalcheck
[ -x "$bin" ] || { echo "text-fidelity: $bin not built (run ninja -C build)" >&2; exit 2; }
[ -f "$corpus/MANIFEST.tsv" ] || { echo "text-fidelity: no $corpus/MANIFEST.tsv" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -F'\t' 'NR > 1 && $11 != "none" { print $1 }' "$corpus/MANIFEST.tsv" >"$tmp/files"
while read -r f; do
  "$bin" extract "$corpus/$f" --format text >"$tmp/$f.ours" 2>"$tmp/$f.err" || echo "$f" >>"$tmp/failed"
  pdftotext -layout "$corpus/$f" "$tmp/$f.pt" 2>/dev/null || : >"$tmp/$f.pt"
done <"$tmp/files"

python3 - "$tmp" <<'PY'
import os, re, sys, unicodedata
from collections import Counter
from itertools import zip_longest

tmp = sys.argv[1]
TOKEN = re.compile(r'-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+')
DECIMAL_SPLIT = re.compile(r'(\d) +(\.\d)')           # pdftotext: "174,900  .64" -> "174,900.64"
LIST_RAW = re.compile(r'\s*(?:\[[a-z-]+\] )?[0-9０-９]{1,2}．')  # line-leading "4．" (fullwidth dot)
LIST_TOKEN = re.compile(r'\d{1,2}\.\d{4}')

def load(path, rejoin):
    """Returns (raw lines, normalised lines, tokens as (token, line, start, end), normalised text)."""
    raw = open(path, encoding='utf-8', errors='replace').read().splitlines()
    norm, toks = [], []
    for i, r in enumerate(raw):
        line = unicodedata.normalize('NFKC', r)
        if rejoin:
            line = DECIMAL_SPLIT.sub(r'\1\2', line)
        norm.append(line)
        toks += [(m.group(), i, m.start(), m.end()) for m in TOKEN.finditer(line)]
    return raw, norm, toks, '\n'.join(norm)

def is_list_number(tok, side):
    raw, norm, toks, _ = side
    return bool(LIST_TOKEN.fullmatch(tok)) and any(
        t == tok and LIST_RAW.match(raw[i]) and re.fullmatch(r'\s*(\[[a-z-]+\] )?', norm[i][:s])
        for t, i, s, e in toks)

def container(tok, toks):
    """A longer token containing tok at non-digit boundaries, or None."""
    for t, i, s, e in toks:
        k = t.find(tok)
        if t != tok and k >= 0 and not t[k - 1:k].isdigit() and not t[k + len(tok):k + len(tok) + 1].isdigit():
            return t, i
    return None

def split_pieces(tok, side):
    """pdftotext text where tok appears as its integer part, then whitespace (possibly a line break),
    then its '.fraction' -- a split the same-line re-join cannot repair. Returns the text or None."""
    m = re.fullmatch(r'(-?[\d,]+)(\.\d+)', tok)
    if not m:
        return None
    hit = re.search(r'(?<![\d,.])' + re.escape(m[1]) + r'\s+' + re.escape(m[2]), side[3])
    return re.sub(r'\s*\n\s*', '⏎', hit[0]) if hit else None

def adjacent_joins(side):
    """Strings formed by >= 2 adjacent tokens of one line (whitespace dropped) -> line index."""
    raw, norm, toks, _ = side
    joins = {}
    for a in range(len(toks)):
        for b in range(a + 1, min(a + 4, len(toks))):
            if toks[b][1] != toks[a][1]:
                break
            joins.setdefault(re.sub(r'\s+', '', norm[toks[a][1]][toks[a][2]:toks[b][3]]), toks[a][1])
    return joins

def snippet(line, tok):
    line = re.sub(r'\s{3,}', '  ', line.strip())
    k = max(line.find(tok), 0)
    lo, hi = max(k - 35, 0), min(k + len(tok) + 35, len(line))
    return ('…' if lo else '') + line[lo:hi] + ('…' if hi < len(line) else '')

def line_of(tok, side, fallback=None):
    raw, norm, toks, _ = side
    for t, i, s, e in toks:
        if t == tok:
            return snippet(norm[i], tok)
    if fallback is not None:
        return snippet(norm[fallback[1]], fallback[0])
    key = re.compile(r'(?<![\d.])' + re.escape(tok.replace(',', '')) + r'(?!\d)')
    for line in norm:                                 # same digits, differently separated/spaced
        if key.search(re.sub(r'[,\s]', '', line)):
            return snippet(line, tok[:4])
    return '—'

def classify(kind, tok, ours, pt, joins):
    """Returns (bucket, (our context, pdftotext context)) for a token missing from / extra in ours."""
    if is_list_number(tok, pt if kind == 'missing' else ours):
        return 'list-number', (line_of(tok, ours), line_of(tok, pt))
    if kind == 'missing' and (cont := container(tok, ours[2])):
        return 'split-by-pdftotext', (line_of(tok, ours, cont), split_pieces(cont[0], pt) or line_of(tok, pt))
    if kind == 'extra' and tok in joins:
        return 'joined-by-us', (line_of(tok, ours), line_of(tok, pt, (tok, joins[tok])))
    if kind == 'extra' and (pieces := split_pieces(tok, pt)):
        return 'split-by-pdftotext', (line_of(tok, ours), pieces)
    return 'other', (line_of(tok, ours), line_of(tok, pt))

failed = set(open(f'{tmp}/failed', encoding='utf-8').read().splitlines()) if os.path.exists(f'{tmp}/failed') else set()
buckets = Counter()
totals = Counter()
for name in open(f'{tmp}/files', encoding='utf-8').read().splitlines():
    err = open(f'{tmp}/{name}.err', encoding='utf-8', errors='replace').read().strip() if name in failed else ''
    ours, pt = load(f'{tmp}/{name}.ours', False), load(f'{tmp}/{name}.pt', True)
    co, cp = Counter(t[0] for t in ours[2]), Counter(t[0] for t in pt[2])
    missing, extra = cp - co, co - cp
    totals.update(files=1, ours=sum(co.values()), pdftotext=sum(cp.values()),
                  missing=sum(missing.values()), extra=sum(extra.values()))
    print(f'{name}  ours={sum(co.values())} pdftotext={sum(cp.values())} '
          f'missing={sum(missing.values())} extra={sum(extra.values())}'
          + (f'  EXTRACT FAILED: {err}' if err else ''))
    joins = adjacent_joins(pt) if extra else {}
    for kind, diff in (('missing', missing), ('extra', extra)):
        by_bucket = {}
        for tok, n in diff.items():
            bucket, ctx = classify(kind, tok, ours, pt, joins)
            buckets[bucket] += n
            by_bucket.setdefault(bucket, []).append((tok, n, bucket, ctx))
        # up to 5 examples, taken in turn from each bucket so that every kind shows up
        examples = [e for group in zip_longest(*by_bucket.values()) for e in group if e][:5]
        for tok, n, bucket, (ours_ctx, pt_ctx) in examples:
            print(f'  {kind:7} [{bucket}] {tok}' + (f' ×{n}' if n > 1 else ''))
            print(f'      ours: {ours_ctx}')
            print(f'      pdft: {pt_ctx}')

print(f"TOTAL files={totals['files']} tokens_ours={totals['ours']} tokens_pdftotext={totals['pdftotext']} "
      f"missing={totals['missing']} extra={totals['extra']} "
      + ' '.join(f'{b}={buckets[b]}' for b in ('list-number', 'split-by-pdftotext', 'joined-by-us', 'other')))
PY
