"""A faster attribute ruler that sets exactly what spaCy's sets.

spaCy's ``attribute_ruler`` (the component that turns fine-grained tags into coarse parts of
speech and morphology, and fixes a few lemmas) runs a ``Matcher`` with all its patterns over
every document: about an eighth of the time of the whole ``en_core_web_sm`` pipeline. Nearly all
its patterns look at one token and at attributes of that token alone (lower-case form, tag,
dependency label, whether it is a space), so the attributes a token receives are a function of
those few values. :class:`FastAttributeRuler` works those out once per distinct combination (by
running the same patterns on that one token) and then copies the result onto every other token
with that combination. A document where a pattern of several tokens matches ("gon na", "let 's")
goes through the original matching, and so does everything when a pattern is not of that simple
kind. The result is the same, attribute for attribute: the patterns are applied in the same
order, later ones winning (tests/test_ruler.py compares both on real text).

The model loader (:func:`newsevents.parse.nlp.load_model`) swaps it in for the model's own
``attribute_ruler``, with the same patterns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import LEMMA, MORPH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import MorphAnalysis
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FACTORY = "newsevents_attribute_ruler"
MEMO_LIMIT = 200_000  # distinct token keys remembered (then forgotten, so memory stays flat)

# Token attributes a one-token pattern may test and that depend on the token alone.
_GETTERS: dict[str, Callable[[Token], object]] = {
    "ORTH": lambda t: t.orth,
    "TEXT": lambda t: t.orth,
    "LOWER": lambda t: t.lower,
    "NORM": lambda t: t.norm,
    "TAG": lambda t: t.tag,
    "POS": lambda t: t.pos,
    "DEP": lambda t: t.dep,
    "LEMMA": lambda t: t.lemma,
    "MORPH": lambda t: t.morph.key,  # type: ignore[attr-defined]  # (the stubs lack it)
    "SHAPE": lambda t: t.shape,
    "IS_SPACE": lambda t: t.is_space,
    "IS_PUNCT": lambda t: t.is_punct,
    "IS_ALPHA": lambda t: t.is_alpha,
    "IS_DIGIT": lambda t: t.is_digit,
    "LENGTH": lambda t: len(t),
}


class _Plan:
    """The patterns split into one-token ones (memoised by token key) and the others."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.simple = True
        self.single = Matcher(ruler.vocab)
        self.multi = Matcher(ruler.vocab)
        self.has_multi = False
        keys: set[str] = set()
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for i, entry in enumerate(entries):
            pattern: Any
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list):  # a Doc pattern (PhraseMatcher style): keep spaCy's way
                    self.simple = False
                    return
                index = entry.get("index", 0)
                one = len(pattern) == 1 and "OP" not in pattern[0] and index in (0, -1)
                if one and all(k in _GETTERS for k in pattern[0]):
                    keys.update(pattern[0])
                    self.single.add(str(i), [pattern])
                elif any("OP" in tok for tok in pattern) or not 0 <= index < len(pattern):
                    self.simple = False  # variable-length or negative-index patterns: keep spaCy's way
                    return
                else:
                    self.multi.add(str(i), [pattern])
                    self.has_multi = True
        self.getters = tuple(_GETTERS[k] for k in sorted(keys))
        self.memo: dict[tuple[object, ...], dict[Any, Any] | tuple[Any, Any, Any]] = {}


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, with one-token patterns memoised by the token attributes they test."""

    _plan: _Plan | None = None

    def add(self, patterns: Any, attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None

    def clear(self) -> None:
        super().clear()
        self._plan = None

    def __call__(self, doc: Doc) -> Doc:
        plan = self._plan
        if plan is None:
            plan = self._plan = _Plan(self)
        if not plan.simple or (plan.has_multi and plan.multi(doc, allow_missing=True)):
            return super().__call__(doc)
        memo, getters = plan.memo, plan.getters
        for token in doc:
            key = tuple(get(token) for get in getters)
            sets = memo.get(key)
            if sets is None:
                sets = self._sets_of(plan, doc, token.i)
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                memo[key] = sets
            if isinstance(sets, dict):
                set_token_attrs(token, sets)
            else:
                pos, morph, lemma = sets
                if pos is not None:
                    token.pos = pos
                if morph is not None:
                    token.morph = morph
                if lemma is not None:
                    token.lemma = lemma
        return doc

    def _sets_of(self, plan: _Plan, doc: Doc, i: int) -> dict[Any, Any] | tuple[Any, Any, Any]:
        """What the one-token patterns matching token ``i`` set, applied in the ruler's order: as
        (POS, MORPH, LEMMA) values when only those are set (what spaCy's ``set_token_attrs`` does
        for them, each resolved once), else the attributes themselves."""
        ids = sorted(int(self.vocab.strings[m]) for m, _, _ in plan.single(doc[i : i + 1], allow_missing=True))
        merged: dict[Any, Any] = {}
        for attr_id in ids:
            merged.update(self.attrs[attr_id])
        if not set(merged) <= {POS, MORPH, LEMMA}:
            return merged
        morph = merged.get(MORPH)
        if morph is not None:
            morph = MorphAnalysis.from_id(self.vocab, morph)  # the hash spaCy's set_token_attrs stores
        return merged.get(POS), morph, merged.get(LEMMA)


_DEFAULTS = {"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}}


@Language.factory(FACTORY, default_config=_DEFAULTS)
def make_fast_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def speed_up(nlp: Language) -> None:
    """Swap the model's ``attribute_ruler`` for a :class:`FastAttributeRuler` with its patterns."""
    name = "attribute_ruler"
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    old = cast(AttributeRuler, nlp.get_pipe(name))
    config = {k: v for k, v in nlp.config["components"][name].items() if k != "factory"}
    new = cast(FastAttributeRuler, nlp.replace_pipe(name, FACTORY, config=config))
    new.add_patterns(old.patterns)
