"""Cross-article deduplication: when two coded events, told by different articles, are one real-world event.

The mechanism only; every threshold and tolerance is in ``data/clusters.yaml`` (docs/dedup.md).
Two events are compatible when their types are (same PLOVER type or one family), their parties are
(no conflicting actor or recipient, at least one that matches: the same knowledge-base id, the same
country with compatible sectors, or similar words), their dates meet within a tolerance that depends
on the date's precision, and their places lie within a distance that depends on the place's
precision. A future event and the event held are *linked*, not merged. The store keeps the clusters
(``store/clusters.py``) and calls :func:`compare` on the candidates it finds (``store/cluster_match.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from newsevents.dedupe.cluster_config import ClusterConfig
from newsevents.dedupe.cluster_features import Features, Party, PlaceKey
from newsevents.geo import haversine_km
from newsevents.records import GENERIC_KINDS

_WORD = re.compile(r"\w+")
K = TypeVar("K")
V = TypeVar("V")

# -- comparison -------------------------------------------------------------------------------


def _member(f: Features, spec: str) -> bool:
    if spec.startswith("cameo:"):
        return f.cameo.startswith(spec[6:])
    return f.type == spec


class _Memo(dict[K, V]):
    """A bounded memo whose keys hold the ``id()`` of an object (a config, a table of groups): it keeps
    each such object alive, so that its id stays its own, and forgets everything past ``limit`` entries."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self._owners: dict[int, object] = {}

    def put(self, key: K, owner: object, value: V) -> V:
        """Remember ``value`` for ``key``, whose id part is ``owner``'s; ``value`` back."""
        if len(self) > self.limit:
            self.clear()
            self._owners.clear()
        self._owners[id(owner)] = owner
        self[key] = value
        return value


_FAMILIES: _Memo[tuple[int, str, str], frozenset[str]] = _Memo(10_000)


def families_of(f: Features, groups: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The families (or link families) an event's type or CAMEO code belongs to (memoised per type and code)."""
    key = (id(groups), f.type, f.cameo)
    found = _FAMILIES.get(key)
    if found is None:
        found = _FAMILIES.put(
            key, groups, frozenset(name for name, members in groups.items() if any(_member(f, m) for m in members))
        )
    return found


def block_keys(f: Features, cfg: ClusterConfig) -> set[str]:
    """The keys under which an event's candidates are looked up: its type, its families, its link families."""
    return (
        {f"type:{f.type}"}
        | {f"fam:{n}" for n in families_of(f, cfg.families)}
        | {f"link:{n}" for n in families_of(f, cfg.links)}
    )


def type_verdict(a: Features, b: Features, cfg: ClusterConfig) -> tuple[str, str] | None:
    """('merge' | 'link', reason) when the types are compatible, else None."""
    same_modality = a.modality == b.modality
    if same_modality:
        if a.type == b.type:
            return ("merge", f"same type {a.type}")
        shared = families_of(a, cfg.families) & families_of(b, cfg.families)
        if shared:
            return ("merge", f"types {a.type}/{a.cameo} and {b.type}/{b.cameo} in family {sorted(shared)[0]}")
        return None
    if {a.modality, b.modality} == {"future", "asserted"}:
        if a.type == b.type:
            return ("link", f"same type {a.type}, one future and one held")
        shared = families_of(a, cfg.links) & families_of(b, cfg.links)
        if shared:
            return ("link", f"a future and a held {sorted(shared)[0]} ({a.cameo} and {b.cameo})")
    return None


def sectors_compatible(s1: str | None, s2: str | None, cfg: ClusterConfig) -> bool:
    if not s1 or not s2 or s1 == s2:
        return True
    return any(s1 in g and s2 in g for g in cfg.sector_groups.values())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


_MATCHES: _Memo[tuple[int, tuple[str | None, ...], tuple[str | None, ...]], str | None] = _Memo(20_000)
_MISSING = object()


def party_match(p: Party, q: Party, cfg: ClusterConfig) -> str | None:
    """Why two parties are the same, or None (memoised: the same few parties recur)."""
    key = (id(cfg), p.key, q.key)
    found = _MATCHES.get(key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    return _MATCHES.put(key, cfg, _party_match(p, q, cfg))


def _party_match(p: Party, q: Party, cfg: ClusterConfig) -> str | None:
    if p.kb_id and p.kb_id == q.kb_id and p.kind not in GENERIC_KINDS:
        return f"same actor {p.kb_id}"
    if p.country and q.country:
        if p.country == q.country and sectors_compatible(p.sector, q.sector, cfg):
            return f"same country {p.country} ({p.sector or '-'}/{q.sector or '-'})"
        return None
    if not p.country and not q.country:
        if p.sector and q.sector and p.sector == q.sector and p.sector in {"IGO", "NGO"} and p.kb_id == q.kb_id:
            return f"same organisation {p.label()}"
        wp, wq = _words(p.text), _words(q.text)
        if wp and wq and len(wp & wq) / len(wp | wq) >= cfg.text_similarity:
            return f"similar actor text '{p.text}' ~ '{q.text}'"
    return None


def _org_abroad(p: Party, q: Party, cfg: ClusterConfig) -> bool:
    """An organisation and a group named only by its kind ('militants'), of compatible sectors: the group
    takes the country of the place, the organisation has its home country (JNIM, of Mali, in Burkina
    Faso). Neither the same nor different."""
    for org, generic in ((p, q), (q, p)):
        if org.kind == "org" and generic.kind == "sector":
            return bool(org.sector and generic.sector) and sectors_compatible(org.sector, generic.sector, cfg)
    return False


def parties_verdict(ps: Iterable[Party], qs: Iterable[Party], cfg: ClusterConfig) -> tuple[str, str]:
    """('match' | 'conflict' | 'unknown', reason) for two sets of parties in one role."""
    a = [p for p in ps if not p.weak]
    b = [q for q in qs if not q.weak]
    if not a or not b:
        return ("unknown", "")
    for p in a:
        for q in b:
            why = party_match(p, q, cfg)
            if why:
                return ("match", why)
    if any(_org_abroad(p, q, cfg) for p in a for q in b):
        return (
            "unknown",
            f"{'+'.join(p.label() for p in a)} and {'+'.join(q.label() for q in b)}: an organisation "
            "and a group of its kind",
        )
    return ("conflict", f"{'+'.join(p.label() for p in a)} vs {'+'.join(q.label() for q in b)}")


def _unmatched(a: list[Party], b: list[Party], cfg: ClusterConfig) -> list[Party]:
    return [p for p in a if not any(party_match(p, q, cfg) for q in b)]


def all_parties_verdict(ps: Iterable[Party], qs: Iterable[Party], cfg: ClusterConfig) -> tuple[str, str]:
    """Meetings, agreements: one party in common, and not a third party on each side ('Modi met Ishiba'
    and 'Modi met Lee' are two meetings)."""
    a = [p for p in ps if not p.weak]
    b = [q for q in qs if not q.weak]
    verdict, why = parties_verdict(a, b, cfg)
    if verdict != "match":
        return verdict, why
    extra_a, extra_b = _unmatched(a, b, cfg), _unmatched(b, a, cfg)
    if extra_a and extra_b:
        return (
            "conflict",
            f"{why}, but {'+'.join(p.label() for p in extra_a)} vs {'+'.join(q.label() for q in extra_b)}",
        )
    return verdict, why


_PARTIES: _Memo[tuple[Any, ...], tuple[bool, tuple[str, ...]]] = _Memo(20_000)


def parties(a: Features, b: Features, cfg: ClusterConfig) -> tuple[bool, list[str]]:
    """(compatible with at least one matching party, reasons). Meetings and agreements compare all
    parties together (who met whom is told both ways); other types compare actor with actor and
    recipient with recipient. Memoised by the parties' fields (the same parties recur; bounded)."""
    symmetric = a.type in cfg.symmetric_types and b.type in cfg.symmetric_types
    key = (
        id(cfg),
        symmetric,
        tuple(p.key for p in a.actors),
        tuple(p.key for p in a.recipients),
        tuple(p.key for p in b.actors),
        tuple(p.key for p in b.recipients),
    )
    found = _PARTIES.get(key)
    if found is None:
        ok, why = _parties(a, b, cfg, symmetric)
        found = _PARTIES.put(key, cfg, (ok, tuple(why)))
    return found[0], list(found[1])


def _parties(a: Features, b: Features, cfg: ClusterConfig, symmetric: bool) -> tuple[bool, list[str]]:
    if symmetric:
        verdict, why = all_parties_verdict(a.actors + a.recipients, b.actors + b.recipients, cfg)
        return (verdict == "match", [f"parties: {why}"] if why else ["parties: none to compare"])
    va, wa = parties_verdict(a.actors, b.actors, cfg)
    vr, wr = parties_verdict(a.recipients, b.recipients, cfg)
    reasons = [f"actor: {wa}"] if wa else []
    reasons += [f"recipient: {wr}"] if wr else []
    ok = "conflict" not in (va, vr) and "match" in (va, vr)
    return (ok, reasons or ["parties: none to compare"])


def dates_meet(lo1: int, hi1: int, lo2: int, hi2: int, slack: int) -> bool:
    return lo1 <= hi2 + slack and lo2 <= hi1 + slack


def _fmt_range(lo: int, hi: int) -> str:
    a = dt.date.fromordinal(lo).isoformat()
    return a if lo == hi else f"{a}..{dt.date.fromordinal(hi).isoformat()}"


def date_verdict(a: Features, b: Features, cfg: ClusterConfig) -> tuple[bool, str]:
    ok = dates_meet(a.date_lo, a.date_hi, b.date_lo, b.date_hi, cfg.slack_days)
    slack = f" (slack {cfg.slack_days} day(s))" if cfg.slack_days else ""
    return (
        ok,
        f"dates {_fmt_range(a.date_lo, a.date_hi)} ({a.date_precision}) and {_fmt_range(b.date_lo, b.date_hi)} "
        f"({b.date_precision}) {'meet' if ok else 'do not meet'}{slack}",
    )


_COARSE = ("country", "region", "admin1", "city", "sub-city")


def _place_check(p: PlaceKey, q: PlaceKey, cfg: ClusterConfig) -> tuple[bool, str, float, float]:
    """(compatible, the coarser level, distance, the level's limit; km -1: not measured) of two known places."""
    if p.country and q.country and p.country != q.country:
        return (False, "", -1.0, 0.0)
    coarser = min(
        _COARSE.index(p.resolution) if p.resolution in _COARSE else 3,
        _COARSE.index(q.resolution) if q.resolution in _COARSE else 3,
    )
    level = _COARSE[coarser]
    if level == "country" or p.lat is None or q.lat is None or p.lon is None or q.lon is None:
        return (True, level, -1.0, 0.0)
    km = haversine_km(p.lat, p.lon, q.lat, q.lon)
    limit = cfg.places_km.get(level, cfg.places_km.get("city", 40.0))
    return (km <= limit, level, km, limit)


def place_verdict(p: PlaceKey | None, q: PlaceKey | None, cfg: ClusterConfig) -> tuple[bool, str]:
    """Compatible unless both are known and too far apart (or in different countries)."""
    if p is None or q is None:
        return (True, "")
    ok, level, km, limit = _place_check(p, q, cfg)
    if not level:
        return (False, f"places {p.name} ({p.country}) and {q.name} ({q.country}) in different countries")
    if km < 0:
        return (True, f"places {p.name} and {q.name} in one country")
    return (
        ok,
        f"places {p.name} and {q.name} {km:.0f} km apart ({'within' if ok else 'over'} {limit:.0f} km, {level})",
    )


@dataclass(frozen=True)
class Verdict:
    kind: str  # "merge" | "link" | "apart"
    reasons: tuple[str, ...]
    strength: int  # matching parties and places: used to pick the best cluster


APART = Verdict("apart", (), 0)


def _quick_apart(a: Features, b: Features, cfg: ClusterConfig) -> bool:
    """Apart for a reason that needs no words: dates that do not meet, known places too far apart."""
    if not dates_meet(a.date_lo, a.date_hi, b.date_lo, b.date_hi, cfg.slack_days):
        return True
    p, q = a.place, b.place
    if p is None or q is None or p.lat is None or q.lat is None or p.lon is None or q.lon is None:
        return False
    return not _place_check(p, q, cfg)[0]


def compare(a: Features, b: Features, cfg: ClusterConfig, explain: bool = True) -> Verdict:
    """Whether two events are one real-world event ('merge'), a planned and a held one ('link'), or not.
    With ``explain`` False, an 'apart' found early comes without reasons (clustering compares many)."""
    if not explain and _quick_apart(a, b, cfg):
        return APART
    tv = type_verdict(a, b, cfg)
    if tv is None:
        return Verdict("apart", (f"types {a.type}/{a.modality} and {b.type}/{b.modality} not compatible",), 0)
    kind, treason = tv
    ok_date, dreason = date_verdict(a, b, cfg)
    if not ok_date:
        return Verdict("apart", (treason, dreason), 0)
    ok_place, preason = place_verdict(a.place, b.place, cfg)
    if not ok_place:
        return Verdict("apart", (treason, dreason, preason), 0)
    ok_parties, preasons = parties(a, b, cfg)
    reasons = (treason, *preasons, dreason, *([preason] if preason else []))
    if not ok_parties:
        return Verdict("apart", reasons, 0)
    strength = sum(1 for r in preasons if "same actor" in r) * 2 + sum(1 for r in preasons if "same country" in r)
    strength += 1 if preason and "apart" in preason else 0
    return Verdict(kind, reasons, strength + 1)


def fits_summary(f: Features, date_lo: int, date_hi: int, place: PlaceKey | None, cfg: ClusterConfig) -> str | None:
    """None when the event fits the cluster's best-evidenced date and place, else why not."""
    return fits_range(f.date_lo, f.date_hi, f.place, date_lo, date_hi, place, cfg)


def fits_range(
    lo: int, hi: int, at: PlaceKey | None, date_lo: int, date_hi: int, place: PlaceKey | None, cfg: ClusterConfig
) -> str | None:
    """None when a date range and place fit a cluster's best-evidenced date and place, else why not."""
    if not dates_meet(lo, hi, date_lo, date_hi, cfg.slack_days):
        return f"the cluster's best date {_fmt_range(date_lo, date_hi)} is too far"
    ok, why = place_verdict(at, place, cfg)
    return None if ok else f"the cluster's best place: {why}"


def shingles(text: str, n: int) -> set[bytes]:
    """The text's runs of ``n`` lower-cased words, as UTF-8 (the whole text when it is shorter)."""
    # an ASCII text is lower-cased at once (the same words); another word by word, as lower-casing
    # can change what a word is ('İ' gives 'i' and a combining dot)
    words = _WORD.findall(text.lower()) if text.isascii() else [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(run).encode("utf-8") for run in zip(*(words[i:] for i in range(n)), strict=False)}


_WEAK_DATES = ("publication", "unknown")


def fill_from_sentence(feats: list[Features]) -> list[Features]:
    """An event told without its own place or date takes them from another event of the same sentence
    ('rebels attacked a police station in Tibu on Saturday, killing three': the killing is in Tibu on
    Saturday). Events of one article, in order; returns them with what they took noted."""
    out = []
    for f in feats:
        siblings = [
            g for g in feats if g is not f and g.article_id == f.article_id and g.mentions[0][0] == f.mentions[0][0]
        ]
        notes = list(f.notes)
        place, lo, hi, precision = f.place, f.date_lo, f.date_hi, f.date_precision
        if place is None:
            src = next((g for g in siblings if g.place is not None), None)
            if src is not None:
                place = src.place
                notes.append(
                    f"place {src.place.name if src.place else ''} from event {src.event_id} of the same sentence"
                )
        if f.date_precision in _WEAK_DATES:
            src = next((g for g in siblings if g.date_precision not in _WEAK_DATES), None)
            if src is not None:
                lo, hi, precision = src.date_lo, src.date_hi, src.date_precision
                notes.append(f"date {src.date} from event {src.event_id} of the same sentence")
        if len(notes) != len(f.notes):
            f = replace(f, place=place, date_lo=lo, date_hi=hi, date_precision=precision, notes=tuple(notes))
        out.append(f)
    return out
