"""Stage: where (see location.py)."""

from __future__ import annotations

from newsevents.code.verbframes import FrameMatch
from newsevents.progress import Placed
from newsevents.where.location import location
from newsevents.work import Resources, StageFunc, Work, register


@register("where", requires=("frames", "places", "derived"), sets=("locations",))
def make_where(res: Resources) -> StageFunc:
    def where(work: Work) -> None:
        out = []
        for (frame, info), derived in zip(work.frames, work.derived, strict=True):
            match: FrameMatch | None
            if derived.demand is not None:
                frame, match = derived.demand.frame, derived.demand.match
            else:
                match = derived.match
            if match is None or match.code is None:
                out.append(Placed(info.token_i))
                continue
            loc, why = location(work.doc, frame, match.code, work.places)
            out.append(Placed(info.token_i, loc, why))
        work.locations = out

    return where
