"""The learned backoff's word classes (data/backoff/word_clusters.tsv.gz, derived offline by
scripts/derive_word_clusters.py): a word never seen in training says what its class taught.
Sentences written for this test."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from newsevents.backoff.features import sentence_features, word_class
from newsevents.backoff.fields import act_of_another, governing_verb, night_before
from newsevents.backoff.model import TrainSettings, train

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "newsevents" / "data" / "backoff" / "word_clusters.tsv.gz"


def test_the_table_says_where_it_comes_from() -> None:
    head = gzip.decompress(TABLE.read_bytes()).decode("utf-8").splitlines()[:8]
    text = " ".join(head)
    assert "derive_word_clusters.py" in text and "CC0" in text and "WordNet" in text
    assert TABLE.stat().st_size < 400_000


def test_a_family_of_words_shares_a_class() -> None:
    assert word_class("attack") is not None
    assert word_class("attack") == word_class("invade") == word_class("raid")
    assert word_class("attack") != word_class("bread")
    assert word_class("notawordatall") is None


def test_the_features_of_the_classes(pipeline: Any) -> None:
    doc = pipeline.res.nlp("Rebels attacked the garrison at dawn.")
    feats = sentence_features(doc[:], 0, 1, classes=True)
    verb, obj = word_class("attack"), word_class("garrison")
    assert {f"vc:{verb}", f"wc:{verb}", f"voc:attack_{obj}", f"vco:{verb}_{obj}", f"vpc:{verb}_at"} <= feats
    bare = sentence_features(doc[:], 0, 1)  # without: as the shipped model, trained without them
    assert not any(f.startswith(("vc:", "wc:", "voc:", "vco:", "vpc:")) for f in bare)
    assert bare == {f for f in feats if not f.startswith(("vc:", "wc:", "voc:", "vco:", "vpc:"))}


TRAIN = [
    ("Rebels attacked the garrison at dawn.", {"ASSAULT"}),
    ("Soldiers raided the camp on Friday.", {"ASSAULT"}),
    ("The militia attacked a convoy near the border.", {"ASSAULT"}),
    ("The council opened a new library in the town.", set()),
    ("Farmers sold their grain at the market.", set()),
    ("The museum showed paintings by local artists.", set()),
]
UNSEEN = "Troops invaded the province on Monday."  # "invade": no word of the training sentences


def test_a_word_never_seen_in_training_reaches_through_its_class(pipeline: Any) -> None:
    settings = TrainSettings(l2=1e-3, steps=200, min_count=1)
    probs = {}
    for classes in (False, True):
        feats = [sentence_features(pipeline.res.nlp(t)[:], 0, 1, classes) for t, _ in TRAIN]
        model = train(feats, [t for _, t in TRAIN], ("ASSAULT", "PROTEST"), settings)
        unseen = sentence_features(pipeline.res.nlp(UNSEEN)[:], 0, 1, classes)
        probs[classes] = float(model.probabilities(unseen)[0])
    assert probs[True] > 0.5 > probs[False]


# fields.act_of_another: sentences written for this test; "tells" stands for the model's weights.
TELLS = {"w:request": 2.0, "w:protest": 2.0, "w:appeal": 2.0, "v:answer": 0.2, "v:bow": 0.1, "v:welcome": 0.3}


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("France answered a request for help from the president of Mali.", True),
        ("The government bowed to weeks of protests by Kenyan students.", True),
        ("The minister welcomed Kenya's appeal.", True),
        ("The minister welcomed the appeal.", False),  # no doer named: the subject's own reading stays
        ("The minister welcomed an appeal from the north.", False),  # no party under "from"
        ("The minister answered a question from Kenya.", False),  # the noun tells no type
    ],
)
def test_an_act_another_party_did(pipeline: Any, text: str, another: bool) -> None:
    doc = pipeline.res.nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert act_of_another(verb, lambda f: TELLS.get(f, 0.0), {"from", "by"}) is another


@pytest.mark.parametrize(
    ("text", "governed"),
    [
        ("Crowds cheered on Friday after the army opened the gates.", True),
        ("Crowds cheered on Friday as the army opened the gates.", True),
        ("Crowds cheered on Friday before the army opened the gates.", False),  # later than its clause
        ("Crowds cheered on Friday because the army opened the gates.", False),
    ],
)
def test_the_time_clause_s_governing_verb(pipeline: Any, text: str, governed: bool) -> None:
    doc = pipeline.res.nlp(text)
    opened = next(t for t in doc if t.lower_ == "opened")
    head = governing_verb(doc, opened.i, {"after", "as", "when", "while", "once"})
    assert (head is not None and doc[head].lower_ == "cheered") is governed


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Thousands of refugees crossed the river overnight after the army opened the gates.", True),
        ("The army opened the gates overnight.", True),
        ("Thousands of refugees crossed the river on Friday after the army opened the gates.", False),
        ("Thousands of refugees crossed the river overnight because the army opened the gates.", False),
    ],
)
def test_the_night_before(pipeline: Any, text: str, night: bool) -> None:
    doc = pipeline.res.nlp(text)
    opened = next(t for t in doc if t.lower_ == "opened")
    assert night_before(doc, opened.i, {"overnight"}, {"after", "as", "when"}) is night
