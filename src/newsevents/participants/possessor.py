"""Whose thing an object owned by a pronoun is: "would not approve their membership", "blocked its bid".

An object or prepositional phrase that names no one by itself and begins with the possessive "their" or "its"
is owned by the party that pronoun takes up, and that party is the event's recipient: the state whose
membership is refused, the group whose demands are rejected. The pronoun takes up the event's own actors
where their number fits ("Iran halted its enrichment", "the rebels laid down their arms": the act has no other
party, and none is read), and reads nothing for actors of no country (an act of unknown doers: "killed its
soldiers" in a clause whose doer is untold); otherwise:

* the parties last named as the subject of a main clause, in the event's sentence or the one before (the
  discourse's last group for "their", its last body for "it"; participants.actors.referents), when they are
  not the event's actors, nor of their country.

Not the last party named in any role before it: read so too ("took in X's refugees, but Y rejected their
request"), the first measure broke 17 floors of the blind rounds (docs/stories.md, recip58).

The reason says which, and the party's phrase.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.participants.actors import ActorReader, plural_phrase, recent
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame

__all__ = ["OWNING_PRONOUNS", "possessor"]

OWNING_PRONOUNS = {"their": "they", "its": "it"}
# "demanded their release": the pronoun takes up the captives, and whom the release is asked of is the
# captors told before (code/toldbefore.captor_before), not the owner
RELEASE_NOUNS = frozenset(LEXICON["release_nouns"])


def possessor(
    reader: ActorReader, doc: Doc, frame: Frame, span: tuple[int, int], actors: list[ActorRef],
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(the owner, why) of the phrase ``span`` that begins with "their" or "its", when the owner is a party
    other than the event's actors (None where the pronoun fits the actors, or no party is found)."""
    words = reader.text[span[0] : span[1]]
    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    if first not in OWNING_PRONOUNS or len(words.split()) < 2:
        return None
    if any(w.strip(".,;:").lower() in RELEASE_NOUNS for w in words.split()[1:]):
        return None  # "their immediate release": of the captives, asked of their captors
    if not any(a.country for a in actors) or fits_actors(reader, frame, actors, first):
        return None  # no actor of a country: whom the act is by is unknown, and so is whose thing it names
    own_keys = {(a.key(), a.entity_text.lower()) for a in actors}
    own = {a.country for a in actors if a.country}

    def others(refs: tuple[ActorRef, ...] | list[ActorRef]) -> list[ActorRef]:
        return [
            r for r in refs if r.country and r.country not in own and (r.key(), r.entity_text.lower()) not in own_keys
        ]

    said = f"'{first}' in '{words}'"
    if first == "their" and recent(disc.last_group_sentence, frame) and disc.last_group:
        if (group := others(disc.last_group)) and len(group) == len(disc.last_group):
            names = " and ".join(r.entity_text for r in group)
            return group, f"{said} = {names}, the parties last told as a subject"
    if first == "its" and recent(disc.last_body_sentence, frame) and disc.last_body:
        if body := others(disc.last_body):
            return body, f"{said} = {body[0].entity_text}, the body last told as a subject"
    return None


def fits_actors(reader: ActorReader, frame: Frame, actors: list[ActorRef], pronoun: str) -> bool:
    """'Their' fits actors that are several parties or a plural group, "its" one body that is not a person
    (and either fits actors read from no phrase: whom the pronoun takes up cannot be told)."""
    if not actors:
        return False
    phrases = [reader.text[a:b] for a, b in frame.actor_spans]
    plural = len(phrases) > 1 or any(plural_phrase(p, tuple(actors)) for p in phrases) or len(actors) > 1
    if pronoun == "their":
        return plural or not phrases
    return not plural and any(a.kind != "person" for a in actors)
