"""usage: python scripts/score_actors.py PROBES.tsv [-v] — score the actor knowledge base's phrase resolution
on dated probes, traps also by the kind their note opens with (rules in newsevents.evaluate.probes;
sets in tests/data/blind*/)."""

import sys
from pathlib import Path

from newsevents.evaluate.probes import score_actor_probes
from newsevents.work import Resources

s = score_actor_probes(Path(sys.argv[1]), Resources().resolve_phrase)
print(
    f"real {s.real[0]}/{s.real[1]} = {s.share('real'):.3f}; traps {s.traps[0]}/{s.traps[1]} = {s.share('traps'):.3f}; "
    f"sector on real rows {s.sector[0]}/{s.sector[1]} = {s.share('sector'):.3f}"
)
for kind, (hit, rows) in sorted(s.trap_kinds.items(), key=lambda kv: (kv[1][0] - kv[1][1], kv[0])):
    print(f"  traps [{kind}] {hit}/{rows}")
if "-v" in sys.argv:
    print("\n".join(s.wrong))
