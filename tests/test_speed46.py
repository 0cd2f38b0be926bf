"""Session 46 (speed): the per-document look-ups that replace walks over the tokens give what the
walks gave, the date patterns' leading lookaheads change no match, and the tables kept per article
and the fast paths give what they replace. Sentences written for these tests."""

from __future__ import annotations

import re
from typing import Any

from newsevents.parse.tree import index, release, sentence, sentence_start, token_at, tokens_from
from newsevents.recognize.dates import _PATTERNS, find_date_expressions

TEXT = (
    "Rebels shelled what the army called supply depots near Goma on Tuesday.  The ceasefire, a move "
    "praised by Kenya, held.\n\nWhat followed surprised everyone: talks resumed in Nairobi."
)


def test_token_at_is_the_token_the_offset_falls_in(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for char in range(-1, len(TEXT) + 2):
        walked = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
        found = token_at(doc, char)
        assert (found.i if found is not None else None) == (walked.i if walked is not None else None), char
    assert token_at(doc, TEXT.index("  ") + 1) is not None  # the parser's space token holds the second space
    release(doc)


def test_tokens_from_are_the_tokens_that_begin_inside(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for start, end in [(0, 6), (3, 40), (TEXT.index("Kenya"), TEXT.index("Kenya") + 5), (50, 50), (0, len(TEXT))]:
        assert [t.i for t in tokens_from(doc, start, end)] == [t.i for t in doc if start <= t.idx < end]
    release(doc)


def test_sentence_is_the_tokens_sentence_and_shared(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    for tok in doc:
        assert (sentence(tok).start, sentence(tok).end) == (tok.sent.start, tok.sent.end)
        assert sentence_start(tok) == tok.sent.start
    last = doc[len(doc) - 1]
    assert sentence(last) is sentence(last)  # made once per document
    assert index(doc).sentences is not None
    release(doc)


LOOKAHEAD = re.compile(r"^(\\b)?\(\?=\[[^\]]*\]\)")
DATED = (
    "The summer of 2019 was hot; last winter was not. Three days ago and a week ago, two years from now. "
    "Over the weekend, at the weekend. The week before last, the year after next. The week of March 3, "
    "the week beginning 4 May 2020. The sixties, the late nineteen-seventies. In '98, since ’05. On "
    "Christmas Day 1989, at Easter, on Good Friday, last Easter Monday. They marked Kenya's Independence Day, "
    "Independence Day in the United States. The past three weeks. Monday, August 15, 2021 and the 15th "
    "of August. Spring of 2001, this fall, next spring, autumn 2003, fall of 1999."
)


def test_leading_lookaheads_change_no_match() -> None:
    """Each pattern with a leading "(?=[...])" matches what it matches without it."""
    checked = 0
    for kind, rx in _PATTERNS:
        bare = LOOKAHEAD.sub(lambda m: m.group(1) or "", rx.pattern, count=1)
        if bare == rx.pattern:
            continue
        plain = re.compile(bare, rx.flags)
        assert [m.span() for m in rx.finditer(DATED)] == [m.span() for m in plain.finditer(DATED)], kind
        checked += 1
    assert checked >= 20


def test_dates_behind_new_lookaheads_are_found() -> None:
    found = {DATED[s:e] for s, e in find_date_expressions(DATED)}
    for words in (
        "The summer of 2019",
        "last winter",
        "Three days ago",
        "two years from now",
        "the weekend",
        "The week before last",
        "The sixties",
        "'98",
        "Christmas Day 1989",
        "Easter",
        "Kenya's Independence Day",
        "fall of 1999",
    ):
        assert words in found, (words, sorted(found))


def test_a_what_clause_is_still_the_target(pipeline: Any) -> None:
    """participants/described.py skips the subtree walk where no "what" stands under the verb."""
    from newsevents.participants.described import described
    from newsevents.records import Article

    doc = pipeline.res.nlp(TEXT)
    coded = pipeline.code_doc(Article(id="t", text=TEXT), doc)
    by_verb = {f.trigger_text: f for f in coded.frames}
    targets = [TEXT[s:e] for s, e in described(doc, by_verb["shelled"])]
    assert targets and "depots" in targets[0]
    assert described(doc, by_verb["held"]) == ()
    release(doc)


def test_party_like_is_read_once_per_name(pipeline: Any) -> None:
    from newsevents.parse.tree import memo
    from newsevents.records import Article
    from newsevents.where.whose import _PartyLike, party_like

    text = "Kenyan troops fought with Somalia on Monday, and officials met in Mombasa on Tuesday."
    doc = pipeline.res.nlp(text)
    coded = pipeline.code_doc(Article(id="t", text=text), doc)
    places = {m.text: m for m in coded.mentions if m.kind == "place" and m.place is not None}
    assert party_like(doc, places["Somalia"])  # "fought with Somalia": the state, not a place
    assert not party_like(doc, places["Mombasa"])  # a city: asked only whether it owns a motive (places51)
    assert dict(memo(doc, _PartyLike)) == {
        (places["Somalia"].start_char, places["Somalia"].end_char): True,
        (places["Mombasa"].start_char, places["Mombasa"].end_char): False,
    }
    release(doc)


def test_content_hash_writes_each_part_as_the_encoder_does() -> None:
    """records.content_hash writes strings and integers itself; the digest stays what the JSON
    encoder's text gives (ids stored before stay the same)."""
    import datetime as dt
    import hashlib
    import json

    from newsevents.records import content_hash

    encoder = json.JSONEncoder(sort_keys=True, default=str)
    for parts in [
        ("art-1", 3, 120, 131, "0234"),
        ("Genève “quoted”\n\t\\", -7, 10**30, 0),
        (True, False, None, 1.5, float("nan")),
        (dt.date(2024, 2, 29), ("a", 1), {"b": 2, "a": [1, "x"]}),
        ("",),
    ]:
        h = hashlib.sha256()
        for p in parts:
            h.update(encoder.encode(p).encode("utf-8"))
            h.update(b"\x1f")
        assert content_hash(*parts) == h.hexdigest()[:16], parts
        assert content_hash(*parts, length=40) == h.hexdigest()[:40]


def test_named_parties_reads_only_the_names_added() -> None:
    """participants/anaphora.NamedParties equals the whole filter at every step, whether the names
    grew, stayed or were replaced by another tuple."""
    from newsevents.participants.anaphora import NamedParties, placed_in
    from newsevents.participants.lending import lend, lent
    from newsevents.records import DATELINE, ActorRef, CountryRead, LentCountry

    def ref(name: str, country: str | None = None, prep: str | None = None) -> ActorRef:
        read = CountryRead("place", name, prep) if prep else None
        return ActorRef(name, name, None, country, "GOV", None, read=read)

    kenya, police = ref("Kenya", "KEN"), ref("police")
    lent_police = lend(police, LentCountry(DATELINE, "UGA"))
    in_place = ref("officials in Managua", "NIC", prep="in")
    assert lent(lent_police) and placed_in(in_place)
    steps = [(), (kenya,), (kenya, lent_police), (kenya, lent_police, in_place, police), (police, kenya)]
    parties = NamedParties()
    for named in [*steps, steps[3]]:
        got = parties(named)
        assert got == [r for r in named if not lent(r) and not placed_in(r)]
        assert parties(named) is got  # the same tuple: nothing read again
    assert parties(steps[3]) == [kenya, police]


def test_country_named_and_lookup_keys_are_unchanged(kb: Any) -> None:
    """kb/base.country_named reads a table made when the knowledge base is built; it answers as
    the set of the country's own names and aliases did, for every word the base knows."""
    from newsevents.kb.entries import lookup_key

    def before(word: str) -> Any:
        key = lookup_key.__wrapped__(word)
        c = kb._by_word.get(key)
        return c if c is not None and key in {lookup_key.__wrapped__(w) for w in (c.name, *c.aliases)} else None

    words = ["the Gambia", "GAMBIA", "Côte d’Ivoire", "U.S.", "Kremlin", "Russian", "nowhere", ""]
    for c in kb.countries.values():
        words += [c.name, *c.aliases, *(m for m, _ in c.metonyms), *c.regions, *c.demonyms]
    for w in words:
        assert kb.country_named(w) is before(w), w
        assert lookup_key(w) == lookup_key.__wrapped__(w)
    assert kb.country_named("the Gambia") is not None and kb.country_named("Kremlin") is None


def test_overlaps_reads_the_span_once_and_answers_as_before(pipeline: Any) -> None:
    from newsevents.recognize.toponyms import overlaps

    doc = pipeline.res.nlp(TEXT)
    span = doc[2:5]
    for ranges in ([], [(0, span.start_char)], [(0, span.start_char + 1)], [(span.end_char, 999)], [(1, 2), (30, 31)]):
        want = any(span.start_char < e and s < span.end_char for s, e in ranges)
        assert overlaps(span, ranges) is want
    release(doc)


def test_frozen_entities_and_noun_countries_read_as_before(pipeline: Any) -> None:
    """work.freeze takes an entity's text from the document's characters; participants/samenoun
    walks the index's tokens and children: both give what spaCy's own accessors give."""
    from newsevents.participants.samenoun import noun_countries
    from newsevents.records import Article

    text = "Niger's military junta closed the border. The junta in Niger said the Kenyan police had left."
    doc = pipeline.res.nlp(text)
    coded = pipeline.code_doc(Article(id="t", text=text), doc)
    assert coded.entities == tuple((e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    found = noun_countries(doc, coded.mentions, lambda w: "NER" if w == "Niger" else None)
    assert [(w, c) for _, w, _, c in found] == [("junta", "NER"), ("junta", "NER")]
    release(doc)
