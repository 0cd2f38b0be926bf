"""Convert the field's Phoenix actor dictionaries (PETRARCH-2, MIT) into the imported knowledge layer.

    .venv/bin/python scripts/import_petrarch.py [PETRARCH_DIR]

PETRARCH_DIR defaults to ../shared/petrarch next to the repository. Writes
src/newsevents/data/kb/imported/phoenix.tsv and phoenix_agents.tsv (the licence notice is
imported/LICENSE) and prints what they hold. The rules are in newsevents.kb.phoenix and docs/knowledge-base.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsevents.kb import KnowledgeBase
from newsevents.kb.files import load_builtin
from newsevents.kb.name_context import name_context
from newsevents.kb.phoenix import LAYER_FILE, convert
from newsevents.kb.phoenix_agents import AGENTS_FILE, SOURCE, convert_agents, curated_names

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT.parent / "shared" / "petrarch"
    if not folder.is_dir():
        folder = Path("/work/shared/petrarch")
    if not folder.is_dir():
        print(f"no PETRARCH dictionary folder at {folder}", file=sys.stderr)
        return 2
    tables = load_builtin(imported=False)
    curated = KnowledgeBase(tables.countries, tables.orgs, tables.persons, tables.sectors)

    def resolves_to(name: str, country: str | None) -> bool:
        # also in capitals, as the dictionaries write them: "Us Secretary Of Defense" is "US_SECRETARY_OF_DEFENSE"
        return any(r.country == country for n in (name, name.upper()) for r in curated.resolve_phrase(n))

    text, counts = convert(folder, load_builtin(imported=False), resolves_to=resolves_to)
    out = ROOT / "src" / "newsevents" / "data" / "kb" / "imported" / LAYER_FILE
    out.write_text(text, encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {counts.line()}")
    agents_text, agent_counts = convert_agents(
        (folder / SOURCE).read_text(encoding="utf-8", errors="replace"),
        tables.sectors,
        curated_names(tables.countries, tables.orgs, tables.persons),
        name_context().honorifics,
    )
    agents_out = out.parent / AGENTS_FILE
    agents_out.write_text(agents_text, encoding="utf-8")
    print(f"{agents_out.relative_to(ROOT)}: {agent_counts.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
