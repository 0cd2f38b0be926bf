"""Who did a state act told by an agentless passive when its place names no state.

"Scores of activists were detained, the interior ministry said", "she was put under house arrest":
the coder gives such an act to the state of the event's place, else of the dateline's country
(code/parties.state_of_place). A story with neither (no dateline, no place in the clause, none
continued from the event told before) still tells whose state acted:

* the authority that reports the act, when the clause is reported by a speech verb whose actors are
  all of one state ("Police said dozens had been arrested": the state of the police);
* else the state of the story's scene: the one country every placed event told before is placed in, the
  state whose forces act there (none when the story has moved between countries, nor, for an act told in a
  time clause, when that country is the country of a doer of the sentence's other act, which answers it: "X
  recalled its envoy after two of its citizens were jailed" does not make X the jailer);
* else the state of the clause's sentence: the one country of the places and peoples the sentence
  names outside the passive's own subject ("Riots broke out in several Brazilian cities, and hundreds
  were arrested": Brazil's; not "two Dutch tourists were arrested", whose country is of those
  held), unless the act is told in a time clause ("X recalled its envoy after two of its citizens were
  jailed"), which tells the act another party answers, perhaps another state's; nor are the places
  of another time clause counted.

A release told so is a state act too when its clause says a state held those freed (``custody_release``:
"were freed from prison in Lusaka", "the jailed editor was released in Harare"; lexicon ``custody_words``), and
its own sentence tells its place: the state of that place frees them (noactor42). Told with no place at all
(none in the clause, no dateline, none before), and no holder told before, it is the state of the one country
its sentence names outside those freed (``custody_state``: "the parliament of Ruritania voted ..., and the
jailed opposition leader was freed from prison"), never in a time clause (noactor45).

Either way the actor is that country's government, lent its country as the agentless passive's
(``LentCountry(AGENTLESS_PASSIVE, ...)``), with a reason that says which authority gave it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.parties import state_actor
from newsevents.code.toldbefore import RELEASE_LEMMAS
from newsevents.code.verbframes import FrameMatch
from newsevents.lexicon import LEXICON
from newsevents.records import AGENTLESS_PASSIVE, ActorRef, Event, Frame, LentCountry, Mention

# the acts only an authority does, whoever tells them: administrative sanctions (a ban, a curfew), an
# arrest or detention, an expulsion, repression (CAMEO 172-175); not "was forced to" (170) or property
# seized, looted or damaged (171), which anyone may do
AUTHORITY_CODES = ("172", "173", "174", "175")


def _state_of(refs: Sequence[ActorRef]) -> str | None:
    """The one country ``refs`` all are state actors of, or None."""
    countries = {a.country for a in refs}
    if not refs or len(countries) != 1 or not all(state_actor(a) for a in refs):
        return None
    return countries.pop()


def _government(country: str, why: str) -> tuple[list[ActorRef], list[str]]:
    ref = ActorRef.government_of(country, "", why)
    return [replace(ref, lent=LentCountry(AGENTLESS_PASSIVE, country))], [why]


def story_authority(
    cameo: str, frame: Frame, speaker: Sequence[ActorRef], told: Sequence[Event],
    tok: Token | None = None, places: Sequence[Mention] = (),
) -> tuple[list[ActorRef], list[str]]:  # fmt: skip
    """The state an agentless passive of a state act (CAMEO ``cameo``, its clause ``frame``, its verb
    ``tok``) is given when its place names none: the reporting authority's (``speaker``: the actors of
    the speech verb that reports the clause), else the state of the scene of the events ``told``
    before, else the one state of the sentence's ``places`` (:func:`sentence_country`); nothing when
    none is, for an act no authority alone does (``AUTHORITY_CODES``) or one told as not done."""
    if not cameo.startswith(AUTHORITY_CODES) or frame.negated or frame.modality == "negated":
        return [], []
    country = _state_of(speaker)
    if country is not None:
        names = " + ".join(a.entity_text or a.code or country for a in speaker)
        why = (
            f"actor: an agentless passive of a state act reported by an authority ({names}), so the state of {country}"
        )
        return _government(country, why)
    scene = {e.event_loc.country_code for e in told if e.event_loc is not None and e.event_loc.country_code}
    if tok is not None and tok.dep_ in TIME_CLAUSE_DEPS and scene & _doers_here(told, frame.sentence_index):
        # an act told in a time clause is answered by its sentence's other act, whose doer is not the doer
        # ("X recalled its envoy after two of its citizens were jailed": not X's jail)
        scene = set()
    if len(scene) != 1:  # nothing placed yet, or a story told in more than one country: no one scene
        one = sentence_country(tok, places) if tok is not None else None
        if one is None:
            return [], []
        why = (
            f"actor: an agentless passive of a state act with no place, so the state of the one country "
            f"its sentence names ({one})"
        )
        return _government(one, why)
    country = scene.pop()
    placed = sum(1 for e in told if e.event_loc is not None and e.event_loc.country_code)
    why = (
        f"actor: an agentless passive of a state act with no place, so the state of the story's scene "
        f"(the {placed} placed events told before all in {country})"
    )
    return _government(country, why)


# a clause of time or cause: "... after two of its citizens were jailed" tells the act another answers
TIME_CLAUSE_DEPS = frozenset({"advcl"})
# and a relative clause: "X, who had been let out of jail the day before" tells a release in the background
BACKGROUND_DEPS = frozenset({"advcl", "relcl"})


def _doers_here(told: Sequence[Event], sentence: int) -> set[str]:
    """The countries of the doers of the events ``told`` in the sentence ``sentence``."""
    return {a.country for e in told if e.sentence_index == sentence for a in e.actor if a.country}


def sentence_country(tok: Token, places: Sequence[Mention]) -> str | None:
    """The one country of the places and peoples named in the sentence of the passive verb ``tok``
    outside its own subject (whose country is of those the act is done to: "two Dutch tourists were
    held") and outside the sentence's other time clauses; None when the sentence names none or several,
    or when the verb stands in a time clause."""
    if tok.dep_ in TIME_CLAUSE_DEPS:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    inside = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    sent = tok.sent
    # another time clause of the sentence tells another act, whose places need not be this act's
    # ("the navy chief was sacked after auditors found that frigates had gone to Venezuela")
    for t in sent:
        if t.dep_ in TIME_CLAUSE_DEPS and not (t.left_edge.i <= tok.i <= t.right_edge.i):
            inside.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    start, end = sent.start_char, sent.end_char
    countries = {
        m.place.country_code
        for m in places
        if m.place is not None
        and m.place.country_code
        and start <= m.start_char < end
        and not any(a <= m.start_char < b for a, b in inside)
    }
    return countries.pop() if len(countries) == 1 else None


# a return or release (CAMEO 084, 0841: "was freed", "were released"); an arrest or a detention (CAMEO 173:
# "had been arrested by troops", "were detained"), not another coercion (martial law declared holds no one)
RELEASE_CODE = "084"
HOLDING_CODE = "173"


def releases(match: FrameMatch) -> bool:
    """Whether the match codes a release of people (CAMEO 084 and below, its pattern a word of release:
    "was freed", "were released"; not "was handed over", a transfer between parties)."""
    assert match.code is not None
    return match.code.code.startswith(RELEASE_CODE) and bool(RELEASE_LEMMAS & set(match.pattern.split()))


CUSTODY_WORDS = LEXICON["custody_words"]
# the prepositions of the place one is freed from ("freed from prison", "released out of custody")
FROM_PREPS = frozenset({"from", "out"})


def custody_release(match: FrameMatch, tok: Token) -> str | None:
    """The word saying that those a release (``match``, its passive verb ``tok``) freed were in a state's
    custody (lexicon ``custody_words``): in the verb's "from" / "out of" phrase ("were freed from prison"),
    or describing its subject ("the jailed opposition leader was freed", "leaders held under house arrest
    were freed"); None when there is none, or when the subject names who held them ("hostages held by
    gunmen": their captors, who need be no state)."""
    if not releases(match):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in FROM_PREPS:
            word = next((t for t in c.subtree if t.lemma_.lower() in CUSTODY_WORDS), None)
            if word is not None:
                return word.text
    for subj in (c for c in tok.children if c.dep_ == "nsubjpass"):
        inside = list(subj.subtree)
        if any(t.dep_ == "agent" for t in inside):
            return None
        word = next((t for t in inside if t.lemma_.lower() in CUSTODY_WORDS), None)
        if word is not None:
            return word.text
    return None


def holders(told: Sequence[Event]) -> tuple[list[ActorRef], list[str]]:
    """'Police arrested the union leader at the march ... he was freed on Monday': a release told
    by an agentless passive is done by whoever held the people released; the story told who: the doers
    of the last arrest or detention (CAMEO 173) told before whose actors are all of one
    state. Nothing when the story told none (a hostage freed by captors the story did not name stays
    without an actor)."""
    for e in reversed(told):
        if not e.cameo.startswith(HOLDING_CODE):
            continue
        country = _state_of(e.actor)
        if country is None:
            continue
        names = " + ".join(a.code or a.entity_text for a in e.actor)
        why = f"actor: a release told with no doer, by those who held them ('{e.event_text}': {names})"
        return list(e.actor), [why]
    return [], []


def custody_state(match: FrameMatch, tok: Token, places: Sequence[Mention]) -> tuple[list[ActorRef], list[str]]:
    """A release from a state's custody (:func:`custody_release`) told by an agentless passive with no
    place: the state of the one country its sentence names (:func:`sentence_country`: not the country of
    those freed, nor a place of a time clause); nothing when the sentence names none or several, or the
    release is itself told in a time clause ("hours after the protest leader was released from custody") or
    in a relative clause on someone of another act ("led by X, who had been let out of jail the day
    before"), whose date is told from that act's (a date its reading got wrong: left, not guessed)."""
    word = custody_release(match, tok)
    if word is None or tok.dep_ in BACKGROUND_DEPS:
        return [], []
    country = sentence_country(tok, places)
    if country is None:
        return [], []
    why = (
        f"actor: a release from a state's custody ('{word}') with no place, so the state of the one country "
        f"its sentence names ({country})"
    )
    return _government(country, why)
