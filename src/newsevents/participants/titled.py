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
  ("Peru's home secretary, Arjun Mehtrani"); and a name of two or more proper nouns the parse left
  untagged (or tagged an organisation) in apposition to a lower-case title noun (storycoref58).
* ``told_again``: one walk back over the people named before a lone name, for both readings of it
  (participants/actors.named_person asks it; storycoref58 merged the two walks): a one-word name that a
  full name the knowledge base knows is told again by is that person; else a lone name (one word, or a
  name's last words with a particle: "Da Costa") that is the last word or words of such a person named
  before it is that person, read from the titled phrase (its country and sector where the phrase gives
  them; a state's role word or people of the street lent the country of the dateline or of the title's
  sentence, as such a role word is; no person of no country, and not an armed man lent a country:
  "Canadian officials say the man they seek is a militia chief, X" is no Canadian). Only the surname as
  an actor phrase is read so: an owner ("his crossing") or an object read the same way took wrong parties.
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

from newsevents.parse.tree import ents, tokens
from newsevents.participants.lending import home_actor
from newsevents.records import ActorRef

__all__ = ["titled_people", "told_again"]

# the labels of entities a name left untagged as a person may carry: the tagger reads a name it does not
# know as an organisation or a work as often as a person ("Vikram Osmani" an ORG)
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})

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


def _untagged_names(doc: Doc) -> list[Span]:
    """Names the parse set in apposition to a common noun's phrase without tagging them a person
    ("India's foreign secretary, Vikram Osmani,": the tagger may read the name as an organisation or
    as nothing): two or more capitalised proper nouns, the last in apposition to a lower-case noun
    before it, that no entity of a place, a people or a person covers."""
    out = []
    tagged = {t.i for e in ents(doc) if e.label_ not in NAME_LABELS for t in e}
    for tok in tokens(doc):
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.i >= tok.i or tok.head.pos_ != "NOUN":
            continue
        if not tok.head.is_lower:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        name = doc[start : tok.i + 1]
        if len(name) < 2 or any(not t.is_alpha or not t.is_title or t.pos_ != "PROPN" for t in name):
            continue
        if not any(t.i in tagged for t in name):
            out.append(name)
    return out


def titled_people(doc: Doc) -> Titled:
    """Each person named with a title phrase of their own, in text order: the persons the parse
    tagged, and the names set in apposition to a title it left untagged (_untagged_names)."""
    out = []
    starts = [s.start for s in doc.sents]
    people = [e for e in ents(doc) if e.label_ == "PERSON" and len(e) >= 2]
    for e in sorted([*people, *_untagged_names(doc)], key=lambda e: e.start):
        title = _title_phrase(e)
        if title is not None and not _owned_by_pronoun(doc, title):
            sentence = bisect_right(starts, e.start) - 1
            out.append((e.start_char, e.end_char, title[0], title[1], sentence))
    return tuple(out)


def _tail(words: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words.split())


def told_again(
    word: str, span: tuple[int, int], text: str, titled: Titled, people: tuple[tuple[int, int], ...],
    known: Callable[[tuple[int, int]], list[ActorRef]], said_by: Callable[[str, list[ActorRef]], tuple[str, ...]],
    read: Callable[[tuple[int, int], int], list[ActorRef]] | None,
) -> tuple[ActorRef, str | None] | None:  # fmt: skip
    """The person a lone name at ``span`` stands for, by one walk back over the people named before it
    (``people``: every person the parse tagged; the names of ``titled`` join them): a one-word name that a
    full name before it is told again by (``said_by``: its surname, or its first word for a family name
    written first) is that person, when the knowledge base knows the full name (``known``: its actors);
    else the last person named before whose last word or words the name is, read from the title they were
    named with (``read``: the actors a phrase names, given its sentence; None: no title is read), with
    the title's words. None when the last person of that surname was named without a title the reading
    of which is a state's office."""
    said = word.split()
    if not said or not said[-1][:1].isupper() or not said[0][:1].isupper():
        return None
    tail = _tail(word)
    titles = {(s, e): (a, b, i) for s, e, a, b, i in titled}
    for s, e in reversed(sorted({*people, *titles})):
        full = text[s:e].split()
        if e > span[0] or len(full) < 2:
            continue
        if len(said) == 1 and word in (full[0], full[-1]):
            refs = known((s, e))
            if refs and word in said_by(text[s:e], refs):
                return refs[0], None
        if len(full) <= len(tail) or _tail(text[s:e])[-len(tail) :] != tail:
            continue
        title = titles.get((s, e))
        if title is None or read is None or len(said) > 2:
            return None
        office = [
            r
            for r in read(title[:2], title[2])
            if r.country and r.sector == OFFICE and (r.lent is None or home_actor(r))
        ]
        return (office[0], text[title[0] : title[1]]) if office else None
    return None
