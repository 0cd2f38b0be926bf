"""A role word the story named before with its country (storyact44): "West African leaders gave the
military junta in Niger a week ... The junta accused France", "China's commerce ministry said ... the
ministry's findings": a definite description taken up again by its head noun names what the earlier
phrase named, so a role word whose own words give no country takes the country the same noun had when
the story named it with a country's name (its possessive, a name among its modifiers, or its "in"/"of"
phrase), before the dateline's country or the sentence's is lent to it.

Only a country's name says whose the noun is: a nationality word says who its people are ("Belgian
soldiers" beside other soldiers, "Indian rebels" in Mexico), and a capital may be a city.

:func:`noun_countries` reads the article once (participants/opening.opening keeps it on the Discourse);
:func:`named_before` answers for one reference.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS
from newsevents.parse.tree import children, tokens
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Mention

# the dependants of a noun that say whose it is: "Niger's junta", "the Chad army", "the junta in
# Niger", "the army of Chad"
OWN_DEPS = frozenset({"compound", "poss", "nmod", "npadvmod"})
OWN_PREPOSITIONS = frozenset({"in", "of"})
# role words a story often gives to several countries at once ("officials", "leaders", "diplomats"):
# the one named last with a country is often another side's (lexicon several_sides_nouns)
SEVERAL_SIDES = frozenset(LEXICON["several_sides_nouns"])

NounCountry = tuple[int, str, str, str]  # (start char, lower-case form, lemma, ISO3)


def _owners(tok: Token) -> list[Token]:
    """The tokens whose words say whose ``tok`` is: its compounds and possessive, and the object of
    an "in"/"of" phrase on it."""
    out: list[Token] = []
    for c in children(tok):
        if c.dep_ in OWN_DEPS and c.i < tok.i:
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in OWN_PREPOSITIONS:
            out.extend(g for p in children(c) if p.dep_ == "pobj" for g in p.subtree)
    return out


def _named_countries(owners: list[Token], country_named: Callable[[str], str | None]) -> set[str]:
    """The countries the capitalised words among ``owners`` name by a country's name, each run of
    them read whole ("South Korea's"), else word by word ("the junta in Niger")."""
    out: set[str] = set()
    run: list[Token] = []
    for t in [*sorted(owners, key=lambda t: t.i), None]:
        if t is not None and t.text[:1].isupper() and (not run or t.i == run[-1].i + 1):
            run.append(t)
            continue
        if run:
            whole = country_named(" ".join(w.text for w in run))
            found: list[str | None] = [whole] if whole else [country_named(w.text) for w in run]
            out.update(c for c in found if c)
        run = [t] if t is not None and t.text[:1].isupper() else []
    return out


def noun_countries(
    doc: Doc, places: Sequence[Mention], country_named: Callable[[str], str | None]
) -> tuple[NounCountry, ...]:
    """Each lower-case noun of the article whose possessive, compounds or "in"/"of" phrase name
    exactly one country by its name: a country the places stage read (not a demonym), or a name
    the knowledge base knows as a country's (``country_named``: "Niger", which the parse may leave
    untagged)."""
    countries = [
        (m.start_char, m.end_char, m.place.country_code)
        for m in places
        if m.place is not None and m.place.country_code and m.place.level == "country" and m.label != "demonym"
    ]
    out: list[NounCountry] = []
    for tok in tokens(doc):
        if tok.pos_ not in {"NOUN", "PROPN"} or not tok.is_lower:  # "ministry" may be tagged a proper noun
            continue
        owners = _owners(tok)
        if not owners:
            continue
        said = {c for s, e, c in countries for o in owners if s <= o.idx < e}
        said |= _named_countries(owners, country_named)
        if len(said) == 1:
            out.append((tok.idx, tok.lower_, tok.lemma_.lower(), said.pop()))
    return tuple(out)


def named_before(r: ActorRef, words: str, span: tuple[int, int], disc: Discourse) -> str | None:
    """The country of the same noun named last before ``span`` with a country's name
    (:func:`noun_countries`), for a role word (a sector word: "the junta", "the ministry") whose own
    words give none; not for one owned by a pronoun ("its forces": the owner's), nor for role words a
    story gives to several sides ("officials", "leaders")."""
    if r.kind != "sector" or r.country is not None or not r.entity_text.split() or not words.split():
        return None
    if words.split()[0].lower() in POSSESSIVE_DETERMINERS:
        return None
    head = r.entity_text.split()[-1].lower()
    if head in SEVERAL_SIDES:
        return None
    for start, lower, lemma, country in reversed(disc.noun_countries):
        if start < span[0] and head in (lower, lemma):
            return country
    return None
