"""Place mentions that are no place names, for the places stage (recognize/places.py).

* directional regions: "Afghanistan's northern provinces", "eastern Congo" (recognize/regions.py);
* descriptions of a capital: "the Tajik capital", "the capital of Sudan", "Kenya's capital", and a bare "the capital"
  (the capital of the dateline's country, else of the country the article names first; of that one too
  when the article never names the dateline's country: a story of Rwanda filed from Nairobi), on the
  article's date (data/geo/capitals.tsv);
* national institutions of a named country ("Peru's Congress": its capital) and an organisation
  named where it sits ("signed at the United Nations": its seat);
* "the A-B border" between two countries (``border``, no point);
* "the city" / "the town" with no name of its own (``anaphor``): the town named last, in this
  sentence or the two before.
"""

from __future__ import annotations

import re

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, tokens
from newsevents.recognize.capital_named import BARE_CAPITAL
from newsevents.recognize.context import Context
from newsevents.recognize.institutions import institution_mentions
from newsevents.recognize.mentions import sentence_index_at
from newsevents.recognize.placecues import capital_acting
from newsevents.recognize.placenames import Knowledge, add_mention
from newsevents.recognize.regions import directional_regions
from newsevents.recognize.seated import seated_mentions
from newsevents.recognize.toponyms import clean_name
from newsevents.resolve.capitals import capital_on
from newsevents.work import Work

# Nouns that refer back to a town named before ("a raid west of the city").
ANAPHOR_NOUNS = LEXICON["place_anaphor_nouns"]
NAMING_DEPS = {"compound", "nmod", "amod", "poss", "prep", "appos", "relcl", "acl"}
_BORDER = re.compile(r"\b([A-Z][\w'’]+)\s?[-–/]\s?([A-Z][\w'’]+)\s+(border|frontier|boundary)\b")
_CAPITAL_DESC = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+capital\b")
# "the capital", "the country's capital", "the capital city", "the capital of X": not followed by
# its own name ("the capital Naypyitaw", "the capital, Kabul": that name is a mention of its own)
# nor a noun that makes it money ("the capital markets").
_NOT_A_CITY = (
    r"(?!\s*,?\s+[A-Z])(?!\s+(?:gains?|markets?|punishment|flight|flows?|spending|investment|expenditure|"
    r"requirements?|ratio|base|controls?|account|goods|stock|injection|increase)\b)"
)
_BARE_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?:country|nation)['’]s\s+)?capital(?:\s+city)?\b"
    + _NOT_A_CITY
    + r"(?:\s+of\s+(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))?"
)


# "Kenya's capital", "Sri Lanka's capital city": the capital of the country named as its owner (the mention
# is the words "capital" / "capital city"; the country's name stays a mention of its own)
_OWNED_CAPITAL = re.compile(
    r"\b(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s?\s+(?P<what>capital(?:\s+city)?)\b" + _NOT_A_CITY
)


def add_directional_regions(work: Work, know: Knowledge, taken: list[tuple[int, int]]) -> None:
    """'Afghanistan's northern provinces', 'eastern Congo' (recognize/regions.py)."""
    for start, end, region, country, why in directional_regions(work.article.text, know.kb, know.gazetteer, taken):
        add_mention(work, (start, end, work.article.text[start:end]), "region", region, [country], why)


def add_capitals(work: Work, know: Knowledge, context: Context, taken: list[tuple[int, int]]) -> None:
    """ "the Tajik capital", "the capital of Sudan", and a bare "the capital": the capital of the
    dateline's country, else of the country the article names first (also when the article never names
    the dateline's country: recognize/context.Context.told), on the article's date
    (data/geo/capitals.tsv: Juba only from 2011-07-09, Naypyidaw from 2005)."""
    kb, gaz, text = know.kb, know.gazetteer, work.article.text
    day = work.article.pub_date
    found: list[tuple[int, int, str, str | None, str]] = []  # start, end, what, country ISO3, label
    for m in _CAPITAL_DESC.finditer(text):
        entry = kb.country_for_word(m.group(1))
        iso3 = entry.iso3 if entry is not None else None
        found.append((m.start(), m.end(), f"'{m.group(1)} capital'", iso3, "description"))
    for m in _OWNED_CAPITAL.finditer(text) if "capital" in text else ():
        entry = kb.country_named(clean_name(m.group("owner")))
        if entry is not None:
            found.append((m.start("what"), m.end("what"), f"'capital' of {entry.iso3}", entry.iso3, "description"))
    for m in _BARE_CAPITAL.finditer(text):
        if any(a <= m.start() < b for a, b, _, _, _ in found):
            continue
        if m.group("of"):
            named = clean_name(m.group("of"))
            entry = kb.country_named(named)  # "the capital of Bogota" is Bogota, a mention of its own
            end = m.start("of") - len(" of ")  # "the capital" alone: "of X" is a mention of its own
            iso3 = entry.iso3 if entry is not None else None
            found.append((m.start(), end, f"'capital of {named}'", iso3, "description"))
        elif context.told is not None:
            why = "the dateline's country" if work.article.dateline else "the country the article names first"
            if context.told != context.first:
                why = "the country the article names first (it never names the dateline's)"
            end = m.end()
            found.append((m.start(), end, f"'{text[m.start() : end]}' of {why}", context.told, BARE_CAPITAL))
    for start, end, what, iso3, label in found:
        if iso3 is None or any(not (end <= s or start >= e) for s, e in taken):
            continue
        capital, why = capital_on(gaz, iso3, day)
        if capital is None:
            continue
        taken.append((start, end))
        add_mention(work, (start, end, text[start:end]), label, capital, [capital], f"{what} → {why}")


def add_institutions(work: Work, know: Knowledge, taken: list[tuple[int, int]]) -> None:
    """National institutions of a named country ("Peru's Congress"): its capital (institutions.py); an
    organisation named where it sits ("signed at the United Nations"): its seat (seated.py)."""
    found = institution_mentions(work.article.text, know.kb, know.gazetteer, work.article.pub_date)
    found += seated_mentions(work.doc, know.gazetteer, know.resolve_phrase, work.article.pub_date)  # "at the UN"
    for start, end, capital, why in found:
        if any(not (end <= s or start >= e) for s, e in taken):
            continue
        taken.append((start, end))
        add_mention(work, (start, end, work.article.text[start:end]), "description", capital, [capital], why)


def add_borders(work: Work, know: Knowledge, text: str) -> None:
    """ "the Greek-Macedonian border": a place between two named countries, without a point."""
    kb = know.kb
    for m in _BORDER.finditer(text) if any(w in text for w in ("border", "frontier", "boundary")) else ():
        a, b = (kb.country_for_word(clean_name(m.group(i))) for i in (1, 2))
        if a is not None and b is not None and a.iso3 != b.iso3:
            add_mention(work, (m.start(), m.end(), m.group(0)), "border", None, [],
                        f"{m.group(3)} between {a.iso3} and {b.iso3} (no point)")  # fmt: skip


def add_anaphors(work: Work) -> None:
    """ "the city" / "the town" with no name of its own: the town named last, in this sentence
    or the two before, lends its place ("... in Mosul ... a raid west of the city"); not a capital
    that stands for its state as a subject ("Washington would review ...")."""
    for tok in tokens(work.doc):
        if tok.lemma_.lower() not in ANAPHOR_NOUNS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        holder = tok.head if tok.dep_ == "compound" and tok.head.i == tok.i + 1 else tok  # "the city centre"
        dets = [c for c in children(holder) if c.dep_ == "det" and c.lower_ == "the"]
        named = any(c.dep_ in NAMING_DEPS for c in children(tok))
        if not dets or named or dets[0].i != tok.i - 1:
            continue
        start, end = dets[0].idx, tok.idx + len(tok.text)
        if any(m.start_char < end and start < m.end_char for m in work.places):
            continue
        si = sentence_index_at(work, start)
        earlier = [
            m for m in work.places
            if m.end_char <= start and m.place is not None and m.place.level == "city"
            and m.label not in {"anaphor", "embedded"}
            and si - 2 <= m.sentence_index <= si
            and not capital_acting(work.doc, m)
        ]  # fmt: skip
        ante = max(earlier, key=lambda m: m.start_char) if earlier else None
        if ante is not None and ante.place is not None:
            add_mention(work, (start, end, work.article.text[start:end]), "anaphor", ante.place, [ante.place],
                        f"'{tok.text}' refers back to '{ante.text}'")  # fmt: skip
