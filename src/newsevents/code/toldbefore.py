"""Parties read from the acts told before an event: the attack a bare "the strike" means, the captors
whose captives' release is asked, the doer of the act a reaction answers, the story's lead act, the
sides of the lead that a mediation naming neither is between (storyrecip49).

Split from code/parties.py (sixteenth session, when merges took it past ~600 lines); the coder calls them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.code.rules import CodeRules
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import DEFINITE_DETERMINERS, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.parse.tree import text as doc_text
from newsevents.records import ActorRef, Event, Frame, countries_of


def last_attack(
    words: str, found: list[ActorRef], sentence: int, events: Sequence[Event], rules: CodeRules
) -> Event | None:
    """'The strike hit a busy market': the attack told in the last two sentences."""
    low = words.lower().split()
    if found or len(low) != 2 or low[0] != "the" or low[1] not in rules.attack_instruments:
        return None
    return next(
        (
            e
            for e in reversed(events)
            if e.cameo_root in {"18", "19", "20"} and e.actor and 0 <= sentence - e.sentence_index <= 2
        ),
        None,
    )


RELEASE_LEMMAS = {"release", "free"}
CAPTURE_ROOTS = {"17", "18"}  # CAMEO 17 coerce (arrest, detain, seize), 18 assault (abduct, take hostage)


def captor_before(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """'Syrian forces detained two Turkish journalists, and Turkey demanded their release', 'Canada
    arrested a Chinese executive; China demanded that she be released': a demand or an appeal for
    someone's release (a word of the trigger's own phrases: release, free) is made to whoever
    captured people in the act of coercion or assault told last before it, in its sentence or the
    one before, when the one demanding did not."""
    trigger = trigger_span(doc, frame)
    if trigger is None or not any(t.lemma_.lower() in RELEASE_LEMMAS for t in trigger.root.subtree):
        return None
    demanding = {a.key() for a in actors}
    for e in reversed(events):
        if not 0 <= frame.sentence_index - e.sentence_index <= 1:
            break
        if e.sentence_index == frame.sentence_index and e.start_char >= frame.trigger_start:
            continue
        captors = [a for a in e.actor if a.country]
        if e.cameo[:2] in CAPTURE_ROOTS and captors and not demanding & {a.key() for a in captors}:
            return captors, f"recipient: who did '{e.event_text}' (told before), whose captives' release is asked"
    return None


RELEASE_NOUNS = LEXICON["release_nouns"]


def released_only(doc: Doc, frame: Frame, found: Sequence[ActorRef]) -> bool:
    """Whether the recipients found are only those whose release a demand asks: the frame's object is
    headed by a noun of release (lexicon ``release_nouns``) with an owner ("her immediate release",
    "Meng's release") and every recipient was read from that object. "China demanded her immediate
    release" asks her captors, not her; the coder then asks captor_before (actors47)."""
    if not found or not frame.object_spans:
        return False
    a, b = frame.object_spans[0]
    span = span_at(doc, a, b)
    if span is None or span.root.lemma_.lower() not in RELEASE_NOUNS:
        return False
    if not any(t.dep_ == "poss" for t in children(span.root)):
        return False
    return all(a <= r.start_char and r.end_char <= b for r in found)


THREAT_ROOT = "13"  # CAMEO 13: threaten
REJECT_ROOT = "12"  # CAMEO 12: reject
TOLD_BEFORE_WORDS = DEFINITE_DETERMINERS | {"them", "it"}  # "imposed them", "lifted it": the act told before
DISTINCT_ACT = LEXICON["distinct_act_before"]


def retold_target(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], code: str, events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """'Trump's duties on imports from Canada and Mexico took effect ... China announced tariffs on
    U.S. farm products ... Trump imposed the duties citing fentanyl': an act that names no one, whose
    object is definite ("the duties", "them", with no word of a second act: "new duties"), of the
    code of an act a party of the same country told before in the story, tells that act again: aimed
    at its recipients, not at whoever acted against the actor's country last (retaliation_target)."""
    own = countries_of(actors)
    if not own or not frame.object_spans:
        return None
    a, b = frame.object_spans[0]
    words = doc_text(doc)[a:b].lower().split()
    if not words or words[0] not in TOLD_BEFORE_WORDS or DISTINCT_ACT & set(words):
        return None
    for e in reversed(events):
        if e.sentence_index >= frame.sentence_index or e.cameo != code or e.modality != "asserted":
            continue
        targets = [r for r in e.recipient if r.country and r.country not in own]
        if targets and own & countries_of(e.actor):
            return targets, f"recipient: that of '{e.event_text}', the same act of the same party told before"
    return None


def retaliation_target(
    actors: Sequence[ActorRef],
    sentence: int,
    events: Sequence[Event],
    roots: Collection[str] = (),
    struck: bool = False,
) -> tuple[list[ActorRef], str] | None:
    """'A U.S. drone strike killed an Iranian general, and Iran's leader vowed revenge', 'Israel
    struck Iran's nuclear sites; Tehran warned of severe punishment', '... and Canberra recalled its
    ambassador': a reaction (a root of data/code_rules.yaml reaction_roots) that names no one
    is aimed at whoever did the last material conflict (quad class 4) told in this sentence or
    the two before, when it was done by parties of another country to the threatener's country
    (its recipient's or its place's); an act still to come counts only when told in the same
    sentence ("announced it would seize ..., and Madrid warned of a firm response"). ``roots``: when
    given, only an act of one of these CAMEO roots is answered (a show of force answers an attack, CAMEO
    18-20: "... and South Korea put its forces on high alert"; code_rules posture_answer_codes). ``struck``:
    only an act whose recipients are of the threatener's country, not one only placed there (a threat of
    repression, "said those responsible would be punished": rioters who burned foreign-owned shops at home
    are no foreign doers; storyrec52)."""
    own = countries_of(actors)
    if not own:
        return None
    for e in reversed(events):
        if not 0 <= sentence - e.sentence_index <= 2:
            break
        planned = e.modality != "asserted" and e.sentence_index != sentence  # "would send troops", told before
        if e.quad_code != 4 or planned or (roots and e.cameo_root not in roots):
            continue
        doers = [a for a in e.actor if a.country]
        hit = countries_of(e.recipient)
        if e.event_loc is not None and e.event_loc.country_code and not struck:
            hit.add(e.event_loc.country_code)
        if doers and not own & {a.country for a in doers} and own & hit:
            return doers, f"recipient: who did '{e.event_text}' (told before) to the reactor's country"
    return None


def lead_doer(
    actors: Sequence[ActorRef],
    events: Sequence[Event],
    reactions: Collection[str],
    appeal: bool = False,
    apolitical: Collection[str] = (),
    rejection: bool = False,
) -> tuple[list[ActorRef], str] | None:
    """'NEW DELHI - India carried out three nuclear tests on Monday ... China expressed strong
    dissatisfaction', 'SUVA - The army seized power ... New Zealand announced sanctions': a reaction
    that names no one, with no act against the reactor's country told just before it
    (retaliation_target), is aimed at whoever did the story's lead act: the first material conflict
    (quad class 4) told in its first two sentences that is no reaction itself (``reactions``: CAMEO
    roots), when parties of one country did it, not the reactor's. The coder asks it for an appeal
    that names no one too (``appeal``; code_rules appeal_roots: "... Kenya called for a halt to the
    fighting"), but not for one by the country the lead act hit ("Kuwaiti radio appealed to Arab
    brothers for help": to others). Actors of no country (an international organisation, "human rights
    groups", "Western governments": recip54) react to the lead as a state does ("... A regional bloc
    denounced the takeover and asked the soldiers to hand power back"); until then they took none. Each needs a
    sector of politics (not ``apolitical``: code_rules apolitical_sectors, a news outlet or a firm; not a name
    the knowledge base lacks, "Economists warned"), a lead doer whose own words name its country (not a role
    word the story lent one), and no rejection (``rejection``: "the EU rejected the quota" answers a proposal,
    not the lead act). Rounds 26-61 stories' recipient country F1 0.7890 -> 0.7907 (docs/stories.md, recip54)."""
    own = countries_of(actors)
    if not actors or (not own and (rejection or not all(a.sector and a.sector not in apolitical for a in actors))):
        return None  # no actor, or one of no country outside politics ("Economists warned"), or rejecting
    for e in events:
        if e.sentence_index > 1:
            break
        if e.quad_code != 4 or e.cameo_root in reactions or e.modality != "asserted":
            continue
        doers = [a for a in e.actor if a.country]
        countries = {a.country for a in doers}
        if len(countries) != 1 or countries & own or (appeal and own & {r.country for r in e.recipient}):
            return None
        if not own and not all(a.kind != "sector" and a.lent is None for a in doers):
            return None  # a role word the story lent a country ("special forces" of the event's place): no firm doer
        return doers, f"recipient: who did '{e.event_text}', the story's first act of conflict"
    return None


def lead_target(
    actors: Sequence[ActorRef], events: Sequence[Event], whole: bool = False
) -> tuple[list[ActorRef], str] | None:
    """'West African leaders gave the junta in Niger a week to reinstate the president and imposed sanctions
    on the country ... France said it would respond immediately to any attack on its nationals': a warning
    that names no one and answers no act told before is aimed at whom the story's lead is aimed at: the
    recipients of the first event of its first sentence (``whole``: of every event of it, when they all
    name one country), when they are of one country, not the warner's."""
    own = countries_of(actors)
    lead = [e for e in events if e.sentence_index == 0][: None if whole else 1]
    targets = [r for e in lead for r in e.recipient if r.country]
    countries = {r.country for r in targets}
    if not own or len(countries) != 1 or countries & own:
        return None
    return targets, f"recipient: whom '{lead[0].event_text}', the story's lead, is aimed at"


def lead_sides(
    actors: Sequence[ActorRef], events: Sequence[Event], named: Collection[str]
) -> tuple[list[ActorRef], str] | None:
    """'Israel and Hamas agreed to a ceasefire ... The deal, mediated by Qatar, Egypt and the United States',
    'Rebels captured the port ... the U.N. envoy tried to broker a ceasefire': a mediation that names neither
    side (code_rules mediation_codes) is between the sides of the story's lead: the parties with a country
    (actors, then recipients) of the first event told in the story's first two sentences that names a party
    of a country other than the mediators', leaving the mediators' own countries out. Not when the
    mediation's sentence names a place of a country other than the mediators' (``named``): it tells its
    sides itself ("Brazil mediated between Bolivia and Paraguay", "brokered a plan in Moscow and Tbilisi")."""
    own = countries_of(actors)
    if set(named) - own:
        return None
    for e in events:
        if e.sentence_index > 1:
            break
        sides = [r for r in (*e.actor, *e.recipient) if r.country and r.country not in own]
        if sides:
            kept: dict[str | None, ActorRef] = {}
            for r in sides:
                kept.setdefault(r.country, r)  # one reference a country, in the order named
            why = f"recipient: the sides of '{e.event_text}', the story's lead"
            return list(kept.values()), why
    return None
