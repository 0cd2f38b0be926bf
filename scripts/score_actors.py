# Copied from the session tools: scores the actor knowledge base on dated probes (tests/data/blind/README.md).
"""usage: python score_actors.py PROBES.tsv [-v] — score the actor KB's phrase resolution on dated probes.
real rows: right when a resolved actor has the expected country (IGO rows: sector IGO, no country) and,
where a name is expected, that name; sector agreement reported separately.
trap rows: right when no resolved actor has another country than expected and no known person other than expected."""
import csv, datetime as dt, sys, unicodedata
from newsevents.work import Resources
def fold(s): return "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c)).lower()
res = Resources(); resolve = res.resolve_phrase
tot = {"real": 0, "trap": 0}; ok = {"real": 0, "trap": 0}; sec = [0, 0]; wrong = []
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"):
    day = dt.date.fromisoformat(row["date"]); refs = resolve(row["phrase"], day)
    c = None if row["expect_country"] == "-" else row["expect_country"]
    name = None if row["expect_name"] == "-" else row["expect_name"]
    s = None if row["expect_sector"] == "-" else row["expect_sector"]
    if row["trap"] == "yes":
        kind = "trap"
        good = all(r.country in (None, c) for r in refs) and not any(
            (r.kb_id or "").startswith("person:") and (name is None or fold(name) not in fold(r.name)) for r in refs)
        if c is None: good = good and not any(r.country for r in refs)
    else:
        kind = "real"
        if c is None:
            good = any(r.sector == "IGO" or (r.kb_id or "").startswith("org:") for r in refs) or (s is None and not refs)
        else:
            good = any(r.country == c for r in refs)
        if name: good = good and any(fold(name) in fold(r.name) or fold(r.name) in fold(name) for r in refs if r.name)
        if s:
            sec[1] += 1; sec[0] += any(r.sector == s for r in refs)
    tot[kind] += 1; ok[kind] += good
    if not good: wrong.append(f"[{kind}] {row['phrase']!r} {row['date']}: want {c} {s} {name}; got " + "; ".join(f"{r.name or r.entity_text}/{r.country}/{r.sector}" for r in refs))
print(f"real {ok['real']}/{tot['real']} = {ok['real']/max(1,tot['real']):.3f}; traps {ok['trap']}/{tot['trap']} = {ok['trap']/max(1,tot['trap']):.3f}; sector on real rows {sec[0]}/{sec[1]} = {sec[0]/max(1,sec[1]):.3f}")
if "-v" in sys.argv: print("\n".join(wrong))
