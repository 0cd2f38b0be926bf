"""Time of place recognition and resolution (the ``places`` and ``where`` stages) per article,
against a bare spaCy parse of the same texts.

    python bench/bench_places.py FILE.jsonl [--limit N]

FILE is JSON Lines with a ``text`` field (a gold file works). Prints milliseconds per article of the
parse, of the places stage (recognise + resolve) and of the where stage, and their ratios.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsevents.parse.tree import open_index, release
from newsevents.pipeline import Pipeline
from newsevents.records import Article
from newsevents.work import Work


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in args.file.open(encoding="utf-8") if line.strip()][: args.limit]
    pipeline = Pipeline()
    pipeline.warm_up()
    nlp = pipeline.res.nlp
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    timed = {"places": 0.0, "where": 0.0}
    for k, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        article = Article(id=f"b{k}", text=text)
        work = Work(article=article, doc=doc, coded_date=pipeline.coded_date, index=open_index(doc))
        try:
            for st, func in pipeline._stage_funcs():
                start = time.perf_counter()
                func(work)
                if st.name in timed:
                    timed[st.name] += time.perf_counter() - start
        finally:
            release(doc)
    n = len(texts)
    print(f"articles: {n}")
    print(f"bare parse: {1000 * parse / n:.1f} ms/article")
    for name, secs in timed.items():
        print(f"{name}: {1000 * secs / n:.2f} ms/article ({secs / parse:.3f} of the parse)")


if __name__ == "__main__":
    main()
