"""parse/ruler.py: the faster attribute ruler sets exactly what spaCy's AttributeRuler sets."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from conftest import SAMPLES
from newsevents.parse.ruler import FastAttributeRuler
from newsevents.pipeline import Pipeline

OWN = [
    "We're gonna talk, let's be clear: they ain't leaving Kabul before Friday.",
    "I gotta say the ministers met   twice.\n\nThe U.S. envoy didn't comment; 3,000 troops withdrew.",
    'Protesters in Nairobi chanted "Ruto must go!" as police fired tear gas at 5 p.m.',
    "wanna   see?",
]


def _annotations(doc: object) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]  # type: ignore[attr-defined]


@pytest.mark.model
def test_the_fast_ruler_sets_what_spacys_sets(pipeline: Pipeline) -> None:
    nlp = pipeline.res.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    texts = [f.read_text(encoding="utf-8") for f in sorted(SAMPLES.glob("*.txt"))] + OWN
    compared = 0
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts):
            theirs, ours = doc.copy(), doc.copy()
            AttributeRuler.__call__(ruler, theirs)  # spaCy's own matching
            ruler(ours)
            assert _annotations(ours) == _annotations(theirs)
            assert any(t.pos_ for t in ours)  # the ruler did set parts of speech
            compared += len(doc)
    assert compared > 500
    plan = ruler._plan
    assert plan is not None and plan.simple and plan.memo  # the memoised path ran


@pytest.mark.model
def test_the_fast_ruler_keeps_its_patterns_when_they_change(pipeline: Pipeline) -> None:
    nlp = pipeline.res.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    copy = FastAttributeRuler(nlp.vocab)
    copy.add_patterns(ruler.patterns)
    copy.add([[{"LOWER": "kabul"}]], {"LEMMA": "KABUL"})  # a later pattern wins
    doc = nlp("They left Kabul.")
    copy(doc)
    assert [t.lemma_ for t in doc if t.lower_ == "kabul"] == ["KABUL"]
