"""A surname told again after a person named with a title the knowledge base does not know (storydrop57).

A story names a person once in full with the words that tell who they are ("President Joaquim da Costa",
"Peru's home secretary, Arjun Mehtrani,") and later by the surname alone ("Da Costa condemned ...",
"Mehtrani accused ..."). The knowledge base
knows neither the full name nor the surname, so the surname alone read as no one, and its act was dropped
for want of an actor (participants/actors.named_person reads a surname again only for a person the
knowledge base knows; the discourse's ``surnames`` only for a person named before in an actor phrase).

* ``titled_people`` (read once with the discourse, participants/opening.py): each person the parse tags
  with a phrase that titles them: the words before the name in its own noun phrase ("President", "its
  leader", "Fiji's Governor-General Ratu Sir"), or the noun phrase the name stands in apposition to
  ("Peru's home secretary, Arjun Mehtrani").
* ``titled_surname``: a lone name (one word, or a name's last words with a particle: "Da Costa") that is
  the last word or words of such a person named before it is that person, read from the titled phrase
  (its country and sector where the phrase gives them; a state's role word or people of the street lent
  the country of the dateline or of the title's sentence, as such a role word is; no person of no
  country, and not an armed man lent a country: "Canadian officials say the man they seek is a militia
  chief, X" is no Canadian). Only the surname as an actor phrase is read so: an owner ("his crossing") or an
  object read the same way took wrong parties.
  The last such person named before wins; a person named before under the same surname without a title
  stops the search (a namesake the phrase cannot tell apart).
* Only a title of state office (``OFFICE``: the phrase reads as a government) that tells the office by
  itself: a military rank ("General X", "the commander, X"), a party's candidate ("the ruling party's X")
  or a title owned by a pronoun ("its leader X": whose leader is a reading of its own) gives nothing, and
  such a person counts as named without a title. A rank or a party tie tells whose side a person is on, not
  that they act for a state; the acts told of them by surname (an apology for a coup, conceding a race, a
  crossing home) aim at parties the title does not give, and came out with recipients or dates empty or
  wrong (rounds 18, 28 and 54 of the stories fell under their floors).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span

from newsevents.parse.tree import ents
from newsevents.participants.lending import home_actor
from newsevents.records import ActorRef

__all__ = ["titled_people", "titled_surname"]

# the one sector a title gives the surname told again: a state office ("President", "Foreign Secretary")
OFFICE = "GOV"

# (name start, name end, title phrase start, end) in chars, and the sentence the phrase is told in
Titled = tuple[tuple[int, int, int, int, int], ...]


def _title_phrase(e: Span) -> tuple[int, int] | None:
    """The char span of the phrase that titles person ``e``, or None when the name stands alone."""
    root = e.root
    doc = root.doc
    if root.dep_ == "appos" and root.head.i < e.start and root.head.pos_ in {"NOUN", "PROPN"}:
        head = root.head  # "Peru's home secretary, Arjun Mehtrani": the phrase it is in apposition to
        start = head.left_edge.i
        return (doc[start].idx, head.idx + len(head.text)) if start < head.i or head.pos_ == "NOUN" else None
    start = root.left_edge.i
    if start >= e.start:
        return None
    return doc[start].idx, e.end_char


def _owned_by_pronoun(doc: Doc, title: tuple[int, int]) -> bool:
    """Whether the title phrase says whose office it is with a pronoun ("its leader", "their commander"):
    such a title tells the office of whoever the pronoun stands for, a reading of its own, not who the
    person is."""
    phrase = doc.char_span(title[0], title[1], alignment_mode="expand")
    return phrase is not None and any(t.tag_ == "PRP$" for t in phrase)


def titled_people(doc: Doc) -> Titled:
    """Each person named with a title phrase of their own, in text order."""
    out = []
    starts = [s.start for s in doc.sents]
    for e in ents(doc):
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        title = _title_phrase(e)
        if title is not None and not _owned_by_pronoun(doc, title):
            sentence = bisect_right(starts, e.start) - 1
            out.append((e.start_char, e.end_char, title[0], title[1], sentence))
    return tuple(out)


def _tail(words: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words.split())


def titled_surname(
    word: str, span: tuple[int, int], text: str, titled: Titled, people: tuple[tuple[int, int], ...],
    read: Callable[[tuple[int, int], int], list[ActorRef]],
) -> tuple[ActorRef, str] | None:  # fmt: skip
    """The person a lone name at ``span`` stands for, read from the titled phrase of the last person
    named before with that surname (``people``: every person the parse tagged; ``read``: the actors a
    phrase names, given the sentence it is told in, so a role word is lent a country as it is there),
    with the title phrase's words; None when there is none, or when the last person of that surname
    was named without a title."""
    said = word.split()
    if not said or len(said) > 2 or not said[-1][:1].isupper() or not said[0][:1].isupper():
        return None
    tail = _tail(word)
    titles = {(s, e): (a, b, i) for s, e, a, b, i in titled}
    for s, e in reversed(people):
        if e > span[0]:
            continue
        full = _tail(text[s:e])
        if len(full) <= len(tail) or full[-len(tail) :] != tail:
            continue
        title = titles.get((s, e))
        if title is None:
            return None
        refs = [
            r
            for r in read(title[:2], title[2])
            if r.country and r.sector == OFFICE and (r.lent is None or home_actor(r))
        ]
        if not refs:
            return None
        return refs[0], text[title[0] : title[1]]
    return None
