"""What a speech verb's reported clause says when the clause has no pattern of its own: a judgement
("said the seizure of parliament was unacceptable": a criticism) or a warning ("said the plotters
would pay a heavy price": a threat), by the speaker (data/code_rules.yaml)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.clauses import demanded
from newsevents.code.rules import CodeRules
from newsevents.code.toldby import names_party
from newsevents.code.verbframes import CameoCode, FrameMatch, VerbFrames
from newsevents.derive.means import by_means
from newsevents.parse.syntax import (
    CORE_DEPS,
    has_condition,
    hedged,
    negated,
    np_core,
    phrase_words,
    subject_of,
    subtree_span,
    to_infinitive,
)
from newsevents.parse.tree import children
from newsevents.progress import Demand
from newsevents.records import Frame

SEEMING_VERBS = frozenset({"seem", "appear"})  # "seemed to be", "appeared to be": a judgement still


def aimed(frame: Frame, code: CameoCode, said: str, party: tuple[int, int], why: str, absorbed: int = -1) -> Demand:
    """The speaker's judgement, coded from the speech verb's own frame (pattern "<verb> ... <said>") and aimed
    at the party whose words span ``party`` (no recipient of the frame's own); ``absorbed``: the token of a
    reported act that did not happen (-1: none)."""
    match = FrameMatch(code, f"{frame.predicate_lemma} ... {said}", 1, "code_rules.yaml")
    return Demand(replace(frame, object_spans=(party,), recipient_spans=()), match, why, absorbed)


def _shortfall(clause: Token, subject: Token | None, rules: CodeRules) -> str | None:
    """A reported clause that says a party fell short ("said the government was not doing enough",
    "said the police had failed to protect them"): "do enough" negated, or a verb of ``shortfall_verbs``
    with a to-infinitive, its subject a name or a party noun; the words that say so, else None."""
    if subject is None or subject.tag_ == "PRP" or not names_party(subject):
        return None
    kids = children(clause)
    lemma = clause.lemma_.lower()
    if lemma == "do" and negated(clause) and any(c.lower_ == "enough" for c in kids):
        return "not do enough"
    if lemma in rules.shortfall_verbs and not negated(clause):
        if any(c.dep_ == "xcomp" and to_infinitive(c) for c in kids):
            return f"{lemma} to"
    return None


def _borne_blame(tok: Token, rules: CodeRules) -> tuple[Token, Token, tuple[int, int]] | None:
    """A clause reported by a speech verb that says a party bears the blame ("told the committee that
    genocide had been committed and that the government bore responsibility"): a word of
    ``bearing_verbs`` right before one of ``borne_blame`` (the model often reads "bore responsibility"
    as a compound noun, so the words are read in order, not by the tree), after the speech verb and in
    its subtree; the party is what stands between the nearest "that" (or the speech verb) and the
    bearing word, its last noun a name or a party noun (not a pronoun: "said it bore responsibility" is a
    claim of its own); not with "no" or "not" ("said the army bore no responsibility"). (bearing word,
    the party's last noun, the party's characters)."""
    if not any(c.dep_ == "ccomp" for c in children(tok)):
        return None
    doc = tok.doc
    lo, hi = tok.i + 1, tok.right_edge.i + 1
    for i in range(lo, hi - 1):
        bearer = doc[i]
        if bearer.lemma_.lower() not in rules.bearing_verbs and bearer.lower_ not in {"bore", "bears"}:
            continue
        nxt = doc[i + 1]
        if nxt.lemma_.lower() not in rules.borne_blame and not (
            nxt.lower_ in {"the", "full", "sole"} and i + 2 < hi and doc[i + 2].lemma_.lower() in rules.borne_blame
        ):
            continue
        if doc[i - 1].lower_ in {"not", "n't", "never"} or nxt.lower_ == "no":
            continue
        first = next((j + 1 for j in range(i - 1, lo - 1, -1) if doc[j].lower_ == "that"), lo)
        party = [t for t in doc[first:i] if t.pos_ in {"PROPN", "NOUN"} and t.dep_ != "poss"]
        head = party[-1] if party else None  # the last noun before the verb, however the model parsed it
        if head is not None and head.tag_ != "PRP" and names_party(head):
            start = next(t for t in doc[first:i] if t.pos_ not in {"SCONJ", "CCONJ", "PUNCT"})
            return bearer, head, (start.idx, doc[i - 1].idx + len(doc[i - 1]))
    return None


def _named_party(tok: Token) -> bool:
    """A phrase head that names a doer: a name or a party noun (``names_party``); no pronoun ("said it
    had breached nothing" is a claim of its own) and no act ("said the move violated the accord": whose
    move is the act told before, which the coder does not yet read reliably here)."""
    return tok.tag_ not in {"PRP", "WP", "WDT"} and tok.pos_ in {"NOUN", "PROPN"} and names_party(tok)


def _wrongdoer(speech: Token, clause: Token, rules: CodeRules) -> Token | None:
    """Whom a reported clause lays a wrong at ("said the blockade violated the ceasefire": the
    blockade; "said the riots had been instigated by the army": the army): its verb one of
    ``wrongdoing_verbs`` (the subject, or a passive's "by" agent), not negated and not a modal's
    ("would violate the truce" warns of a wrong to come); a relative clause's
    subject is the noun it hangs on ("a move which Tbilisi says violates the plan"). None otherwise."""
    kids = children(clause)
    if hedged(clause):
        return None  # "said the actions would violate the truce": a warning, no wrong done
    subject = subject_of(clause)
    if subject is not None and subject.tag_ == "WDT" and speech.dep_ == "relcl" and speech.head.pos_ == "NOUN":
        subject = speech.head
    if clause.lemma_.lower() not in rules.wrongdoing_verbs:
        return None
    objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
    if any(d.lower_ in {"no", "nothing"} for o in objects for d in (o, *children(o))):
        return None  # "said the army had violated no law"
    if subject is not None and subject.dep_ == "nsubjpass":
        agents = [o for a in kids if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"]
        return agents[0] if agents and _named_party(agents[0]) else None
    return subject if subject is not None and _named_party(subject) else None


def _rigged_ballot(speech: Token, clause: Token, rules: CodeRules) -> Token | None:
    """The ballot a reported clause says was rigged or stolen ("said the election had been rigged", "an
    election the opposition says was stolen", "leaders, who say the vote was rigged"): the passive
    subject of one of ``fraud_verbs``, one of ``ballot_nouns`` (a relative clause's: the noun it hangs
    on), not negated and not a modal's ("said the vote would be rigged" warns). None otherwise."""
    kids = children(clause)
    if clause.lemma_.lower() not in rules.fraud_verbs or not any(c.dep_ == "auxpass" for c in kids):
        return None
    if hedged(clause):
        return None
    ballot = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if (ballot is None or ballot.tag_ == "WDT") and speech.dep_ == "relcl" and speech.head.pos_ == "NOUN":
        ballot = speech.head  # "an election the opposition said was rigged"
    return ballot if ballot is not None and ballot.lemma_.lower() in rules.ballot_nouns else None


def _excessive(pred: Token, rules: CodeRules) -> bool:
    """Whether a copular clause's adjective predicate is told with an adverb of excess ("was too lenient",
    ``excess_adverbs``) and governs no clause or "for" phrase ("was too early to tell", "too soon for
    talks": no judgement of the subject)."""
    kids = children(pred)
    if pred.pos_ != "ADJ" or not any(c.dep_ == "advmod" and c.lower_ in rules.excess_adverbs for c in kids):
        return False
    return not any(c.dep_ in {"xcomp", "ccomp", "advcl"} or (c.dep_ == "prep" and c.lower_ == "for") for c in kids)


def _equated(clause: Token, rules: CodeRules) -> list[Token]:
    """What a verb of ``equating_verbs`` says its subject is, as the predicate of "be" would: the object
    of "constituted" ("constituted a violation"), the object of "to" after "amounted" ("amounted to
    aggression"); none for another verb or where the clause has none."""
    lemma = clause.lemma_.lower()
    kids = children(clause)
    if lemma in rules.equating_verbs:
        return [c for c in kids if c.dep_ in {"dobj", "obj"}]
    preps = {f"{lemma} {p.lower_}": p for p in kids if p.dep_ == "prep"}
    return [o for verb, p in preps.items() if verb in rules.equating_verbs for o in children(p) if o.dep_ == "pobj"]


def _held_clause(clause: Token, rules: CodeRules) -> Token:
    """The that-clause a reported certainty or proof holds, reported as if by the speech verb itself: "said
    it was highly likely that Moscow was responsible" (it + be + one of ``certainty_words``), "said it had
    evidence that Syria was behind the bombing" (have + one of ``proof_nouns``); ``clause`` itself where it
    is neither, or is negated ("said it was not clear that ...", "said it had no evidence that ...")."""
    if negated(clause):
        return clause
    kids = children(clause)
    lemma = clause.lemma_.lower()
    holders: list[Token] = []
    if lemma == "be" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in kids):
        holders = [c for c in kids if c.dep_ == "acomp" and c.lemma_.lower() in rules.certainty_words]
        holders += [clause] if holders else []
    elif lemma == "have":
        holders = [
            c
            for c in kids
            if c.dep_ in {"dobj", "obj"}
            and c.lemma_.lower() in rules.proof_nouns
            and not any(d.lower_ in {"no", "little"} for d in children(c))
        ]
    for holder in holders:
        for inner in children(holder):
            if inner.dep_ in {"ccomp", "acl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(inner)):
                return inner
    return clause


def judgement(
    tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules,
    match_at: Callable[[int], FrameMatch | None] = lambda i: None,
) -> Demand | None:  # fmt: skip
    """A speech verb reporting that an act is wrong ("said the seizure of parliament was
    unacceptable", "said he had been the victim of a coup", "said the shelling of the port amounted
    to aggression": ``equating_verbs`` read as "be"): a reported copular clause, not negated,
    whose predicate holds one of ``condemning_words`` is a criticism by the speaker (``label_codes``,
    PLOVER ACCUSE), aimed at what the clause's subject names or, when the subject is a pronoun ("he
    was the victim of a coup"), at what the predicate names; so judged,
    a decision or a measure (``decision_nouns``: "said the ruling was illegal") is rejected. The
    reported clause stays open: a verb coordinated with it is often the speaker's ("said the
    seizure was unacceptable and urged ..."), so nothing is absorbed (``clause_i`` -1); where that
    verb tells a criticism itself ("said the vote was illegal and accused Russia of interference",
    ``match_at(i)``: the match of the frame at token i), the judgement is left to it."""
    borne = _borne_blame(tok, rules)
    if borne is not None:
        bearer, blamed, party = borne
        code = frames.code(rules.label_codes["blaming_words"])
        why = f"'{tok.text} ... {blamed.text} ... {bearer.text}' the blame: the speaker blames the party that bears it"
        return aimed(frame, code, "bear responsibility", party, why + f", CAMEO {code.code}")
    for child in children(tok):
        if child.dep_ != "ccomp":
            continue
        child = _held_clause(child, rules)
        subject = next((c for c in children(child) if c.dep_ == "nsubj"), None)
        short = _shortfall(child, subject, rules)
        if short is not None and subject is not None:
            code = frames.code(rules.label_codes["condemning_words"])
            why = f"'{tok.text} ... {child.text}': the speaker says a party fell short ({short}), CAMEO {code.code}"
            return aimed(
                frame, code, short, subtree_span(subject), why, child.i
            )  # what it failed to do did not happen: absorbed
        wronged_by = _wrongdoer(tok, child, rules)
        if wronged_by is not None:  # "said the blockade violated the ceasefire": the speaker accuses the doer
            code = frames.code(rules.label_codes["blaming_words"])
            why = f"'{tok.text} ... {child.text}': the speaker lays a wrong at '{wronged_by.text}', CAMEO {code.code}"
            return aimed(
                frame, code, child.lemma_.lower(), subtree_span(wronged_by), why
            )  # the reported act keeps its own pattern, if any
        ballot = _rigged_ballot(tok, child, rules)
        if ballot is not None:  # "said the election had been rigged": the speaker accuses whoever ran it
            code = frames.code(rules.label_codes["fraud_verbs"])
            why = f"'{tok.text} ... {ballot.text} ... {child.text}': the speaker says a ballot was rigged"
            return aimed(
                frame, code, child.lemma_.lower(), subtree_span(ballot), why + f", CAMEO {code.code}"
            )  # "... and urged ...": the speaker's
        if child.lemma_.lower() in SEEMING_VERBS:  # "said the campaign seemed to be ethnic cleansing"
            child = next((c for c in children(child) if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), child)
        equated = _equated(child, rules)
        if child.lemma_.lower() != "be" and not equated:
            continue
        kids = children(child)
        subject = subject or next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            subject = tok.head  # "a move Beijing said was illegal": the noun the clause sums up
        preds = [c for c in kids if c.dep_ in {"attr", "acomp"}] + equated
        neg = negated(child)
        if subject is not None and subject.tag_ != "PRP" and not neg:
            # "said Moscow was culpable", "said the rebels were behind the attack": the speaker blames
            # the clause's subject (not "said it was responsible": a claim of its own)
            blame = next(
                (c for c in preds + [p for p in kids if p.dep_ == "prep"] if c.lemma_.lower() in rules.blaming_words),
                None,
            )
            if blame is not None:
                code = frames.code(rules.label_codes["blaming_words"])
                why = f"'{tok.text} ... {child.text} {blame.text}': the speaker blames the clause's subject"
                why += f", CAMEO {code.code}"
                return aimed(frame, code, f"be {blame.lemma_.lower()}", subtree_span(subject), why)
        # "said the vote was not illegal" judges nothing; "said the move was not appropriate"
        # condemns it (approving_words negated)
        judging = rules.approving_words if neg else rules.condemning_words
        word = next((w for p in preds for w in phrase_words(p) if w.lemma_.lower() in judging), None)
        # "said the deal was too lenient on rebels"; not "said it was too lenient": the adjective names nothing
        # to aim the criticism at, the pronoun no act the coder can find (round 25 stories' writer aims it at
        # the government that made the deal)
        named = subject is not None and subject.tag_ != "PRP"
        excess = (
            None if word is not None or neg or not named else next((p for p in preds if _excessive(p, rules)), None)
        )
        word = word or excess
        if subject is None or word is None:
            continue
        told = [match_at(c.i) for t in (tok, child) for c in children(t) if c.dep_ == "conj"]
        if any(m is not None and m.code is not None and m.code.root in rules.condemning_roots for m in told):
            continue  # "... was illegal and accused Russia of interference": the verb tells it
        target = next(p for p in preds if word in p.subtree) if subject.tag_ == "PRP" else subject
        # "said the ruling was unacceptable"; not "a decision Seoul said was a mistake", a noun that sums up
        # the act told before it
        refused = subject.lemma_.lower() in rules.decision_nouns and subject.i != tok.head.i
        code = frames.code(rules.label_codes["decision_nouns" if refused else "condemning_words"])
        what = "a decision judged" if refused else "an act judged"
        why = f"'{tok.text} ... {child.text} ... {word.text}': {what} with a word of condemnation, CAMEO {code.code}"
        return aimed(frame, code, f"be {word.lemma_.lower()}", subtree_span(target), why)
    return None


def war_declared(tok: Token, frame: Frame, frames: VerbFrames, rules: CodeRules) -> Demand | None:
    """A state declared to be at war with a party ("declared that the country was in a state of war
    with the United States", "proclaimed that Armenia was at war with Azerbaijan", "declared the
    country at war with Eritrea"): a verb of ``war_declaring_verbs`` whose reported clause or object
    puts a noun of ``war_state_nouns`` after "at" or in "a state of", with a "with" phrase naming
    the enemy, is a declaration of war as "declared war on X" is (``label_codes``: 138, THREATEN),
    aimed at the enemy. Not negated ("declared that it was not at war with anyone")."""
    if tok.lemma_.lower() not in rules.war_declaring_verbs:
        return None
    for clause in children(tok):
        if clause.dep_ not in {"ccomp", "dobj", "obj"} or negated(clause):
            continue
        words = list(clause.subtree)
        war = next(
            (
                w for w in words
                if w.lemma_.lower() in rules.war_state_nouns and w.dep_ == "pobj"
                and (w.head.lower_ == "at" or (w.head.lower_ == "of" and w.head.head.lemma_.lower() == "state"))
            ),
            None,
        )  # fmt: skip
        enemy = next((o for w in words if w.lower_ == "with" for o in children(w) if o.dep_ == "pobj"), None)
        if war is None or enemy is None:
            continue
        code = frames.code(rules.label_codes["war_state_nouns"])
        why = f"'{tok.text} ... {war.text} with {enemy.text}': a state declared at war with a party, CAMEO {code.code}"
        return aimed(frame, code, f"at {war.lemma_.lower()} with", subtree_span(enemy), why)
    return None


FUTURE_AUXILIARIES = {"will", "would", "shall"}
CONDITION_WORDS = frozenset({"if", "unless", "until"})


def _reported(tok: Token) -> list[Token]:
    """The clauses a speech verb reports: its complement clauses and the clauses coordinated with
    them ("said the sanctions were unacceptable and that Moscow would respond")."""
    out: list[Token] = []
    for child in children(tok):
        if child.dep_ == "ccomp":
            out.append(child)
            out.extend(c for c in child.subtree if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.head.i != tok.i)
    return out


def _warned(inner: Frame, rules: CodeRules) -> str | None:
    """Who a future clause with this predicate and context threatens ("own", "subject", "for"),
    or None when it is no warning (``warning_own``, ``warning_subject``, ``warning_for``)."""
    context = set(inner.context)
    for role, phrases in (("own", rules.warning_own), ("subject", rules.warning_subject), ("for", rules.warning_for)):
        for phrase in phrases:
            lemma, *words = phrase.split()
            if lemma != inner.predicate_lemma:
                continue
            if all(w[1:] not in context if w.startswith("!") else w in context for w in words):
                return role
    return None


def warning(
    tok: Token, frames: VerbFrames, rules: CodeRules,
    frame_at: Callable[[int], Frame | None], match_at: Callable[[int], FrameMatch | None],
) -> Demand | None:  # fmt: skip
    """A speaker's warning told as a future act of reprisal that has no pattern of its own ("said
    Moscow would respond", "said the plotters would pay a heavy price", "said the attacks would have
    consequences for its citizens"): a threat by the speaker (``label_codes``: warnings, PLOVER
    THREATEN) at whom the phrase's role names (``_warned``): nobody yet where the clause's subject
    is the speaker's side (the coder takes whoever attacked it before), the clause's subject, or
    the object of its "for" phrase. A negated clause ("would not respond") warns of nothing, and a
    reaction told by its means ("would respond with tariffs on U.S. goods") is that act, aimed at whom
    its means names (derive/means.by_means). The threat is coded from the clause's frame (asserted: the
    warning was given)."""
    for clause in _reported(tok):
        kids = children(clause)
        if not any(a.dep_ == "aux" and a.lemma_.lower() in FUTURE_AUXILIARIES for a in kids):
            continue
        matched = match_at(clause.i)
        inner = frame_at(clause.i)
        if inner is None or negated(clause) or (matched is not None and matched.code is not None):
            continue  # a clause with a pattern of its own is coded as itself
        if inner.predicate_lemma in rules.means_verbs and by_means(clause, frames, rules) is not None:
            continue  # "said Ottawa would respond with tariffs on U.S. goods": coded as its means (163), to its target
        role = _warned(inner, rules)
        if role is None:
            continue
        if role == "subject":
            target = [subtree_span(c) for c in kids if c.dep_ == "nsubj"]
        elif role == "for":
            preps = [p for p in clause.subtree if p.dep_ == "prep" and p.lower_ == "for"]
            target = [subtree_span(o) for p in preps for o in children(p) if o.dep_ == "pobj"][:1]
        else:
            target = []
        code = frames.code(rules.label_codes["warnings"])
        match = FrameMatch(code, f"{tok.lemma_.lower()} ... will {inner.predicate_lemma}", 1, "code_rules.yaml")
        # coded from the warning's own clause (its trigger), with the speaker's actors (not its subject:
        # "Pakistan would take all necessary measures" is no threat at Pakistan); its date and place
        # are the statement's (the coder's stages when and where read the speech verb)
        warned = replace(
            inner, actor_spans=(), object_spans=tuple(target), recipient_spans=(), modality="asserted", negated=False
        )
        why = f"'{tok.text} ... would {clause.text}': a warning of reprisal by the speaker, CAMEO {code.code}"
        return Demand(warned, match, why, -1)
    return None


# a pronoun subject that is the speaker or a thing ("said he would be arrested if he returned": a fear)
SELF_SUBJECTS = frozenset({"i", "we", "he", "she", "it", "you"})
LETHAL_ROOTS = frozenset({"18", "19", "20"})  # a killing warned of is a threat only on a condition
# the punished: the subject with its "of" phrases, not a clause on it ("Smith, who fled to France, would be ...")
PUNISHED_DEPS = frozenset({*CORE_DEPS, "prep", "pobj"})


def punishment(
    tok: Token, rules: CodeRules, frames: VerbFrames,
    frame_at: Callable[[int], Frame | None], match_at: Callable[[int], FrameMatch | None],
) -> Demand | None:  # fmt: skip
    """A speaker's warning told as a punishment still to fall on others, in the passive without an
    agent ("said those responsible would be punished", "said he would be put on trial if he
    returned", "said the militants would be shot unless they laid down arms"): a threat of repression by
    the speaker (``label_codes``: punishment_passives, PLOVER THREATEN, asserted: the warning was given) at the
    passive's subject. The clause's predicate and context are one of ``punishment_passives``; a
    killing (a clause coded 18-20) only on a condition ("if", "unless", "until"). Not negated, not
    with a "by" agent (another's act), not with a subject that is the speaker or a thing ("he", "it").
    The punished are the subject with its prepositional phrases, without a clause or apposition on it.
    The reported clause is part of the threat (not coded as the act itself)."""
    for clause in _reported(tok):
        kids = children(clause)
        if clause.tag_ != "VBN" or not any(a.dep_ == "auxpass" for a in kids):
            continue
        if not any(a.dep_ == "aux" and a.lemma_.lower() in FUTURE_AUXILIARIES for a in kids):
            continue
        subjects = [c for c in kids if c.dep_ == "nsubjpass"]
        if any(c.dep_ in {"neg", "agent"} for c in kids) or len(subjects) != 1 or subjects[0].lower_ in SELF_SUBJECTS:
            continue
        inner = frame_at(clause.i)
        if inner is None or not _listed(inner, rules.punishment_passives):
            continue
        matched = match_at(clause.i)
        lethal = matched is not None and matched.code is not None and matched.code.root in LETHAL_ROOTS
        if lethal and not has_condition(clause, CONDITION_WORDS):
            continue  # "said civilians would be killed": a fear, no threat
        code = frames.code(rules.label_codes["punishment_passives"])
        match = FrameMatch(code, f"{tok.lemma_.lower()} ... will be {inner.predicate_lemma}", 1, "code_rules.yaml")
        punished = (np_core(subjects[0], PUNISHED_DEPS),)
        threatened = replace(
            inner, actor_spans=(), object_spans=punished, recipient_spans=(), modality="asserted", negated=False,
            passive=False,
        )  # fmt: skip
        why = f"'{tok.text} ... would be {clause.text}': a punishment warned of by the speaker, CAMEO {code.code}"
        return Demand(threatened, match, why, clause.i)
    return None


def _listed(inner: Frame, phrases: frozenset[str]) -> bool:
    """Whether a frame's predicate and context are one of ``phrases`` ("put trial": "put" with "trial")."""
    words = _by_lemma(phrases).get(inner.predicate_lemma)
    if words is None:
        return False
    context = set(inner.context)
    return any(all(w in context for w in rest) for rest in words)


@functools.lru_cache(maxsize=8)
def _by_lemma(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` by their first word (the predicate), each with the words of its context; read once."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        lemma, *rest = phrase.split()
        out.setdefault(lemma, []).append(tuple(rest))
    return {lemma: tuple(rests) for lemma, rests in out.items()}


SUBJUNCTIVE = "subjunctive"  # the demand_modals key of a that-clause in the subjunctive (code/clauses.demanded)


def demand(
    frame: Frame, tok: Token, frame_at: Callable[[int], Frame | None], names_actor: Callable[[tuple[int, int]], bool],
    frames: VerbFrames, rules: CodeRules,
) -> Demand | None:  # fmt: skip
    """A speech verb reporting that another party must or should act is a demand or an appeal, and so
    is a verb of demanding with a that-clause in the subjunctive ("insisted that Washington confine its
    research", "proposed that the talks be moved": ``demand_modals`` key ``subjunctive``)
    (``names_actor(span)``: whether a phrase names an actor, the addressee a demand needs)."""
    for child in children(tok):
        if child.dep_ != "ccomp":
            continue
        modal = next(
            (a.lemma_.lower() for a in children(child) if a.dep_ == "aux" and a.lemma_.lower() in rules.demand_modals),
            None,
        )
        if modal is None and SUBJUNCTIVE in rules.demand_modals and demanded(child):
            modal = SUBJUNCTIVE  # "insisted that Washington confine its research": the mandative subjunctive
        inner = frame_at(child.i)
        if modal is None or inner is None:
            continue
        if not any(names_actor(span) for span in inner.actor_spans):
            continue  # a demand needs an addressee ("everything should be done" has none)
        code = frames.code(rules.demand_modals[modal])
        match = FrameMatch(code, f"{frame.predicate_lemma} ... {modal}", 1, "code_rules.yaml")
        recipient_frame = replace(frame, object_spans=inner.actor_spans, recipient_spans=())
        why = f"'{tok.text} that ... {modal}': a demand on the subject of the reported clause"
        return Demand(recipient_frame, match, why, child.i)
    return None
