"""Whom a judgement is aimed at when its object names an act, not a party: "the African Union
condemned the detentions", "Colombia condemned the move", "Australia condemned the coup".

``judged_before``: a definite phrase or a pronoun is the act told just before (the last
material conflict of the last three sentences, or the last act of its own sentence).
``judged_act`` (seventh session): a phrase whose head is a noun that names a kind of act
(lexicon table judged_act_nouns: coup, takeover, attack, strikes, detentions, test ...) is the
last act of that kind told before anywhere in the article, by parties other than the judges:
a story names the coup in its first paragraph and the world's condemnations in its fifth
("... called the takeover illegal", "condemned what it called an unprovoked attack").
``named_before``: a definite phrase whose head is a word of an earlier conflict's pattern ("Annan
regretted the tests": "carry out test") is that event, however far back it was told.
``judged_target`` tries the three in turn: by kind of act, by pattern word, the act just before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON, sector_group, table
from newsevents.parse.syntax import DEMONSTRATIVES
from newsevents.parse.tree import span_at, token_at, tokens_from
from newsevents.records import ActorRef, Event, countries_of

STATE_SECTORS = sector_group("state")
NON_STATE_SECTORS = sector_group("non_state")
ACT_NOUNS = {noun: frozenset(types.split()) for noun, types in table("judged_act_nouns").items()}
# An approval judges these acts ("welcomed the release"), not the conflicts of judged_act_nouns: "praised
# the attacks" is most often a militant's of his own side's, not of the strikes told last
APPROVED_NOUNS = {noun: frozenset(types.split()) for noun, types in table("approved_act_nouns").items()}
SEIZURE_NOUNS = LEXICON["power_seizure_nouns"]
GENERIC_ACT_NOUNS = LEXICON["generic_act_nouns"]
SUMMARY_NOUNS = LEXICON["summary_nouns"]
APPOSITION_MARKS = {",", ";", "--", "\u2014", "\u2013"}
SUMMING_PREPS = {"in"}  # ", in a move welcomed by X": the summing noun after "in" (set_after_clause)
SUMMING_DEPS = {"relcl", "acl"}  # "a move that Israel condemned", "a move condemned by Tbilisi"
NOUN_MODIFIERS = {"compound", "amod", "nmod", "poss"}  # "coup leaders": leaders, not the coup


# "he" and "she": the received side of a reaction told by a participle is the subject of the clause it hangs
# on ("Lula said he would cut off exports, drawing criticism from Y": frame/frames.REACTION_RECEIVED), a person
# who did the act told just before in the sentence (recip56; not read back into the sentence before)
JUDGED_PRONOUNS = {"it", "this", "that", "which", "he", "she"}
# CAMEO codes (prefixes) of statements that judge or ask (appeal; praise, defend or rally support; demand;
# disapprove): not what "the move", "the decision" or an "it" of the sentence before refers to ("Tokyo
# urged restraint. Seoul praised the decision")
STATEMENT_CODES = ("02", "051", "052", "053", "10", "11")
BACK_PRONOUNS = {"it", "this"}  # may refer to the act the sentence before told ("... Bush condemned it")
MEETING_ROOT = "04"  # consult: not the act "welcomed the decision" or "praised the move" refers to
CONFLICT_QUAD = 3  # verbal and material conflict: what a judgement is aimed at (an agreement judged has no target)


def _doers(e: Event) -> list[ActorRef]:
    """The event's actors that have a country: who did it, for a judgement's target."""
    return [a for a in e.actor if a.country]


def _by_others(judges: Sequence[ActorRef], doers: Sequence[ActorRef]) -> bool:
    """None of the judges is among the doers."""
    return not {a.key() for a in judges} & {a.key() for a in doers}


def _apart(judges: Sequence[ActorRef], doers: Sequence[ActorRef]) -> bool:
    """The doers are of another country than the judges, or across the line between the state and
    the people outside it (:func:`across`): "Turkey condemned the attack" is not of its own forces'."""
    own = countries_of(judges)
    return not own & {a.country for a in doers} or across(judges, doers)


def judged_before(
    words: str,
    actors: Sequence[ActorRef],
    sentence: int,
    events: Sequence[Event],
    at: int | None = None,
    head: str = "",
    summary: bool = False,
    approving: bool = False,
    judging: tuple[str, ...] = (),
    kinds: frozenset[str] | None = None,
) -> tuple[list[ActorRef], str] | None:
    """'The African Union condemned the violence', 'China condemned the test': a judgement of an
    act named only by a definite noun phrase is aimed at whoever did the last material conflict
    (quad class 4) told in the article's last three sentences by parties of another country, or
    of the same country across the line between the state and the people outside it (across);
    a phrase whose ``head`` (lemma) names an act of any kind (lexicon generic_act_nouns: "the
    move", "the decision") at whoever did the last act of any kind told there, on the same terms.
    Within its own sentence the act judged may be of any kind and referred to by a pronoun:
    'Ecuador recognised the region, and Colombia condemned the move', '... and Islamabad called
    it an act of war', 'drills that Argentina denounced': whoever did the last act told before
    the judgement (before ``at``, the judged phrase's start) in that sentence, when none of the
    judges did it. A ``summary`` noun (:func:`summary_noun`: "..., a move that Israel condemned")
    is read as such a pronoun: the act told just before it in its sentence. A pronoun "it" or
    "this" with no act told before it in its own sentence is the last act of the sentence just
    before ("Russia recognised the regions. Bush condemned it"), when apart from the judges. An
    approval (``approving``) of a definite phrase whose head is neither generic nor an act's noun
    ("praised the hijackings") is not read as the last conflict told. A pronoun or a generic noun
    whose nearest antecedent is another judgement (a code that starts with one of ``judging``) told
    before it in its sentence or in the sentence before judges the same act (:func:`judged_again`):
    "The Soviet Union condemned the invasion, and Nicaragua also denounced it", "Tbilisi condemned
    the move. Washington condemned the decision". A phrase whose noun names a kind of act (``kinds``:
    the PLOVER types of its act noun, lexicon judged_act_nouns; recip41) refers, in a sentence before,
    only to an act of one of those types: "the annexation" is not the sanctions imposed since, nor "the
    attack" the troops moved after it."""
    low = words.lower().strip()
    pronoun = low in JUDGED_PRONOUNS or summary
    if not pronoun and not low.startswith(("the ", "what ", "this ", "these ")):
        return None
    if low.startswith(("the other", "each other")):  # a party of a pair ("each side blamed the other"), not an act
        return None
    generic = not pronoun and head in GENERIC_ACT_NOUNS
    for e in reversed(events):
        here = e.sentence_index == sentence and (at is None or e.start_char < at)
        if not here and not 0 <= sentence - e.sentence_index <= 3:
            continue
        again = judged_again(e, actors, sentence, judging) if (generic or pronoun) and not summary else None
        if again is not None:
            return again
        if not here and e.cameo.startswith(STATEMENT_CODES) and (generic or pronoun):
            continue  # "the move" or an "it" of a sentence before is an act, not a statement
        if approving and (e.cameo_root == MEETING_ROOT or e.quad_code >= CONFLICT_QUAD):
            continue  # "welcomed the decision": a cooperative act, not a meeting or a conflict told between
        doers = _doers(e)
        if not doers and approving and (generic or pronoun):
            return None  # "welcomed the decision" of a court told last: of no country, not an older act's
        if not doers:
            continue
        if here:
            if _by_others(actors, doers):
                return (
                    doers,
                    f"recipient: who did '{e.event_text}' (told before in the sentence), what '{words}' refers to",
                )
            continue
        if kinds is not None and not pronoun and e.event not in kinds:
            continue  # "condemned the annexation" two sentences after "imposed sanctions": another act
        if not pronoun and ((e.quad_code == 4 and not approving) or generic) and _apart(actors, doers):
            return doers, f"recipient: who did '{e.event_text}' (told before), what '{words}' refers to"
        back = low in BACK_PRONOUNS and not summary and e.sentence_index == sentence - 1
        if back and _apart(actors, doers):
            return doers, f"recipient: who did '{e.event_text}' (the sentence before), what '{words}' refers to"
    return None


def judged_again(
    e: Event, judges: Sequence[ActorRef], sentence: int, judging: tuple[str, ...]
) -> tuple[list[ActorRef], str] | None:
    """(the judged, why) when the event ``e``, told before a judgement of a pronoun or a generic act
    noun in the judgement's ``sentence`` or the one before, is itself a judgement (a code that starts
    with one of ``judging``) aimed at parties none of the ``judges`` is among: the second judgement
    takes up the first one's object ("The Soviet Union condemned the invasion, and Nicaragua also
    denounced it"; "Tbilisi condemned the move. Washington condemned the decision"), as wire stories
    list the reactions to one act one after another. A judgement aimed at the judges themselves
    ("London accused Tehran of the seizure, and Tehran rejected it") is none: the second answers
    the first (None)."""
    if not judging or not e.cameo.startswith(judging) or not 0 <= sentence - e.sentence_index <= 1:
        return None
    judged = [r for r in e.recipient if r.country]
    if not judged or not _by_others(judges, judged) or not _apart(judges, judged):
        return None
    return judged, f"recipient: that of '{e.event_text}' (the judgement told just before), the same act judged again"


def set_after_clause(doc: Doc, noun: Token, first: Token) -> bool:
    """Whether the summing ``noun`` (its phrase starting at ``first``) is set after the clause it
    sums up: a comma, a semicolon or a dash just before its phrase (", a move condemned by X"), or
    before the "in" that it follows (recip56: ", in a move welcomed by X", ", in a step that drew
    criticism from Y": the same apposition told as the manner of the act)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in SUMMING_PREPS and noun.head.i == first.i - 1:
        first = noun.head
    return first.i > 0 and doc[first.i - 1].text in APPOSITION_MARKS


def summary_noun(doc: Doc, span: tuple[int, int], trigger: int) -> bool:
    """Whether the phrase at ``span`` (character offsets) is a noun set in apposition after a
    clause to sum it up, and the judging verb at ``trigger`` (a character offset) is in a relative
    clause on it: "Spain recognised the state, a move that Israel condemned", "X accused Y of
    arming rebels, a charge Y rejected", "remarks Caracas denounced". Its head is a lemma of
    lexicon summary_nouns, it is not definite ("the move" is judged_before's own case), and a comma,
    semicolon or dash stands just before it."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or len(phrase) == 0:
        return False
    root = phrase.root
    if root.lemma_.lower() not in SUMMARY_NOUNS or root.pos_ not in {"NOUN", "PROPN"}:
        return False
    first = phrase[0]
    if first.lower_ in {"the", "this", "these", "that", "those"} or not set_after_clause(doc, root, first):
        return False
    verb = token_at(doc, trigger)
    while verb is not None and verb.i != root.i:
        if verb.dep_ in SUMMING_DEPS and verb.head.i == root.i:
            return True
        if verb.head.i == verb.i or verb.dep_ not in {"conj", "xcomp", "ccomp", "relcl"}:
            return False
        verb = verb.head
    return False


def summed_by(doc: Doc, trigger: int) -> tuple[int, int] | None:
    """The noun a judging participle sums up the clause before with, as the phrase judged: "Turkey
    shut the crossings, a move swiftly condemned by Yerevan", "Russia annexed the peninsula, a step
    denounced by Kiev", "..., an act welcomed by the opposition". The participle at ``trigger`` (a
    character offset) modifies (acl) a noun of lexicon summary_nouns that a comma, semicolon or
    dash sets after the clause; its span is the noun with its determiner and modifiers before it
    (character offsets), else None. A relative clause ("a move that Israel condemned") has its
    own object; this is the participle's case, which has none."""
    verb = token_at(doc, trigger)
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    noun = verb.head
    if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = min((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    if not set_after_clause(doc, noun, first):
        return None
    if first.lower_ in {"the", "this", "these", "that", "those"}:
        return None
    return first.idx, noun.idx + len(noun.text)


def across(judges: Sequence[ActorRef], doers: Sequence[ActorRef]) -> bool:
    """Whether a judgement crosses the line between a state and the people outside it ("opposition
    leaders condemned the move" of their president; a president condemning rebels' attacks): one
    side all state institutions, the other all outside the state (sector groups state, non_state)."""

    def side(refs: Sequence[ActorRef]) -> str | None:
        sectors = {r.sector for r in refs}
        if sectors and sectors <= STATE_SECTORS:
            return "state"
        return "non_state" if sectors and sectors <= NON_STATE_SECTORS else None

    a, b = side(judges), side(doers)
    return a is not None and b is not None and a != b


def act_noun(
    doc: Doc, span: tuple[int, int], nouns: Mapping[str, frozenset[str]] = ACT_NOUNS
) -> tuple[str, str, frozenset[str]] | None:
    """The first noun of the phrase at ``span`` (character offsets) that names a kind of act and
    heads its own noun phrase ("the coup", "what it called an unprovoked attack"; not "the coup
    leaders"): its text, its lemma and the PLOVER types the act is told as."""
    for tok in tokens_from(doc, *span):
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = tok.lemma_.lower()
        types = nouns.get(lemma)
        if types and tok.dep_ not in NOUN_MODIFIERS:
            return tok.text, lemma, types
    return None


def judged_act(
    doc: Doc,
    span: tuple[int, int],
    actors: Sequence[ActorRef],
    sentence: int,
    events: Sequence[Event],
    nouns: Mapping[str, frozenset[str]] = ACT_NOUNS,
) -> tuple[list[ActorRef], str] | None:
    """The doers of an act told before ``span`` whose PLOVER type is one the judged phrase's act
    noun names, when none of the judges did it (nor another party of their country, but for a
    seizure of power, lexicon power_seizure_nouns, or across the line between state and people):
    the last one told with a word of the noun's stem ("the attack": "the guerrillas attacked";
    "the test": "tested a hydrogen bomb"), else the first one told (the act the story is about:
    "condemned the coup" five paragraphs on)."""
    named = act_noun(doc, span, nouns)
    if named is None:
        return None
    noun, lemma, types = named
    stem = noun.lower()[:4]
    acts: list[tuple[Event, list[ActorRef]]] = []
    for e in events:
        if e.sentence_index > sentence or e.start_char >= span[0] or e.event not in types:
            continue
        doers = _doers(e)
        if not doers or not _by_others(actors, doers):
            continue
        if lemma not in SEIZURE_NOUNS and not _apart(actors, doers):
            continue  # "Turkey condemned the attack": not its own forces' attack told before
        acts.append((e, doers))
    if not acts:
        return None
    worded = [(e, d) for e, d in acts if any(w.lower().startswith(stem) for w in e.event_text.split())]
    e, doers = worded[-1] if worded else acts[0]
    return doers, f"recipient: who did '{e.event_text}' (told before), the {noun} judged"


def _head(words: str) -> str:
    """The phrase's last word, singular ("the nuclear tests" -> "test")."""
    last = words.lower().split()[-1].strip(".,;:'\"")
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "is", "us")):
        return last[:-1]
    return last


def named_before(
    words: str, actors: Sequence[ActorRef], events: Sequence[Event], at: int, approving: bool = False
) -> tuple[list[ActorRef], str] | None:
    """(the doers, why) of the last event told before ``at`` (the judged phrase's start) whose
    pattern holds the head of the definite phrase ``words``, a conflict (quad class 3 or 4), done by
    parties other than the judges ``actors`` and apart from them (:func:`_apart`); None when no
    such event was told. An approval (``approving``) names an act of any quad class."""
    low = words.lower().strip()
    if len(low.split()) < 2 or low.split()[0] not in DEMONSTRATIVES:
        return None
    head = _head(low)
    for e in reversed(events):
        conflict = approving or e.quad_code >= CONFLICT_QUAD
        if e.start_char >= at or not conflict or head not in e.pattern.split():
            continue
        doers = _doers(e)
        if not doers or not _by_others(actors, doers):
            continue
        if _apart(actors, doers):
            return doers, f"recipient: who did '{e.event_text}' (told before), what '{words}' names"
    return None


def judged_target(
    doc: Doc,
    text: str,
    span: tuple[int, int],
    actors: Sequence[ActorRef],
    sentence: int,
    events: Sequence[Event],
    trigger: int,
    approving: bool = False,
    judging: tuple[str, ...] = (),
) -> tuple[list[ActorRef], str] | None:
    """Whom a judgement of the phrase at ``span`` (character offsets in the article ``text``) is
    aimed at, from the events told before: an act of the kind its noun names (:func:`judged_act`),
    else the event whose pattern holds its head (:func:`named_before`), else the act just before
    (:func:`judged_before`; within the sentence, an act told before the judging verb at
    ``trigger``: "it did X, drawing condemnation"). An approval (``approving``: "welcomed the
    release") reads the nouns of approved acts instead (lexicon approved_act_nouns) and names acts of
    any kind by their pattern words; ``judging`` (CAMEO code prefixes) are the judgements whose object
    a pronoun or a generic noun right after them takes up (:func:`judged_again`)."""
    a, b = span
    words = text[a:b]
    phrase = span_at(doc, a, b)
    head = phrase.root.lemma_.lower() if phrase is not None else ""
    nouns = APPROVED_NOUNS if approving else ACT_NOUNS
    summary = summary_noun(doc, span, trigger)
    named = act_noun(doc, span, nouns)  # "the annexation": an act of the kinds its head noun names
    kinds = named[2] if named is not None and named[1] == head and not approving else None
    at = max(a, trigger)
    return (
        judged_act(doc, span, actors, sentence, events, nouns)
        or named_before(words, actors, events, a, approving)
        or judged_before(words, actors, sentence, events, at, head, summary, approving, judging, kinds)
    )
