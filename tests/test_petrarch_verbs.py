"""The imported verb layer: the PETRARCH-2 converter (newsevents.match.petrarch) on a dictionary
of our own, word classes matched by membership, the shipped layer below the built-in file, and the
families of objects of verb_frames.yaml on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from newsevents.code import verbframes
from newsevents.code.verbframes import VerbFrameError, VerbFrames
from newsevents.match.petrarch import SELECTION, Selection, convert, parse_dictionary
from newsevents.records import Article

# A dictionary in CAMEO.2.0.txt's syntax, written for these tests (words chosen so that no
# built-in pattern interferes: zorp, blick, frobnicate are not English verbs).
DICT = """\
# a comment
&GADGET
+WIDGET
+DOOHICKEY_
+SPROCKET_WHEEL

&FOOD
+BREAD

####### VERB PATTERNS #######

---  ZORP   [---]  ---
ZORP
BLICK {BLICKS BLICKED BLICKING} [0231]
+ZORP_OUT {+ZORPS_OUT +ZORPED_OUT}
WIRE_+ZAP {WIRE_+ZAPS}
- * &GADGET                               [072]         # ZORP
- * (TO &FOOD)                            [073]         # BLICK
- * {ARMY TROOPS}                         [154]         # ZORP
- &MILITARY * AID                         [070]         # ZORP
- * (BEFORE COURT)                        [:173]        # ZORP
- * WIDGETS (WITH +)                      [0234]        # ZORP
- * (FROM $) SHIPMENT                     [0233]        # BLICK
- * GIZMO                                 [---]         # ZORP
- * GADGETRY                              [0999]        # ZORP
- * &GADGET                               [073]         # ZORP

---  FROBNICATE   [120]  ---
FROBNICATE
- * PLAN                                  [121]         # FROBNICATE

~ a (a b ATTACK) SAY = a b 015
"""


def _lemma(word: str, pos: str) -> str:
    """A toy lemmatiser for the test dictionary (the script uses the spaCy model's)."""
    if pos == "NOUN" and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return {"blicked": "blick"}.get(word, word)


CODES = VerbFrames.load(imported=False).codes()


def _converted(selection: Selection | None = None) -> tuple[str, dict[str, int]]:
    result = convert(DICT, _lemma, CODES, selection or Selection())
    return result.text, dict(result.counts)


def _load(tmp_path: Path, text: str) -> VerbFrames:
    path = tmp_path / "layer.yaml"
    path.write_text(text, encoding="utf-8")
    return VerbFrames.load([path], imported=False)


def test_parse_reads_synsets_blocks_verbs_and_patterns() -> None:
    parsed = parse_dictionary(DICT, _lemma)
    assert parsed.classes["P_GADGET"] == ("widget", "doohickey", "sprocket wheel")
    block = parsed.blocks[0]
    assert block.name == "PV_ZORP" and block.code is None
    assert [(v.lemma, v.context, v.code) for v in block.verbs] == [
        ("zorp", (), None),
        ("blick", (), "0231"),
        ("zorp", ("out",), None),
    ]
    assert parsed.counts["verb with words before it (pre-compound)"] == 1  # WIRE_+ZAP
    assert parsed.counts["words before the verb (subject)"] == 1  # &MILITARY * AID
    assert parsed.counts["passive-only code"] == 1
    assert parsed.counts["transformation (not converted)"] == 1
    roles = {r.roles for r in block.rules if r.roles}
    assert roles == {("target:with",), ("source:from",)}
    assert parsed.blocks[1].code == "120"


def test_convert_writes_word_classes_and_patterns_that_load_and_match(tmp_path: Path) -> None:
    text, counts = _converted(Selection())
    vf = _load(tmp_path, text)
    # a synset is a word class: any member (a phrase member with all its words) fills the slot
    for ctx in (["widget"], ["doohickey"], ["wheel", "sprocket"]):
        match = vf.match("zorp", ctx)
        assert match is not None and match.code is not None and match.code.code == "072", ctx
    assert vf.match("zorp", ["wheel"]) is None  # half a phrase member is no member
    # the verb block is a predicate class: a synonym takes the block's patterns
    blick = vf.match("blick", ["widget"])
    assert blick is not None and blick.code is not None and blick.code.code == "072"
    assert blick.pattern == "PV_ZORP P_GADGET" and blick.source.endswith("layer.yaml")
    # a multi-word verb: its particle is a word of the context
    out = vf.match("zorp", ["out", "to", "bread"])
    assert out is not None and out.code is not None and out.code.code == "073"
    # braces and parentheses become a set of lemmas; the marker of a role is no word, its preposition is
    troops = vf.match("zorp", ["army", "troop"])
    assert troops is not None and troops.code is not None and troops.code.code == "154"
    widgets = vf.match("zorp", ["widget", "with"])
    assert widgets is not None and widgets.code is not None and widgets.code.code == "0234"
    shipment = vf.match("zorp", ["shipment", "from"])
    assert shipment is not None and shipment.code is not None and shipment.code.code == "0233"
    # "---" is a discard; an unknown code and a repeated pattern are dropped (the first one wins)
    gizmo = vf.match("zorp", ["gizmo"])
    assert gizmo is not None and gizmo.discarded
    assert vf.match("zorp", ["gadgetry"]) is None
    assert counts["code not in the codebook"] == 1 and counts["repeats an earlier pattern"] >= 1
    # one-word patterns (a verb's or a block's own code) only when the selection keeps them
    assert vf.match("blick", []) is None and vf.match("frobnicate", []) is None
    plan = vf.match("frobnicate", ["plan"])
    assert plan is not None and plan.code is not None and plan.code.code == "121"


def test_selection_one_word_discards_roots_and_own_verb(tmp_path: Path) -> None:
    vf = _load(tmp_path, _converted(Selection(one_word=True))[0])
    blick = vf.match("blick", [])
    assert blick is not None and blick.code is not None and blick.code.code == "0231"
    frob = vf.match("frobnicate", [])
    assert frob is not None and frob.code is not None and frob.code.code == "120"
    no_discards = _load(tmp_path, _converted(Selection(discards=False))[0])
    assert no_discards.match("zorp", ["gizmo"]) is None
    no_07 = _load(tmp_path, _converted(Selection(drop_roots=frozenset({"07"})))[0])
    assert no_07.match("zorp", ["widget"]) is None
    assert no_07.match("frobnicate", ["plan"]) is not None
    own = _load(tmp_path, _converted(Selection(own_verb=True))[0])
    assert own.match("zorp", ["widget"]) is not None
    assert own.match("blick", ["widget"]) is None  # written for ZORP, not for its synonym BLICK
    to_bread = own.match("blick", ["to", "bread"])
    assert to_bread is not None and to_bread.code is not None and to_bread.code.code == "073"


# ------------------------------------------------------------------ word classes in any file


def _user(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_word_class_counts_as_one_word_and_more_specific_wins(tmp_path: Path) -> None:
    vf = VerbFrames.load(
        [
            _user(
                tmp_path,
                'word_classes:\n  GIZMO: [gizmo, "flux capacitor"]\n'
                'frames:\n  - code: "072"\n    patterns: ["zap GIZMO"]\n'
                '  - code: "073"\n    patterns: ["zap GIZMO to"]\n',
            )
        ],
        imported=False,
    )
    one = vf.match("zap", ["capacitor", "flux"])
    assert one is not None and one.pattern == "zap GIZMO" and one.specificity == 2
    two = vf.match("zap", ["gizmo", "to"])
    assert two is not None and two.code is not None and two.code.code == "073" and two.specificity == 3
    assert "zap" in vf.predicates()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            'word_classes:\n  GIZMO: [gizmo]\nframes:\n  - code: "072"\n    patterns: ["zap !GIZMO"]\n',
            "cannot be negated",
        ),
        (
            'word_classes:\n  ZAPS: [zap, "zip up"]\nframes:\n  - code: "072"\n    patterns: ["ZAPS gizmo"]\n',
            "must be single words",
        ),
        ("word_classes:\n  APPEAL: [zap]\nframes: []\n", "also a class"),
        ("classes:\n  GIZMO: [a]\nword_classes:\n  GIZMO: [b]\nframes: []\n", "also a class"),
        ("word_classes:\n  gizmo: [a]\nframes: []\n", "upper case"),
    ],
)
def test_bad_word_classes_raise_with_the_file_name(tmp_path: Path, text: str, needle: str) -> None:
    with pytest.raises(VerbFrameError, match=needle) as err:
        VerbFrames.load([_user(tmp_path, text)], imported=False)
    assert "mine.yaml" in str(err.value)


# ------------------------------------------------------------------ the shipped layer


@functools.cache
def _layer_text() -> str:
    return resources.files("newsevents").joinpath("data", verbframes.LAYER_FILE).read_text(encoding="utf-8")


def test_shipped_layer_carries_its_licence_and_loads_below_the_builtin_file() -> None:
    data = resources.files("newsevents").joinpath("data")
    assert "MIT License" in data.joinpath("petrarch_verbs.LICENSE").read_text(encoding="utf-8")
    assert "Open Event Data Alliance" in _layer_text() and "MIT" in _layer_text()
    with_layer, without = VerbFrames.load(), VerbFrames.load(imported=False)
    assert with_layer.sizes()["patterns"] > without.sizes()["patterns"]
    sources = {s for lemma in with_layer.predicates() for _, _, s in with_layer.patterns_for(lemma)}
    assert sources == {"verb_frames.yaml", "petrarch_verbs.yaml"}
    # no pattern of the layer repeats a built-in one (the built-in one would win the tie anyway)
    layer_patterns, _ = verbframes._layer()
    for p in layer_patterns:
        assert (p.text, p.code.code if p.code else None, p.source) not in without.patterns_for(p.predicate)
        found = without.match(p.predicate, p.required)
        assert found is None or found.pattern != p.text or found.specificity != p.specificity


def test_builtin_file_wins_a_tie_with_the_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    codes = VerbFrames.load(imported=False).codes()
    text = 'frames:\n  - code: "140"\n    patterns: ["stage strike", "zorp"]\n'
    layer, _, words = verbframes._read_frames(text, verbframes.LAYER_FILE, codes, verbframes._LAYER_START)
    monkeypatch.setattr(verbframes, "_layer", lambda: (tuple(layer), words))
    vf = VerbFrames.load()
    strike = vf.match("stage", ["strike"])
    assert strike is not None and strike.code is not None and strike.code.code == "143"
    assert strike.source == "verb_frames.yaml"
    zorp = vf.match("zorp", [])
    assert zorp is not None and zorp.source == verbframes.LAYER_FILE
    assert [code for text, code, _ in vf.patterns_for("stage") if text == "stage strike"][0] == "143"


def test_user_file_overrides_the_layer(tmp_path: Path) -> None:
    layer_patterns, _ = verbframes._layer()
    p = next(p for p in layer_patterns if not any(w.isupper() for w in p.required) and p.code is not None)
    text = f'frames:\n  - discard: true\n    patterns: ["{p.text}"]\n'
    found = VerbFrames.load([_user(tmp_path, text)]).match(p.predicate, p.required)
    assert found is not None and found.discarded and found.source.endswith("mine.yaml")


def test_shipped_layer_is_the_converter_output(shared: Any, pipeline: Any) -> None:
    """The committed layer is what scripts/convert_petrarch_verbs.py makes from ../shared (with the
    model's lemmatiser and the shipped SELECTION): no hand edits."""
    from spacy.tokens import Doc

    source = shared("petrarch/CAMEO.2.0.txt")
    nlp = pipeline.res.nlp
    lemmatizer = nlp.get_pipe("lemmatizer")

    @functools.cache
    def lemmatize(word: str, pos: str) -> str:
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = pos
        return str(lemmatizer(doc)[0].lemma_).lower() or word

    builtin = VerbFrames.load(imported=False)
    patterns = [text for lemma in builtin.predicates() for text, _, _ in builtin.patterns_for(lemma)]
    result = convert(source.read_text(encoding="latin-1"), lemmatize, CODES, SELECTION, builtin_patterns=patterns)
    assert result.text == _layer_text()


# ------------------------------------------------------------------ families of objects (verb_frames.yaml)


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("summon", ["commissioner", "high", "acting"], "114"),
        ("summon", ["consul"], "114"),
        ("expel", ["attache", "military"], "161"),
        ("mount", ["invasion"], "192"),
        ("mount", ["counteroffensive"], "190"),
        ("undertake", ["raid"], "190"),
        ("carry", ["out", "ambush"], "190"),
        ("organize", ["strike", "general"], "143"),
        ("stage", ["walkout"], "143"),
        ("organise", ["sit-in"], "141"),
        ("undertake", ["visit"], "042"),
        ("annul", ["treaty"], "127"),
        ("suspension", ["of", "aid"], "162"),
        ("suspension", ["of", "talk"], "164"),
        ("reimpose", ["curfew"], "1723"),
        ("open", ["dialogue", "with"], "046"),
        ("begin", ["exercise", "military", "large"], "150"),
        ("begin", ["exercise", "joint", "naval"], "062"),
    ],
)
def test_families_match(lemma: str, context: list[str], code: str) -> None:
    found = VerbFrames.default().match(lemma, context)
    assert found is not None and found.code is not None and found.code.code == code


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("slam", ["government", "policy"], "111"),
        ("slam", ["into", "building"], None),
        ("eliminate", ["commander", "rebel"], "186"),
        ("eliminate", ["missile", "range", "intermediate"], None),
        ("eliminate", ["tariff", "import"], None),
    ],
)
def test_tightened_one_word_defaults(lemma: str, context: list[str], code: str | None) -> None:
    found = VerbFrames.default().match(lemma, context)
    assert found is not None
    assert (found.code.code if found.code else None) == code


def test_families_on_sentences(pipeline: Any) -> None:
    cases = [
        ("The Moldovan foreign ministry summoned the Hungarian consul over the remarks.", "ACCUSE", "MDA"),
        ("Ethiopian troops mounted a counteroffensive against Eritrean forces.", "ASSAULT", "ETH"),
        ("Nigerian unions organized a general strike over fuel prices.", "PROTEST", "NGA"),
        ("Chile's president undertook a visit to Argentina in March.", "CONSULT", "CHL"),
        ("Bolivia annulled the treaty with Peru.", "REJECT", "BOL"),
        ("Germany's suspension of aid to Niger angered the junta.", "SANCTION", "DEU"),
    ]
    for text, event, country in cases:
        coded = pipeline.code(Article(id="f", text=text, pub_date=dt.date(2024, 6, 12)))
        assert any(e.event == event and country in {a.country for a in e.actor} for e in coded.events), text
