"""The agent of an act a judgement, demand or protest is about: "condemned the detention of two
soldiers by Turkey" is aimed at Turkey, not at the soldiers. Read by participants/recipients.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.bystanders import no_party
from newsevents.progress import Discourse
from newsevents.records import ActorRef

RELEASE_NOUNS = LEXICON["release_nouns"]

# intent, demand, disapprove, reject, protest (not a signing: "signed a plan drafted by X")
AGENT_ROOTS = {"03", "10", "11", "12", "14"}


def act_agent(
    reader: ActorReader, doc: Doc, span: tuple[int, int], actor_keys: set[tuple[Any, str]],
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """'condemned the detention of two Greek soldiers by Turkey', 'in protest against abuses by
    the security forces', 'accepted a peace plan proposed by France': a judgement, demand or
    protest of an act (or a plan) named with its agent ("by X", on the noun or on a participle
    that modifies it) is aimed at the agent, not at the people the act was done to; a demand for
    the release of people held by X (lexicon release_nouns: the "by" phrase of a participle on
    those released) is aimed at X, who holds them. Only an agent
    that names a party with a country or a known entity counts ("by force" names no one)."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or phrase.root.pos_ != "NOUN":
        return None
    noun = phrase.root
    for by in noun.subtree:
        if by.lower_ != "by" or by.dep_ not in {"prep", "agent"}:
            continue
        head = by.head
        held = head.tag_ == "VBN" and head.head.dep_ == "pobj" and head.head.head.head.i == noun.i
        if noun.i not in {head.i, head.head.i} and not (held and noun.lemma_.lower() in RELEASE_NOUNS):
            continue  # "by" on the noun, on a word below it (a participle) or on who is to be released
        for o in children(by):
            if o.dep_ != "pobj":
                continue
            refs = [
                r
                for r in reader.span(subtree_span(o), on_date, disc)
                if (r.key(), r.entity_text.lower()) not in actor_keys and not no_party(doc, r)
            ]
            if any(r.country or r.kind not in (None, "sector") for r in refs):
                return refs, f"the agent of '{noun.text}' ('by {o.text}')"
    return None
