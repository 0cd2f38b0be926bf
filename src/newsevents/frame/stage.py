"""Stage: frame. One frame per verb and per event noun of every sentence (see frames.py, nouns.py),
with the modality of planned and claimed acts (facts.py)."""

from __future__ import annotations

import functools

from newsevents.frame.facts import revise_modality, share_settings
from newsevents.frame.frames import build_frames
from newsevents.frame.nouns import EVENT_NOUN, build_noun_frames
from newsevents.lexicon import table
from newsevents.work import Resources, StageFunc, Work, register


@register("frames", requires=("sentences", "dates"), sets=("frames",))
def make_frames(res: Resources) -> StageFunc:
    known = res.frames.predicates()
    noun_verbs = table("event_noun_verbs")

    def predicates(lemma: str) -> bool:  # an event noun derived from a verb with patterns is one too
        return lemma in known or noun_verbs.get(lemma, "") in known

    rules = res.rules
    of_agent, reciprocal = rules.of_agent_nouns, rules.reciprocal_nouns

    @functools.cache
    def carries(verb: str, noun: str) -> bool:
        """Whether a verb of carrying ("kept up", "led", "joined") takes the act its object names: the
        noun alone is a material act (quad class 2 or 4: "siege", "general strike", "coup"), and no
        pattern of the verb names the noun ("launch strike on": the verb reads its own object)."""
        alone = res.frames.match(noun, (EVENT_NOUN,))
        if alone is None or alone.code is None or alone.code.quad_class not in {2, 4}:
            return False
        return not any(noun in pattern.split()[1:] for pattern, _, _ in res.frames.patterns_for(verb))

    def frames(work: Work) -> None:
        by_start = {s.start_char: s for s in work.sentences}
        whole = work.article.text  # doc.text joins all the tokens anew
        for sent in work.doc.sents:
            raw = whole[sent.start_char : sent.end_char]
            record = by_start.get(sent.start_char + len(raw) - len(raw.lstrip()))
            if record is None:
                continue
            date_spans = [(m.start_char, m.end_char) for m in work.dates if m.sentence_index == record.index]
            work.frames.extend(build_frames(sent, record.index, date_spans))
            nouns = build_noun_frames(sent, record.index, predicates, date_spans, of_agent, reciprocal, carries)
            work.frames.extend(nouns)
        revise_modality(work.doc, work.frames, rules)  # planned and claimed acts
        share_settings(work.doc, work.frames)  # "... as thousands marched on parliament"

    return frames
