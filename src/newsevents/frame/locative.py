"""Where a frame's event may have happened: the locative phrases of its predicate, from the tree.

:func:`locative_spans` computes a frame's ``place_spans`` from the dependency tree, most
specific first: it follows nested locative phrases ("in al-Tijara neighbourhood in central
Damascus"), "of" after place nouns ("on the edge of Damascus", "the town of Huddur"), the
object of place-taking verbs, relative clauses of a locative noun ("near troops who were
operating in X"), and the place an object's purpose takes ("launched an offensive to retake
X": :func:`_purpose_places`, after the event's own locative phrases). After the event's own
clause come fallback tiers, each opened by a marker span (see :data:`TIER_MARKERS`): the
clauses conjoined with the event's ("were killed and others were wounded when ... in X"), the
locative phrases of the event's subject ("a bomb in X killed ..."; "X people demonstrated"),
and the other locative phrases of the sentence, which count only when they hold one place.
Which prepositions are locative is :mod:`newsevents.frame.prepositions`. Choosing among the places is the
where stage's (:mod:`newsevents.where.location`, with :mod:`newsevents.code.location`). Everything here is a
pure function of the parse, memoised on the document's index (:mod:`newsevents.parse.tree`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.frame.prepositions import LOCATIVE_PREPS, PLACE_PART_NOUNS, aimed_on, locative_prep
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import clause_verb, np_core
from newsevents.parse.tree import PLACE_ENTS, children, memo, sentence, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "COURT_NOUNS",
    "locative_spans",
    "trigger_place_spans",
    "where_antecedent",
    "PLACE_TAKING_VERBS",
    "TIER_MARKERS",
]

# Verbs whose direct object (or passive subject) can be the place acted upon.
PLACE_TAKING_VERBS = LEXICON["place_taking_verbs"]
# Verbs of leaving: a common-noun object is the place left ("left Kabul airport"), a name is not.
LEAVING_VERBS = LEXICON["leaving_verbs"]
# Verbs of crowds whose subject's place modifier is where they gathered ("Hong Kong people demonstrated").
GATHERING_VERBS = LEXICON["gathering_verbs"]
CROWD_NOUNS = LEXICON["crowd_nouns"]
# Subjects that sit in one town: "a Mombasa court jailed" was in Mombasa.
COURT_NOUNS = LEXICON["court_nouns"]
# Verbs of saying: their own locative phrases and their subjects' are where a speaker was, not an event.
SPEECH_VERBS = LEXICON["speech_verbs"]
# Prepositions whose object is not a place but may hold one ("in clashes with forces near X").
PASS_THROUGH_PREPS = LEXICON["pass_through_prepositions"]
# a meeting or a site whose name-modifier is where it was held or stands ("their Geneva summit", "the
# Abqaiq plant"), and the nouns of a measure whose "of" noun's phrases are the object's ("two days of talks in X")
LOCATED_NOUNS = LEXICON["located_nouns"]
MEASURE_NOUNS = LEXICON["measure_nouns"]
# Prepositions of the subject whose object is where the subject was ("a bomb in X", "the leader in X").
SUBJECT_LOC_PREPS = LEXICON["subject_locative_prepositions"]
# "the Vatican's embassy": a state's mission stands in another state, so its possessor is no place
DIPLOMATIC_NOUNS = LEXICON["diplomatic_nouns"]
# Clauses of the verb searched last, for a place of the same event ("killed fighting in X").
SUB_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
_MAX_DEPTH = 4

# place_spans markers: the spans after one are searched only when no earlier span holds a place.
TIER_CONJOINED = (-1, -1)
TIER_SUBJECT = (-2, -2)
TIER_SENTENCE = (-3, -3)
TIER_MARKERS = {
    TIER_CONJOINED: "in a clause conjoined with the event's",
    TIER_SUBJECT: "in a locative phrase of the event's subject",
    TIER_SENTENCE: "the only place in a locative phrase elsewhere in the sentence",
}


class _LocativeMemo:
    """What the frames of one document ask for again and again: the spans of a locative noun and its
    head and core (the same phrase is reached from every verb of its sentence and from the sentence's
    own locative phrases), and the sentences' locative phrases. Pure functions of the
    parse, kept while the Doc lives."""

    def __init__(self) -> None:
        self.chains: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        self.heads: dict[int, tuple[int, int]] = {}
        self.cores: dict[int, tuple[int, int]] = {}
        self.sentences: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
        # (verb, its objects, depth) -> the spans _verb_spans adds
        self.verbs: dict[tuple[int, tuple[int, ...], int], tuple[tuple[int, int], ...]] = {}


def _memo(tok: Token) -> _LocativeMemo:
    return memo(tok.doc, _LocativeMemo)


def _core(tok: Token) -> tuple[int, int]:
    cores = _memo(tok).cores
    span = cores.get(tok.i)
    if span is None:
        span = cores[tok.i] = np_core(tok)
    return span


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in children(tok):
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
            out.extend(_conjuncts(c))
    return out


def _head_span(tok: Token) -> tuple[int, int]:
    """The head noun with its proper-noun compounds and its possessor ("Grozny's streets");
    a place noun keeps all its compounds ("Makhmur district", "the Balata refugee camp")."""
    heads = _memo(tok).heads
    span = heads.get(tok.i)
    if span is None:
        span = heads[tok.i] = _head_span_of(tok)
    return span


def _head_span_of(tok: Token) -> tuple[int, int]:
    toks = [tok]
    stack = [tok]
    place_noun = tok.lemma_.lower() in PLACE_PART_NOUNS or tok.lower_ in PLACE_PART_NOUNS
    while stack:
        t = stack.pop()
        for c in children(t):
            proper = c.dep_ in {"compound", "flat"} and (c.pos_ == "PROPN" and tok.pos_ == "PROPN" or place_noun)
            if c.dep_ == "poss" or proper or (t is not tok and c.dep_ in {"compound", "flat", "case"}):
                toks.append(c)
                stack.append(c)
    doc = tok.doc
    left, right = _hyphenated(doc, min(t.i for t in toks), max(t.i for t in toks))
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _hyphenated(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """The bounds widened over the words joined to them by hyphens with no space: spaCy splits
    "Rostov-on-Don" at its hyphens and hangs "-on-Don" on "Rostov" as a phrase of its own, but it is one
    word of the head (places45)."""
    while right + 2 < len(doc) and doc[right + 1].text == "-" and not doc[right].whitespace_:
        if doc[right + 1].whitespace_ or not doc[right + 2].is_alpha:
            break
        right += 2
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_:
        if doc[left - 2].whitespace_ or not doc[left - 2].is_alpha:
            break
        left -= 2
    return left, right


def _clause_spans(noun: Token, depth: int) -> list[tuple[int, int]]:
    """Locative phrases of a relative or infinitival clause of a locative noun ("troops who were
    operating in X", "attempts to break the siege on X"), and those nested in its object."""
    out: list[tuple[int, int]] = []
    for c in children(noun):
        if c.dep_ not in {"relcl", "acl"} or c.pos_ not in {"VERB", "AUX"}:
            continue
        if c.lemma_.lower() in PLACE_TAKING_VERBS:
            for o in children(c):
                if o.dep_ in {"dobj", "obj"}:
                    out.extend(_chain(o, depth + 1))
        for p in children(c):
            if p.dep_ == "prep" and locative_prep(p):
                out.extend(s for o in children(p) if o.dep_ == "pobj" for s in _chain(o, depth + 1))
            elif p.dep_ in {"dobj", "obj"}:
                out.extend(s for s in _chain(p, depth + 1) if s not in (_head_span(p), _core(p)))
    return out


def _chain(tok: Token, depth: int = 0) -> list[tuple[int, int]]:
    """Spans of a locative noun and what it nests, most specific first (see :func:`_chain_of`)."""
    if depth > _MAX_DEPTH:
        return []
    chains = _memo(tok).chains
    spans = chains.get((tok.i, depth))
    if spans is None:
        spans = chains[(tok.i, depth)] = tuple(_chain_of(tok, depth))
    return list(spans)


def _chain_of(tok: Token, depth: int) -> list[tuple[int, int]]:
    """Spans of a locative noun and what it nests, most specific first.

    Order: the named place of "the town of X" / "the edge of X"; the head noun with its
    possessor; appositions ("Goma, the capital of ..."); nested phrases ("... in central
    Damascus"; also under "with", "during", "by": "clashes with forces near X"), and those of
    the noun's relative clause ("clashes that broke out in X"); last, the whole core with its
    modifiers ("a US convoy", "the Manbij campaign"). A noun with a named possessor and a phrase of
    place of its own puts the nested phrases first: the possessor says whose it is, the phrase where
    ("Japan's embassy in Beijing", "the Vatican's embassy in Panama City").
    """
    of_spans: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    appos: list[tuple[int, int]] = []
    nested: list[tuple[int, int]] = []
    cores: list[tuple[int, int]] = []
    owned = False  # a possessor with a phrase of place of its own: "Japan's embassy in Beijing"
    for t in _conjuncts(tok):
        mission = t.lemma_.lower() in DIPLOMATIC_NOUNS and any(c.dep_ == "poss" for c in children(t))
        if not mission:  # "walked out of the Vatican's embassy": not the Vatican
            heads.append(_head_span(t))
            cores.append(_core(t))
        owned = owned or (
            any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children(t))
            and any(p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS and locative_prep(p) for p in children(t))
        )
        for p in children(t):
            if p.dep_ == "appos":
                appos.extend(_chain(p, depth + 1))
            if p.dep_ not in {"prep", "agent"}:
                continue
            lemma = p.lower_
            for o in (g for g in children(p) if g.dep_ in {"pobj", "pcomp"}):
                if lemma == "of" and t.lemma_.lower() in PLACE_PART_NOUNS:
                    of_spans.extend(_chain(o, depth + 1))
                elif locative_prep(p) or lemma == "of":
                    nested.extend(_chain(o, depth + 1))
                elif lemma in PASS_THROUGH_PREPS:
                    nested.extend(s for s in _chain(o, depth + 1) if s != _head_span(o) and s != _core(o))
        if t.dep_ == "pobj":
            nested.extend(_clause_spans(t, depth))
            for a in children(t):  # "forces loyal to X in Y"
                if a.dep_ == "amod" and a.pos_ == "ADJ":
                    nested.extend(x for p in children(a) if p.dep_ == "prep" and locative_prep(p)
                                  for o in children(p) if o.dep_ == "pobj" for x in _chain(o, depth + 1))  # fmt: skip
    if owned:  # the possessor names whose it is, the phrase where it is ("the Vatican's embassy in Panama City")
        return [*of_spans, *nested, *heads, *appos, *cores]
    return [*of_spans, *heads, *appos, *nested, *cores]


def _prep_objects(p: Token) -> list[Token]:
    """The object of a preposition, also through "due to" / "because of" (pcomp then pobj) and
    "out of" ("out" with "of" under it)."""
    out = [o for o in children(p) if o.dep_ == "pobj"]
    for pc in children(p):
        if pc.dep_ == "pcomp" and pc.pos_ == "ADP" or (p.lower_ == "out" and pc.dep_ == "prep" and pc.lower_ == "of"):
            out.extend(o for o in children(pc) if o.dep_ == "pobj")
    return out


def where_antecedent(verb: Token) -> Token | None:
    """The noun a "where" clause tells of ("in Yangon, where soldiers took up positions": Yangon);
    past a day the parser hung the clause on ("flew to Vienna on Tuesday, where they signed an
    accord", "at a summit in Vienna on Tuesday, where ...": the noun before the day's phrase).
    None when the verb heads no "where" clause."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(verb)):
        return None
    head = verb.head
    if head.ent_type_ in {"DATE", "TIME"} and head.dep_ == "pobj" and head.head.i > 0:
        before = head.doc[head.head.i - 1]  # the word before "on Sunday"
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"pobj", "dobj", "compound", "appos"}:
            return before
    return head


def locative_spans(verb: Token, objects: Sequence[Token] = ()) -> tuple[tuple[int, int], ...]:
    """A frame's ``place_spans``: locative phrases of the verb and its objects, most specific first.

    Order: the objects of a place-taking verb ("captured the town of Huddur"), then the verb's own
    locative phrases, then its objects' locative phrases, each followed through nested phrases
    and "of" after place nouns; then those of its adverbial and complement clauses ("killed
    fighting in X"); for a "where" clause, the place it modifies ("Kisumu, where protesters
    burned tyres"). "from" phrases (origins) and subjects (actors) are not followed here. Then
    the fallback tiers, each after its marker (:data:`TIER_MARKERS`): the verbs conjoined with
    this one; the subject's own locative phrases (not "from"); the other locative phrases of the
    sentence, except those of a speaker and of origins.
    """
    out: list[tuple[int, int]] = []
    _verb_spans(verb, objects, out, 0)
    ante = where_antecedent(verb)
    if ante is not None:
        # "in Yangon, where soldiers took up positions outside city hall": the place the clause is about
        head = ante
        while head.dep_ == "appos" and head.head.i != head.i:  # "Yangon, the country's main city, where ..."
            head = head.head
        out.extend(_chain(head) if head is ante else [*_chain(ante), *_chain(head)])
    out.append(TIER_CONJOINED)
    for v in _conjoined(verb):
        _verb_spans(v, [c for c in children(v) if c.dep_ in {"dobj", "obj"}], out, 0)
    out.append(TIER_SUBJECT)
    _subject_spans(verb, out)
    out.append(TIER_SENTENCE)
    _sentence_spans(verb, out)
    return tuple(dict.fromkeys(out))


def trigger_place_spans(trigger: Token) -> tuple[tuple[int, int], ...]:
    """``place_spans`` for any trigger token: a verb's :func:`locative_spans`; for an event noun
    ("the attack on X", "an explosion in X", "clashes erupted in X"), the noun's own locative
    phrases and, when it is the subject or object of a verb, that verb's spans."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return locative_spans(trigger, [c for c in children(trigger) if c.dep_ in {"dobj", "obj"}])
    out: list[tuple[int, int]] = []
    for p in children(trigger):
        if p.dep_ == "prep" and (locative_prep(p) or p.lower_ in PASS_THROUGH_PREPS | {"of"}):
            for o in _prep_objects(p):
                spans = _chain(o)
                if not locative_prep(p):
                    spans = [s for s in spans if s not in (_head_span(o), _core(o))]
                out.extend(spans)
    out.extend(_clause_spans(trigger, 0))
    verb = clause_verb(trigger.head) if trigger.head.i != trigger.i else None
    if verb is not None:
        rest = locative_spans(verb, [c for c in children(verb) if c.dep_ in {"dobj", "obj"}])
        if trigger.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "appos", "conj"}:
            out.extend(rest)
        else:
            out.extend(rest[rest.index(TIER_CONJOINED) :])
    if TIER_CONJOINED not in out:
        out += [TIER_CONJOINED, TIER_SUBJECT, TIER_SENTENCE]
    return tuple(dict.fromkeys(out))


def begun_spans(noun: Token) -> tuple[tuple[int, int], ...]:
    """``place_spans`` of an act told again by its noun and a verb of beginning (frame/nouns._begun):
    where it began from ("the offensive began on November 27 from the rebel enclave of Idlib"), then
    the noun's and the verb's own phrases, not the places of a clause hung on the verb ("began on
    January 25, inspired by the revolt in Tunisia": Tunisia's revolt, not this one)."""
    verb = noun.head
    froms = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "from"]
    origin = [s for p in froms for o in _prep_objects(p) for s in _chain(o)]
    clauses = [c for c in children(verb) if c.dep_ in {"advcl", "acl"}]
    bounds = [(c.doc[c.left_edge.i].idx, c.doc[c.right_edge.i].idx + len(c.doc[c.right_edge.i])) for c in clauses]

    def inside(s: tuple[int, int]) -> bool:
        return s[0] >= 0 and any(a <= s[0] and s[1] <= b for a, b in bounds)

    return tuple(dict.fromkeys([*origin, *(s for s in trigger_place_spans(noun) if not inside(s))]))


def _conjoined(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` ("were killed and others wounded ..."), itself excluded."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in {"VERB", "AUX"}:
        top = top.head
    out: list[Token] = []
    stack = [top]
    while stack:
        v = stack.pop()
        if v is not verb:
            out.append(v)
        stack.extend(c for c in children(v) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return sorted(out, key=lambda t: abs(t.i - verb.i))


def _subject_spans(verb: Token, out: list[tuple[int, int]]) -> None:
    v = verb
    subjects = [c for c in children(v) if c.dep_ in {"nsubj", "nsubjpass"}]
    while not subjects and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
        subjects = [c for c in children(v) if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.lemma_.lower() in SPEECH_VERBS:
        return
    for s in subjects:
        for t in [*_conjuncts(s), *(a for a in children(s) if a.dep_ == "appos")]:
            for p in children(t):
                if p.dep_ == "prep" and p.lower_ in SUBJECT_LOC_PREPS:
                    out.extend(x for o in children(p) if o.dep_ == "pobj" for x in _chain(o))
        if s.lemma_.lower() in COURT_NOUNS:  # "a Mombasa court jailed": where the court sits
            out.extend(_head_span(m) for m in children(s) if m.dep_ in {"compound", "nmod", "poss"})
        gathering = verb.lemma_.lower() in GATHERING_VERBS and not any(
            c.dep_ in {"dobj", "obj"} for c in children(verb)
        )
        if not gathering:
            continue
        crowd = [s]
        if s.pos_ == "NUM" or s.lemma_.lower() in CROWD_NOUNS:  # "thousands of Kabul residents"
            crowd += [o for p in children(s) if p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
        for c in crowd:
            if c.pos_ == "NOUN":  # "Hong Kong people demonstrated": the crowd's place, where it gathered
                out.extend(_head_span(m) for m in children(c) if m.dep_ in {"compound", "nmod", "poss"})


def _spoken(tok: Token) -> bool:
    """Inside an origin ("from X"), a source ("according to"), or where a speaker was ("an
    official in X said", "told reporters in X", "Speaking in X, the minister said ...")."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "prep" and (a.lower_ in {"from", "according"} and not locative_prep(a)):
            return True
        if a.dep_ in {"nsubj", "nsubjpass"} and a.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if a.dep_ == "advcl" and a.i < a.head.i and a.head.lemma_.lower() in SPEECH_VERBS and a.tag_ == "VBG":
            return True  # "Speaking at a news conference in X, he said ...": where the speaker was
    return tok.head.lemma_.lower() in SPEECH_VERBS


def _sentence_candidates(sent: Span) -> list[tuple[int, list[tuple[int, int]]]]:
    """(token index, spans) of every locative phrase of the sentence, speakers' and origins' left out."""
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for tok in tokens(sent.doc)[sent.start : sent.end]:
        if tok.dep_ == "prep" and locative_prep(tok) and not _spoken(tok):
            found.append((tok.i, [s for o in children(tok) if o.dep_ == "pobj" for s in _chain(o)]))
        elif tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in PLACE_TAKING_VERBS and not _spoken(tok):
            found.append((tok.i, list(_chain(tok))))
    return found


def _sentence_spans(verb: Token, out: list[tuple[int, int]]) -> None:
    """Locative phrases of the clauses above the verb ("X happened in Y when militants
    attacked"); what the verb's own subtree holds but its chain did not follow (complements,
    content and time clauses: "accused X of arming rebels in Y") stays out."""
    memo = _memo(verb)
    sent = sentence(verb)
    store = memo.sentences
    candidates = store.get(sent.start)
    if candidates is None:
        candidates = store[sent.start] = _sentence_candidates(sent)
    lo, hi = verb.left_edge.i, verb.right_edge.i  # a subtree is a contiguous run of tokens
    for i, spans in candidates:
        if not lo <= i <= hi:
            out.extend(spans)


def _verb_spans(verb: Token, objects: Sequence[Token], out: list[tuple[int, int]], depth: int) -> None:
    """Adds the locative phrases of the verb, its objects and its sub-clauses (memoised per document:
    a verb's are asked for again as a conjunct, a sub-clause and a frame of its own)."""
    memo = _memo(verb).verbs
    key = (verb.i, tuple(o.i for o in objects), depth)
    spans = memo.get(key)
    if spans is None:
        found: list[tuple[int, int]] = []
        _verb_spans_of(verb, objects, found, depth)
        spans = memo[key] = tuple(found)
    out.extend(spans)


def _particle_places(verb: Token) -> list[Token]:
    """A locative phrase the parser read as a name taken for a verb with a particle and an object
    ("boarded the freighter Tampa off Christmas Island": "Tampa" a clause, "off" its particle,
    "Christmas Island" its object): the object of a locative particle ("off", "near") of a name
    hanging on the verb."""
    return [
        o
        for c in children(verb)
        if c.pos_ == "PROPN" and c.dep_ in {"ccomp", "xcomp", "dobj"}
        for p in children(c)
        if p.dep_ == "prt" and p.lower_ in LOCATIVE_PREPS
        for o in children(c)
        if o.dep_ == "dobj" and o.i > p.i
    ]


def _purpose_places(objects: Sequence[Token]) -> list[Token]:
    """The place an object's to-infinitive of a place-taking verb takes ("launched an offensive to
    retake X", "began a push to capture the town of X"): where the act set out to be (places46).
    Its spans come after the event's own locative phrases ("an offensive in Y to retake X": Y). A
    common noun is taken only with a name of its own ("the region's capital, X", "the town of X"),
    not by its modifiers ("to retake the pro-Moscow region" is not in Moscow)."""
    return [
        g
        for o in objects
        for c in children(o)
        if c.dep_ == "acl"
        and c.lemma_.lower() in PLACE_TAKING_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        for g in children(c)
        if g.dep_ in {"dobj", "obj"} and (g.pos_ == "PROPN" or any(k.dep_ in {"appos", "prep"} for k in children(g)))
    ]


def _predicatives(verb: Token) -> list[Token]:
    """A secondary predicate of the verb that the parser hangs the verb's phrases on ("troops landed
    unopposed in Haiti": "in Haiti" on "unopposed"): an adjective or participle that is the verb's
    predicative complement (recip36)."""
    return [c for c in children(verb) if c.dep_ in {"acomp", "oprd"} and c.pos_ in {"ADJ", "VERB"}]


def _measured(objects: Sequence[Token]) -> list[Token]:
    """What a measure noun of the objects measures ("two days of talks in Quebec": the talks, whose
    locative phrases are the event's as the object's own are)."""
    return [
        o
        for m in objects
        if m.lemma_.lower() in MEASURE_NOUNS
        for p in children(m)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children(p)
        if o.dep_ == "pobj"
    ]


def _verb_spans_of(verb: Token, objects: Sequence[Token], out: list[tuple[int, int]], depth: int) -> None:
    later: list[tuple[int, int]] = []  # a possessed object's spans, after the verb's own phrases of place
    if verb.lemma_.lower() in PLACE_TAKING_VERBS:
        passive = any(c.dep_ == "auxpass" for c in children(verb))
        placed = any(p.dep_ == "prep" and locative_prep(p) and not aimed_on(p) for p in children(verb))
        for c in children(verb):
            if c.dep_ in {"dobj", "obj"} or (passive and c.dep_ == "nsubjpass"):
                # "attacked Britain's consulate in Basra" (the phrase read as the verb's): Basra, not Britain
                owner = placed and any(g.dep_ == "poss" and g.pos_ == "PROPN" for g in children(c))
                (later if owner else out).extend(_chain(c))
    elif verb.lemma_.lower() in LEAVING_VERBS:
        out.extend(s for c in children(verb) if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN" for s in _chain(c))
    later.extend(s for o in _purpose_places(objects) for s in _chain(o))
    for o in objects:  # "wound up their Geneva summit", "set ablaze the Abqaiq plant": the place named before it
        if o.lemma_.lower() in LOCATED_NOUNS:
            named = [c for c in o.lefts for c in c.subtree if c.dep_ == "compound" and c.ent_type_ in PLACE_ENTS]
            out.extend(_head_span(c) for c in named if c.head.dep_ != "compound" or c.head.ent_type_ not in PLACE_ENTS)
    out.extend(s for o in _particle_places(verb) for s in _chain(o))
    for holder in (verb, *_predicatives(verb), *objects, *_measured(objects)):
        for p in children(holder):
            if p.dep_ in {"prep", "agent"} and (locative_prep(p) or p.lower_ in PASS_THROUGH_PREPS):
                for o in _prep_objects(p):
                    spans = _chain(o)
                    if not locative_prep(p):  # only what the phrase nests
                        spans = [s for s in spans if s not in (_head_span(o), _core(o))]
                    out.extend(spans)
    out.extend(later)
    if depth < 2:
        for c in children(verb):
            if c.dep_ in SUB_CLAUSE_DEPS and (c.pos_ in {"VERB", "AUX"} or c.lower_.endswith("ing")):
                sub_objects = [g for g in children(c) if g.dep_ in {"dobj", "obj"}]
                _verb_spans(c, sub_objects, out, depth + 1)
                for cc in children(c):
                    if cc.dep_ == "conj" and cc.pos_ == "VERB":
                        _verb_spans(cc, [], out, depth + 1)
