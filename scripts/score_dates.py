"""usage: python scripts/score_dates.py FILE.tsv [-v] — score newsevents' date normaliser on a date TSV
(rules in newsevents.evaluate.probes; sets in tests/data/blind*/). Strict: value + precision + end;
lenient: value only."""

import sys
from pathlib import Path

from newsevents.evaluate.probes import score_dates

s = score_dates(Path(sys.argv[1]))
print(f"rows {s.rows}: strict {s.strict / s.rows:.3f} ({s.strict}), value-only {s.lenient / s.rows:.3f} ({s.lenient})")
for group, (hit, total) in s.by_group.items():
    print(f"  {group}: {hit}/{total}")
if "-v" in sys.argv:
    print("\n".join(s.wrong))
