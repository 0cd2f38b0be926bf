"""Stage: when (see dating.py). Frames that tell no event (stage derive) get no date."""

from __future__ import annotations

from newsevents.frame.facts import clause_date
from newsevents.progress import Dated
from newsevents.when.dating import event_date, follows
from newsevents.work import Resources, StageFunc, Work, register


@register("when", requires=("frames", "participants", "derived"), sets=("when",))
def make_when(res: Resources) -> StageFunc:
    adverbs = res.rules.sequence_adverbs

    def when(work: Work) -> None:
        text, pub = work.article.text, work.article.pub_date
        out: list[Dated | None] = []
        for (frame, info), cast, derived in zip(work.frames, work.participants, work.derived, strict=True):
            if derived.match is None and derived.demand is None:
                out.append(None)  # no event to date
                continue
            own = clause_date(frame, text, pub)
            linked = cast.linked_date  # the person a pronoun subject refers to
            later = linked is None and follows(frame, work.doc, adverbs)
            out.append(Dated(info.token_i, event_date(own, linked), later))
        work.when = out

    return when
