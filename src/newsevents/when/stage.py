"""Stage: when (see dating.py). Frames that tell no event (stage derive) get no date."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.code.clauses import coordinated_clause
from newsevents.code.verbframes import FrameMatch
from newsevents.frame.facts import clause_date
from newsevents.frame.locative import SPEECH_VERBS
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import clause_verb, raised_conjunct
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate, Dated
from newsevents.records import NEWS_COUNT, DateInfo, Frame
from newsevents.when.anchors import noun_told, pronoun_anchor, pronoun_day, statement_after
from newsevents.when.dateowner import phrase_owner
from newsevents.when.dating import (
    backdrop,
    event_date,
    follows,
    hours_from_told,
    late_day,
    names_act,
    occurrence_subject,
    ongoing_report,
    sequence_shift,
    shifted,
    small_hours,
    span_before,
    that_year,
    undated,
)
from newsevents.when.naming import ballot_date, modifier_date, thing_date
from newsevents.when.narrative import narrative_days, reported_of_run, told_days
from newsevents.when.newsday import lead_day, occasion_verb, sentence_day, story_day, tells_other_time
from newsevents.when.nights import eve_of, night_after, night_before, night_into
from newsevents.when.nountime import act_words, days_from_told, not_after, occasion_noun, time_clause_verb
from newsevents.when.offsets import SAME_TIME, main_conjunct, participle_clause, subordinate_offset
from newsevents.when.owndate import completed_verb, counted_shift, own_date, told_as_news
from newsevents.when.relative import host_day, lead_count, told_count
from newsevents.when.saying import saying_sibling, through_infinitive, told_within
from newsevents.work import Resources, StageFunc, Work, register


@register("when", requires=("frames", "dates", "participants", "derived"), sets=("when",))
def make_when(res: Resources) -> StageFunc:
    adverbs = res.rules.sequence_adverbs
    additions = res.rules.addition_adverbs
    nights = res.rules.night_before_adverbs
    speech = SPEECH_VERBS
    # a refusal ("declined on Monday to endorse the pact") is told as done: its act takes the refusal's date
    not_now = frozenset(res.rules.future_heads | (res.rules.negating_heads - res.rules.refusing_heads))
    other_time = res.rules.other_time_words
    occasions, holding = LEXICON["occasion_nouns"], LEXICON["occasion_verbs"]
    occasion_acts = LEXICON["occasion_act_nouns"]  # "during the clashes": the day of the clashes told before
    occurrences = frozenset(LEXICON["occurrence_verbs"])  # "The disaster came hours after X"
    # a refusal or an effort told by its to-infinitive's day ("refused to accept it on Tuesday", "were
    # battling to free them on Thursday"): the infinitive's day is the act's (frame/owndates.complement_dated)
    doing = res.rules.refusing_heads | res.rules.effort_verbs
    told_after = res.rules.stating_verbs | res.rules.labelling_verbs  # acts that judge or report another
    every = res.backoff  # the backoff builds events from frames without a pattern: date them all

    def when(work: Work) -> None:
        doc = work.doc
        own_at = {info.token_i: own_date(work, frame, info.token_i) for frame, info in work.frames}
        pub = work.article.pub_date
        # "poured through overnight (and into Friday)": the day the night began, for what came "after"
        began_at = {i: b for i, own in own_at.items() if (b := night_into(doc[i], own, nights)) is not None}
        for frame, info in work.frames:
            own = own_at[info.token_i]
            tok = doc[info.token_i]
            if frame.tense == "past" and pub is not None and undated(own) and night_after(tok, nights):
                why = f"'overnight after' '{tok.text}': before the night told, the day before publication"
                own_at[info.token_i] = eve_of(pub, None, why)
                continue
            night = night_before(tok, own, pub, nights) if frame.tense == "past" else None
            if night is not None:
                began_at[info.token_i] = night
        frame_at = {info.token_i: frame for frame, info in work.frames}
        crowds = {info.token_i for _, info in work.frames if info.crowd}  # unrest told with no doer

        def completed_date(tok: Token, frame: Frame, depth: int = 0) -> ClauseDate | None:
            head = completed_verb(tok, frame, not_now)
            if head is None:
                return None
            base = own_at.get(head.i)  # every verb has a frame, with its clause's own date
            if base is not None and undated(base) and depth < 3:
                # "moved in early on Saturday, hours after Gorbachev signed a decree imposing ...": the verb
                # completed is dated by its time clause
                base = governed(head.i, depth + 1)
            if base is None or undated(base) or base.info is None:
                return None
            why = f"date of '{head.text}', the verb it completes ({base.why})"
            return base.via(why)

        def shared_then_counted(token_i: int, own: ClauseDate) -> ClauseDate | None:
            """A conjunct counted from the date of the verb it is coordinated with, which the frame
            shares with it: "crossed the border on Tuesday, and the militia agreed to disarm a day
            later" (Wednesday)."""
            tok, frame = doc[token_i], frame_at.get(token_i)
            if tok.dep_ != "conj" or frame is None or not frame.date_spans:
                return None
            if any(start >= tok.left_edge.idx for start, _ in frame.date_spans):
                return None  # a date of its own
            count = counted_shift(tok)
            if count is None:
                return None
            why = f"'{count[1]}': {count[0]:+d} day(s) from the date of '{tok.head.text}' ({own.why})"
            return shifted(own, count[0], why)

        def governed(token_i: int, depth: int = 0) -> ClauseDate:
            """The clause's own date, else the date of the clause a time clause hangs on ("a day
            after X", "hours after X", "when X")."""
            own = own_at.get(token_i)
            span = span_before(doc[token_i]) if depth == 0 and own is not None and not undated(own) else None
            if span is not None and own is not None:  # "after two days of rioting": when the rioting began
                why = f"'{span[1]}': {-span[0]:+d} day(s) from its clause's date ({own.why})"
                began = shifted(own, -span[0], why)
                if began is not None:
                    return began
            if own is not None and not undated(own) and (moved_on := shared_then_counted(token_i, own)) is not None:
                return moved_on
            if own is not None and not undated(own) or depth > 3:
                return own if own is not None else ClauseDate(None, None, "")
            tok = doc[token_i]
            sub = subordinate_offset(tok)
            joined = tok.dep_ == "conj" or coordinated_clause(tok)  # "..., and Trudeau responded": parsed as a ccomp
            # "rolled in on Thursday, two days after X declared independence, and militias fired ...": the
            # conjunct hung on the time clause's verb is coordinated with the main clause
            partner = main_conjunct(tok) or raised_conjunct(tok) or tok.head
            if sub is None and own is not None and joined and partner.pos_ in {"VERB", "AUX"}:
                # "..., but protesters set fire to buses": a past clause coordinated with a dated one
                first = frame_at.get(partner.i)
                mine = frame_at.get(token_i)
                if tok.dep_ == "conj" and tok.lemma_.lower() in doing and (low := lower_date(tok, mine)) is not None:
                    return low  # "..., but Congress refused to accept it on Tuesday": a day of its own
                if first is not None and mine is not None and first.tense == mine.tense == "past":
                    base = governed(partner.i, depth + 1)
                    count = counted_shift(tok)  # "... on Tuesday, and the rebels agreed a day later"
                    if count is not None:
                        why = f"'{count[1]}': {count[0]:+d} day(s) from '{partner.text}', "
                        why += f"the clause it is coordinated with ({base.why})"
                        counted = shifted(base, count[0], why) if not undated(base) else None
                        if counted is not None:
                            return counted
                    elif not undated(base) and base.info is not None:
                        why = f"date of '{partner.text}', the clause it is coordinated with ({base.why})"
                        return base.via(why)
                saying = saying_sibling(tok, first) if mine is not None and mine.tense == "past" else None
                if saying is not None and saying.i in own_at:
                    base = governed(saying.i, depth + 1)
                    if not undated(base) and base.info is not None:
                        why = f"date of '{saying.text}', the saying it is coordinated with ({base.why})"
                        return base.via(why)
            if own is not None:
                # "police killed four men and arrested two others late on Wednesday": a date at the
                # end of a later past conjunct covers the first, in a time clause too ("after fighters
                # routed the gunmen and seized the port on May 9": its own day, not counted from its head)
                mine = frame_at.get(token_i)
                for c in children(tok):
                    later = frame_at.get(c.i) if c.dep_ == "conj" else None
                    if mine is None or later is None or not later.date_spans or mine.tense != "past":
                        continue
                    if later.tense == "past" and later.date_spans[0][0] > c.idx:
                        theirs = own_at.get(c.i)
                        if theirs is not None and not undated(theirs) and theirs.info is not None:
                            why = f"date of '{c.text}', the clause coordinated with it ({theirs.why})"
                            return theirs.via(why)
            mine = frame_at.get(token_i)
            if sub is None and mine is not None and (done := completed_date(tok, mine, depth)) is not None:
                return done
            if (
                sub is None
                and own is not None
                and ongoing_report(tok, speech)
                and ((low := lower_date(tok, frame_at.get(token_i), reported=True)) is not None)
            ):  # "captured him hiding in a hole on Saturday night, the administrator announced on Sunday"
                return low
            if sub is None and own is not None and ongoing_report(tok, speech):
                base = governed(tok.head.i, depth + 1)
                if not undated(base) and base.info is not None:
                    why = f"date of '{tok.head.text}', which reports it as under way ({base.why})"
                    return base.via(why)
            if sub is None and own is not None and (inner := time_clause_date(tok, depth)) is not None:
                return inner
            if sub is None and own is not None and (low := lower_date(tok, frame_at.get(token_i))) is not None:
                return low
            verb = occasion_verb(tok, occasions, holding) if sub is None and own is not None else None
            if verb is not None and verb.i in frame_at and frame_at[verb.i].tense == "past":
                # "opened a three-day summit in Oslo on Friday": the meeting is the occasion of its clause's day
                base = governed(verb.i, depth + 1)
                if base.info is not None and base.info.precision == "day" and not base.from_news:
                    return base.via(f"date of '{verb.text}', the clause the meeting is the occasion of ({base.why})")
            noun_told = token_i in crowds or time_clause_verb(tok, res.rules.labelling_verbs) is not None
            if sub is None and noun_told and tok.head.i != tok.i:
                # unrest told with no doer, or an act a noun names in a time clause (when/nountime.py): the date of
                # its clause, however dated (not a judged act's noun, "condemned an airstrike": told as done before)
                verb = clause_verb(tok.head)
                if verb is not None and verb.i != token_i and verb.i in own_at:
                    base = governed(verb.i, depth + 1)
                    if not undated(base) and base.info is not None:
                        why = f"date of '{verb.text}', the verb of its clause ({base.why})"
                        return base.via(why)
            if sub is None:
                return own if own is not None else ClauseDate(None, None, "")
            head, days, words = sub
            if not days and (own_count := sequence_shift(tok)) is not None and own_count[0]:
                # "resigned on Sunday after protesters stormed parliament a day earlier": counted from its head
                days, words = own_count[0], f"{words} ... {own_count[1]}"
            base = anchor(head, depth + 1)
            if words.lower().endswith("after") and head.i in began_at:  # "... overnight after X": before the night
                base = began_at[head.i]
            why = f"'{words}' '{head.text}': {days:+d} day(s) from its date ({base.why})"
            if not days and not undated(base) and small_hours(base.text, words, tok):  # the evening before
                days = -1
                why = f"'{words}' '{head.text}', told in the small hours: -1 day(s) from its date ({base.why})"
            if not days and words.lower() == "before" and late_day(base.text):
                # "began late on Thursday, pounding the town before sending in troops": maybe the next day
                return own if own is not None else base
            moved = shifted(base, days, why) if not undated(base) else None
            if moved is None and depth == 0 and base.info is not None and told_as_news(head, base):
                # "The disaster came hours after X": counted from the act the subject names, told before; a
                # count of days only from an act the subject's noun names ("The admission came two days after X":
                # "admitted on Sunday"; dates42), else from publication, as before ("The move came a day after X")
                before = told_before_day(head, named_only=bool(days))
                counted = (
                    shifted(before, days, f"'{words}' '{head.text}': {days:+d} day(s) from {before.why}")
                    if before
                    else None
                )
                if counted is not None:  # read through the subject's reference: it lends itself to no retelling
                    moved = dataclasses.replace(counted, from_news=True)
            if moved is None and days and depth == 0 and base.info is not None and told_as_news(head, base):
                # "landed in Haiti unopposed on Monday, a day after X agreed": the news with a day only as
                # its sentence's (the date hung where its clause's is not looked for) counts from that day
                news = frame_at.get(head.i)
                day = (
                    sentence_day(doc, work.article.text, news, head, work.dates, pub, other_time, told_after)
                    if news
                    else None
                )
                if day is not None:
                    moved = shifted(day, days, f"'{words}' '{head.text}': {days:+d} day(s) from its date ({day.why})")
                if moved is None:
                    # "The invasion came three days after Putin recognised ...": the head is the story's news,
                    # dated by publication, and the act it counts from is that many days before
                    why = f"'{words}' '{head.text}', {NEWS_COUNT}: {days:+d} day(s) from publication"
                    counted = ClauseDate(dataclasses.replace(base.info, precision="day"), None, why, from_news=True)
                    moved = shifted(counted, days, why)
            return moved if moved is not None else (own if own is not None else base)

        def time_clause_date(tok: Token, depth: int) -> ClauseDate | None:
            """An undated clause told with a dated time clause of its own: "were killed when their
            plane was shot down on Wednesday" (the same day), "withdrew two days after talks
            collapsed on Monday" (two days later)."""
            if depth > 3:
                return None
            for c in children(tok):
                if c.dep_ != "advcl" or participle_clause(c):
                    continue  # a participle clause ("..., citing fraud in the November 8 election") does not date it
                sub = subordinate_offset(c)
                if sub is None or sub[0].i != tok.i or (not sub[1] and sub[2].lower() == "before"):
                    continue  # a bare "before X" lends its head no day: "pushed on before a truce was agreed on May 2"
                # "beat students as they tried to march to the square on Friday": a day hung under the time
                # clause's infinitive or noun is the time clause's (dates53)
                same_time = sub[2] in SAME_TIME and c.i in own_at and undated(own_at[c.i])
                low = lower_date(c, frame_at.get(c.i)) if same_time else None
                inner = low or (governed(c.i, depth + 1) if c.i in own_at else None)
                if inner is None or undated(inner):
                    continue
                if sub[1]:
                    why = f"'{sub[2]}' clause '{c.text}': {-sub[1]:+d} day(s) from its date ({inner.why})"
                    moved = shifted(inner, -sub[1], why)
                else:
                    why = f"date of its '{sub[2]}' clause '{c.text}' ({inner.why})"
                    moved = inner.via(why)
                if moved is not None:
                    return moved
            return None

        def lower_date(tok: Token, frame: Frame | None, reported: bool = False) -> ClauseDate | None:
            """A day-precise date of the sentence hung by the parser under a noun or a non-finite
            verb of the event's own clause (see :func:`phrase_owner`); the nearest one. ``reported``:
            an act told in the past whose report is dated too, so not a date under an infinitive
            ("said the president had agreed to resign on July 13": the day planned, not the agreement's)."""
            if frame is None or tok.lemma_.lower() in not_now:
                return None
            if reported and (frame.tense != "past" or frame.modality not in {"asserted", "negated"}):
                return None
            found = []
            for m in work.dates:
                if m.sentence_index != frame.sentence_index:
                    continue
                span = (m.start_char, m.end_char)
                steps = phrase_owner(doc, span, tok)
                if steps is None or modifier_date(doc, span, tok, frame.modality in {"future", "hypothetical"}):
                    continue
                if that_year(work.article.text, span) is not None:
                    continue  # "June 3 of that year": its year is the one told before (own_date), never the story's
                if reported and through_infinitive(doc, span, tok):
                    continue
                found.append((steps, span))
            for _, span in sorted(found):
                one = dataclasses.replace(frame, date_spans=(span,))
                date = clause_date(one, work.article.text, work.article.pub_date)
                pub = work.article.pub_date
                late = pub is not None and date.info is not None and date.info.value > pub.isoformat()
                if frame.tense == "past" and late:
                    continue  # a past act is not dated after the story ("agreed to withdraw next week")
                if date.info is not None and date.info.precision == "day":
                    why = f"date '{date.text}' hung under a phrase of the event's clause ({date.info.reason})"
                    return date.via(why)
            return None

        def anchor(tok: Token, depth: int) -> ClauseDate:
            """The date a time clause counts from: its head's own (or governed) date, else that of
            a verb coordinated with the head ("killed ... and arrested ... late on Wednesday"),
            else of the clause that reports the head ("said on Tuesday it was scrapping ..."); a verb of
            saying with no date takes the day of the act it reports ("said it shot down two jets on
            Wednesday")."""
            date = governed(tok.i, depth)
            if not undated(date) or depth > 3:
                return date
            for c in children(tok):
                if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not undated(other := governed(c.i, depth + 1)):
                    return other
            if tok.lemma_.lower() in speech:
                # "Pakistan said it shot down two jets on Wednesday, a day after X": the act it reports is dated
                for c in children(tok):
                    if c.dep_ == "ccomp" and c.i in own_at and not undated(told := own_at[c.i]):
                        if told.info is not None and told.info.precision == "day":
                            return told.via(f"date of '{c.text}', the act '{tok.text}' reports ({told.why})")
            if tok.dep_ in {"ccomp", "xcomp", "conj", "acomp"} and tok.head.i != tok.i:
                # "was ready to help ..., a day after X": up through the adjective to the verb it completes
                return anchor(tok.head, depth + 1)
            if tok.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children(tok)):
                # "returned on Sunday, restored to power ... two days after officers forced him out": a
                # participle clause with no subject or subordinator of its own is of its head's time
                return anchor(tok.head, depth + 1)
            return date

        def named_day(token_i: int, words: str, noun: str, days: int) -> ClauseDate | None:
            """The day of the last act told before ``token_i`` that ``noun`` names ("the vote":
            "voted on Saturday"), when it has a day of its own, ``days`` later ("the day after the vote")."""
            for _, before in reversed(work.frames):
                if before.token_i >= token_i or not any(names_act(noun, w) for w in act_words(doc[before.token_i])):
                    continue
                base = governed(before.token_i)
                if base.info is not None and base.info.precision == "day" and not base.from_news:
                    why = f"'{words}': the day of '{doc[before.token_i].text}' ({base.why})"
                    return shifted(base, days, f"{why}, {days:+d} day(s)") if days else base.via(why)
            verb = noun_told(doc, token_i, words, noun)  # "walked out of that meeting": told as a noun before
            if verb is None or verb.i not in frame_at:
                return None
            told = governed(verb.i)
            if told.info is not None and told.info.precision == "day" and not told.from_news:
                why = f"'{words}': the day of '{verb.text}', the act the thing was told with ({told.why})"
                return shifted(told, days, f"{why}, {days:+d} day(s)") if days else told.via(why)
            return None

        def told_before_day(head: Token, named_only: bool = False) -> ClauseDate | None:
            """The day of the act the subject of a verb of occurrence names, told before its sentence
            (:func:`~newsevents.when.dating.occurrence_subject`): the act the noun names ("The invasion
            came ...": "invaded"), else the first act told with a day of its own in the last sentence before
            that tells one ("A boat sank late on Friday ... The disaster came hours after X": Friday);
            ``named_only``: only the act the noun names."""
            subject = occurrence_subject(head, occurrences)
            if subject is None:
                return None
            start = head.sent.start
            if subject.pos_ == "NOUN" and (named := named_day(start, subject.text, subject.lemma_.lower(), 0)):
                return named
            if named_only:
                return None
            told = [
                (doc[i].sent.start, -i, d)
                for i, d in day_at.items()
                if i < start and d.info is not None and d.info.precision == "day" and not d.from_news
            ]
            if not told:
                return None
            _, i, date = max(told, key=lambda t: t[:2])  # the first act so dated of the last sentence with one
            return date.via(f"the day of '{doc[-i].text}', the act told before ({date.why})")

        story = story_day(doc, work.dates, pub)  # the day the story's lead tells (when/newsday.story_day)
        told = max((frame.sentence_index for frame, _ in work.frames), default=-1) + 1  # sentences up to the last act
        said_runs: set[int] = set()  # sentences whose run a verb of saying began
        runs = narrative_days(doc, work.dates, told, pub, story, said_runs)  # when/narrative
        dated_sentences = told_days(doc, work.dates, pub)  # the date each sentence that names one tells

        def told_last(at: int) -> tuple[int, DateInfo, str] | None:
            i, day, words = next((t for t in reversed(dated_sentences) if t[0] < at), (0, None, ""))
            return (i, day, words) if day is not None else None

        day_at: dict[int, ClauseDate] = {}  # the events dated so far, by their trigger's token

        def partner_day(tok: Token, frame: Frame) -> ClauseDate | None:
            """A past clause with a subject of its own coordinated with a past act told before it and
            dated to a day only as its sentence's ("fired tear gas at protesters who blocked the road on
            Tuesday, and the mayor imposed a curfew": the curfew is Tuesday's too)."""
            if tok.dep_ != "conj" or frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
                return None
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)) or counted_shift(tok) is not None:
                return None
            partner = main_conjunct(tok) or raised_conjunct(tok) or tok.head
            first, base = frame_at.get(partner.i), day_at.get(partner.i)
            if first is None or base is None or first.tense != "past" or base.info is None or base.from_news:
                return None
            if base.info.precision != "day" or tells_other_time(tok, other_time):
                return None
            return base.via(f"date of '{partner.text}', the past clause it is coordinated with ({base.why})")

        def conjunct_day(tok: Token, frame: Frame) -> ClauseDate | None:
            """A past verb with no subject of its own coordinated with a past act dated to a day as its
            sentence's or as its partner's ("..., and the president called the unrest treasonous and deployed
            the army": the day the calling was given; dates53)."""
            if tok.dep_ != "conj" or frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
                return None
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)) or counted_shift(tok) is not None:
                return None
            first, base = frame_at.get(tok.head.i), day_at.get(tok.head.i)
            if first is None or base is None or first.tense != "past" or base.info is None or base.from_news:
                return None
            if base.info.precision != "day" or tells_other_time(tok, other_time):
                return None
            return base.via(f"date of '{tok.head.text}', the past verb it is coordinated with ({base.why})")

        def occasion_day(tok: Token, frame: Frame) -> ClauseDate | None:
            """A past act done at, in or during an occasion the story told as a dated act before
            (:func:`~newsevents.when.nountime.occasion_noun`): "Police fired tear gas during the clashes"."""
            if frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
                return None
            if tells_other_time(tok, other_time) or (near := occasion_noun(tok, occasion_acts)) is None:
                return None
            return not_after(named_day(tok.i, *near, 0), pub)

        def tied(tok: Token, frame: Frame, match: FrameMatch | None) -> tuple[str, str, int] | None:
            """An act tied in its words to an act told before (when/anchors.py): "said after the talks",
            "held talks before it"; a past act told as done, with no time of its own."""
            if frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
                return None
            if tok.pos_ not in {"VERB", "AUX"} or tells_other_time(tok, other_time - {"after", "before"}):
                return None
            verbal = match is not None and match.code is not None and match.code.quad_class in {1, 3}
            return (statement_after(tok) if verbal else None) or pronoun_anchor(tok, verbal)

        def run_day(tok: Token, frame: Frame, match: FrameMatch | None) -> ClauseDate | None:
            """The day the sentences before tell, for a past act done in a sentence that names no date
            (:func:`~newsevents.when.narrative.narrative_days`): a material act or a meeting, not a
            report or a judgement of another act, told by a verb of its own."""
            day = runs.get(frame.sentence_index)
            if day is None or frame.tense != "past" or frame.modality not in {"asserted", "negated"}:
                return None
            if match is None or match.code is None or not (match.code.quad_class in {2, 4} or match.code.root == "04"):
                return None  # "urged", "accused", "welcomed the release": the story's reactions, of its own day
            reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in speech
            if reported and (frame.sentence_index in said_runs or not reported_of_run(tok, speech)):
                return None  # "say troops have fired": told as the story's news, of its own day
            if tells_other_time(tok, other_time) or any(
                c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in children(tok)
            ):
                return None  # "has been held": told as now; "had seized", "two hours after": a time of its own
            return day

        out: list[Dated | None] = []
        for (frame, info), cast, derived in zip(work.frames, work.participants, work.derived, strict=True):
            if derived.match is None and derived.demand is None and not every:
                out.append(None)  # no event to date (with the backoff on, every frame may become one)
                continue
            own = governed(info.token_i)
            if undated(own) and (setting := told_within(doc[info.token_i])) is not None:
                # "a speech on Sunday in which he accused the judges ...": the day of the clause it is told in
                there = anchor(setting, 1)
                if not undated(there) and there.info is not None and there.info.precision == "day":
                    why = f"date of '{setting.text}', the clause its relative clause is told in ({there.why})"
                    own = there.via(why)
            if undated(own) and (hosted := host_day(doc[info.token_i], lambda v: anchor(v, 1))) is not None:
                own = hosted  # "the leaders who ousted him and sent tanks a day earlier" (when/relative.py)
            if undated(own) and frame.tense == "past" and frame.modality in {"asserted", "negated"}:
                # "the Aug. 7 bombings ..., which killed 220 people": the day of the thing that did the act
                spans = [(m.start_char, m.end_char) for m in work.dates if m.sentence_index == frame.sentence_index]
                thing, what = thing_date(doc, spans, doc[info.token_i]), "the thing that did the act"
                if thing is None:  # "Quebec voters rejected a proposal to make X sovereign in Monday's referendum"
                    thing, what = ballot_date(doc, spans, doc[info.token_i]), "the ballot the vote was cast in"
                if thing is not None:
                    named = clause_date(dataclasses.replace(frame, date_spans=(thing,)), work.article.text, pub)
                    if named.info is not None and (pub is None or named.info.value <= pub.isoformat()):
                        own = named.via(f"date '{named.text}' of {what} ({named.info.reason})")
            linked = cast.linked_date  # the person a pronoun subject refers to
            vote = cast.adopted_at
            adopted = day_at.get(vote) if vote is not None and undated(own) else None
            if vote is not None and adopted is not None:  # "The resolution also demands ...": the vote's day
                own = adopted.via(f"the day of '{doc[vote].text}', the document's adoption")
            tok = doc[info.token_i]
            seq = counted_shift(tok) if undated(own) else None
            shared = False
            if seq is None and undated(own) and (seq := lead_count(tok)) is not None:
                shared = True  # "Three days later police fired ..., the authorities cut ...": from the sentences before
            reported = tok.dep_ == "ccomp" and tok.head.i != tok.i
            if seq is None and undated(own) and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
                # "poured into the region the next day and drove the Georgians back": the conjunct's
                # day too, counted from the events of the sentences before (not from its first verb's);
                # up a list of acts ("climbed onto a tank that same day, denounced X and called for Y")
                first = tok
                while seq is None and first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
                    first = first.head
                    seq = (sequence_shift(first) or lead_count(first)) if undated(governed(first.i)) else None
                shared = seq is not None
            done = completed_verb(tok, frame, not_now) if seq is None and undated(own) else None
            if done is not None and undated(governed(done.i)):
                # "responded the same day by announcing tariffs", "voted a day later to impose sanctions":
                # the act that completes a verb told by its distance from the event before is of that day
                seq = counted_shift(done)
                shared = seq is not None and seq[0] != 0  # a count from the verb's own event would count twice
            if seq is None and undated(own) and reported and undated(governed(tok.head.i)):
                # "Clinton announced the next day that Washington would resume ...": the reporting verb's day
                seq = sequence_shift(tok.head)
            if seq is None and undated(own) and frame.tense == "past" and frame.modality in {"asserted", "negated"}:
                # "Hours later, X appeared on television to announce that ... had been dissolved" (when/relative.py)
                seq = told_count(tok, lambda v: undated(governed(v.i)))
                shared = shared or seq is not None  # counted as the verb above, from the sentences before
            # "Canada hit back on Tuesday ... Trump's duties took effect just after midnight": a measure told
            # by its start with no day of its own takes the day of the last dated event told before
            started = info.measure and undated(own)
            later = linked is None and (seq is not None or started or follows(frame, doc, adverbs))
            back = backdrop(doc[info.token_i], additions) if undated(own) and linked is None and not later else None
            date = event_date(own, linked)
            if undated(date) and not later and back is None and (near := hours_from_told(tok) or days_from_told(tok)):
                date = not_after(named_day(info.token_i, *near), pub) or date  # "two days before the vote"
            if undated(date) and not later and back is None and (near := tied(tok, frame, derived.match)):
                date = not_after(named_day(info.token_i, *near), pub) or date  # "said after the talks" (anchors)
            if undated(date) and not later and back is None:
                # the one day the sentence names in the act's clause, else the day the story's lead tells
                date = (
                    sentence_day(doc, work.article.text, frame, tok, work.dates, pub, other_time, told_after)
                    or partner_day(tok, frame)
                    or conjunct_day(tok, frame)
                    or occasion_day(tok, frame)
                    or run_day(tok, frame, derived.match)
                    or pronoun_day(tok, frame, derived.match, work.dates, pub, other_time)
                    or lead_day(frame, tok, work.dates, story, other_time)
                    or date
                )
            if not later and back is None and not undated(date):
                day_at[info.token_i] = date
            # a count of time ("Hours later", "the next day"), not a bare "later" or "then": from the day told last
            told_at = told_last(frame.sentence_index) if seq is not None else None
            out.append(
                Dated(info.token_i, date, later or back is not None, seq[0] if seq else 0, back, shared, told_at)
            )
        work.when = out

    return when
