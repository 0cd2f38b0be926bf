"""An appeal a visit or call was made for, told in its own right (stories41).

"the envoy flew to Juba to coax both factions into a truce", "telephoned the king to urge calm": the
to-infinitive of an appeal or demand (PLOVER REQUEST) with no subject of its own after a meeting, visit or call
(CAMEO root 04) is made at that meeting, an act of its own, not a part of the visit it hangs on (code/sofar.py
absorbs other infinitives of an event). In the gold of rounds 26-75 a REQUEST covers such an infinitive after a
visit, a call or a meeting 17 times in 21. After a protest ("rallied to demand lower prices") it stays the
protest's (code_rules ``protest_roots``), as a participle demand does: the gold codes it apart 5 times in 46.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.verbframes import FrameMatch
from newsevents.parse.tree import children

SUBJECTS = {"nsubj", "nsubjpass"}
MEETING_ROOT = "04"  # CAMEO consult: visits, meetings, calls


def purpose_appeal(
    tok: Token, match: FrameMatch | None, head: FrameMatch | None, protest_roots: frozenset[str]
) -> bool:
    """Whether ``tok`` is the to-infinitive of an appeal made at the meeting, visit or call its head tells
    (``head``: the head's match); see the module's docstring."""
    if tok.dep_ not in {"advcl", "xcomp"} or tok.tag_ != "VB" or tok.head.i == tok.i:
        return False
    kids = children(tok)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) or any(c.dep_ in SUBJECTS for c in kids):
        return False
    if match is None or match.code is None or match.code.plover != "REQUEST":
        return False
    if head is None or head.code is None or head.code.root in protest_roots:
        return False
    return head.code.root == MEETING_ROOT
