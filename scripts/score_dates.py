# Copied from the session tools: scores the date normaliser on a date TSV (tests/data/blind/README.md).
"""usage: python score_dates.py FILE.tsv — score newsevents' date normaliser on a blind date TSV.
Strict: value + precision + end; lenient: value only (and 'none' rows: nothing returned)."""
import datetime as dt, sys, collections
from newsevents.resolve.dates import normalize
strict = lenient = n = 0
by = collections.Counter(); byok = collections.Counter(); wrong = []
kind = "?"
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#"):
        if not line.startswith("# note"): kind = line[1:].strip()[:40]
        continue
    if not line.strip() or line.startswith("text\t"): continue
    text, pub, tense, value, precision, end = line.split("\t")
    got = normalize(text, dt.date.fromisoformat(pub) if pub else None, tense or None)
    n += 1; by[kind] += 1
    if value.lower() == "none":
        ok = got is None or got.precision in {"unknown"}; okl = ok
    else:
        okl = got is not None and got.value == value
        ok = okl and got.precision == precision and (got.end_value or "") == end
    strict += ok; lenient += okl; byok[kind] += ok
    if not ok: wrong.append(f"{text!r} pub={pub} tense={tense}: want {value} {precision} {end!r}, got {got and (got.value, got.precision, got.end_value)}")
print(f"rows {n}: strict {strict/n:.3f} ({strict}), value-only {lenient/n:.3f} ({lenient})")
for k in by: print(f"  {k}: {byok[k]}/{by[k]}")
if "-v" in sys.argv: print("\n".join(wrong))
