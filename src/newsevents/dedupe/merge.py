"""Stage: dedupe. One real-world event told several times in an article becomes one event.

Two events merge when they have the same PLOVER type, the same actors and recipients, and the
same date and modality; within one sentence, the same type and actors suffice ("swept into
Kabul ... and gained control over the Afghan capital" is one assault); an attack with no attacker
named, on people of the same countries, told up to two sentences after an attack with no day of its own
or on a day the attack's date reaches, is its toll. The merged event keeps
the first telling's fields and every telling's sentence and offsets in ``mentions``.

A wire story tells one act again in another sentence (the lead, a detail paragraph, a quote, a
recap) with fewer or other words: "Soldiers detained Suu Kyi on Monday" ... "Suu Kyi was held in
the capital". Such a *retelling* merges into the act told first (:func:`retelling`) when it has the
same CAMEO code (or one a prefix of the other), the same modality, parties that agree (a missing
side agrees with anything; two named actors must be the same one; otherwise the same country with
the same sector, or a missing sector; at least one party in common; meetings and agreements compare
all their parties together, with no third party on each side), a date whose range meets the
first's (a date taken from the publication date covers the days before it, as ``data/clusters.yaml``
says; two days told as days are two acts), a place within the first's tolerance, and no word near
its trigger that tells a second act ("also", "another", "a second wave", "again": the lists
``distinct_act_before`` and ``distinct_act_after`` of ``data/lexicon.yaml``). The merged event
takes the date of the telling that has one and the parties the first telling lacks (docs/dedup.md).

Forces of a country moving into the country it attacked (a deployment, CAMEO 154, that
``derive.senses.by_motion`` made of an occupation), told after the attack with no other country
their move is into, tell that attack again (:func:`moved_in`): "Iraq invaded Kuwait ... Iraqi forces
entered Kuwait City".

Before that, the retellings the coder linked ("the strike hit a market", told after an airstrike)
are merged into the event they tell again (``apply_retellings``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsevents.code.parties import LEAVING_OFFICE
from newsevents.dedupe.cluster_config import ClusterConfig, default_config
from newsevents.dedupe.cluster_features import PlaceKey, date_range
from newsevents.dedupe.clusters import dates_meet, place_verdict
from newsevents.lexicon import LEXICON, sector_group
from newsevents.records import GENERIC_KINDS, ActorRef, Event, EventLocation, Retelling, countries_of
from newsevents.where.steps import finer, told_place
from newsevents.work import Resources, StageFunc, Work, register

DISTINCT_BEFORE = LEXICON["distinct_act_before"]
DISTINCT_AFTER = LEXICON["distinct_act_after"]
STATE_SECTORS = sector_group("state")
STATEMENT_TYPES = LEXICON["statement_types"]
_WORD = re.compile(r"[\w'-]+")


def _actors(refs: tuple[ActorRef, ...]) -> frozenset[tuple[str | None, str | None, str | None]]:
    return frozenset(r.key() for r in refs)


def _toll(attack: Event, ev: Event, cfg: ClusterConfig) -> bool:
    """'More than 20 people were wounded' right after an airstrike on Chad: the toll of the attack
    told before (same type, no attacker named, its targets' countries among the attack's, at most
    two sentences later), not a second attack. A casualty told on a day of its own that the attack's
    date does not reach ("three were killed on Sunday" after Friday's raid) is another act; one with no
    day of its own (the publication date stands in for it: "52 people were killed" after a crackdown a
    week before) is the attack's toll."""
    countries = countries_of(ev.recipient)
    undated = ev.date_precision in {"publication", "unknown"}
    return (
        not ev.actor
        and bool(attack.actor)
        and ev.event == attack.event
        and ev.modality == attack.modality
        and 0 <= ev.sentence_index - attack.sentence_index <= 2
        and bool(countries)
        and countries <= countries_of(attack.recipient)
        and (undated or dates_meet(*_range(attack, cfg), *_range(ev, cfg), cfg.slack_days))
    )


DEPLOY_CODES = {"154", "153"}  # forces deployed or moved in (derive.senses.by_motion makes these of 192)
ATTACK_ROOTS = {"18", "19", "20"}


def moved_in(k: Event, ev: Event, cfg: ClusterConfig) -> str | None:
    """'Iraqi troops invaded Kuwait ... Iraqi forces entered Kuwait City', 'Russia launched an
    invasion of Ukraine ... Russian troops crossed the border': forces moving into a country (a
    deployment, CAMEO 154) after an attack on it by their own country, on days that meet, are that
    attack told again, not a deployment of their own; so is such a move told within two sentences
    of the attack without a place or party of its own ("Ethiopian troops entered Baidoa")."""
    if ev.cameo not in DEPLOY_CODES or k.cameo_root not in ATTACK_ROOTS or ev.sentence_index <= k.sentence_index:
        return None
    if ev.modality != k.modality or not dates_meet(*_range(k, cfg), *_range(ev, cfg), cfg.slack_days):
        return None
    own = countries_of(k.actor)
    attacked = countries_of(k.recipient) - own
    if k.event_loc is not None and k.event_loc.country_code and k.event_loc.country_code not in own:
        attacked.add(k.event_loc.country_code)
    into = countries_of(ev.recipient)
    if ev.event_loc is not None and ev.event_loc.country_code:
        into.add(ev.event_loc.country_code)
    movers = countries_of(ev.actor)
    told_after = not into and ev.sentence_index - k.sentence_index <= 2  # no place of its own told
    if not movers or not movers <= own or not (into & attacked or told_after):
        return None
    return f"told again as '{ev.event_text}' in sentence {ev.sentence_index} (the attackers moving in)"


def merge_events(events: list[Event], cfg: ClusterConfig | None = None) -> list[Event]:
    cfg = cfg or default_config()
    kept: list[Event] = []
    for ev in events:
        at = _restated(kept, ev, cfg)
        if at is not None:
            kept[at] = _joined(kept[at], ev, cfg)
            continue
        for i, k in enumerate(kept):
            why = retelling(k, ev, cfg) or moved_in(k, ev, cfg)
            if why:
                kept[i] = absorb(k, ev, why, cfg)
                break
        else:
            kept.append(ev)
    return kept


def _restated(kept: list[Event], ev: Event, cfg: ClusterConfig) -> int | None:
    """The first kept event ``ev`` restates in its own sentence, with the same dyad and date, or as
    its toll; these come before a retelling in another sentence."""
    for i, k in enumerate(kept):
        same_dyad = k.event == ev.event and _actors(k.actor) == _actors(ev.actor)
        same_sentence = same_dyad and k.sentence_index == ev.sentence_index and k.modality == ev.modality
        # "killed two on Friday, and six more died on Saturday": each told with a date of its own
        # that the other's does not reach is another act, in one sentence too
        same_sentence = same_sentence and not _told_apart(k, ev, cfg)
        restated = (
            same_dyad
            and _actors(k.recipient) == _actors(ev.recipient)
            and k.date == ev.date
            and k.modality == ev.modality
        )
        if same_sentence or restated or _toll(k, ev, cfg):
            return i
    return None


_EXACTNESS = {"day": 3, "month": 2, "year": 1}  # a told date's exactness; publication and unknown: 0


def _told(ev: Event) -> int:
    """How exact the date ``ev`` was told with is (0: none told: the publication date, no date, or a
    date counted back from the story's news)."""
    return 0 if ev.date_from_news else _EXACTNESS.get(ev.date_precision, 0)


def _told_apart(k: Event, ev: Event, cfg: ClusterConfig) -> bool:
    """Two tellings of one sentence each told as a day, with date words of its own, on days that do not
    meet: two acts, as two such tellings in two sentences are (:func:`retelling`). A date counted from
    another clause's words ("battled on Thursday, a day after troops invaded") and a month or a year
    beside a day do not tell them apart."""
    if _told(k) < _EXACTNESS["day"] or _told(ev) < _EXACTNESS["day"]:
        return False
    own_k, own_ev = _own_date(k), _own_date(ev)
    return (
        bool(own_k and own_ev) and own_k != own_ev and not dates_meet(*_range(k, cfg), *_range(ev, cfg), cfg.slack_days)
    )


def more_exact(k: Event, ev: Event, cfg: ClusterConfig) -> bool:
    """``ev``, a telling merged into ``k``, was told with a more exact date that ``k``'s reaches ("staged
    two coups in 1987, the first on May 14 of that year": the day; a date told, not the publication day)."""
    return _told(ev) > _told(k) and dates_meet(*_range(k, cfg), *_range(ev, cfg), cfg.slack_days)


def _joined(k: Event, ev: Event, cfg: ClusterConfig) -> Event:
    """``k`` with ``ev``, a telling of it in the same sentence, merged in: its recipients where ``k`` has
    none, except for a resignation ("stepped down and handed power to his deputy": whom power goes to
    is no target of the resignation; the gold rounds name none for it); the date of the telling told with
    the more exact one."""
    if more_exact(k, ev, cfg):
        k = replace(
            k,
            date=ev.date,
            date_precision=ev.date_precision,
            date_text=ev.date_text,
            end_date=ev.end_date,
            reasons=(*k.reasons, f"date '{ev.date_text}' of the telling '{ev.event_text}', the more exact"),
        )
    return replace(
        k,
        recipient=k.recipient or (ev.recipient if k.cameo != LEAVING_OFFICE else ()),
        event_loc=ev.event_loc
        if k.event_loc is None or ev.event_loc and finer(ev.event_loc, k.event_loc)
        else k.event_loc,
        mentions=k.mentions + ev.mentions,
        reasons=k.reasons + (f"merged with the telling '{ev.event_text}' in sentence {ev.sentence_index}",),
    )


# -- a retelling in another sentence -------------------------------------------------------------


def _specific(r: ActorRef) -> str | None:
    """The knowledge-base id of one named actor (a person, an organisation), else None."""
    return r.kb_id if r.kb_id and r.kind not in GENERIC_KINDS else None


def sectors_agree(s1: str | None, s2: str | None, cfg: ClusterConfig) -> bool:
    """The same sector, one missing, or one sector group of ``clusters.yaml`` without a state sector
    ('protesters' and 'the crowd', 'gunmen' and 'militants'): within one story the army, the police
    and the government are told apart, and each acts on its own."""
    if not s1 or not s2 or s1 == s2:
        return True
    return any(s1 in g and s2 in g and not STATE_SECTORS & set(g) for g in cfg.sector_groups.values())


def same_party(p: ActorRef, q: ActorRef, cfg: ClusterConfig) -> bool:
    """Two parties of one article name the same one: two named actors are the same actor; else the
    same country with agreeing sectors; without countries, the same id or words."""
    sp, sq = _specific(p), _specific(q)
    if sp and sq:
        return sp == sq
    if p.country and q.country:
        return p.country == q.country and sectors_agree(p.sector, q.sector, cfg)
    if p.country or q.country:
        # a group named only by its kind, with no country ('crowds'), and one with a country ('protesters')
        kind_only = _kind_only(p) or _kind_only(q)
        return kind_only and bool(p.sector and q.sector) and sectors_agree(p.sector, q.sector, cfg)
    if p.kb_id and p.kb_id == q.kb_id:
        return True
    return bool(p.entity_text) and p.entity_text.lower() == q.entity_text.lower()


def _strong(refs: tuple[ActorRef, ...]) -> list[ActorRef]:
    """The parties the text names: the people of a place, and a party no words name (the state
    taken for an agentless passive), neither conflict nor match."""
    return [r for r in refs if r.entity_text.strip() and not r.place_people]


def _kind_only(r: ActorRef) -> bool:
    return r.kind == "sector"


def _role(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...], cfg: ClusterConfig, named: bool = False) -> str:
    """'match', 'conflict' or 'unknown' (a side names nobody) for one role of two tellings; with
    ``named``, a party named only by its kind ('forces') matches nobody."""
    ps, qs = _strong(a), _strong(b)
    if not ps or not qs:
        return "unknown"
    pairs = [(p, q) for p in ps for q in qs if not (named and (_kind_only(p) or _kind_only(q)))]
    return "match" if any(same_party(p, q, cfg) for p, q in pairs) else "conflict"


def _all_parties(k: Event, ev: Event, cfg: ClusterConfig) -> str:
    """Meetings and agreements: who met whom is told both ways; one party in common and no third
    party on each side ('Modi met Ishiba' and 'Modi met Lee' are two meetings)."""
    ps, qs = _strong(k.actor + k.recipient), _strong(ev.actor + ev.recipient)
    if not ps or not qs:
        return "unknown"
    extra_p = [p for p in ps if not any(same_party(p, q, cfg) for q in qs)]
    extra_q = [q for q in qs if not any(same_party(p, q, cfg) for p in ps)]
    if len(extra_p) == len(ps) or (extra_p and extra_q):
        return "conflict"
    return "match"


def _place(loc: EventLocation | None) -> PlaceKey | None:
    if loc is None or not (loc.resolved_place or loc.country_code):
        return None
    name = loc.resolved_place or loc.extracted_place
    return PlaceKey(name=name, lat=loc.lat, lon=loc.lon, resolution=loc.resolution, country=loc.country_code)


def _range(ev: Event, cfg: ClusterConfig) -> tuple[int, int]:
    return date_range(ev.date, ev.date_precision, ev.date_text, ev.source.pub_date, cfg)


def second_act(ev: Event) -> str | None:
    """The word near the trigger that tells another act of the kind ('also', 'another', 'again')."""
    text, trigger = ev.text, ev.event_text
    at = text.find(trigger) if trigger else -1
    while at >= 0:
        before = [w.lower() for w in _WORD.findall(text[:at])][-3:]
        after = [w.lower() for w in _WORD.findall(text[at + len(trigger) :])][:5]
        for j, w in enumerate(before):
            following = before[j + 1] if j + 1 < len(before) else (after[0] if after else "")
            if w in DISTINCT_BEFORE and not (w == "more" and following == "than"):
                return w
        for w in after[:4]:
            if w in DISTINCT_AFTER:
                return w
        at = text.find(trigger, at + 1)
    return None


_DATE_FILLERS = frozenset({"on", "at", "in", "the", "of", "by", "during"})


def _own_date(ev: Event) -> str:
    """The words an event's own date was told with (normalised), or '' when it has none of its own."""
    if ev.date_precision in {"publication", "unknown"} or not ev.date_text:
        return ""
    return " ".join(w for w in (x.lower() for x in _WORD.findall(ev.date_text)) if w not in _DATE_FILLERS)


def _same_stem(a: str, b: str) -> bool:
    """'imposing' and 'impose', 'stormed' and 'storm': the same word told twice (a shared stem of five
    letters, or the whole shorter word)."""
    wa, wb = a.lower().split()[:1], b.lower().split()[:1]
    if not wa or not wb:
        return False
    x, y = sorted((wa[0], wb[0]), key=len)
    n = min(len(x), 5)
    return len(x) >= 3 and y[:n] == x[:n] and (n == len(x) or len(y) >= 5)


def retelling(k: Event, ev: Event, cfg: ClusterConfig) -> str | None:
    """Why ``ev``, told in a later sentence, tells ``k`` again (None: two acts). See the module's doc."""
    if ev.sentence_index == k.sentence_index or ev.modality != k.modality or ev.event != k.event:
        return None
    if not (k.cameo.startswith(ev.cameo) or ev.cameo.startswith(k.cameo)):
        return None
    if ev.event in cfg.symmetric_types:
        verdicts = [_all_parties(k, ev, cfg)]
    else:
        speaker = ev.event in STATEMENT_TYPES  # a statement is one act only when told by the same speaker
        verdicts = [_role(k.actor, ev.actor, cfg, named=speaker), _role(k.recipient, ev.recipient, cfg)]
    if "conflict" in verdicts or "match" not in verdicts:
        return None
    if not dates_meet(*_range(k, cfg), *_range(ev, cfg), cfg.slack_days):
        return None
    if not place_verdict(_place(k.event_loc), _place(ev.event_loc), cfg)[0]:
        return None
    if ev.event not in cfg.symmetric_types and any(
        _strong(later) and not _strong(first) for first, later in ((k.actor, ev.actor), (k.recipient, ev.recipient))
    ):
        return None  # a later telling that names a party the first left out tells another act
    own_k, own_ev = _own_date(k), _own_date(ev)
    if own_k and own_ev and own_k != own_ev:
        return None  # each told with its own date words ("Friday morning", "Friday afternoon"): two acts
    if not (own_k or own_ev or _same_stem(k.event_text, ev.event_text)):
        return None  # neither dated nor told with the same word: nothing says it is the same act
    if second_act(ev):
        return None
    return f"told again as '{ev.event_text}' in sentence {ev.sentence_index} (same act: code, parties, date, place)"


def absorb(k: Event, ev: Event, why: str, cfg: ClusterConfig) -> Event:
    """The first telling with the later one's mention; the date of the telling told with the more exact
    one (a date inferred from the news is not told), and the parties and place the first lacks."""
    dated = more_exact(k, ev, cfg)
    return _told_again(k, ev, dated=dated, why=why, fill_actor=True)


def _told_again(first: Event, later: Event, *, dated: bool, why: str, fill_actor: bool) -> Event:
    """One event with both tellings' mentions: the first's fields, the later's date when ``dated``,
    and the recipients (and, with ``fill_actor``, the actors) and place the first lacks."""
    src = later if dated else first
    loc = told_place(first.event_loc, later.event_loc)
    return replace(
        first,
        actor=(first.actor or later.actor) if fill_actor else first.actor,
        recipient=first.recipient or later.recipient,
        date=src.date,
        date_precision=src.date_precision,
        date_text=src.date_text,
        end_date=src.end_date,
        event_loc=loc,
        mentions=first.mentions + later.mentions,
        reasons=(*first.reasons, why, *_placed_by(first, later, loc)),
    )


def _placed_by(first: Event, later: Event, loc: EventLocation | None) -> tuple[str, ...]:
    """The reason when the later telling's place replaced the first's (``loc``, the merged event's place
    by where/steps.told_place)."""
    if loc is None or first.event_loc is None or loc is not later.event_loc:
        return ()
    return (f"place '{loc.extracted_place}' from the telling in sentence {later.sentence_index}, which names it "
            f"(the first was only the story's or the actors' place: {first.event_loc.step})",)  # fmt: skip


@register("dedupe", requires=("events", "retellings"), sets=("events",))
def make_dedupe(res: Resources) -> StageFunc:
    cfg = default_config()

    def dedupe(work: Work) -> None:
        work.events[:] = merge_events(apply_retellings(work.events, work.retellings), cfg)

    return dedupe


def apply_retellings(events: Sequence[Event], links: Sequence[Retelling]) -> list[Event]:
    """Each linked telling merged into the event it tells again (in the order they were linked),
    in that event's place; the telling itself leaves the list."""
    out = list(events)
    for link in links:
        told = next((i for i, e in enumerate(out) if e.id == link.telling_id), None)
        at = next((i for i, e in enumerate(out) if e.id == link.event_id), None)
        if told is None or at is None or told == at:
            continue
        out[at] = retold(out[at], out[told])
        del out[told]
    return out


def retold(attack: Event, event: Event) -> Event:
    """'The attack killed 12 people', 'the strike hit a market on Tuesday': the attack told before,
    told again; one event with both mentions, dated by the telling that has a date."""
    dated = attack.date_precision == "publication" and event.date_precision not in {"publication", "unknown"}
    why = f"told again as '{event.event_text}' in sentence {event.sentence_index}"
    return _told_again(attack, event, dated=dated, why=why, fill_actor=False)
