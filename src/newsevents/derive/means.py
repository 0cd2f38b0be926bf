"""Reactions and vows told by what they consist of: a reaction by its means ("retaliated with
tariffs", "responded by expelling the envoys") and a vow by its
clause ("vowed that the aid would not enter"). Split from derive/codes.py (issue 11, eighth session)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import FrameMatch, VerbFrames
from newsevents.parse.syntax import to_infinitive
from newsevents.parse.tree import children


def clause_vow(tok: Token, code: str, rules: CodeRules) -> tuple[str, str] | None:
    """(code, why) for a vow told only by a that-clause ("vowed that the aid would not enter"): the
    verb is one of ``clause_vows``, coded as an intent (03), with a finite clausal complement and
    neither a to-infinitive nor an object of its own."""
    target = rules.clause_vows.get(tok.lemma_.lower())
    if target is None or not code.startswith("03"):
        return None
    deps = {c.dep_ for c in children(tok)}
    if "ccomp" not in deps or deps & {"xcomp", "dobj", "obj"}:
        return None
    clause = next(c for c in children(tok) if c.dep_ == "ccomp")
    return (
        target,
        f"'{tok.text} that ... {clause.text}': a vow told by a clause is defiance, CAMEO {code} becomes {target}",
    )


def unnamed_vow(
    tok: Token, code: str, match_at: Callable[[int], FrameMatch | None], rules: CodeRules
) -> tuple[str, str] | None:
    """(code, why) for a vow whose to-infinitive names no act the dictionary codes ("vowed to stay until
    the law is lifted", "vowed to die a martyr", "vowed to go home to finish his term"): determination or
    defiance, as a vow told by a that-clause (``clause_vows``), not an intent to cooperate. Only the
    unspecified intent (030); a vow of a coded act ("vowed to work with", "vowed to attack") is decided
    by that act."""
    target = rules.clause_vows.get(tok.lemma_.lower())
    if target is None or code != "030":
        return None
    acts = [c for c in children(tok) if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))]
    if not acts or any((m := match_at(c.i)) is not None and m.code is not None for c in acts):
        return None
    return target, f"'{tok.text} to {acts[0].text}': a vow of no coded act is defiance, CAMEO {code} becomes {target}"


def by_means(tok: Token, frames: VerbFrames, rules: CodeRules) -> tuple[FrameMatch, str] | None:
    """A reaction told by its means ("China retaliated with sanctions on European lawmakers",
    "Israel responded with air strikes"): a verb of ``means_verbs`` with a "with" phrase, or a
    participle after it with an object ("hit back within minutes, announcing duties on U.S.
    coal"), whose noun the dictionary (else ``means_nouns``: "retaliated with tariffs") codes is
    that act."""
    if tok.lemma_.lower() == "strike" and not _reacting(tok):
        return None  # "jets struck Baghdad with cruise missiles", "struck a deal with Iran": no reaction
    nouns = [
        n for p in children(tok) if p.dep_ == "prep" and p.lower_ == "with" for n in children(p) if n.dep_ == "pobj"
    ]
    # "China hit back within minutes, announcing duties on U.S. coal": the object of a participle after it
    if _reacting(tok):
        nouns += [n for v in _participles_after(tok) for n in children(v) if n.dep_ in {"dobj", "obj"}]
    for noun in nouns:
        m = frames.match(noun.lemma_.lower(), [w.lemma_.lower() for w in noun.subtree if w.i != noun.i])
        if (m is None or m.code is None) and noun.lemma_.lower() in rules.means_nouns:
            # "retaliated with tariffs on U.S. goods": a means the dictionary has no noun pattern for
            code = frames.code(rules.means_nouns[noun.lemma_.lower()])
            m = FrameMatch(code, f"{tok.lemma_.lower()} with {noun.lemma_.lower()}", 2, "code_rules.yaml")
        if m is not None and m.code is not None and m.code.plover:
            return m, f"'{tok.text} ... {noun.text}': the reaction is its means, CAMEO {m.code.code}"
    return None


def _reacting(tok: Token) -> bool:
    """A verb of reaction proper: "hit" and "strike" only as "hit back", "strike back" (a missile that hit
    a school, killing ten, or jets that struck with missiles react to nothing)."""
    return tok.lemma_.lower() not in {"hit", "strike"} or any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in children(tok)
    )


def told_by_means(tok: Token, match_at: Callable[[int], FrameMatch | None]) -> str | None:
    """Why a reaction tells no event of its own when a "by" gerund or a participle after it tells
    what it was ("both countries retaliated by expelling Fiji's envoys", "responded by closing the
    border", "Beijing retaliated within hours, announcing extra duties"): the gerund or participle,
    coded, is the event; None when it has none."""
    if not _reacting(tok):
        return None
    for prep in children(tok):
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for verb in children(prep):
            m = match_at(verb.i) if verb.dep_ == "pcomp" else None
            if m is not None and m.code is not None and m.code.plover:
                return f"'{tok.text} by {verb.text}': the reaction is told by its means, an event of its own"
    for verb in _participles_after(tok):
        # "China hit back within minutes, announcing duties on U.S. coal": a participle after the
        # reaction tells what it was
        m = match_at(verb.i)
        if m is not None and m.code is not None and m.code.plover:
            return f"'{tok.text}, {verb.text}': the reaction is told by its participle, an event of its own"
    return None


def _participles_after(tok: Token) -> list[Token]:
    """The participle clauses after a verb ("hit back within minutes, announcing duties ...")."""
    return [v for v in children(tok) if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > tok.i]


def attack_means(tok: Token, code: str, match_at: Callable[[int], FrameMatch | None], rules: CodeRules) -> str | None:
    """Why a movement of forces (``movement_roots``) tells no event of its own when it is a participle or a
    "by" gerund of an attack (a verb matched with one of ``attack_roots``): "launched an invasion on
    Thursday, pounding cities with missiles and sending troops across the border", "launched the war by
    sending its army into Iran": how the attack was made, which the attack's own event tells (prec40).
    None otherwise ("responded by sending troops", "tried to seize power, sending tanks": no attack)."""
    if not any(code.startswith(root) for root in rules.movement_roots) or tok.tag_ != "VBG":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in children(tok)):
        return None  # a clause of its own: "the army was sending troops"
    chain = [tok]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "pounding cities ... and sending troops": up to the first participle
    first = chain[-1]
    if first.dep_ == "advcl" and first.tag_ == "VBG" and first.i > first.head.i:
        chain.append(first.head)
    elif first.dep_ == "pcomp" and first.head.lower_ == "by":
        chain.append(first.head.head)
    elif len(chain) == 1:
        return None  # parsed as a conjunct of the verb itself ("launched ..., pounding ... and sending"): in the chain
    for verb in chain[1:]:
        m = match_at(verb.i)
        if m is not None and m.code is not None and any(m.code.code.startswith(r) for r in rules.attack_roots):
            return f"'{verb.text} ... {tok.text}': a movement of forces told as how an attack was made, no event"
    return None
