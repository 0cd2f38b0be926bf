"""Tests for the verb-frame dictionary (newsevents.code.verbframes); no spaCy needed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.code.verbframes import (
    PLOVER_EVENTS,
    FrameMatch,
    VerbFrameError,
    VerbFrames,
    _read_codes,
    parse_pattern,
)
from newsevents.errors import KnowledgeError


@pytest.fixture(scope="module")
def vf() -> VerbFrames:
    return VerbFrames.default()


def _builtin_yaml() -> dict:
    text = resources.files("newsevents").joinpath("data", "verb_frames.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _code_of(match: FrameMatch | None) -> str | None:
    assert match is not None
    return match.code.code if match.code else None


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ loading and coverage


def test_defaults_load_and_sizes(vf: VerbFrames) -> None:
    sizes = vf.sizes()
    assert set(sizes) == {"codes", "patterns", "discard_patterns"}
    assert 280 <= sizes["codes"] <= 320
    assert sizes["patterns"] >= 600
    assert 0 < sizes["discard_patterns"] < sizes["patterns"]


def test_default_is_cached(vf: VerbFrames) -> None:
    assert VerbFrames.default() is vf


def test_data_found_independently_of_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert VerbFrames.load().sizes() == VerbFrames.default().sizes()


def test_every_yaml_code_is_in_the_codebook(vf: VerbFrames) -> None:
    data = _builtin_yaml()
    used = [entry["code"] for entry in data["frames"] if not entry.get("discard")]
    assert used, "no coded entries in verb_frames.yaml"
    missing = [code for code in used if code not in vf.codes()]
    assert missing == []


def test_codebook_includes_four_digit_codes(vf: VerbFrames) -> None:
    for code in ("0256", "0831", "1721", "1722", "1823", "2042"):
        assert vf.code(code).code == code
    with pytest.raises(KeyError):
        vf.code("999")


def test_every_root_has_codes_and_patterns(vf: VerbFrames) -> None:
    roots_with_codes = {c.root for c in vf.codes().values()}
    roots_with_patterns = {
        code[:2] for lemma in vf.predicates() for _, code, _ in vf.patterns_for(lemma) if code is not None
    }
    expected = {f"{n:02d}" for n in range(1, 21)}
    assert roots_with_codes == expected
    assert roots_with_patterns == expected


def test_nearly_every_code_has_a_pattern(vf: VerbFrames) -> None:
    coded = {code for lemma in vf.predicates() for _, code, _ in vf.patterns_for(lemma)}
    uncovered = set(vf.codes()) - coded
    assert len(uncovered) <= 10, sorted(uncovered)


def test_every_plover_event_has_a_code(vf: VerbFrames) -> None:
    mapped = {c.plover for c in vf.codes().values() if c.plover}
    assert mapped == PLOVER_EVENTS
    assert len(PLOVER_EVENTS) == 16


def test_quad_classes_goldstein_and_statements(vf: VerbFrames) -> None:
    for c in vf.codes().values():
        root = int(c.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert c.quad_class == expected, c
        assert -10.0 <= c.goldstein <= 10.0
        if c.root == "01" and c.code != "016":
            assert c.plover is None, c  # PLOVER does not code public statements
        if c.code == "016":
            assert c.plover == "REJECT", c  # a denial rejects the charge (issue 11, seventh session)
        if c.mode:
            assert c.plover, c
    assert vf.code("190").goldstein == -10.0
    assert vf.code("042").goldstein == pytest.approx(1.9)
    assert vf.code("020").goldstein == pytest.approx(3.0)


def test_crosswalk_examples(vf: VerbFrames) -> None:
    expected = {
        "020": "REQUEST",
        "036": "AGREE",
        "042": "CONSULT",
        "051": "SUPPORT",
        "057": "AGREE",
        "061": "COOPERATE",
        "073": "AID",
        "0831": "RETREAT",
        "0841": "CONCEDE",
        "0874": "RETREAT",
        "100": "REQUEST",
        "111": "ACCUSE",
        "120": "REJECT",
        "138": "THREATEN",
        "141": "PROTEST",
        "154": "MOBILIZE",
        "163": "SANCTION",
        "173": "COERCE",
        "175": "ASSAULT",
        "181": "COERCE",
        "1722": "COERCE",
        "183": "ASSAULT",
        "190": "ASSAULT",
        "202": "ASSAULT",
    }
    assert {code: vf.code(code).plover for code in expected} == expected
    assert vf.code("042").mode == "visit"
    assert vf.code("193").mode == "firearms"


# ------------------------------------------------------------------ matching


def test_fire_alone_is_discarded_but_fire_on_is_an_attack(vf: VerbFrames) -> None:
    alone = vf.match("fire", ["minister"])
    assert alone is not None and alone.code is None and alone.discarded
    on = vf.match("fire", ["on", "village"])
    assert on is not None and on.code is not None and on.code.plover == "ASSAULT"
    assert on.specificity == 2 and on.pattern == "fire on"
    missile = vf.match("fire", ["missile"])
    assert missile is not None and missile.code is not None and missile.code.plover == "ASSAULT"


def test_hold_alone_is_nothing_hold_talk_is_consult(vf: VerbFrames) -> None:
    assert vf.match("hold", []) is None
    assert vf.match("hold", ["election"]) is None
    talk = vf.match("hold", ["talk"])
    assert talk is not None and talk.code is not None and talk.code.plover == "CONSULT"
    with_ = vf.match("hold", ["talk", "with", "iran"])
    assert with_ is not None and with_.pattern == "hold talk with" and with_.specificity == 3


def test_most_specific_pattern_wins(vf: VerbFrames) -> None:
    assert _code_of(vf.match("fire", ["at", "protester", "gas", "tear"])) == "175"
    assert _code_of(vf.match("call", ["on", "release", "prisoner"])) == "0253"
    assert _code_of(vf.match("call", ["for"])) == "020"
    assert _code_of(vf.match("strike", ["deal"])) == "057"


@pytest.mark.parametrize(
    ("lemma", "context", "plover"),
    [
        ("sweep", ["into", "kabul"], "ASSAULT"),
        ("lay", ["siege", "to", "city"], "COERCE"),
        ("pull", ["out", "of", "afghanistan"], "RETREAT"),
        ("gain", ["control", "of", "town"], "ASSAULT"),
        ("open", ["fire", "on", "convoy"], "ASSAULT"),
        ("launch", ["attack", "on", "base"], "ASSAULT"),
        ("impose", ["ban", "on", "rally"], "COERCE"),
        ("hold", ["session"], "CONSULT"),
        ("hold", ["summit"], "CONSULT"),
        ("urge", ["russia", "establish", "dialogue"], "REQUEST"),
        ("declare", ["organization", "terrorist", "be"], "COERCE"),
        ("impose", ["sanction", "economic"], "SANCTION"),
        ("arrest", ["journalist"], "COERCE"),
        ("condemn", ["attack"], "ACCUSE"),
        ("veto", ["resolution"], "REJECT"),
        ("deploy", ["troop", "to", "border"], "MOBILIZE"),
        ("send", ["aid", "humanitarian"], "AID"),
        ("praise", [], "SUPPORT"),
        ("issue", ["ultimatum"], "THREATEN"),
        ("stage", ["protest"], "PROTEST"),
        ("stag", ["protest"], "PROTEST"),
        ("sign", ["agreement"], "AGREE"),
        ("step", ["down"], "RETREAT"),
        ("cooperate", ["on", "trade"], "COOPERATE"),
    ],
)
def test_common_news_frames(vf: VerbFrames, lemma: str, context: list[str], plover: str) -> None:
    match = vf.match(lemma, context)
    assert match is not None and match.code is not None, (lemma, context, match)
    assert match.code.plover == plover, (lemma, context, match)


@pytest.mark.parametrize("lemma", ["say", "tell", "report", "announce"])
def test_speech_verbs_are_public_statements(vf: VerbFrames, lemma: str) -> None:
    match = vf.match(lemma, [])
    assert match is not None and match.code is not None
    assert match.code.root == "01" and match.code.plover is None


def test_unknown_predicate_and_case(vf: VerbFrames) -> None:
    assert vf.match("frobnicate", ["on"]) is None
    upper = vf.match("fire", ["ON"])
    assert upper is not None and upper.pattern == "fire on"
    assert vf.match("fire", ["on"]) == vf.match("fire", iter(["on"]))


def test_builtin_matches_name_their_source(vf: VerbFrames) -> None:
    match = vf.match("attack", [])
    assert match is not None and match.source == "verb_frames.yaml"


# ------------------------------------------------------------------ negation, user files


def test_negated_words(tmp_path: Path) -> None:
    user = _write(
        tmp_path,
        "neg.yaml",
        'version: 1\nframes:\n  - code: "042"\n    patterns: ["zorp !website !page"]\n',
    )
    vf = VerbFrames.load([user])
    assert _code_of(vf.match("zorp", ["paris"])) == "042"
    assert vf.match("zorp", ["website"]) is None
    assert vf.match("zorp", ["paris", "page"]) is None
    assert parse_pattern("fire !on at") == ("fire", frozenset({"at"}), frozenset({"on"}))
    with pytest.raises(ValueError):
        parse_pattern("!fire on")


def test_user_file_overrides_builtin_on_a_tie(tmp_path: Path) -> None:
    builtin = VerbFrames.default()
    assert _code_of(builtin.match("attack", [])) == "190"
    assert _code_of(builtin.match("hold", ["talk"])) == "040"
    user = _write(
        tmp_path,
        "mine.yaml",
        'version: 1\nframes:\n  - code: "182"\n    patterns: ["attack"]\n'
        '  - discard: true\n    patterns: ["hold talk"]\n',
    )
    vf = VerbFrames.load([user])
    attack = vf.match("attack", [])
    assert attack is not None and _code_of(attack) == "182" and attack.source == str(user)
    talk = vf.match("hold", ["talk"])
    assert talk is not None and talk.code is None
    # a more specific built-in pattern still beats the user's less specific one
    assert _code_of(vf.match("attack", ["policy"])) == "111"
    assert VerbFrames.default().sizes() == builtin.sizes()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('version: 1\nframes:\n  - code: "999"\n    patterns: ["zorp"]\n', "unknown CAMEO code"),
        ("version: 1\nframes:\n  - code: 42\n    patterns: [zorp]\n", "quoted string"),
        ("version: 1\nframes: [\n  - code: '042'\n", "not valid YAML"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: []\n", "non-empty list"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: [yes]\n", "not a string"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: ['!zorp']\n", "cannot be negated"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: ['Zorp On']\n", "lowercase lemma"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: ['zorp on on']\n", "twice"),
        ("version: 1\nframes:\n  - code: '042'\n    patterns: ['a b', 'a  b']\n", "repeats"),
        ("version: 1\nframes:\n  - code: '042'\n    pattern: ['zorp']\n", "unknown key"),
        ("version: 1\nframes:\n  - code: '042'\n    discard: true\n    patterns: [zorp]\n", "both"),
        ("version: 2\nframes: []\n", "unsupported version"),
        ("frames: 3\n", "'frames' list"),
    ],
)
def test_bad_user_file_raises_with_file_name(tmp_path: Path, text: str, needle: str) -> None:
    bad = _write(tmp_path, "bad_frames.yaml", text)
    with pytest.raises(VerbFrameError) as info:
        VerbFrames.load([bad])
    assert "bad_frames.yaml" in str(info.value)
    assert needle in str(info.value)


def test_error_names_the_entry(tmp_path: Path) -> None:
    bad = _write(
        tmp_path,
        "entries.yaml",
        "version: 1\nframes:\n  - code: '042'\n    patterns: [zorp]\n  - code: '0999'\n    patterns: [zap]\n",
    )
    with pytest.raises(VerbFrameError, match=r"entries\.yaml: frames\[1\]"):
        VerbFrames.load([bad])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(VerbFrameError, match="nope.yaml"):
        VerbFrames.load([tmp_path / "nope.yaml"])
    assert issubclass(VerbFrameError, KnowledgeError)


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        ("42\tX\tCONSULT\t\t1\t1.0", "not a CAMEO code"),
        ("042\tX\tVISIT\t\t1\t1.0", "unknown PLOVER event"),
        ("042\tX\t\tvisit\t1\t1.0", "needs a PLOVER event"),
        ("042\tX\tCONSULT\t\t5\t1.0", "quad class"),
        ("042\tX\tCONSULT\t\t1\tabc", "Goldstein"),
        ("042\tX\tCONSULT\t1\t1.0", "fields"),
    ],
)
def test_bad_codebook_rows(row: str, needle: str) -> None:
    header = "code\tname\tplover_event\tplover_mode\tquad_class\tgoldstein\n"
    with pytest.raises(VerbFrameError, match=needle) as info:
        _read_codes(header + row + "\n", "codes.tsv")
    assert "codes.tsv:2" in str(info.value)
    with pytest.raises(VerbFrameError, match="header"):
        _read_codes("code\tname\n", "codes.tsv")


def test_a_date_phrase_is_no_argument(pipeline: Any) -> None:
    from newsevents.records import Article

    coded = pipeline.code(Article(id="d", text="Kenya and Uganda agreed on Friday to reopen the border."))
    agree = next(f for f in coded.frames if f.predicate_lemma == "agree")
    assert "on" not in agree.context and "friday" not in agree.context
