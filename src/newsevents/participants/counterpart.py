"""Whom a reaction that names no one answers, read from its own sentence (recip34).

A demand, a disapproval, a rejection, a threat or a cut in relations (data/code_rules.yaml
``reaction_roots``) whose phrases name no one, and that no act told before answers
(code/toldbefore.py), is aimed at the one country its sentence names besides the actors' own:
"Gazprom cut off gas to Ukraine after Kiev refused to accept the price" (Russia), "Finland joined
NATO, and Moscow warned it would take countermeasures" (Finland), "Fiji's army seized power, and
Australia said it would impose sanctions" (Fiji), "a decision that France said it regretted" (the
United States). So is a halt to hostilities (recip36, code_rules ``deescalation_codes``: CAMEO 087,
0871-0873), by a state or by an organisation of no country, whose counterpart is the side fought, a
state named as such, its armed forces or an armed group, not a leader or an official ("Yugoslav
troops began pulling out of Kosovo, and NATO suspended its bombing campaign": Serbia; not "after
talks with Nicolas Sarkozy"). A news sentence that tells a reaction tells what it reacts to; when
that names one other country, the reaction answers it. None when the sentence names two or more
other countries, or none. Only in a text's lead sentence, which tells the news whole (the act and
the reaction to it): a story's later sentences name countries of its background and of other acts
(measured over rounds 1-33: in lead sentences 96 recipients gained and 23 lost, in later sentences
of stories 22 gained and 30 lost).

A country counts wherever the sentence names it, the subject of another clause too (unlike
participants.institutions.other_country, whose role words are a place's people): the doer of the
act reacted to is the counterpart, told before the reaction (the subject of a clause after it is a
later doer: "the minister condemned the coup, and Oslo suspended aid"). It does not count in the
actor's own phrase, as the source of
the news or the broker of a deal (institutions.no_party), in an accord's name ("the
Paris climate accord": code.groups.accord_name), as a place named after a preposition ("talks in
Geneva", "gas to Ukraine", "sanctions against South Africa": where or what the act is about, not
who did what it answers; measured: counting those after other prepositions than of place gained as
many as it lost), as a city or region that is no country's name or capital, or
when lent by the dateline; nor does a bystander (participants.bystanders). An act that already
names an organisation (the IAEA's inspectors) keeps it. None when the country did an act of material
conflict told before in the sentence to another country than the reactor's ("Russian jets bombed
rebel positions in Syria, and Japan's prime minister warned of consequences": as
code/toldbefore.retaliation_target, whom such a warning is aimed at is not said).

Recip44: when the sentence names two or more other countries, a reaction answers the doers of the act
told before it: the countries named as the subject of a clause before the reaction (or conjoined with
one, however far down a list; not the speaker of a verb whose complement clause tells the reaction,
nor the doer of a verb whose "after" or "because" clause tells it), when they are some but not all of
those named ("Norway recognised the State of Palestine, and Israel recalled its ambassador": Norway,
not Palestine, whom the act was done to; "Spain, Ireland and Norway recognised ...": all three). None
when no country named is such a doer, or every one is; not for a rejection (CAMEO 12), which answers a
proposal or demand: "three states recognised Kosovo, but two others refused to follow suit" refuse to
do the same, aimed at Kosovo.

Recip53: reactors of no country read so too ("Georgia's parliament passed the law, and the European Union
warned it could derail its bid", "Western leaders vowed to respond with sanctions", "lawmakers refused to
accept it" where no country is lent to them): an international body or role words of no country react to
what the one other country named did, as a state does. Rounds 26-59 sentences: 32 recipients gained in 18
rounds, one added where the gold names none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.groups import accord_name
from newsevents.lexicon import sector_group
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children
from newsevents.participants.actors import ActorReader
from newsevents.participants.institutions import SUBJECTS, clause_subject, named_countries, no_party
from newsevents.participants.summed import summed_doers
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Event, Frame, countries_of

# whom a halt to hostilities answers: the side fought, a state named as such (no sector), its armed
# forces or an armed group; not a leader or an official ("talks with Nicolas Sarkozy")
FOUGHT = frozenset({None, "MIL", *sector_group("armed")})
# a rejection answers a proposal or a demand, not the doers of the act told before it: "X, Y and Z
# recognised Kosovo, but Russia and Spain refused to follow suit" (they refuse to do the same)
REJECTING = "12"
CONTENT_DEPS = {"ccomp", "xcomp"}  # a complement clause: what a verb says, wants or decides
# subordinators of an act that came after the reaction: it cannot answer it ("demanded an end to the
# blockade, hours before Moroccan troops stormed the port")
LATER_MARKS = frozenset({"before", "until", "till"})


def names_party(found: list[ActorRef]) -> bool:
    """Whether the recipients found name a country or an organisation."""
    return any(r.country or r.kind == "org" for r in found)


def counterpart(
    reader: ActorReader, doc: Doc, frame: Frame, actors: list[ActorRef], reacting: str | None,
    on_date: dt.date | None, disc: Discourse, told: Sequence[Event] = (), halting: bool = False,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) of a reaction (``reacting``: its CAMEO root, one of code_rules ``reaction_roots``;
    None for no reaction)
    or a halt to hostilities (``halting``: its code one of ``deescalation_codes``, by a state or by
    an organisation of no country, "NATO suspended its bombing campaign") that names no one, from the
    one other country its sentence names (module doc); None when the rule does not hold. A reaction
    in a relative clause on a noun that sums up the clause before it answers that clause's doer
    first, in any sentence ("..., a move China criticised": participants/summed.py)."""
    summed = summed_doers(reader, doc, frame, actors, on_date, disc) if reacting else None
    if summed is not None:
        return summed
    own = countries_of(actors)
    alliance = bool(actors) and all(a.kind == "org" and not a.country for a in actors)
    apolitical = reader.rules.apolitical_sectors  # "Western donors", "European customers": no party of their own
    stateless = (
        bool(actors)
        and not own  # "European leaders", "the EU", "lawmakers": reactors of no country
        and all(a.kind not in (None, "sector") or (a.sector is not None and a.sector not in apolitical) for a in actors)
    )
    lead = frame.sentence_index == 0  # later sentences of a story name background: measured, not used
    acting = (reacting and (own or stateless)) or (halting and (own or alliance))
    trigger = trigger_span(doc, frame) if acting and lead else None
    if trigger is None:
        return None
    doer = [subtree_span(t) for t in children(trigger.root) if t.dep_ in SUBJECTS]
    doer.extend(frame.actor_spans)
    named: dict[str, ActorRef] = {}
    doers: dict[str, ActorRef] = {}  # the named subjects of clauses told before the reaction
    for ent, country, r in named_countries(reader, doc, trigger.sent, doer, own, on_date, disc):
        if accord_name(doc, (ent.start_char, ent.end_char)) or no_party(ent):
            continue
        if ent.start_char >= trigger.end_char and clause_subject(ent):
            continue  # "X condemned the coup, and Oslo suspended aid": a later doer, no counterpart
        if stateless and ent.start_char >= trigger.end_char and _told_later(ent.root, trigger.root):
            continue  # a reactor of no country does not answer an act told as coming after its reaction
        if halting and not reacting and r.sector not in FOUGHT:
            continue  # "after talks with Nicolas Sarkozy": a leader, not the side a halt answers
        named.setdefault(country, r)
        before = ent.end_char <= trigger.start_char
        if reacting not in (None, REJECTING) and before and _subject(ent.root, trigger.root):
            doers.setdefault(country, r)
    if len(named) == 1:
        ((c, ref),) = named.items()
        if any(_hit_another(e, c, own, frame) for e in told):
            return None  # "Russian jets bombed Syria, and Japan warned": not an attack on the reactor
        return [ref], f"recipient: the one other country its sentence names ({c}), whose act a reaction answers"
    if not doers or len(doers) == len(named) or any(_hit_another(e, c, own, frame) for e in told for c in doers):
        return None
    # "Norway recognised Palestine, and Israel recalled its ambassador": the doer, not whom it acted on
    said = ", ".join(sorted(doers))
    return list(doers.values()), f"recipient: the doers of the act told before the reaction in its sentence ({said})"


def _told_later(tok: Token, reaction: Token) -> bool:
    """Whether ``tok`` stands in a clause or phrase below the reaction that a subordinator of a later
    act opens ("hours before Moroccan troops stormed the port", "until Serbian forces withdrew")."""
    for up in tok.ancestors:
        if up.i == reaction.i:
            return False
        if up.dep_ == "prep" and up.lower_ in LATER_MARKS:
            return True
        if any(c.dep_ in ("mark", "prep") and c.lower_ in LATER_MARKS for c in children(up)):
            return True
    return False


def _subject(tok: Token, reaction: Token) -> bool:
    """Whether a token is the subject of a clause, or conjoined with one however far down a list
    ("Spain, Ireland and Norway recognised ..."), of a verb that does not tell the reaction as its
    content or its setting: not "Tokyo said it regretted Beijing's decision to recall ..." (a
    complement clause of the subject's verb holds the reaction: its speaker, not the doer of an act
    before it), nor "X suspended funding after Israel alleged ..." (a subordinate clause with a
    conjunction tells what came first, to which the verb's act answers)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in SUBJECTS:
        return False
    verb = tok.head
    if verb.i != reaction.i and verb not in reaction.ancestors:
        return True  # another clause, not above the reaction
    up = reaction
    while up.i != verb.i:
        if up.dep_ in CONTENT_DEPS:
            return False  # the reaction is told inside what the verb says
        if up.dep_ == "advcl" and any(c.dep_ == "mark" for c in up.children):
            return False  # "X suspended funding after Israel alleged ...": the setting of the verb's act, not a reply
        up = up.head
    return True


def _hit_another(e: Event, c: str, own: set[str], frame: Frame) -> bool:
    """Whether ``e``, told before in the frame's sentence, is an act of material conflict (quad
    class 4) that parties of ``c`` did to a third country, neither the reactor's nor their own
    (code/toldbefore.retaliation_target leaves a reaction to it without recipient, and so does
    this)."""
    if e.sentence_index != frame.sentence_index or e.quad_code != 4 or c not in {a.country for a in e.actor}:
        return False
    hit = countries_of(e.recipient)
    if e.event_loc is not None and e.event_loc.country_code:
        hit.add(e.event_loc.country_code)
    return bool(hit - {c}) and not hit & own  # not the doer's own country ("seized power")
