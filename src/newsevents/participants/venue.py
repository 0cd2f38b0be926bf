"""Where a cooperative act was held is not whom it was done with.

"signed a border treaty at a naval base in Valparaiso, Chile", "held talks at a resort near
Nagano, Japan", "signed a trade pact in Ottawa", "held talks on the Chilean island of Chiloe",
"ended their summit off the coast of Zanzibar": a country reached from the trigger (or from a
meeting or accord noun of its phrases) only through a phrase of place (lexicon
venue_prepositions) whose object is a site (lexicon venue_nouns: a base, an island, a resort, a
city) or a town or city named (not a country named alone: "signed an accord in Chile" is left to
the other rules) is the venue. A visit (CAMEO 042, 043) is aimed at the place it goes to and
keeps it; hostile acts are done to their place and are not read here.

recip29: a capital that the knowledge base read as a place after one of these prepositions
("signed a memorandum in Madrid", "a declaration on security cooperation in Tokyo"), naming the
place alone (no people of it: "talks with officials in Moscow" keeps Russia), is the venue too,
wherever in the phrase the preposition hangs (setting_capital). Not a seat of government ("signed
the treaty in the Kremlin"): it names its host (bystanders.located); the rounds split on it (four
code no recipient, round 3's extra sentences the host, a floor).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import PLACE_ENTS, span_at
from newsevents.records import ActorRef, Frame

VENUE_PREPS = LEXICON["venue_prepositions"]
VENUE_NOUNS = LEXICON["venue_nouns"]
HELD_NOUNS = LEXICON["meeting_nouns"] | LEXICON["accord_nouns"]
COOPERATIVE_ROOTS = {"03", "04", "05", "06"}  # intent to cooperate, consult, diplomatic and material cooperation
VISIT_CODES = {"042", "043"}  # a visit is aimed at where it goes
METONYMS = ("metonym", "capital metonym")
WALK_DEPS = {"pobj", "prep", "compound", "amod", "appos", "npadvmod", "conj", "cc", "punct", "nmod", "poss"}


def venue_country(doc: Doc, frame: Frame, ref: ActorRef, found: list[ActorRef], cameo: str | None) -> bool:
    """Whether ``ref`` (a recipient candidate of the frame's event, coded ``cameo``) is only the
    country of where a cooperative act was held."""
    if cameo is None or cameo[:2] not in COOPERATIVE_ROOTS or cameo[:3] in VISIT_CODES or ref.start_char < 0:
        return False
    if setting_capital(ref):
        return True
    words = span_at(doc, ref.start_char, ref.end_char)
    trigger = trigger_span(doc, frame)
    if words is None or trigger is None:
        return False
    anchors = set(trigger)
    tok: Token = words.root
    seen = 0
    while tok.head is not tok and seen < 12:
        seen += 1
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in VENUE_PREPS and (head in anchors or head.lemma_.lower() in HELD_NOUNS):
            site = next((c for c in tok.children if c.dep_ == "pobj"), None)
            return site is not None and _site(site, found)
        if tok.dep_ not in WALK_DEPS:
            return False
        tok = head
    return False


def setting_capital(ref: ActorRef) -> bool:
    """A capital read as a place after a preposition of place (lexicon venue_prepositions), the
    place alone with no sector: where the act was held ("in Madrid")."""
    read = ref.read
    return (
        read is not None and read.kind == "capital metonym" and (read.prep or "").lower() in VENUE_PREPS
        and ref.sector is None
    )  # fmt: skip


def _site(site: Token, found: list[ActorRef]) -> bool:
    """A site noun ("a naval base", "the island of X") or a place named that is no country."""
    if site.lemma_.lower() in VENUE_NOUNS:
        return True
    if site.ent_type_ not in PLACE_ENTS:
        return False
    at = [r for r in found if r.start_char <= site.idx < r.end_char]
    # a capital standing for its state ("in Ottawa") is a town here; a country named is not
    return not any(r.kind == "country" and not (r.read and r.read.kind in METONYMS) for r in at)
