"""Floors on the blind sets kept with the project (tests/data/blind: first round, tests/data/blind2:
second round, tests/data/blind3: third round, tests/data/blind4: fourth round; their READMEs say
who wrote them and how they were measured).

They were written blind to the code, so they show accuracy on news the rules were not tuned to. The
floors are the figures at the end of the session that measured them; only ever raise them. The
stories' places floors are those after the places session of 2026-12-03 (0.860 and 0.846), which
used both rounds for error analysis: they no longer measure blind accuracy. The learned backoff
(src/newsevents/backoff/, on by default since backoff12) is trained on rounds 1-11 (every
*.jsonl of tests/data/blind … blind11), own_gold and heldout_news: with it on, the event floors of
rounds 1-11 measure a system trained on them, not blind accuracy (rounds 10 and 11 were the last
of those still untrained); rounds 12-15 (never trained or tuned on by the backoff; training on
12-13 was tried in backoff16 and not kept, docs/backoff.md) and PLOVER dev remain its fresh
measure. Some figures scored on
found events only (countries, dates, places) were lowered once, on 2026-12-03, when recall rose and
the newly found events brought their own misses (each such line says so); recall and precision floors
were raised. In the fifteenth session the scorer began to compare a found group's fields with the
output told inside its evidence (before: the first output of the type in the sentence, so two acts of
one type were both scored on the first one): with the code unchanged, 112 field figures rose and 23
fell; the 17 floors below the new figures were set to them (each such line says so). In the same
session five more found-event figures were lowered (places in round 2, 14 and 22 stories and round 23
sentences, dates in round 12 sentences), each by one newly found event that brought its own miss, on
sets whose recall rose (each such line says so). storyprec47's type conventions (apologies CONCEDE,
nuclear devices exploded MOBILIZE, impeachments ACCUSE) found more groups on rounds 2-47; 15 figures
scored on found events only (places, recipient and actor countries, dates) fell by a newly found
event's own miss (the events found before score the same) and are pinned at the new figures (each
such line says "storyprec47, found more"). storyprec48's clash of words (ACCUSE) found a group in rounds
34 and 46 sentences whose place (a country for the city) and recipients (the two parties, not named
as each other's) it misses, and its vow to veto (THREATEN) found one in round 33 stories whose recipient
("Congress") it gives the wrong country: those three figures are pinned at the new ones ("storyprec48,
found more").
such line says "storyprec47, found more"). sentrec48's two mechanisms (a vehicle used as a weapon, a document
enacted) found 33 more groups on rounds 26-49 sentences and some 20 on rounds 2-25; 22 figures scored on found
events only fell by the newly found events' own misses (mostly places: the towers of the World Trade Center hit
by hijacked airliners name no city; "The Senate" of a sanction newly found in round 43 read as South Africa's
by its sentence) and are pinned at the new figures ("sentrec48, found more"); round 40 sentences' recipient
figure fell because a group found before is now scored on the attack newly coded inside its evidence, which
names no country hit ("sentrec48, a found group scored anew"). storyframe50's blow in the passive set in fighting
found three more groups in round 48 stories; one of them (a shooting merged by dedupe into the raid told before it)
is scored on the raid's place, which the places stage misreads: round 48 stories' places are pinned at the new
figure ("storyframe50, found more"). places50's same-sentence place (an act whose chain finds no place takes
the place of the material act told before it in its sentence) changed which events dedupe merges: rounds 45
and 49 sentences' recipients fell by a newly found group's own miss, round 37 sentences' actors by an output
scored anew, round 23 stories' places by one scored pair; each line says "places50". In the thirty-first
session four more were lowered: actors51's "Mohawk Indians" found groups in round 48 stories (placed at
Québec City by "the Quebec provincial police") and round 51 stories (dated by the latest day told); places51's
"return to Kiev" read as a place took the recipient a mediation had only by that misreading (round 32
stories); round 7 sentences' recipients fell by a deployment aimed at home (sentrecip51; that round codes
none) and a newly found march read as the Czech Republic's (sentrec51). Each line says which.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import DATA
from newsevents.evaluate.probes import score_actor_probes, score_dates
from newsevents.evaluate.scorer import evaluate_file

pytestmark = pytest.mark.model

# Issue 11 (precision and types): the crosswalk that follows both blind annotators (signing is
# AGREE, resigning and releasing CONCEDE, firing on crowds ASSAULT), orders as the act ordered,
# reactions by their means and sector codes raised recall and precision on all four sets (alone:
# blind sentences 0.675/0.770 -> 0.802/0.899, stories 0.760/0.854 -> 0.799/0.893, blind2
# sentences 0.715/0.810 -> 0.788/0.903, stories 0.770/0.772 -> 0.811/0.833; with the recall
# mechanisms of the same session: 0.824/0.902, 0.808/0.894, 0.817/0.908, 0.831/0.837). The figures marked "found
# more" are measured on found events only and fell because 30-odd more events are found (mostly
# agreements signed by several countries, whose actor/recipient split the first annotator writes
# as actor = first party, recipient = the others); on the round-1 sentences every added country
# error is on a newly found event. They are pinned at the new figures (an exception to "floors
# only go up", said in the session report).
# Issue 11, fourth session (round 3 analysed; tests/test_precision.py): codes by object, predicate,
# cargo and sector, consequences and conditions not coded, accusations told with an act and by the
# name given to it, refusals and threats asserted. Recall and precision rose on all seven sets
# (sentences 0.824/0.902 -> 0.851/0.933, stories 0.808/0.894 -> 0.830/0.907, blind2 sentences
# 0.817/0.908 -> 0.848/0.946, stories 0.831/0.837 -> 0.838/0.851, blind3 sentences 0.721/0.814 ->
# 0.771/0.883, extra 0.852/0.839 -> 0.891/0.923, stories 0.656/0.841 -> 0.681/0.877). The figures
# marked "found more (4th)" are scored on found events only and fell by one or two newly found
# events each, whose speaker or place is wrong (the errors on the events found before are the same);
# they are pinned at the new figures, an exception to "floors only go up" said in the session report.
# Recipients, fifth session (tests/test_recipients_mechanisms.py): a meeting of
# coordinated parties is held by the first with the others, reciprocal phrases, people outside
# the state acted on by their own state, role words that name no one ("a general strike", "a state
# of emergency"), a state's own forces, a coup's own government. Recipient country F1 rose on all
# sets but round-4 stories (0.748 -> 0.747). Recall fell by one group on round-2 stories (0.851 ->
# 0.845) and on round-4 sentences (0.779 -> 0.776): both events were kept only because a role word
# that names no one ("a state of emergency", "a general agreement") gave them a bogus government or
# military recipient that made them political; the floor of round-2 stories is pinned at 0.84, an
# exception to "floors only go up" said in the session report.
# Recipients, sixth session (tests/test_recipients_round6.py): judgements of an act told before,
# "pulled out of X", "struck what it called X", "the country" named before, an act's agent, an
# attacked place's state, a release asked of the captor, no place target for a fight between the
# actors. Recipient country F1 rose on all ten sets; nothing else moved.
# Recipient sectors, forty-fifth session (code/statesector.py, tests/test_recip45.py): a state named
# as whom a non-violent act is aimed at is its government; a street crowd acted on is civilians.
# Every set's recipient-sector figure rose or held; each set now pins it at the merged figure.
EVENT_FLOORS: dict[str, dict[str, float]] = {
    "blind/sentences.jsonl": {
        "group_recall": 0.93,  # 0.932 (tenth session, merged); 0.923 (eighth session, merged)
        "precision": 0.94,  # 0.947 (negatives' false events counted since the twenty-seventh session; was 0.95)
        "actor_country": 0.93,  # 0.930 (thirty-third session)
        # earlier: 0.803 (sixth session, recipients round 6; 0.799 before)
        "recipient_country": 0.84,  # 0.841 (twenty-first session, merged; earlier: 0.83)
        "recipient_sector": 0.59,  # 0.591 (forty-fifth session end); start 0.433
    },
    "blind/stories.jsonl": {
        # earlier: 0.882 (sixth session, merged); 0.878 (fifth session, merged)
        "group_recall": 0.92,  # 0.921 (twenty-eighth session, merged)
        "precision": 0.92,  # 0.920 (twenty-first session, merged; earlier: 0.91)
        "actor_country": 0.95,  # 0.951 (fifteenth session, merged); 0.935 (eleventh session, merged)
        # earlier: 0.767 (sixth session, merged); 0.756 (fifth session, merged)
        # lowered in the twenty-seventh session (storyrec47): 0.812 -> 0.809 as recall rose 0.913 -> 0.917, the
        # newly found appeal (a conjunct hung low) bringing its own recipient miss; 0.812 (twenty-fifth session)
        "recipient_country": 0.83,  # 0.839 (thirty-second session); 0.824 (thirty-first session)
        # rate on found events, lowered in the fifth session: 121/135 right (117/129 at the start); lowered
        # again in the sixth: 121/136 (one more event found, "hosted by Cuba", dated otherwise than the gold)
        # earlier: 0.890 (sixth session, recall work); 0.896 (fifth session, merged)
        "dates": 0.95,  # 0.951 (twenty-seventh session, merged)
        # rate on found events, lowered in the fifth session: 87/100 right (84/95 at the start); lowered
        # again in the sixth: 87/101 (the same right count, one more event found)
        # lowered by places49: 93/105 -> 91/105. "western Iraq" now has the point of western Iraq's towns
        # (resolve/directions.py), not Iraq's, 60 km from Baghdad; the storming of the embassy and the withdrawal,
        # which the gold places in Baghdad, take western Iraq from a time clause of another act ("after U.S.
        # strikes killed 25 fighters in western Iraq"): right before only by the country's point
        "places": 0.88,  # 0.886 (thirty-second session); 0.876 (thirty-first session)
        "recipient_sector": 0.59,  # 0.595 (forty-fifth session end); start 0.479
    },
    "blind2/sentences.jsonl": {
        # earlier: 0.914 (tenth session, merged); 0.906 (seventh session, merged)
        "group_recall": 0.92,  # 0.924 (thirty-fourth session)
        "precision": 0.96,  # 0.967 (eighth session, merged); 0.954 (fifth session, merged)
        "actor_country": 0.96,  # 0.963 (thirty-third session)
        # earlier: 0.856 (sixth session, recipients round 6; 0.848 before)
        "recipient_country": 0.89,  # 0.890 (twenty-sixth session, merged)
        # rate on found events, lowered in the fifth session: 256/270 right (249/262 at the start)
        "dates": 0.97,  # 0.971 (twenty-second session, merged; earlier: 0.96)
        "recipient_sector": 0.57,  # 0.576 (forty-fifth session end); start 0.351
    },
    "blind2/stories.jsonl": {
        # earlier: 0.932 (fifteenth session, merged); 0.926 (tenth session, merged)
        "group_recall": 0.94,  # 0.946 (thirty-seventh session, merged)
        "precision": 0.94,  # 0.942 (thirty-ninth session merged); 0.932 (twenty-fourth session, merged; earlier: 0.92)
        # earlier: 0.898 (seventh session, merged); 0.890 (fifth session, merged)
        # 0.948 (storyact48: "Ten Belgian soldiers ... were also killed" after the presidential guard's killing
        # takes the guard's Rwanda, which round 12's writer codes and round 2's leaves empty); 0.951 before
        "actor_country": 0.95,  # 0.952 (thirty-sixth session end); 0.951 (twentieth session, merged; earlier: 0.94)
        # earlier: 0.763 (sixth session, recipients round 6; 0.750 before)
        "recipient_country": 0.80,  # 0.800 (twenty-eighth session, merged)
        # rate on found events, lowered in the fifth session: 77/87 right (73/82 at the start)
        "dates": 0.97,  # 0.978 (thirty-fifth session end); 0.967 (nineteenth session, merged; earlier: 0.95)
        "places": 0.93,  # 0.939 (twenty-fifth session, merged; earlier: 0.92)
        "recipient_sector": 0.65,  # 0.653 (forty-fifth session end); start 0.505
    },
    # third round: blind until the end of the session of 2026-12-03 (tests/data/blind3/README.md)
    "blind3/sentences.jsonl": {
        # earlier: 0.897 (seventh session, merged); 0.880 (fifth session, merged)
        "group_recall": 0.93,  # 0.930 (forty-fourth session end); 0.920 (twenty-fifth session, merged; earlier: 0.91)
        # earlier: 0.932 (fourteenth session, merged); 0.921 (eighth session, merged)
        "precision": 0.94,  # 0.942 (forty-fourth session end)
        "actor_country": 0.95,  # 0.952 (seventeenth session, merged; earlier: 0.94)
        # earlier: 0.816 (sixth session, recipients round 6; 0.803 before)
        # lowered by places47: 0.8416 -> 0.8398, the Alma-Ata riot now found (recall 277 -> 278 of 301) and placed,
        # its recipient the people of the place (KAZ) where the gold has Moscow (RUS); 0.842 (twenty-sixth session)
        "recipient_country": 0.85,  # 0.850 (thirty-third session); 0.842 (twenty-eighth session, merged)
        # rate on found events, lowered in the fifth session: 212/225 right (204/214 at the start)
        "dates": 0.98,  # 0.983 (twenty-fourth session, merged; earlier: 0.97)
        "places": 0.95,  # 0.955 (twenty-ninth session, merged)
        "recipient_sector": 0.49,  # 0.498 (forty-fifth session end); start 0.327
    },
    "blind3/sentences_extra.jsonl": {
        "group_recall": 0.92,  # 0.922 (fifth session, merged)
        "precision": 0.96,  # 0.963 (twenty-sixth session, merged); 0.956 (twenty-fourth session, merged; earlier: 0.94)
        "actor_country": 0.90,  # 0.903 (twenty-eighth session, merged)
        # earlier: 0.824 (seventh session, merged); 0.814 (fifth session, merged)
        "recipient_country": 0.85,  # 0.852 (twenty-fourth session, merged; earlier: 0.84)
        "dates": 0.99,  # 0.991 (twenty-fourth session, merged); 0.982 (twenty-second session, merged; earlier: 0.97)
        "places": 0.91,  # 0.917 (twenty-seventh session, merged); 0.905 (nineteenth session, merged; earlier: 0.89)
        "recipient_sector": 0.52,  # 0.523 (forty-fifth session end); start 0.486
    },
    "blind3/stories.jsonl": {
        # earlier: 0.775 (sixth session, merged); 0.769 (fifth session, merged)
        # earlier: 0.800 (eleventh session, merged); 0.794 (tenth session, merged)
        "group_recall": 0.81,  # 0.812 (thirty-eighth session end)
        "precision": 0.91,  # 0.911 (twenty-fourth session, merged; earlier: 0.90)
        "actor_country": 0.94,  # 0.943 (fifteenth session, merged); 0.921 (seventh session, merged)
        # earlier: 0.670 (sixth session, recipients round 6; 0.657 before)
        "recipient_country": 0.81,  # 0.811 (forty-first session end); 0.809 (thirty-first session)
        "dates": 0.98,  # 0.981 (twenty-seventh session, merged)
        # rate on found events, lowered in the fifth session: 76/96 right
        # (77/95 at the start: a misparsed "X's military seized power" is now found and placed at the country)
        # earlier: 0.812 (seventh session, whenwhere8); 0.792 (fifth session, merged)
        # earlier: 0.869 (twenty-seventh session, merged); 0.859 (twenty-sixth session, merged)
        "places": 0.87,  # 0.870 (thirty-eighth session end)
        "recipient_sector": 0.56,  # 0.562 (forty-fifth session end); start 0.464
    },
    # fourth round: blind until the end of the fourth session of 2026-12-03 (tests/data/blind4/README.md)
    "blind4/sentences.jsonl": {
        # earlier: 0.852 (sixth session, merged); 0.837 (fifth session, merged)
        "group_recall": 0.88,  # 0.881 (thirtieth session, merged)
        "precision": 0.94,  # 0.941 (twenty-seventh session, merged)
        "actor_country": 0.90,  # 0.901 (thirtieth session, merged)
        # earlier: 0.728 (sixth session, merged); 0.702 (fifth session, merged)
        "recipient_country": 0.80,  # 0.805 (fortieth session end); 0.790 (twenty-seventh session, merged)
        # earlier: 0.959 (seventh session, whenwhere8); 0.953 (fifth session, merged)
        "dates": 0.98,  # 0.980 (twenty-fourth session, merged; earlier: 0.97)
        # earlier: 0.811 (seventh session, merged); 0.801 (sixth session, merged); 0.767 (fifth session, merged)
        "places": 0.88,  # 0.883 (twenty-seventh session, merged)
        "recipient_sector": 0.52,  # 0.529 (forty-fifth session end); start 0.397
    },
    "blind4/stories.jsonl": {
        # earlier: 0.812 (sixth session, recall work); 0.798 (fifth session, merged)
        # earlier: 0.832 (tenth session, merged); 0.822 (seventh session, merged)
        "group_recall": 0.84,  # 0.841 (thirty-ninth session merged)
        "precision": 0.89,  # 0.893 (twenty-eighth session, merged)
        # earlier: 0.852 (seventh session, merged); 0.846 (sixth session); 0.843 (fifth session, merged)
        "actor_country": 0.92,  # 0.925 (thirtieth session, merged); 0.911 (twenty-eighth session, merged)
        # earlier: 0.754 (sixth session, merged); 0.746 (fifth session, merged)
        # 0.808 (storyact48: the Australian diplomat named in apposition to "the mission's top civilian
        # official" is Australia's now, actor F1 up, and his appeal's recipient, "militants", is read as
        # Australia's); 0.813 before
        # earlier: 0.827 (thirty-first session); 0.813 (twentieth session, merged; earlier: 0.80)
        "recipient_country": 0.84,  # 0.841 (forty-first session end); 0.831 (thirty-eighth session end)
        # earlier: 0.951 (tenth session, merged); 0.942 (sixth session); 0.941 (fifth session, merged)
        "dates": 0.96,  # 0.965 (thirty-fourth session)
        # rate on found events, lowered in the sixth session: 101/119 right (100/117 before)
        # earlier: 0.866 (seventh session, whenwhere8); 0.849 (sixth session, recall work)
        "places": 0.92,  # 0.926 (twenty-ninth session, merged)
        "recipient_sector": 0.62,  # 0.629 (forty-fifth session end); start 0.510
    },
    # fifth round: blind until the end of the fifth session of 2026-12-03 (tests/data/blind5/README.md)
    "blind5/sentences.jsonl": {
        # sixth session (recall work; round 5 analysed since): "NAIROBI - " datelines cut off the body
        # earlier: 0.892 (sixth session); 0.830 (end of the fifth; start 0.799)
        "group_recall": 0.93,  # 0.932 (twelfth session, merged); 0.926 (tenth session, merged)
        # earlier: 0.912 (sixth session); 0.905 (end of the fifth; start 0.893)
        "precision": 0.96,  # 0.961 (forty-second session end); 0.955 (twenty-fifth session, merged; earlier: 0.94)
        "actor_country": 0.96,  # 0.964 (twenty-eighth session, merged)
        # earlier: 0.839 (sixth session, merged); 0.809 (end of the fifth; start 0.785)
        "recipient_country": 0.88,  # 0.883 (thirty-first session); 0.872 (twenty-first session, merged; earlier: 0.86)
        "dates": 0.98,  # 0.986 (twenty-second session, merged; earlier: 0.97)
        "places": 0.93,  # 0.933 (twenty-ninth session, merged)
        "recipient_sector": 0.59,  # 0.593 (forty-fifth session end); start 0.440
    },
    "blind5/stories.jsonl": {
        # earlier: 0.796 (sixth session, merged); 0.749 (start of the fifth session 0.695)
        "group_recall": 0.87,  # 0.874 (fifteenth session, merged); 0.862 (tenth session, merged)
        # earlier: 0.775 (sixth session, merged); 0.711 (start of the fifth session 0.701)
        "precision": 0.82,  # 0.823 (twenty-first session, merged; earlier: 0.81)
        # rate on found events, lowered in the sixth session: merged, tp 108 fp 13 fn 15 (105 / 9 / 10 at its
        # start; 8 more groups found); the events found anew have actors the gold gives otherwise (a crowd in
        # "the Heliopolis district", which the gazetteer places in Algeria; a person taken, told with no actor;
        # passive travel bans and suspended ties whose state is not named)
        # earlier: 0.885 (sixth session, merged); 0.917 (end of the fifth; start 0.910)
        "actor_country": 0.91,  # 0.911 (twenty-eighth session, merged)
        # earlier: 0.787 (sixth session); 0.786 (end of the fifth; start 0.743)
        "recipient_country": 0.84,  # 0.843 (twenty-eighth session, merged)
        "dates": 0.89,  # 0.899 (thirtieth session, merged)
        # rate on found events, lowered in the sixth session: merged, 78/95 right (76/88 at its start)
        "places": 0.86,  # 0.863 (thirty-ninth session merged); 0.853 (twenty-fifth session, merged; earlier: 0.84)
        "recipient_sector": 0.60,  # 0.606 (forty-fifth session end); start 0.528
    },
    # round 6: written in the sixth session by new annotators, sealed, scored at its start (39ca218) and end
    # (05562d8); tests/data/blind6/README.md
    "blind6/sentences.jsonl": {
        # earlier: 0.894 (seventh session, merged); 0.863 (start of the sixth session 0.857)
        "group_recall": 0.91,  # 0.913 (fourteenth session, merged); 0.900 (eighth session, merged)
        # earlier: 0.931 (seventh session, merged); 0.920 (start of the sixth session 0.912)
        "precision": 0.95,  # 0.954 (negatives' false events counted since the twenty-seventh session; was 0.96)
        "actor_country": 0.94,  # 0.945 (fifteenth session, merged); 0.936 (seventh session, merged)
        "recipient_country": 0.82,  # 0.821 (twenty-first session, merged; earlier: 0.81)
        "dates": 0.97,  # 0.976 (seventh session, whenwhere8); 0.959 (start of the sixth session 0.959)
        # earlier: 0.526 (seventh session, whenwhere8); 0.474 (start of the sixth session 0.474)
        "places": 0.78,  # 0.781 (twenty-ninth session, merged); 0.762 (twenty-seventh session, merged)
        "recipient_sector": 0.58,  # 0.587 (forty-fifth session end); start 0.396
    },
    "blind6/stories.jsonl": {
        # earlier: 0.848 (seventh session, merged); 0.773 (start of the sixth session 0.758)
        "group_recall": 0.89,  # 0.894 (thirty-eighth session end); 0.884 (twenty-fifth session, merged; earlier: 0.87)
        # earlier: 0.830 (seventh session, merged); 0.806 (start of the sixth session 0.793)
        "precision": 0.88,  # 0.880 (twenty-fourth session, merged; earlier: 0.87)
        "actor_country": 0.94,  # 0.943 (twenty-ninth session, merged); 0.935 (twenty-sixth session, merged)
        # earlier: 0.794 (seventh session, merged); 0.748 (start of the sixth session 0.736)
        # earlier: 0.852 (thirty-first session); 0.842 (twenty-sixth session, merged)
        "recipient_country": 0.86,  # 0.861 (thirty-ninth session merged)
        "dates": 0.94,  # 0.946 (twenty-eighth session, merged)
        # earlier: 0.827 (seventh session, whenwhere8); 0.800 (start of the sixth session 0.798)
        "places": 0.89,  # 0.894 (thirty-second session)
        "recipient_sector": 0.60,  # 0.604 (forty-fifth session end); start 0.484
    },
    # round 7: written in the sixth session by new annotators, sealed, scored at its start (39ca218) and end
    # (05562d8); tests/data/blind7/README.md
    "blind7/sentences.jsonl": {
        # earlier: 0.889 (seventh session, merged); 0.873 (start of the sixth session 0.870)
        "group_recall": 0.91,  # 0.910 (thirty-first session)
        # earlier: 0.912 (seventh session, merged); 0.903 (start of the sixth session 0.896)
        "precision": 0.92,  # 0.927 (eighth session, merged)
        "actor_country": 0.88,  # 0.882 (fifteenth session, merged); 0.870 (thirteenth session, merged)
        # 0.830 (twenty-seventh session, merged); 0.826 at the thirty-first session's end: a deployment that
        # names no one aimed at home (sentrecip51; this round codes none) and a newly found march by students
        # read as the Czech Republic's where the writer codes Czechoslovakia (sentrec51)
        "recipient_country": 0.82,
        "dates": 0.98,  # 0.980 (eighth session, merged); 0.979 (start of the sixth session 0.979)
        "places": 0.98,  # 0.981 (twenty-ninth session, merged)
        "recipient_sector": 0.50,  # 0.508 (forty-fifth session end); start 0.346
    },
    "blind7/stories.jsonl": {
        # earlier: 0.795 (seventh session, merged); 0.750 (start of the sixth session 0.718)
        "group_recall": 0.85,  # 0.853 (seventeenth session, merged; earlier: 0.84)
        "precision": 0.86,  # 0.864 (twenty-fifth session, merged); 0.852 (seventeenth session, merged; earlier: 0.84)
        # earlier: 0.899 (seventh session, merged); 0.890 (start of the sixth session 0.902)
        "actor_country": 0.96,  # 0.962 (twenty-ninth session, merged)
        # earlier: 0.789 (seventh session, merged); 0.760 (start of the sixth session 0.762)
        "recipient_country": 0.85,  # 0.854 (thirty-first session); 0.849 (thirtieth session, merged)
        # earlier: 0.961 (twenty-ninth session, merged); 0.951 (twenty-first session, merged; earlier: 0.94)
        "dates": 0.97,  # 0.971 (thirty-fourth session)
        # earlier: 0.798 (seventh session, whenwhere8); 0.774 (start of the sixth session 0.762)
        "places": 0.84,  # 0.844 (twenty-sixth session, merged)
        "recipient_sector": 0.60,  # 0.604 (forty-fifth session end); start 0.519
    },
    # rounds 8 and 9: written in the seventh session by new annotators, sealed, scored at its start (c597f77)
    # and end (9bbe4a7); tests/data/blind8/README.md, tests/data/blind9/README.md
    "blind8/sentences.jsonl": {
        "group_recall": 0.88,  # 0.880 (twenty-sixth session, merged)
        "precision": 0.95,  # 0.957 (twenty-seventh session, merged); 0.941 (seventeenth session, merged; earlier: 0.93)
        "actor_country": 0.93,  # 0.932 (thirty-third session); 0.925 (nineteenth session, merged; earlier: 0.91)
        "recipient_country": 0.86,  # 0.862 (thirty-ninth session merged); 0.852 (twenty-eighth session, merged)
        "dates": 0.98,  # 0.982 (twenty-fourth session, merged); 0.973 (twenty-first session, merged; earlier: 0.95)
        # sentrec47, found more: +2 groups, the order newly found placed at the dateline capital, not the region its
        # forces go to
        "places": 0.97,  # 0.975 (twenty-seventh session, merged); 0.933 (sentrec47; was 0.94)
        "recipient_sector": 0.59,  # 0.596 (forty-fifth session end); start 0.404
    },
    "blind8/stories.jsonl": {
        "group_recall": 0.84,  # 0.840 (thirty-eighth session end); 0.833 (seventeenth session, merged; earlier: 0.82)
        # earlier: 0.877 (thirty-first session); 0.862 (twenty-seventh session, merged)
        "precision": 0.88,  # 0.880 (forty-first session end)
        "actor_country": 0.89,  # 0.892 (nineteenth session, merged; earlier: 0.88)
        "recipient_country": 0.80,  # 0.804 (thirty-third session); 0.785 (twenty-fourth session, merged; earlier: 0.77)
        # earlier: 0.901 (thirty-second session); 0.887 (twenty-seventh session, merged)
        "dates": 0.91,  # 0.915 (thirty-fourth session)
        # earlier: 0.791 (eighth session, places9; analysed); 0.744 (start of the seventh session 0.762)
        "places": 0.94,  # 0.940 (twenty-fifth session, merged); 0.920 (seventeenth session, merged; earlier: 0.91)
        "recipient_sector": 0.60,  # 0.603 (forty-fifth session end); start 0.411
    },
    "blind9/sentences.jsonl": {
        "group_recall": 0.87,  # 0.870 (twentieth session, merged; earlier: 0.86)
        "precision": 0.91,  # 0.915 (negatives' false events counted since the twenty-seventh session; was 0.92)
        "actor_country": 0.94,  # 0.942 (twenty-eighth session, merged)
        "recipient_country": 0.85,  # 0.853 (thirty-first session)
        "dates": 0.98,  # 0.981 (twenty-third session, merged; earlier: 0.97)
        # earlier: 0.875 (eighth session, places9); 0.856 (start of the seventh session 0.863)
        "places": 0.96,  # 0.966 (thirty-third session); 0.957 (thirty-first session)
        "recipient_sector": 0.50,  # 0.502 (forty-fifth session end); start 0.323
    },
    "blind9/sentences_reserve.jsonl": {
        # earlier: 0.891 (fourteenth session, merged); 0.880 (tenth session, merged)
        "group_recall": 0.90,  # 0.904 (thirty-fourth session)
        "precision": 0.91,  # 0.910 (thirty-first session)
        "actor_country": 0.88,  # 0.881 (twenty-seventh session, merged)
        # 0.78, the one floor lowered (eighth session): with resignations coded RETREAT, PLOVER's own
        # convention (docs/verb-frames.md, 0831), 8 more of this set's resignations match, and their
        # recipients are coded both ways by this annotator (own country for 2, none for 6): 0.794 -> 0.789,
        # while recall rose 0.848 -> 0.864 and precision 0.874 -> 0.892
        "recipient_country": 0.82,  # 0.822 (twenty-seventh session, merged)
        "dates": 0.98,  # 0.983 (twenty-first session, merged; earlier: 0.97)
        "places": 0.93,  # 0.933 (forty-third session end); 0.928 (twenty-ninth session, merged)
        "recipient_sector": 0.51,  # 0.511 (forty-fifth session end); start 0.403
    },
    "blind9/stories.jsonl": {
        "group_recall": 0.81,  # 0.815 (twenty-seventh session, merged)
        "precision": 0.82,  # 0.821 (twenty-seventh session, merged)
        "actor_country": 0.90,  # 0.908 (twenty-ninth session, merged)
        "recipient_country": 0.75,  # 0.753 (thirty-second session); 0.748 (twenty-seventh session, merged)
        "dates": 0.85,  # 0.851 (twenty-fourth session, merged); 0.849 (twenty-third session, merged; earlier: 0.83)
        "places": 0.84,  # 0.842 (twenty-fourth session, merged; earlier: 0.83)
        "recipient_sector": 0.50,  # 0.500 (forty-fifth session end); start 0.395
    },
    # rounds 10 and 11: written at the start of the eighth session, sealed, scored at its start (2fd93a6) and end
    "blind10/sentences.jsonl": {
        # earlier: 0.881 (twenty-eighth session, merged); 0.875 (twenty-seventh session, merged)
        "group_recall": 0.89,  # 0.892 (fortieth session end)
        "precision": 0.95,  # 0.951 (twenty-ninth session, merged)
        "actor_country": 0.92,  # 0.920 (twenty-fourth session, merged; earlier: 0.91)
        "recipient_country": 0.88,  # 0.882 (thirty-first session); 0.873 (twenty-fourth session, merged; earlier: 0.86)
        "dates": 0.98,  # 0.980 (twenty-fifth session, merged); 0.972 (twenty-first session, merged; earlier: 0.96)
        "places": 0.91,  # 0.917 (twenty-seventh session, merged)
        "recipient_sector": 0.65,  # 0.658 (forty-fifth session end); start 0.457
    },
    "blind10/stories.jsonl": {
        # earlier: 0.824 (forty-first session end); 0.815 (twenty-fourth session, merged; earlier: 0.80)
        "group_recall": 0.83,  # 0.832 (forty-fourth session end)
        # earlier: 0.852 (twenty-sixth session, merged); 0.840 (twenty-second session, merged; earlier: 0.82)
        "precision": 0.86,  # 0.866 (forty-fourth session end)
        "actor_country": 0.90,  # 0.907 (twenty-ninth session, merged); 0.897 (twenty-eighth session, merged)
        "recipient_country": 0.78,  # 0.786 (thirty-first session); 0.776 (twenty-third session, merged; earlier: 0.76)
        "dates": 0.98,  # 0.982 (nineteenth session, merged; earlier: 0.92)
        "places": 0.81,  # 0.810 (forty-fourth session end); 0.807 (twenty-seventh session, merged)
        "recipient_sector": 0.61,  # 0.616 (forty-fifth session end); start 0.466
    },
    "blind11/sentences.jsonl": {
        "group_recall": 0.90,  # 0.902 (forty-fourth session end); 0.891 (twenty-sixth session, merged)
        "precision": 0.95,  # 0.950 (twenty-third session, merged); 0.942 (eighteenth session, merged; earlier: 0.93)
        "actor_country": 0.92,  # 0.922 (twenty-eighth session, merged)
        "recipient_country": 0.86,  # 0.861 (thirty-first session); 0.851 (twenty-fourth session, merged; earlier: 0.84)
        "dates": 0.97,  # 0.971 (forty-third session end); 0.967 (twenty-second session, merged; earlier: 0.95)
        "places": 0.92,  # 0.920 (thirty-fourth session); 0.914 (twenty-ninth session, merged)
        "recipient_sector": 0.52,  # 0.525 (forty-fifth session end); start 0.374
    },
    "blind11/stories.jsonl": {
        # earlier: 0.722 (twenty-second session, merged; earlier: 0.71)
        "group_recall": 0.73,  # 0.730 (thirty-seventh session, merged)
        "precision": 0.91,  # 0.913 (twenty-first session, merged; earlier: 0.90)
        "actor_country": 0.88,  # 0.886 (twenty-eighth session, merged)
        "recipient_country": 0.79,  # 0.790 (thirty-second session); 0.782 (twenty-eighth session, merged)
        "dates": 0.96,  # 0.963 (forty-third session end); 0.950 (thirty-second session)
        # earlier: 0.723 (thirty-first session); 0.703 (twenty-fifth session, merged; earlier: 0.68)
        # earlier: 0.769 (forty-first session end); 0.754 (thirty-ninth session merged)
        "places": 0.78,  # 0.785 (forty-fifth session end)
        "recipient_sector": 0.58,  # 0.590 (forty-fifth session end); start 0.410
    },
    # rounds 12 and 13: written in the ninth session, sealed, scored at its start (4033f8d) and end
    "blind12/sentences.jsonl": {
        "group_recall": 0.89,  # 0.890 (thirty-fifth session end); 0.882 (twenty-seventh session, merged)
        # earlier: 0.944 (twenty-fifth session, merged); 0.933 (eighteenth session, merged; earlier: 0.92)
        "precision": 0.95,  # 0.951 (thirty-fifth session end)
        "actor_country": 0.94,  # 0.947 (twentieth session, merged; earlier: 0.93)
        "recipient_country": 0.87,  # 0.870 (twenty-second session, merged; earlier: 0.86)
        "dates": 0.98,  # 0.984 (twenty-fourth session, merged); 0.972 (twenty-second session, merged; earlier: 0.96)
        "places": 0.84,  # 0.844 (thirty-second session)
        "recipient_sector": 0.57,  # 0.577 (forty-fifth session end); start 0.390
    },
    "blind12/stories.jsonl": {
        "group_recall": 0.78,  # 0.788 (thirty-eighth session end); 0.774 (twenty-eighth session, merged)
        "precision": 0.90,  # 0.904 (twenty-seventh session, merged)
        "actor_country": 0.95,  # 0.953 (twenty-eighth session, merged)
        "recipient_country": 0.83,  # 0.835 (thirty-first session); 0.825 (twenty-seventh session, merged)
        "dates": 0.98,  # 0.982 (twenty-seventh session, merged); 0.964 (twenty-first session, merged; earlier: 0.92)
        "places": 0.85,  # 0.857 (thirty-ninth session merged); 0.833 (thirtieth session, merged)
        "recipient_sector": 0.58,  # 0.583 (forty-fifth session end); start 0.512
    },
    "blind13/sentences.jsonl": {
        "group_recall": 0.87,  # 0.870 (thirty-eighth session end); 0.862 (twenty-eighth session, merged)
        "precision": 0.94,  # 0.943 (twenty-fifth session, merged); 0.937 (nineteenth session, merged; earlier: 0.92)
        "actor_country": 0.93,  # 0.930 (twenty-fifth session, merged; earlier: 0.92)
        "recipient_country": 0.87,  # 0.873 (thirty-eighth session end); 0.863 (twenty-eighth session, merged)
        "dates": 0.96,  # 0.963 (twenty-second session, merged); 0.941 (twentieth session, merged; earlier: 0.93)
        # earlier: 0.902 (twenty-ninth session, merged); 0.896 (twenty-seventh session, merged)
        "places": 0.91,  # 0.915 (forty-second session end)
        "recipient_sector": 0.65,  # 0.653 (forty-fifth session end); start 0.457
    },
    "blind13/stories.jsonl": {
        "group_recall": 0.83,  # 0.831 (thirty-first session); 0.821 (twenty-second session, merged; earlier: 0.81)
        "precision": 0.93,  # 0.930 (thirty-first session)
        "actor_country": 0.92,  # 0.922 (fortieth session end); 0.911 (twenty-eighth session, merged)
        "recipient_country": 0.75,  # 0.757 (thirty-second session); 0.742 (twenty-ninth session, merged)
        "dates": 0.94,  # 0.947 (twenty-second session, merged); 0.933 (twenty-first session, merged; earlier: 0.92)
        "places": 0.79,  # 0.794 (thirtieth session, merged)
        "recipient_sector": 0.56,  # 0.562 (forty-fifth session end); start 0.391
    },
    # rounds 14 and 15: written in the tenth session, sealed, scored at its start (aebfda4) and end
    "blind14/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (fortieth session end); 0.863 (twenty-seventh session, merged)
        "precision": 0.95,  # 0.950 (twenty-third session, merged; earlier: 0.94)
        "actor_country": 0.92,  # 0.921 (thirty-third session); 0.911 (twentieth session, merged; earlier: 0.90)
        "recipient_country": 0.87,  # 0.870 (twenty-eighth session, merged)
        "dates": 0.97,  # 0.977 (twenty-seventh session, merged); 0.969 (storyprec47, found more); before 0.97: 0.973
        "places": 0.95,  # 0.950 (twenty-ninth session, merged)
        "recipient_sector": 0.60,  # 0.602 (forty-fifth session end); start 0.451
    },
    "blind14/stories.jsonl": {
        "group_recall": 0.80,  # 0.803 (twenty-ninth session, merged); 0.796 (twenty-seventh session, merged)
        "precision": 0.82,  # 0.822 (twenty-seventh session, merged); 0.811 (twenty-sixth session, merged)
        "actor_country": 0.90,  # 0.903 (twenty-ninth session, merged)
        # earlier: 0.818 (thirty-first session); 0.804 (twenty-second session, merged; earlier: 0.79)
        "recipient_country": 0.82,  # 0.820 (thirty-eighth session end)
        "dates": 0.89,  # 0.897 (forty-fifth session end); 0.885 (twenty-eighth session, merged)
        "places": 0.82,  # 0.824 (twentieth session, merged; earlier: 0.79)
        "recipient_sector": 0.56,  # 0.564 (forty-fifth session end); start 0.447
    },
    "blind15/sentences.jsonl": {
        "group_recall": 0.86,  # 0.863 (twenty-seventh session, merged)
        "precision": 0.94,  # 0.943 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.923 (twentieth session, merged; earlier: 0.91)
        # earlier: 0.860 (thirty-first session); 0.850 (twentieth session, merged; earlier: 0.83)
        "recipient_country": 0.87,  # 0.870 (forty-fifth session end)
        "dates": 0.99,  # 0.995 (thirty-third session)
        # earlier: 0.815 (thirty-ninth session merged); 0.808 (twenty-seventh session, merged)
        "places": 0.82,  # 0.823 (forty-third session end)
        "recipient_sector": 0.59,  # 0.593 (forty-fifth session end); start 0.397
    },
    "blind15/stories.jsonl": {
        "group_recall": 0.84,  # 0.843 (thirty-eighth session end); 0.832 (twenty-eighth session, merged)
        "precision": 0.89,  # 0.892 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.936 (thirty-first session); 0.922 (twenty-ninth session, merged)
        # earlier: 0.852 (thirty-first session); 0.844 (twenty-sixth session, merged)
        "recipient_country": 0.86,  # 0.861 (forty-first session end)
        "dates": 0.93,  # 0.938 (thirtieth session, merged)
        "places": 0.86,  # 0.861 (sentrec48, found more); was 0.87: 0.871
        "recipient_sector": 0.61,  # 0.615 (forty-fifth session end); start 0.451
    },
    # rounds 16 and 17: written in the eleventh session, sealed, scored at its start (d2ebfe5) and end
    "blind16/sentences.jsonl": {
        # earlier: 0.882 (twenty-seventh session, merged); 0.873 (twenty-sixth session, merged)
        "group_recall": 0.89,  # 0.891 (thirty-sixth session end)
        "precision": 0.95,  # 0.955 (twenty-seventh session, merged)
        "actor_country": 0.94,  # 0.942 (twentieth session, merged; earlier: 0.93)
        "recipient_country": 0.89,  # 0.890 (twenty-seventh session, merged)
        "dates": 0.99,  # 0.992 (twentieth session, merged); 0.987 (start of the eleventh session 0.987)
        # earlier: 0.926 (twenty-eighth session, merged); 0.918 (sentrec48, found more); was 0.92: 0.925
        "places": 0.94,  # 0.943 (forty-fifth session end); 0.934 (forty-third session end)
        "recipient_sector": 0.55,  # 0.559 (forty-fifth session end); start 0.347
    },
    "blind16/stories.jsonl": {
        "group_recall": 0.81,  # 0.810 (twenty-seventh session, merged)
        "precision": 0.93,  # 0.934 (twenty-seventh session, merged); 0.922 (eighteenth session, merged; earlier: 0.91)
        "actor_country": 0.97,  # 0.976 (thirtieth session, merged); 0.960 (twenty-seventh session, merged)
        "recipient_country": 0.76,  # 0.764 (twenty-seventh session, merged)
        "dates": 0.91,  # 0.912 (twenty-seventh session, merged); 0.891 (nineteenth session, merged; earlier: 0.85)
        "places": 0.85,  # 0.854 (twenty-seventh session, merged); 0.830 (twenty-fifth session, merged; earlier: 0.80)
        "recipient_sector": 0.54,  # 0.549 (forty-fifth session end); start 0.422
    },
    "blind17/sentences.jsonl": {
        "group_recall": 0.84,  # 0.841 (twenty-eighth session, merged); 0.832 (twenty-seventh session, merged)
        "precision": 0.92,  # 0.922 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.921 (thirtieth session, merged); 0.920 (sentrec48, found more); was 0.92: 0.921
        "recipient_country": 0.83,  # 0.831 (twenty-sixth session, merged)
        "dates": 0.97,  # 0.971 (fortieth session end); 0.963 (twenty-third session, merged; earlier: 0.95)
        "places": 0.90,  # 0.903 (thirty-second session); 0.896 (sentrec48, found more); was 0.9: 0.901
        "recipient_sector": 0.58,  # 0.582 (forty-fifth session end); start 0.431
    },
    "blind17/stories.jsonl": {
        "group_recall": 0.83,  # 0.834 (fortieth session end); 0.822 (twenty-second session, merged; earlier: 0.81)
        "precision": 0.93,  # 0.933 (twenty-fifth session, merged; earlier: 0.92)
        "actor_country": 0.93,  # 0.930 (twentieth session, merged; earlier: 0.92)
        "recipient_country": 0.78,  # 0.783 (thirty-second session); 0.774 (twenty-ninth session, merged)
        "dates": 0.93,  # 0.934 (twenty-fourth session, merged); 0.923 (twenty-first session, merged; earlier: 0.87)
        "places": 0.96,  # 0.964 (thirty-first session)
        "recipient_sector": 0.56,  # 0.560 (forty-fifth session end); start 0.440
    },
    # rounds 18 and 19: written in the twelfth session, sealed, scored at its start (35fa380) and end
    "blind18/sentences.jsonl": {
        "group_recall": 0.86,  # 0.861 (twenty-fourth session, merged; earlier: 0.85)
        "precision": 0.94,  # 0.945 (negatives' false events counted since the twenty-seventh session; was 0.95)
        "actor_country": 0.95,  # 0.953 (eighteenth session, merged; earlier: 0.94)
        "recipient_country": 0.87,  # 0.870 (twenty-seventh session, merged)
        "dates": 0.98,  # 0.980 (thirty-second session)
        # earlier: 0.833 (thirtieth session, merged); 0.821 (sentrec48, found more); was 0.83: 0.831
        "places": 0.84,  # 0.840 (thirty-fifth session end)
        "recipient_sector": 0.53,  # 0.535 (forty-fifth session end); start 0.337
    },
    "blind18/stories.jsonl": {
        "group_recall": 0.80,  # 0.803 (thirty-second session)
        "precision": 0.87,  # 0.871 (thirty-second session); 0.865 (twenty-ninth session, merged)
        "actor_country": 0.94,  # 0.943 (twenty-ninth session, merged)
        "recipient_country": 0.78,  # 0.788 (thirty-first session); 0.763 (twenty-ninth session, merged)
        "dates": 0.95,  # 0.955 (twentieth session, merged; earlier: 0.93)
        "places": 0.85,  # 0.852 (thirty-first session); 0.836 (twenty-ninth session, merged)
        "recipient_sector": 0.45,  # 0.455 (forty-fifth session end); start 0.333
    },
    "blind19/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (thirty-fifth session end); 0.865 (twenty-eighth session, merged)
        "precision": 0.93,  # 0.931 (twenty-ninth session, merged)
        # earlier: 0.924 (twentieth session, merged; earlier: 0.91)
        "actor_country": 0.93,  # 0.930 (thirty-seventh session, merged)
        "recipient_country": 0.85,  # 0.851 (fortieth session end); 0.843 (twenty-fourth session, merged; earlier: 0.83)
        "dates": 0.99,  # 0.992 (twenty-fifth session, merged; earlier: 0.98)
        "places": 0.91,  # 0.919 (twenty-ninth session, merged)
        "recipient_sector": 0.58,  # 0.587 (forty-fifth session end); start 0.396
    },
    "blind19/stories.jsonl": {
        # earlier: 0.852 (twenty-fifth session, merged; earlier: 0.84)
        "group_recall": 0.87,  # 0.870 (fortieth session end); 0.864 (thirty-ninth session merged)
        "precision": 0.89,  # 0.892 (twenty-first session, merged; earlier: 0.88)
        "actor_country": 0.96,  # 0.960 (twenty-fifth session, merged; earlier: 0.95)
        "recipient_country": 0.83,  # 0.831 (forty-first session end); 0.820 (twenty-seventh session, merged)
        # sentrec47, found more: +1 group; an earlier sentence's "by the evening" read against the order newly found
        "dates": 0.95,  # 0.952 (thirty-fifth session end); 0.940 (thirty-fourth session); 0.928 (sentrec47; was 0.93)
        "places": 0.94,  # 0.942 (twenty-seventh session, merged); 0.926 (twenty-fifth session, merged; earlier: 0.91)
        "recipient_sector": 0.49,  # 0.496 (forty-fifth session end); start 0.362
    },
    # rounds 20 and 21: written in the thirteenth session, sealed, scored at its start (d02cb49) and end
    "blind20/sentences.jsonl": {
        # earlier: 0.874 (twenty-fourth session, merged; earlier: 0.86)
        "group_recall": 0.88,  # 0.883 (thirty-seventh session, merged)
        "precision": 0.96,  # 0.961 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.920 (thirty-third session); 0.911 (nineteenth session, merged; earlier: 0.90)
        # earlier: 0.804 (fifteenth session, merged); 0.772 (start of the thirteenth session 0.770)
        "recipient_country": 0.81,  # 0.812 (thirty-sixth session end)
        "dates": 0.98,  # 0.980 (twenty-fourth session, merged; earlier: 0.97)
        "places": 0.79,  # 0.791 (forty-third session end); 0.781 (twenty-seventh session, merged)
        "recipient_sector": 0.50,  # 0.506 (forty-fifth session end); start 0.349
    },
    "blind20/sentences_reserve.jsonl": {
        "group_recall": 0.93,  # 0.937 (fifteenth session, merged); 0.921 (start of the thirteenth session 0.921)
        "precision": 0.98,  # 0.985 (twenty-fifth session, merged; earlier: 0.97)
        "actor_country": 0.94,  # 0.940 (thirtieth session, merged)
        "recipient_country": 0.90,  # 0.904 (start of the thirteenth session 0.904)
        "dates": 1.00,  # 1.000 (fourteenth session, merged); 1.000 (start of the thirteenth session 1.000)
        "places": 0.91,  # 0.918 (forty-third session end); 0.898 (twenty-ninth session, merged)
        "recipient_sector": 0.44,  # 0.442 (forty-fifth session end); start 0.423
    },
    "blind20/stories.jsonl": {
        # earlier: 0.830 (twenty-seventh session, merged); 0.825 (twenty-sixth session, merged)
        "group_recall": 0.84,  # 0.842 (forty-first session end)
        "precision": 0.85,  # 0.851 (nineteenth session, merged); 0.842 (seventeenth session, merged; earlier: 0.83)
        "actor_country": 0.91,  # 0.914 (twenty-ninth session, merged); 0.906 (twenty-eighth session, merged)
        "recipient_country": 0.76,  # 0.763 (thirty-second session); 0.753 (thirtieth session, merged)
        "dates": 0.93,  # 0.931 (twenty-fourth session, merged; earlier: 0.91)
        "places": 0.78,  # 0.780 (thirty-eighth session end); 0.775 (twenty-seventh session, merged)
        "recipient_sector": 0.56,  # 0.560 (forty-fifth session end); start 0.440
    },
    "blind21/sentences.jsonl": {
        "group_recall": 0.85,  # 0.850 (twenty-ninth session, merged); 0.846 (twenty-sixth session, merged)
        "precision": 0.96,  # 0.960 (thirty-fifth session end); 0.952 (nineteenth session, merged; earlier: 0.94)
        "actor_country": 0.91,  # 0.911 (twentieth session, merged; earlier: 0.90)
        "recipient_country": 0.82,  # 0.822 (twenty-sixth session, merged)
        "dates": 0.98,  # 0.980 (forty-second session end); 0.972 (twenty-fourth session, merged; earlier: 0.96)
        "places": 0.93,  # 0.931 (twenty-ninth session, merged); 0.925 (twenty-eighth session, merged)
        "recipient_sector": 0.50,  # 0.507 (forty-fifth session end); start 0.339
    },
    "blind21/stories.jsonl": {
        "group_recall": 0.89,  # 0.892 (twenty-seventh session, merged)
        "precision": 0.90,  # 0.901 (twenty-eighth session, merged); 0.890 (eighteenth session, merged; earlier: 0.87)
        "actor_country": 0.90,  # 0.903 (thirty-sixth session end); 0.892 (twenty-fifth session, merged; earlier: 0.88)
        # earlier: 0.831 (thirty-first session); 0.820 (twenty-ninth session, merged)
        "recipient_country": 0.84,  # 0.843 (thirty-fourth session)
        # earlier: 0.912 (twenty-first session, merged); 0.882 (nineteenth session, merged; earlier: 0.86)
        "dates": 0.92,  # 0.929 (forty-third session end)
        "places": 0.95,  # 0.951 (thirtieth session, merged); 0.934 (twenty-seventh session, merged)
        "recipient_sector": 0.51,  # 0.516 (forty-fifth session end); start 0.460
    },
    # rounds 22 and 23: written in the fourteenth session, sealed, scored at its start (e33cc57) and end
    "blind22/sentences.jsonl": {
        "group_recall": 0.86,  # 0.863 (forty-second session end); 0.852 (twenty-seventh session, merged)
        "precision": 0.93,  # 0.935 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.922 (twenty-seventh session, merged)
        "recipient_country": 0.84,  # 0.841 (thirty-first session); 0.833 (twenty-fifth session, merged; earlier: 0.82)
        "dates": 0.96,  # 0.962 (thirty-first session); 0.958 (sentrec48, found more); was 0.96: 0.962
        "places": 0.91,  # 0.914 (thirtieth session, merged)
        "recipient_sector": 0.53,  # 0.536 (forty-fifth session end); start 0.351
    },
    "blind22/stories.jsonl": {
        "group_recall": 0.78,  # 0.784 (eighteenth session, merged; earlier: 0.77)
        "precision": 0.89,  # 0.891 (twenty-eighth session, merged)
        "actor_country": 0.92,  # 0.923 (twenty-ninth session, merged); 0.915 (twenty-eighth session, merged)
        "recipient_country": 0.72,  # 0.725 (twenty-ninth session, merged)
        "dates": 0.96,  # 0.960 (twenty-first session, merged); 0.867 (twentieth session, merged; earlier: 0.85)
        "places": 0.84,  # 0.847 (twenty-eighth session, merged); 0.831 (twenty-seventh session, merged)
        "recipient_sector": 0.56,  # 0.569 (forty-fifth session end); start 0.472
    },
    "blind23/sentences.jsonl": {
        "group_recall": 0.88,  # 0.881 (twenty-eighth session, merged)
        "precision": 0.97,  # 0.971 (thirty-first session); 0.962 (twenty-second session, merged; earlier: 0.95)
        "actor_country": 0.90,  # 0.903 (thirtieth session, merged); 0.893 (twentieth session, merged; earlier: 0.88)
        "recipient_country": 0.83,  # 0.831 (thirty-ninth session merged); 0.820 (twenty-eighth session, merged)
        "dates": 0.99,  # 0.993 (thirty-second session)
        "places": 0.90,  # 0.900 (twenty-ninth session, merged); 0.899 (twenty-seventh session, merged)
        "recipient_sector": 0.51,  # 0.514 (forty-fifth session end); start 0.376
    },
    "blind23/stories.jsonl": {
        # earlier: 0.732 (sixteenth session, merged); 0.726 (start of the fourteenth session 0.720)
        "group_recall": 0.75,  # 0.752 (forty-fourth session end)
        "precision": 0.89,  # 0.890 (thirty-second session)
        "actor_country": 0.91,  # 0.914 (twenty-ninth session, merged); 0.904 (twenty-eighth session, merged)
        "recipient_country": 0.79,  # 0.795 (thirty-first session); 0.772 (twenty-seventh session, merged)
        "dates": 0.95,  # 0.950 (twenty-eighth session, merged); 0.933 (start of the fourteenth session 0.932)
        # earlier: places50: 0.857 (37/43 -> 36/42, one scored pair fewer); 0.860 (twenty-fifth session)
        "places": 0.86,  # 0.864 (forty-fourth session end)
        "recipient_sector": 0.59,  # 0.592 (forty-fifth session end); start 0.510
    },
    # rounds 24 and 25: written in the fifteenth session, sealed, scored at its start (90b8bec, with the
    # scorer of that session) and end
    "blind24/sentences.jsonl": {
        "group_recall": 0.89,  # 0.891 (twenty-first session, merged; earlier: 0.88)
        "precision": 0.94,  # 0.941 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.934 (nineteenth session, merged); 0.930 (start of the fifteenth session 0.931)
        "recipient_country": 0.87,  # 0.872 (thirty-first session); 0.862 (twentieth session, merged; earlier: 0.85)
        "dates": 0.98,  # 0.980 (thirty-third session)
        # earlier: 0.893 (thirty-third session); 0.886 (twenty-seventh session, merged)
        "places": 0.90,  # 0.900 (thirty-eighth session end)
        "recipient_sector": 0.55,  # 0.555 (forty-fifth session end); start 0.343
    },
    "blind24/stories.jsonl": {
        "group_recall": 0.89,  # 0.890 (twenty-fourth session, merged; earlier: 0.88)
        "precision": 0.92,  # 0.924 (twenty-fifth session, merged; earlier: 0.91)
        # earlier: 0.922 (seventeenth session, merged); 0.920 (start of the fifteenth session 0.915)
        "actor_country": 0.93,  # 0.931 (fortieth session end)
        # earlier: 0.751 (thirty-first session); 0.740 (twenty-eighth session, merged)
        "recipient_country": 0.76,  # 0.762 (fortieth session end)
        "dates": 0.92,  # 0.926 (twenty-first session, merged; earlier: 0.91)
        "places": 0.83,  # 0.833 (twenty-sixth session, merged)
        "recipient_sector": 0.56,  # 0.560 (forty-fifth session end); start 0.450
    },
    "blind25/sentences.jsonl": {
        "group_recall": 0.83,  # 0.830 (twenty-ninth session, merged); 0.820 (twenty-sixth session, merged)
        "precision": 0.95,  # 0.955 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.931 (thirtieth session, merged)
        "recipient_country": 0.90,  # 0.900 (twenty-fourth session, merged; earlier: 0.89)
        "dates": 0.99,  # 0.993 (twenty-first session, merged); 0.981 (twentieth session, merged; earlier: 0.97)
        "places": 0.94,  # 0.943 (twenty-ninth session, merged)
        "recipient_sector": 0.59,  # 0.597 (forty-fifth session end); start 0.425
    },
    "blind25/stories.jsonl": {
        "group_recall": 0.82,  # 0.824 (twenty-fourth session, merged; earlier: 0.81)
        "precision": 0.89,  # 0.892 (thirty-first session); 0.884 (twenty-fifth session, merged; earlier: 0.86)
        "actor_country": 0.91,  # 0.910 (twenty-ninth session, merged); 0.906 (twenty-eighth session, merged)
        "recipient_country": 0.82,  # 0.823 (thirty-first session)
        "dates": 0.97,  # 0.975 (forty-second session end); 0.962 (twenty-fourth session, merged; earlier: 0.94)
        "places": 0.87,  # 0.877 (thirty-first session)
        "recipient_sector": 0.51,  # 0.519 (forty-fifth session end); start 0.435
    },
    # rounds 26 and 27: written in the sixteenth session, sealed, scored at its start (50bd6b4) and end
    "blind26/sentences.jsonl": {
        "group_recall": 0.91,  # 0.912 (thirty-eighth session end); 0.900 (twenty-seventh session, merged)
        "precision": 0.98,  # 0.983 (thirty-fifth session end); 0.971 (twenty-first session, merged; earlier: 0.96)
        "actor_country": 0.93,  # 0.931 (twenty-first session, merged); 0.929 (start of the sixteenth session 0.929)
        "recipient_country": 0.86,  # 0.860 (twenty-seventh session, merged)
        "dates": 0.99,  # 0.992 (twenty-fifth session, merged); 0.972 (twenty-first session, merged; earlier: 0.95)
        "places": 0.84,  # 0.841 (thirty-fifth session end); 0.832 (thirtieth session, merged)
        "recipient_sector": 0.65,  # 0.652 (forty-fifth session end); start 0.398
    },
    "blind26/stories.jsonl": {
        # earlier: 0.835 (twenty-ninth session, merged); 0.827 (twenty-seventh session, merged)
        "group_recall": 0.85,  # 0.856 (thirty-eighth session end)
        # lowered in dates48: 0.883 -> 0.878 (144/163 -> 144/164), no output lost: the storming told "hours
        # after" an act "early on Thursday" is now dated the day before (when/dating.small_hours, gold's
        # day), so it no longer merges with an urged march of a later sentence (same code, once the same
        # day): a false event it hid
        "precision": 0.89,  # 0.892 (thirty-eighth session end); 0.883 (twenty-ninth session, merged)
        "actor_country": 0.95,  # 0.958 (twenty-ninth session, merged)
        "recipient_country": 0.76,  # 0.764 (thirty-eighth session end); 0.753 (thirty-second session)
        # earlier: 0.913 (twenty-eighth session, merged); 0.892 (twentieth session, merged; earlier: 0.87)
        "dates": 0.93,  # 0.932 (thirty-eighth session end); 0.929 (thirty-fourth session)
        "places": 0.82,  # 0.820 (thirty-eighth session end); 0.800 (twenty-ninth session, merged)
        "recipient_sector": 0.45,  # 0.459 (forty-fifth session end); start 0.408
    },
    "blind27/sentences.jsonl": {
        "group_recall": 0.92,  # 0.922 (forty-third session end); 0.911 (twenty-fifth session, merged; earlier: 0.90)
        "precision": 0.98,  # 0.981 (twenty-ninth session, merged); 0.978 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.931 (twenty-eighth session, merged); 0.921 (start of the sixteenth session 0.921)
        "recipient_country": 0.85,  # 0.853 (thirty-first session); 0.843 (twenty-fifth session, merged; earlier: 0.83)
        "dates": 1.00,  # 1.000 (twenty-ninth session, merged)
        "places": 0.85,  # 0.853 (twenty-ninth session, merged)
        "recipient_sector": 0.51,  # 0.513 (forty-fifth session end); start 0.391
    },
    "blind27/stories.jsonl": {
        # earlier: 0.806 (twenty-seventh session, merged); 0.790 (twenty-sixth session, merged)
        "group_recall": 0.82,  # 0.823 (forty-first session end); 0.812 (thirty-eighth session end)
        "precision": 0.90,  # 0.900 (fortieth session end); 0.895 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.923 (twenty-ninth session, merged)
        "recipient_country": 0.81,  # 0.816 (thirty-first session)
        "dates": 0.97,  # 0.971 (forty-fourth session end); 0.957 (twenty-ninth session, merged)
        # earlier: 0.859 (thirty-first session); 0.845 (twenty-ninth session, merged)
        "places": 0.87,  # 0.873 (thirty-fifth session end)
        "recipient_sector": 0.50,  # 0.500 (forty-fifth session end); start 0.391
    },
    # rounds 28 and 29: written in the seventeenth session, sealed, scored at its start (453738e) and end
    "blind28/sentences.jsonl": {
        # earlier: 0.905 (twenty-eighth session, merged); 0.898 (twenty-seventh session, merged)
        "group_recall": 0.91,  # 0.912 (fortieth session end)
        "precision": 0.95,  # 0.953 (twenty-seventh session, merged); 0.942 (nineteenth session, merged; earlier: 0.93)
        "actor_country": 0.92,  # 0.921 (thirtieth session, merged); 0.920 (sentrec48, found more); was 0.92: 0.921
        "recipient_country": 0.88,  # 0.881 (thirty-second session); 0.876 (twenty-eighth session, merged)
        "dates": 0.97,  # 0.977 (twenty-fifth session, merged; earlier: 0.96)
        "places": 0.89,  # 0.894 (thirty-fifth session end); 0.882 (thirtieth session, merged)
        "recipient_sector": 0.56,  # 0.569 (forty-fifth session end); start 0.331
    },
    "blind28/stories.jsonl": {
        # earlier: 0.855 (thirty-seventh session, merged); 0.843 (twenty-sixth session, merged)
        "group_recall": 0.86,  # 0.862 (thirty-eighth session end)
        # earlier: 0.894 (twenty-eighth session, merged); 0.883 (twenty-fifth session, merged; earlier: 0.87)
        "precision": 0.90,  # 0.904 (thirty-fourth session)
        "actor_country": 0.94,  # 0.942 (thirty-fourth session); 0.938 (twenty-eighth session, merged)
        "recipient_country": 0.83,  # 0.833 (thirty-second session); 0.815 (twenty-sixth session, merged)
        "dates": 0.94,  # 0.940 (twenty-eighth session, merged)
        # earlier: 0.949 (thirty-fourth session); 0.915 (twenty-sixth session, merged)
        "places": 0.95,  # 0.950 (thirty-seventh session, merged)
        "recipient_sector": 0.61,  # 0.618 (forty-fifth session end); start 0.506
    },
    "blind29/sentences.jsonl": {
        "group_recall": 0.91,  # 0.913 (forty-fourth session end); 0.900 (twenty-seventh session, merged)
        "precision": 0.93,  # 0.932 (thirty-first session)
        "actor_country": 0.89,  # 0.890 (twentieth session, merged); 0.882 (start of the seventeenth session 0.882)
        "recipient_country": 0.84,  # 0.843 (thirty-third session)
        "dates": 0.99,  # 0.990 (thirty-second session); 0.983 (twenty-second session, merged; earlier: 0.97)
        "places": 0.95,  # 0.951 (thirty-fifth session end); 0.943 (thirty-third session)
        "recipient_sector": 0.59,  # 0.592 (forty-fifth session end); start 0.420
    },
    "blind29/stories.jsonl": {
        # earlier: 0.820 (twenty-seventh session, merged); 0.813 (twenty-sixth session, merged)
        "group_recall": 0.84,  # 0.840 (fortieth session end); 0.833 (thirty-fifth session end)
        "precision": 0.87,  # 0.870 (forty-fifth session end); 0.862 (twenty-fifth session, merged; earlier: 0.85)
        "actor_country": 0.96,  # 0.961 (twenty-eighth session, merged); 0.953 (twenty-sixth session, merged)
        # earlier: 0.858 (twenty-eighth session, merged); 0.841 (twenty-sixth session, merged)
        "recipient_country": 0.86,  # 0.865 (thirty-eighth session end)
        "dates": 0.97,  # 0.970 (thirty-fifth session end); 0.968 (start of the seventeenth session 0.968)
        "places": 0.92,  # 0.924 (thirty-first session); 0.909 (twenty-seventh session, merged)
        "recipient_sector": 0.60,  # 0.607 (forty-fifth session end); start 0.464
    },
    # rounds 30 and 31: written in the eighteenth session, sealed, scored at its start (dc96f90) and end
    "blind30/sentences.jsonl": {
        "group_recall": 0.91,  # 0.910 (thirty-fifth session end); 0.902 (twenty-eighth session, merged)
        "precision": 0.93,  # 0.932 (twentieth session, merged); 0.923 (eighteenth session, merged); start 0.920
        "actor_country": 0.94,  # 0.943 (twenty-seventh session, merged)
        "recipient_country": 0.90,  # 0.902 (twenty-eighth session, merged)
        "dates": 0.98,  # 0.982 (twenty-fifth session, merged; earlier: 0.97)
        "places": 0.90,  # 0.907 (twenty-ninth session, merged); 0.894 (sentrec48, found more); was 0.9: 0.900
        "recipient_sector": 0.62,  # 0.624 (forty-fifth session end); start 0.414
    },
    "blind30/stories.jsonl": {
        "group_recall": 0.86,  # 0.861 (thirtieth session, merged); 0.842 (twenty-seventh session, merged)
        "precision": 0.89,  # 0.893 (twenty-sixth session, merged); 0.884 (twenty-third session, merged; earlier: 0.87)
        "actor_country": 0.95,  # 0.953 (thirty-second session)
        "recipient_country": 0.86,  # 0.863 (forty-fourth session end); 0.853 (thirty-second session)
        # earlier: 0.940 (twenty-seventh session, merged); 0.938 (twenty-first session, merged; earlier: 0.92)
        "dates": 0.95,  # 0.951 (thirty-fifth session end)
        "places": 0.79,  # 0.797 (thirty-first session); 0.783 (thirtieth session, merged)
        "recipient_sector": 0.57,  # 0.578 (forty-fifth session end); start 0.491
    },
    "blind31/sentences.jsonl": {
        "group_recall": 0.92,  # 0.922 (thirty-seventh session, merged); 0.914 (twenty-eighth session, merged)
        # earlier: 0.952 (twenty-first session, merged); 0.947 (eighteenth session, merged); start 0.947
        "precision": 0.96,  # 0.960 (thirty-seventh session, merged)
        "actor_country": 0.93,  # 0.934 (eighteenth session, merged); start 0.934
        "recipient_country": 0.83,  # 0.831 (thirty-first session); 0.822 (twenty-fifth session, merged; earlier: 0.81)
        "dates": 0.99,  # 0.990 (thirty-second session)
        "places": 0.96,  # 0.964 (fortieth session end); 0.951 (thirty-second session)
        "recipient_sector": 0.57,  # 0.573 (forty-fifth session end); start 0.434
    },
    "blind31/stories.jsonl": {
        # earlier: 0.861 (twenty-first session, merged); 0.842 (eighteenth session, merged); start 0.842
        "group_recall": 0.87,  # 0.873 (fortieth session end)
        "precision": 0.96,  # 0.962 (thirty-fourth session); 0.952 (twenty-third session, merged; earlier: 0.94)
        "actor_country": 0.97,  # 0.972 (twenty-ninth session, merged)
        # earlier: 0.764 (thirty-first session); 0.752 (thirtieth session, merged)
        "recipient_country": 0.78,  # 0.780 (fortieth session end); 0.778 (thirty-fourth session)
        "dates": 0.97,  # 0.979 (twenty-fourth session, merged; earlier: 0.96)
        # earlier: 0.747 (twenty-ninth session, merged); 0.736 (twenty-seventh session, merged)
        "places": 0.75,  # 0.759 (forty-first session end)
        "recipient_sector": 0.45,  # 0.459 (forty-fifth session end); start 0.344
    },
    # rounds 32 and 33: written in the nineteenth session, sealed, scored at its start (cb55586) and end
    "blind32/sentences.jsonl": {
        # earlier: 0.890 (twenty-ninth session, merged); 0.880 (twenty-seventh session, merged)
        "group_recall": 0.91,  # 0.911 (fortieth session end); 0.901 (thirty-fifth session end)
        "precision": 0.93,  # 0.930 (twenty-seventh session, merged)
        "actor_country": 0.94,  # 0.943 (twenty-seventh session, merged)
        "recipient_country": 0.83,  # 0.830 (twenty-ninth session, merged)
        "dates": 0.99,  # 0.993 (twenty-fifth session, merged); 0.986 (twenty-second session, merged; earlier: 0.96)
        # earlier: 0.917 (twenty-ninth session, merged); 0.908 (twenty-seventh session, merged)
        "places": 0.92,  # 0.926 (forty-second session end)
        "recipient_sector": 0.50,  # 0.510 (forty-fifth session end); start 0.352
    },
    "blind32/stories.jsonl": {
        "group_recall": 0.81,  # 0.814 (twenty-sixth session, merged)
        # earlier: 0.943 (twenty-second session, merged); 0.936 (nineteenth session, merged); start 0.936
        "precision": 0.95,  # 0.950 (thirty-eighth session end)
        "actor_country": 0.95,  # 0.956 (twenty-ninth session, merged)
        # places51: 0.8193, "return to Kiev" (a capital tagged as a person) is now a place: no recipient read from it
        "recipient_country": 0.84,  # 0.840 (thirty-third session)
        "dates": 0.93,  # 0.931 (thirty-fourth session); 0.920 (thirtieth session, merged)
        # earlier: 0.862 (thirty-first session); 0.846 (twenty-sixth session, merged)
        "places": 0.87,  # 0.877 (thirty-fifth session end)
        "recipient_sector": 0.63,  # 0.637 (forty-fifth session end); start 0.422
    },
    "blind33/sentences.jsonl": {
        # earlier: 0.881 (twenty-ninth session, merged); 0.877 (twenty-seventh session, merged)
        "group_recall": 0.89,  # 0.891 (thirty-eighth session end)
        "precision": 0.95,  # 0.951 (twenty-seventh session, merged); 0.932 (nineteenth session, merged); start 0.932
        "actor_country": 0.91,  # 0.910 (twenty-first session, merged; earlier: 0.90)
        "recipient_country": 0.86,  # 0.865 (twenty-fifth session, merged; earlier: 0.85)
        "dates": 0.98,  # 0.981 (twenty-fourth session, merged); 0.978 (twenty-second session, merged; earlier: 0.96)
        "places": 0.95,  # 0.951 (twenty-ninth session, merged); 0.939 (twenty-seventh session, merged)
        "recipient_sector": 0.55,  # 0.555 (forty-fifth session end); start 0.387
    },
    "blind33/stories.jsonl": {
        # earlier: 0.899 (fortieth session end); 0.881 (thirtieth session, merged)
        "group_recall": 0.90,  # 0.905 (forty-fourth session end)
        "precision": 0.93,  # 0.933 (forty-fourth session end); 0.924 (twenty-ninth session, merged)
        "actor_country": 0.93,  # 0.930 (twenty-fifth session, merged; earlier: 0.92)
        "recipient_country": 0.84,  # 0.841 (thirty-second session); 0.827 (thirty-first session)
        # sentrec47, found more: +2 groups; an earlier sentence's "by the evening" read against the order newly found
        "dates": 0.92,  # 0.921 (forty-fourth session end); 0.903 (forty-third session end); 0.893 (sentrec47; was 0.90)
        "places": 0.86,  # 0.864 (thirty-ninth session merged); 0.852 (thirty-second session)
        "recipient_sector": 0.55,  # 0.553 (forty-fifth session end); start 0.447
    },
    # rounds 34 and 35: written in the twentieth session, sealed, scored at its start (4c32b5f) and end
    "blind34/sentences.jsonl": {
        # earlier: 0.871 (twenty-ninth session, merged); 0.864 (twenty-seventh session, merged)
        "group_recall": 0.88,  # 0.883 (thirty-fifth session end)
        "precision": 0.94,  # 0.942 (thirty-first session); 0.935 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.936 (twentieth session, merged); start 0.931
        # earlier: 0.861 (thirty-first session); 0.850 (twenty-fifth session, merged; earlier: 0.84)
        "recipient_country": 0.87,  # 0.870 (thirty-fifth session end)
        "dates": 0.97,  # 0.973 (twenty-seventh session, merged)
        "places": 0.85,  # 0.850 (thirty-fifth session end); 0.846 (twenty-eighth session, merged)
        "recipient_sector": 0.60,  # 0.600 (forty-fifth session end); start 0.407
    },
    "blind34/stories.jsonl": {
        "group_recall": 0.86,  # 0.864 (twenty-ninth session, merged); 0.852 (twenty-sixth session, merged)
        "precision": 0.89,  # 0.891 (twenty-sixth session, merged); 0.886 (twenty-third session, merged; earlier: 0.87)
        "actor_country": 0.93,  # 0.933 (thirty-third session)
        # earlier: 0.819 (thirty-second session); 0.800 (twenty-eighth session, merged)
        "recipient_country": 0.82,  # 0.823 (forty-first session end)
        "dates": 0.94,  # 0.942 (twentieth session, merged); start 0.942
        # earlier: 0.877 (thirty-first session); 0.860 (twenty-seventh session, merged)
        "places": 0.92,  # 0.930 (thirty-ninth session merged)
        "recipient_sector": 0.59,  # 0.593 (forty-fifth session end); start 0.426
    },
    "blind35/sentences.jsonl": {
        # earlier: 0.840 (twenty-seventh session, merged); 0.836 (twenty-sixth session, merged)
        "group_recall": 0.85,  # 0.853 (forty-fourth session end)
        "precision": 0.92,  # 0.920 (twenty-eighth session, merged)
        # earlier: 0.921 (twenty-first session, merged); 0.919 (twentieth session, merged); start 0.919
        "actor_country": 0.93,  # 0.930 (thirty-eighth session end)
        "recipient_country": 0.87,  # 0.871 (thirty-first session); 0.863 (twenty-sixth session, merged)
        "dates": 0.96,  # 0.960 (forty-third session end); 0.950 (twenty-fourth session, merged; earlier: 0.94)
        # earlier: 0.929 (thirtieth session, merged); 0.916 (sentrec48, found more); was 0.92: 0.922
        "places": 0.93,  # 0.936 (forty-fifth session end)
        "recipient_sector": 0.58,  # 0.581 (forty-fifth session end); start 0.403
    },
    "blind35/stories.jsonl": {
        # earlier: 0.872 (twenty-ninth session, merged); 0.866 (twenty-eighth session, merged)
        "group_recall": 0.88,  # 0.884 (forty-first session end)
        "precision": 0.92,  # 0.921 (twenty-eighth session, merged)
        "actor_country": 0.93,  # 0.932 (thirty-second session); 0.924 (twenty-eighth session, merged)
        # earlier: 0.835 (thirty-third session); 0.812 (twenty-second session, merged; earlier: 0.80)
        "recipient_country": 0.85,  # 0.850 (forty-third session end); 0.841 (fortieth session end)
        # earlier: 0.960 (twenty-eighth session, merged); 0.960 (twenty-seventh session, merged)
        "dates": 0.97,  # 0.970 (forty-third session end)
        # earlier: 0.843 (fortieth session end); 0.829 (twenty-ninth session, merged)
        "places": 0.85,  # 0.855 (forty-third session end)
        "recipient_sector": 0.60,  # 0.604 (forty-fifth session end); start 0.473
    },
    # rounds 36 and 37: written in the twenty-first session, sealed, scored at its start (c24eac3) and end
    "blind36/sentences.jsonl": {
        "group_recall": 0.91,  # 0.911 (thirty-fourth session); 0.906 (twenty-seventh session, merged)
        "precision": 0.96,  # 0.964 (thirty-first session); 0.954 (twenty-seventh session, merged)
        "actor_country": 0.95,  # 0.950 (twenty-seventh session, merged)
        # lowered by places47: 0.8905 -> 0.8872, the Alma-Ata riot now found (recall 342 -> 343 of 382) and placed,
        # its recipient the people of the place (KAZ) where the gold has Moscow (RUS); 0.890 (twenty-second session)
        "recipient_country": 0.90,  # 0.901 (forty-fifth session end); 0.892 (twenty-seventh session, merged)
        "dates": 0.99,  # 0.990 (thirty-third session); 0.983 (twenty-fifth session, merged; earlier: 0.97)
        "places": 0.94,  # 0.940 (twenty-ninth session, merged); 0.922 (twenty-eighth session, merged)
        "recipient_sector": 0.60,  # 0.610 (forty-fifth session end); start 0.402
    },
    "blind36/stories.jsonl": {
        "group_recall": 0.81,  # 0.812 (twenty-eighth session, merged); 0.806 (twenty-seventh session, merged)
        # earlier: 0.861 (twenty-eighth session, merged); 0.856 (twenty-seventh session, merged)
        "precision": 0.87,  # 0.870 (thirty-eighth session end)
        "actor_country": 0.97,  # 0.976 (twenty-eighth session, merged)
        "recipient_country": 0.87,  # 0.873 (forty-first session end); 0.863 (twenty-ninth session, merged)
        "dates": 0.97,  # 0.972 (twenty-eighth session, merged); 0.955 (twenty-first session, merged); start 0.955
        # earlier: 0.951 (twenty-ninth session, merged); 0.933 (twenty-seventh session, merged)
        "places": 0.96,  # 0.968 (forty-first session end)
        "recipient_sector": 0.62,  # 0.625 (forty-fifth session end); start 0.462
    },
    "blind37/sentences.jsonl": {
        "group_recall": 0.89,  # 0.893 (thirty-fifth session end); 0.888 (twenty-seventh session, merged)
        "precision": 0.92,  # 0.921 (thirty-first session); 0.918 (twenty-seventh session, merged)
        "actor_country": 0.94,  # 0.943 (thirty-third session)
        "recipient_country": 0.87,  # 0.871 (thirty-third session); 0.862 (twenty-eighth session, merged)
        "dates": 0.99,  # 0.992 (twenty-third session, merged); 0.984 (twenty-first session, merged); start 0.969
        "places": 0.96,  # 0.964 (thirty-third session); 0.955 (thirtieth session, merged)
        "recipient_sector": 0.59,  # 0.599 (forty-fifth session end); start 0.354
    },
    "blind37/stories.jsonl": {
        "group_recall": 0.83,  # 0.834 (fortieth session end); 0.822 (twenty-seventh session, merged)
        "precision": 0.91,  # 0.913 (twenty-eighth session, merged); 0.901 (twenty-third session, merged; earlier: 0.89)
        # earlier: 0.910 (thirty-first session); 0.895 (thirtieth session, merged)
        "actor_country": 0.91,  # 0.910 (fortieth session end)
        "recipient_country": 0.81,  # 0.813 (thirty-second session); 0.803 (thirty-first session)
        "dates": 0.95,  # 0.954 (twenty-ninth session, merged)
        "places": 0.92,  # 0.922 (twenty-ninth session, merged); 0.891 (twenty-seventh session, merged)
        "recipient_sector": 0.54,  # 0.547 (forty-fifth session end); start 0.462
    },
    # rounds 38 and 39: written in the twenty-second session, sealed, scored at its start (ca0e559) and end
    "blind38/sentences.jsonl": {
        "group_recall": 0.94,  # 0.947 (twenty-ninth session, merged); 0.937 (twenty-eighth session, merged)
        "precision": 0.95,  # 0.952 (thirty-first session); 0.945 (twenty-seventh session, merged)
        "actor_country": 0.91,  # 0.913 (twenty-fourth session, merged; earlier: 0.90)
        # earlier: 0.872 (twenty-fifth session, merged; earlier: 0.86)
        "recipient_country": 0.88,  # 0.881 (thirty-sixth session end)
        "dates": 0.98,  # 0.982 (twenty-second session, merged); start 0.970
        "places": 0.90,  # 0.908 (twenty-ninth session, merged)
        "recipient_sector": 0.61,  # 0.614 (forty-fifth session end); start 0.447
    },
    "blind38/stories.jsonl": {
        # earlier: 0.844 (thirty-fifth session end); 0.833 (twenty-fourth session, merged; earlier: 0.81)
        "group_recall": 0.85,  # 0.854 (thirty-ninth session merged)
        "precision": 0.88,  # 0.883 (thirty-second session); 0.873 (twenty-sixth session, merged)
        "actor_country": 0.94,  # 0.946 (thirty-third session)
        "recipient_country": 0.88,  # 0.881 (thirty-fifth session end); 0.877 (thirty-second session)
        # earlier: 0.892 (twenty-seventh session, merged); 0.862 (twenty-second session, merged); start 0.862
        "dates": 0.91,  # 0.912 (forty-second session end)
        "places": 0.90,  # 0.903 (thirty-second session)
        "recipient_sector": 0.59,  # 0.595 (forty-fifth session end); start 0.444
    },
    "blind39/sentences.jsonl": {
        "group_recall": 0.90,  # 0.901 (thirty-fifth session end); 0.892 (twenty-ninth session, merged)
        "precision": 0.94,  # 0.941 (thirty-first session); 0.936 (twenty-second session, merged); start 0.934
        "actor_country": 0.93,  # 0.934 (twenty-second session, merged); start 0.933
        # earlier: 0.855 (twenty-eighth session, merged); 0.847 (twenty-sixth session, merged)
        "recipient_country": 0.86,  # 0.862 (thirty-eighth session end)
        "dates": 0.98,  # 0.982 (twenty-fourth session, merged); 0.973 (twenty-second session, merged); start 0.949
        "places": 0.93,  # 0.931 (twenty-ninth session, merged)
        "recipient_sector": 0.59,  # 0.593 (forty-fifth session end); start 0.384
    },
    "blind39/stories.jsonl": {
        # earlier: 0.834 (thirty-eighth session end); 0.822 (twenty-seventh session, merged)
        "group_recall": 0.84,  # 0.840 (fortieth session end)
        "precision": 0.89,  # 0.894 (forty-fourth session end); 0.881 (twenty-sixth session, merged)
        "actor_country": 0.91,  # 0.914 (twenty-third session, merged; earlier: 0.90)
        "recipient_country": 0.81,  # 0.811 (thirty-second session)
        # earlier: 0.982 (twenty-fourth session, merged); 0.964 (twenty-second session, merged); start 0.982
        "dates": 1.00,  # 1.000 (thirty-ninth session merged)
        # earlier: 0.849 (twenty-seventh session, merged); 0.827 (twenty-sixth session, merged)
        "places": 0.85,  # 0.852 (thirty-seventh session, merged)
        "recipient_sector": 0.62,  # 0.623 (forty-fifth session end); start 0.426
    },
    # rounds 40 and 41: written in the twenty-third session, sealed, scored at its start (2b2f5c2) and end
    "blind40/sentences.jsonl": {
        "group_recall": 0.91,  # 0.911 (thirty-ninth session merged); 0.904 (twenty-seventh session, merged)
        "precision": 0.95,  # 0.951 (thirty-second session); 0.944 (twenty-seventh session, merged)
        "actor_country": 0.93,  # 0.931 (thirtieth session, merged); 0.921 (twenty-third session, merged); start 0.919
        "recipient_country": 0.88,  # 0.885 (thirty-third session); 0.871 (twenty-eighth session, merged)
        "dates": 0.99,  # 0.991 (twenty-fourth session, merged); 0.982 (twenty-third session, merged); start 0.979
        "places": 0.94,  # 0.944 (forty-second session end); 0.938 (twenty-ninth session, merged)
        "recipient_sector": 0.59,  # 0.599 (forty-fifth session end); start 0.430
    },
    "blind40/stories.jsonl": {
        # earlier: 0.875 (thirty-second session); 0.868 (twenty-third session, merged); start 0.868
        "group_recall": 0.88,  # 0.882 (thirty-fourth session)
        "precision": 0.91,  # 0.910 (thirtieth session, merged); 0.901 (twenty-fifth session, merged; earlier: 0.88)
        "actor_country": 0.94,  # 0.944 (thirty-third session); 0.932 (twenty-sixth session, merged)
        # earlier: 0.817 (thirty-third session); 0.773 (thirtieth session, merged)
        "recipient_country": 0.82,  # 0.824 (fortieth session end)
        "dates": 0.94,  # 0.942 (twenty-third session, merged); start 0.942
        # earlier: 0.850 (thirty-ninth session merged); 0.831 (twenty-seventh session, merged)
        "places": 0.86,  # 0.867 (fortieth session end)
        "recipient_sector": 0.57,  # 0.573 (forty-fifth session end); start 0.417
    },
    "blind41/sentences.jsonl": {
        "group_recall": 0.88,  # 0.882 (twenty-eighth session, merged)
        "precision": 0.92,  # 0.920 (twenty-fourth session, merged); 0.918 (twenty-third session, merged); start 0.918
        "actor_country": 0.92,  # 0.920 (thirty-fifth session end); 0.912 (twenty-third session, merged); start 0.912
        "recipient_country": 0.87,  # 0.871 (thirty-third session); 0.861 (twenty-fifth session, merged; earlier: 0.85)
        "dates": 0.97,  # 0.973 (twenty-fifth session, merged); 0.960 (twenty-third session, merged); start 0.960
        "places": 0.81,  # 0.815 (thirty-third session); 0.808 (twenty-seventh session, merged)
        "recipient_sector": 0.64,  # 0.640 (forty-fifth session end); start 0.436
    },
    "blind41/stories.jsonl": {
        # earlier: 0.854 (thirtieth session, merged); 0.848 (twenty-seventh session, merged)
        "group_recall": 0.87,  # 0.872 (thirty-seventh session, merged); 0.866 (thirty-fifth session end)
        # earlier: 0.914 (twenty-ninth session, merged); 0.904 (twenty-seventh session, merged)
        "precision": 0.92,  # 0.920 (thirty-fifth session end)
        "actor_country": 0.93,  # 0.937 (twenty-eighth session, merged)
        # earlier: 0.788 (thirty-first session); 0.771 (twenty-ninth session, merged)
        "recipient_country": 0.79,  # 0.790 (forty-first session end)
        "dates": 0.96,  # 0.961 (twenty-seventh session, merged)
        "places": 0.83,  # 0.833 (thirty-ninth session merged); 0.817 (thirty-first session)
        "recipient_sector": 0.61,  # 0.616 (forty-fifth session end); start 0.393
    },
    # rounds 42 and 43: written in the twenty-fourth session, sealed, scored at its start (bdc8e43) and end
    "blind42/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (twenty-ninth session, merged); 0.862 (twenty-seventh session, merged)
        "precision": 0.93,  # 0.931 (forty-fourth session end); 0.922 (twenty-seventh session, merged)
        "actor_country": 0.95,  # 0.950 (thirty-fifth session end); 0.941 (twenty-fourth session, merged); start 0.941
        "recipient_country": 0.87,  # 0.872 (twenty-seventh session, merged)
        # earlier: 0.996 (thirty-third session); 0.985 (twenty-fourth session, merged); start 0.981
        "dates": 1.00,  # 1.000 (forty-third session end)
        "places": 0.94,  # 0.941 (thirty-first session); 0.935 (thirtieth session, merged)
        "recipient_sector": 0.59,  # 0.591 (forty-fifth session end); start 0.398
    },
    "blind42/stories.jsonl": {
        # earlier: 0.822 (twenty-ninth session, merged); 0.816 (twenty-eighth session, merged)
        # earlier: 0.847 (thirty-seventh session, merged); 0.834 (thirty-fourth session)
        "group_recall": 0.85,  # 0.853 (thirty-eighth session end)
        "precision": 0.91,  # 0.911 (thirty-eighth session end); 0.903 (thirty-third session)
        "actor_country": 0.94,  # 0.941 (thirty-third session); 0.933 (twenty-eighth session, merged)
        # earlier: 0.804 (thirtieth session, merged); 0.792 (twenty-sixth session, merged)
        "recipient_country": 0.82,  # 0.826 (forty-fourth session end)
        "dates": 0.92,  # 0.920 (twenty-ninth session, merged)
        # earlier: 0.900 (twenty-seventh session, merged); 0.880 (twenty-fourth session, merged); start 0.880
        "places": 0.94,  # 0.942 (thirty-fifth session end)
        "recipient_sector": 0.49,  # 0.490 (forty-fifth session end); start 0.382
    },
    "blind43/sentences.jsonl": {
        # earlier: 0.931 (twenty-ninth session, merged); 0.924 (twenty-seventh session, merged)
        "group_recall": 0.94,  # 0.940 (fortieth session end)
        "precision": 0.95,  # 0.950 (twenty-seventh session, merged); 0.945 (twenty-fourth session, merged); start 0.945
        "actor_country": 0.90,  # 0.900 (twenty-ninth session, merged); 0.900 (sentrec48, found more); was 0.9: 0.901
        "recipient_country": 0.81,  # 0.812 (twenty-ninth session, merged)
        "dates": 0.99,  # 0.991 (forty-third session end); 0.988 (twenty-fourth session, merged); start 0.985
        # earlier: 0.931 (thirty-first session); 0.924 (twenty-ninth session, merged)
        "places": 0.94,  # 0.947 (forty-third session end)
        "recipient_sector": 0.51,  # 0.519 (forty-fifth session end); start 0.380
    },
    "blind43/stories.jsonl": {
        # earlier: 0.834 (thirty-fifth session end); 0.814 (twenty-ninth session, merged)
        "group_recall": 0.84,  # 0.841 (thirty-eighth session end)
        # earlier: 0.852 (twenty-sixth session, merged); 0.841 (twenty-fourth session, merged); start 0.841
        "precision": 0.86,  # 0.863 (forty-fourth session end)
        "actor_country": 0.91,  # 0.916 (twenty-eighth session, merged)
        "recipient_country": 0.81,  # 0.812 (thirty-eighth session end); 0.802 (twenty-sixth session, merged)
        "dates": 0.95,  # 0.952 (twenty-fourth session, merged); start 0.952
        "places": 0.82,  # 0.826 (twenty-seventh session, merged)
        "recipient_sector": 0.64,  # 0.646 (forty-fifth session end); start 0.469
    },
    # rounds 44 and 45: written in the twenty-fifth session, sealed, scored at its start (0227c6a) and end
    "blind44/sentences.jsonl": {
        "group_recall": 0.91,  # 0.910 (twenty-eighth session, merged); 0.908 (twenty-seventh session, merged)
        "precision": 0.97,  # 0.971 (twenty-eighth session, merged); 0.968 (twenty-seventh session, merged)
        "actor_country": 0.92,  # 0.921 (twenty-fifth session, merged); start 0.921
        # earlier: 0.873 (twenty-eighth session, merged); 0.866 (twenty-sixth session, merged)
        "recipient_country": 0.88,  # 0.882 (thirty-eighth session end)
        "dates": 0.98,  # 0.980 (twenty-fifth session, merged); start 0.980
        "places": 0.92,  # 0.924 (fortieth session end); 0.913 (thirty-second session)
        "recipient_sector": 0.56,  # 0.566 (forty-fifth session end); start 0.403
    },
    "blind44/stories.jsonl": {
        "group_recall": 0.82,  # 0.825 (twenty-seventh session, merged)
        "precision": 0.90,  # 0.901 (twenty-eighth session, merged)
        "actor_country": 0.92,  # 0.927 (twenty-fifth session, merged); start 0.927
        "recipient_country": 0.84,  # 0.844 (thirty-third session); 0.830 (thirty-first session)
        "dates": 0.94,  # 0.949 (twenty-seventh session, merged); 0.914 (twenty-fifth session, merged); start 0.914
        "places": 0.82,  # 0.821 (thirty-ninth session merged); 0.806 (twenty-seventh session, merged)
        "recipient_sector": 0.50,  # 0.507 (forty-fifth session end); start 0.338
    },
    "blind45/sentences.jsonl": {
        # earlier: 0.913 (twenty-eighth session, merged); 0.903 (twenty-seventh session, merged)
        "group_recall": 0.93,  # 0.931 (forty-fourth session end); 0.921 (thirty-fourth session)
        "precision": 0.95,  # 0.951 (twenty-eighth session, merged); 0.945 (twenty-fifth session, merged); start 0.942
        "actor_country": 0.92,  # 0.927 (twenty-fifth session, merged); start 0.927
        "recipient_country": 0.86,  # 0.862 (thirty-second session)
        "dates": 0.99,  # 0.990 (thirtieth session, merged); 0.984 (twenty-fifth session, merged); start 0.977
        "places": 0.94,  # 0.940 (fortieth session end); 0.932 (twenty-ninth session, merged)
        "recipient_sector": 0.54,  # 0.540 (forty-fifth session end); start 0.352
    },
    "blind45/stories.jsonl": {
        # earlier: 0.873 (thirty-eighth session end); 0.867 (twenty-seventh session, merged)
        "group_recall": 0.88,  # 0.884 (forty-fourth session end)
        # earlier: 0.914 (thirty-third session); 0.904 (twenty-eighth session, merged)
        "precision": 0.92,  # 0.921 (forty-fourth session end)
        "actor_country": 0.93,  # 0.934 (twenty-eighth session, merged)
        "recipient_country": 0.79,  # 0.790 (thirty-fourth session); 0.789 (thirty-first session)
        "dates": 0.96,  # 0.965 (twenty-seventh session, merged); 0.930 (twenty-fifth session, merged); start 0.930
        # earlier: 0.897 (twenty-sixth session, merged); 0.879 (twenty-fifth session, merged); start 0.862
        "places": 0.90,  # 0.900 (thirty-eighth session end)
        "recipient_sector": 0.48,  # 0.486 (forty-fifth session end); start 0.385
    },
    "blind46/sentences.jsonl": {
        "group_recall": 0.86,  # 0.861 (thirty-fifth session end); 0.853 (twenty-seventh session, merged)
        "precision": 0.96,  # 0.960 (thirty-third session); 0.955 (twenty-seventh session, merged)
        "actor_country": 0.94,  # 0.940 (thirty-sixth session end); 0.931 (twenty-sixth session, merged); start 0.929
        "recipient_country": 0.86,  # 0.865 (thirty-third session); 0.853 (twenty-eighth session, merged)
        "dates": 1.00,  # 1.000 (thirty-third session)
        "places": 0.93,  # 0.934 (twenty-ninth session, merged); 0.925 (twenty-eighth session, merged)
        "recipient_sector": 0.51,  # 0.510 (forty-fifth session end); start 0.399
    },
    "blind46/stories.jsonl": {
        # earlier: 0.770 (thirty-fifth session end); 0.760 (twenty-eighth session, merged)
        "group_recall": 0.78,  # 0.786 (fortieth session end)
        "precision": 0.88,  # 0.881 (twenty-eighth session, merged); 0.879 (twenty-sixth session, merged); start 0.878
        "actor_country": 0.95,  # 0.951 (fortieth session end); 0.942 (twenty-ninth session, merged)
        "recipient_country": 0.83,  # 0.831 (thirty-second session); 0.820 (thirty-first session)
        # earlier: 0.883 (twenty-seventh session, merged); 0.867 (twenty-sixth session, merged); start 0.881
        "dates": 0.90,  # 0.902 (forty-second session end)
        # earlier: 0.818 (twenty-seventh session, merged); 0.800 (twenty-sixth session, merged); start 0.800
        "places": 0.82,  # 0.821 (fortieth session end)
        "recipient_sector": 0.48,  # 0.481 (forty-fifth session end); start 0.393
    },
    "blind47/sentences.jsonl": {
        "group_recall": 0.84,  # 0.842 (thirty-seventh session, merged); 0.833 (twenty-seventh session, merged)
        "precision": 0.96,  # 0.961 (twenty-seventh session, merged); 0.950 (twenty-sixth session, merged); start 0.949
        "actor_country": 0.92,  # 0.920 (thirty-third session); 0.912 (twenty-sixth session, merged); start 0.912
        "recipient_country": 0.85,  # 0.850 (thirty-eighth session end); 0.842 (twenty-seventh session, merged)
        "dates": 0.98,  # 0.982 (twenty-sixth session, merged); start 0.982
        "places": 0.95,  # 0.954 (thirty-second session); 0.940 (twenty-seventh session, merged)
        "recipient_sector": 0.52,  # 0.529 (forty-fifth session end); start 0.398
    },
    "blind47/stories.jsonl": {
        "group_recall": 0.77,  # 0.774 (forty-first session end); 0.762 (twenty-seventh session, merged)
        "precision": 0.87,  # 0.873 (thirty-third session)
        "actor_country": 0.92,  # 0.920 (twenty-ninth session, merged)
        "recipient_country": 0.76,  # 0.760 (thirty-first session); 0.750 (thirtieth session, merged)
        "dates": 0.96,  # 0.964 (twenty-sixth session, merged); start 0.964
        # earlier: 0.824 (thirty-first session); 0.819 (twenty-sixth session, merged); start 0.819
        "places": 0.83,  # 0.838 (thirty-ninth session merged)
        "recipient_sector": 0.47,  # 0.476 (forty-fifth session end); start 0.406
    },
    "blind48/sentences.jsonl": {
        # earlier: 0.873 (thirty-fifth session end); 0.867 (twenty-seventh session, merged); start 0.867
        "group_recall": 0.88,  # 0.881 (fortieth session end)
        "precision": 0.95,  # 0.954 (twenty-seventh session, merged); start 0.954
        "actor_country": 0.93,  # 0.931 (fortieth session end); 0.921 (twenty-seventh session, merged); start 0.921
        "recipient_country": 0.88,  # 0.881 (thirtieth session, merged)
        "dates": 0.98,  # 0.982 (thirty-first session)
        # earlier: 0.925 (thirtieth session, merged); 0.904 (twenty-ninth session, merged)
        "places": 0.93,  # 0.934 (fortieth session end)
        "recipient_sector": 0.54,  # 0.543 (forty-fifth session end); start 0.428
    },
    "blind48/stories.jsonl": {
        # earlier: 0.744 (thirty-sixth session end); 0.731 (thirty-first session)
        "group_recall": 0.75,  # 0.753 (thirty-ninth session merged)
        "precision": 0.89,  # 0.893 (forty-fifth session end); 0.880 (thirty-first session)
        "actor_country": 0.92,  # 0.925 (twenty-eighth session, merged)
        "recipient_country": 0.83,  # 0.833 (thirty-fourth session); 0.826 (thirty-second session)
        "dates": 0.94,  # 0.945 (twenty-eighth session, merged); 0.926 (twenty-seventh session, merged); start 0.926
        # storyframe50, found more: 0.867 (52/60): the Oka shooting found in the passive, dated the raid's day, is
        # merged into the raid the places stage puts at Quebec City (the fault storyrec48 and storyrec49 named)
        # actors51, found more: 0.855 (53/62): the Mohawks' road block "since March", found now that "Mohawks" are
        # Canada's people, is placed at Quebec City by the places stage, as the raid before it
        "places": 0.87,  # 0.871 (thirty-second session)
        "recipient_sector": 0.49,  # 0.493 (forty-fifth session end); start 0.400
    },
    "blind49/sentences.jsonl": {
        "group_recall": 0.88,  # 0.883 (thirty-sixth session end); 0.872 (twenty-seventh session, merged); start 0.861
        "precision": 0.96,  # 0.961 (forty-fourth session end); 0.953 (twenty-seventh session, merged); start 0.949
        "actor_country": 0.92,  # 0.925 (twenty-seventh session, merged); start 0.923
        "recipient_country": 0.86,  # 0.860 (thirty-fifth session end); 0.851 (thirty-first session)
        "dates": 0.98,  # 0.982 (thirtieth session, merged); 0.979 (twenty-seventh session, merged); start 0.978
        "places": 0.94,  # 0.942 (thirty-third session)
        "recipient_sector": 0.52,  # 0.523 (forty-fifth session end); start 0.380
    },
    "blind49/stories.jsonl": {
        "group_recall": 0.76,  # 0.761 (thirtieth session, merged); 0.756 (twenty-seventh session, merged); start 0.756
        "precision": 0.85,  # 0.850 (thirty-first session); 0.849 (twenty-seventh session, merged); start 0.849
        "actor_country": 0.90,  # 0.903 (twenty-eighth session, merged)
        "recipient_country": 0.81,  # 0.816 (thirty-eighth session end); 0.803 (thirty-second session)
        # earlier: 0.909 (thirty-fifth session end); 0.891 (twenty-seventh session, merged); start 0.891
        "dates": 0.92,  # 0.924 (forty-fourth session end)
        "places": 0.93,  # 0.938 (thirty-first session); 0.903 (twenty-ninth session, merged)
        "recipient_sector": 0.45,  # 0.455 (forty-fifth session end); start 0.425
    },
    "blind50/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (thirty-fourth session); 0.861 (twenty-eighth session, merged); start 0.860
        "precision": 0.96,  # 0.962 (thirty-third session); 0.959 (twenty-eighth session, merged); start 0.959
        "actor_country": 0.91,  # 0.914 (twenty-eighth session, merged); start 0.914
        "recipient_country": 0.87,  # 0.870 (thirty-third session); 0.862 (twenty-eighth session, merged); start 0.857
        "dates": 0.98,  # 0.983 (thirty-third session)
        "places": 0.95,  # 0.950 (thirty-third session)
        "recipient_sector": 0.51,  # 0.514 (forty-fifth session end); start 0.402
    },
    "blind50/stories.jsonl": {
        "group_recall": 0.85,  # 0.854 (forty-first session end); 0.841 (twenty-eighth session, merged); start 0.832
        "precision": 0.88,  # 0.882 (thirty-second session)
        "actor_country": 0.84,  # 0.846 (thirty-second session); 0.834 (twenty-ninth session, merged)
        "recipient_country": 0.67,  # 0.670 (forty-first session end); 0.661 (thirty-third session)
        "dates": 0.88,  # 0.887 (thirty-fourth session); 0.873 (thirty-second session)
        "places": 0.76,  # 0.767 (thirty-second session)
        "recipient_sector": 0.47,  # 0.480 (forty-fifth session end); start 0.376
    },
    "blind51/sentences.jsonl": {
        "group_recall": 0.88,  # 0.880 (thirty-eighth session end); 0.871 (twenty-eighth session, merged); start 0.869
        "precision": 0.95,  # 0.950 (twenty-eighth session, merged); start 0.950
        "actor_country": 0.91,  # 0.911 (thirtieth session, merged); 0.909 (twenty-eighth session, merged); start 0.908
        # earlier: 0.857 (thirty-first session); 0.847 (twenty-eighth session, merged); start 0.845
        "recipient_country": 0.86,  # 0.860 (thirty-fifth session end)
        # earlier: 0.984 (thirty-third session); 0.974 (twenty-eighth session, merged); start 0.974
        "dates": 0.99,  # 0.990 (forty-third session end)
        "places": 0.91,  # 0.914 (forty-second session end); 0.905 (thirty-second session); 0.891 (thirty-first session)
        "recipient_sector": 0.48,  # 0.485 (forty-fifth session end); start 0.337
    },
    "blind51/stories.jsonl": {
        "group_recall": 0.72,  # 0.721 (thirty-fifth session end); 0.712 (twenty-ninth session, merged)
        "precision": 0.88,  # 0.883 (thirty-second session)
        "actor_country": 0.86,  # 0.861 (thirtieth session, merged); 0.856 (twenty-eighth session, merged); start 0.835
        "recipient_country": 0.73,  # 0.731 (thirty-second session); 0.721 (thirty-first session)
        # actors51, found more: 0.976 (41/42): the Mercier Bridge blockade by Mohawks, found now, is dated by the
        # latest day told, not by the raid "the same day" names
        "dates": 1.00,  # 1.000 (thirty-fourth session); 1.000 (twenty-eighth session, merged); start 1.000
        "places": 0.86,  # 0.860 (thirty-first session); 0.857 (twenty-eighth session, merged); start 0.857
        "recipient_sector": 0.40,  # 0.401 (forty-fifth session end); start 0.350
    },
    "blind52/sentences.jsonl": {
        "group_recall": 0.87,  # 0.870 (thirty-eighth session end); 0.860 (twenty-ninth session, merged); start 0.859
        "precision": 0.97,  # 0.976 (twenty-ninth session, merged); start 0.976
        "actor_country": 0.95,  # 0.951 (thirty-third session); 0.949 (twenty-ninth session, merged); start 0.951
        "recipient_country": 0.89,  # 0.892 (thirty-first session); 0.886 (twenty-ninth session, merged); start 0.887
        "dates": 0.97,  # 0.972 (forty-second session end); 0.969 (twenty-ninth session, merged); start 0.967
        "places": 0.93,  # 0.932 (forty-fifth session end); 0.920 (thirty-second session)
        "recipient_sector": 0.52,  # 0.523 (forty-fifth session end); start 0.402
    },
    "blind52/stories.jsonl": {
        # earlier: 0.832 (twenty-ninth session, merged); start 0.832
        "group_recall": 0.84,  # 0.840 (thirty-seventh session, merged)
        "precision": 0.88,  # 0.880 (thirty-third session); 0.877 (twenty-ninth session, merged); start 0.877
        # earlier: 0.955 (thirtieth session, merged); 0.944 (twenty-ninth session, merged); start 0.939
        "actor_country": 0.96,  # 0.962 (thirty-sixth session end)
        "recipient_country": 0.77,  # 0.774 (thirty-second session)
        "dates": 1.00,  # 1.000 (twenty-ninth session, merged); start 1.000
        "places": 0.78,  # 0.786 (thirty-first session); 0.750 (twenty-ninth session, merged); start 0.750
        "recipient_sector": 0.50,  # 0.505 (forty-fifth session end); start 0.429
    },
    "blind53/sentences.jsonl": {
        "group_recall": 0.87,  # 0.872 (forty-second session end); 0.861 (twenty-ninth session, merged); start 0.859
        "precision": 0.94,  # 0.941 (thirty-first session); 0.939 (twenty-ninth session, merged); start 0.939
        "actor_country": 0.94,  # 0.940 (thirtieth session, merged); 0.939 (twenty-ninth session, merged); start 0.940
        # earlier: 0.870 (thirty-first session); 0.865 (twenty-ninth session, merged); start 0.866
        "recipient_country": 0.88,  # 0.880 (forty-second session end)
        "dates": 0.98,  # 0.982 (thirty-third session); 0.972 (twenty-ninth session, merged); start 0.972
        "places": 0.90,  # 0.904 (thirty-second session); 0.899 (twenty-ninth session, merged); start 0.882
        "recipient_sector": 0.55,  # 0.555 (forty-fifth session end); start 0.399
    },
    "blind53/stories.jsonl": {
        "group_recall": 0.74,  # 0.741 (thirty-first session); 0.732 (twenty-ninth session, merged); start 0.732
        "precision": 0.86,  # 0.861 (thirty-first session); 0.858 (twenty-ninth session, merged); start 0.854
        # earlier: 0.910 (thirty-first session); 0.902 (twenty-ninth session, merged); start 0.895
        "actor_country": 0.924,  # 0.9245 (actors43 end; 0.921 at the fortieth session end)
        "recipient_country": 0.74,  # 0.747 (thirty-third session)
        "dates": 0.85,  # 0.855 (thirty-fourth session); 0.818 (thirty-second session)
        # earlier: 0.862 (thirty-first session); 0.841 (twenty-ninth session, merged); start 0.778
        "places": 0.87,  # 0.879 (thirty-ninth session merged)
        "recipient_sector": 0.42,  # 0.424 (forty-fifth session end); start 0.351
    },
    "blind54/sentences.jsonl": {
        # earlier: 0.831 (thirty-fifth session end); 0.816 (thirtieth session end); start 0.816
        "group_recall": 0.84,  # 0.840 (forty-third session end)
        "precision": 0.95,  # 0.952 (thirtieth session end); start 0.952
        "actor_country": 0.91,  # 0.914 (thirtieth session end); start 0.914
        # earlier: 0.813 (thirty-second session); 0.802 (thirtieth session end); start 0.802
        "recipient_country": 0.82,  # 0.820 (forty-second session end)
        "dates": 0.98,  # 0.985 (thirty-third session); 0.971 (thirtieth session end); start 0.971
        "places": 0.92,  # 0.922 (thirty-second session); 0.913 (thirtieth session end); start 0.904
        "recipient_sector": 0.49,  # 0.495 (forty-fifth session end); start 0.375
    },
    "blind54/stories.jsonl": {
        # earlier: 0.752 (thirty-first session); 0.748 (thirtieth session end); start 0.748
        "group_recall": 0.76,  # 0.761 (thirty-fifth session end)
        "precision": 0.89,  # 0.893 (thirty-second session); 0.884 (thirtieth session end); start 0.883
        "actor_country": 0.91,  # 0.911 (thirty-second session); 0.890 (thirtieth session end); start 0.890
        "recipient_country": 0.72,  # 0.724 (thirty-third session)
        # earlier: 0.881 (thirty-first session); 0.845 (thirtieth session end); start 0.828
        "dates": 0.89,  # 0.898 (forty-fifth session end)
        "places": 0.77,  # 0.778 (thirty-ninth session merged); 0.764 (thirty-second session)
        "recipient_sector": 0.46,  # 0.468 (forty-fifth session end); start 0.364
    },
    "blind55/sentences.jsonl": {
        "group_recall": 0.90,  # 0.901 (fortieth session end); 0.892 (thirtieth session end); start 0.892
        "precision": 0.94,  # 0.944 (thirtieth session end); start 0.944
        "actor_country": 0.91,  # 0.911 (thirty-second session); 0.907 (thirtieth session end); start 0.904
        # earlier: 0.834 (thirty-second session); 0.824 (thirtieth session end); start 0.824
        "recipient_country": 0.84,  # 0.840 (thirty-fifth session end)
        "dates": 0.99,  # 0.993 (thirty-second session); 0.986 (thirtieth session end); start 0.986
        # earlier: 0.913 (thirty-first session); 0.908 (thirtieth session end); start 0.903
        "places": 0.92,  # 0.924 (forty-first session end)
        "recipient_sector": 0.50,  # 0.510 (forty-fifth session end); start 0.375
    },
    "blind55/stories.jsonl": {
        # earlier: 0.787 (thirty-fifth session end); 0.773 (thirty-second session)
        "group_recall": 0.80,  # 0.801 (fortieth session end); 0.796 (thirty-seventh session, merged)
        "precision": 0.87,  # 0.877 (thirtieth session end); start 0.872
        "actor_country": 0.87,  # 0.872 (thirty-fifth session end); 0.861 (thirtieth session end); start 0.860
        # earlier: 0.721 (thirty-fifth session end); 0.711 (thirty-second session)
        "recipient_country": 0.73,  # 0.731 (thirty-eighth session end)
        # earlier: 0.894 (thirty-fourth session); 0.877 (thirtieth session end); start 0.875
        "dates": 0.91,  # 0.912 (forty-third session end)
        "places": 0.77,  # 0.776 (thirty-first session); 0.768 (thirtieth session end); start 0.768
        "recipient_sector": 0.47,  # 0.476 (forty-fifth session end); start 0.395
    },
    "blind56/sentences.jsonl": {
        "group_recall": 0.84,  # 0.841 (thirty-first session end); start 0.841
        "precision": 0.95,  # 0.951 (thirty-first session end); start 0.951
        "actor_country": 0.94,  # 0.944 (thirty-first session end); start 0.944
        "recipient_country": 0.84,  # 0.842 (thirty-third session); 0.835 (thirty-first session end); start 0.834
        "dates": 0.96,  # 0.970 (thirty-first session end); start 0.967
        "places": 0.91,  # 0.912 (forty-second session end); 0.900 (thirty-third session)
        "recipient_sector": 0.52,  # 0.520 (forty-fifth session end); start 0.381
    },
    "blind56/stories.jsonl": {
        # earlier: 0.732 (thirty-second session); 0.722 (thirty-first session end); start 0.722
        "group_recall": 0.74,  # 0.742 (thirty-seventh session, merged)
        # earlier: 0.855 (thirty-second session); 0.847 (thirty-first session end); start 0.847
        "precision": 0.86,  # 0.860 (fortieth session end)
        # earlier: 0.948 (thirty-second session); 0.933 (thirty-first session end); start 0.926
        "actor_country": 0.96,  # 0.962 (fortieth session end); 0.955 (thirty-fourth session)
        # earlier: 0.777 (thirty-second session); 0.732 (thirty-first session end); start 0.721
        "recipient_country": 0.78,  # 0.781 (thirty-seventh session, merged)
        "dates": 0.90,  # 0.907 (thirty-fourth session); 0.889 (thirty-first session end); start 0.889
        # earlier: 0.959 (thirty-second session); 0.939 (thirty-first session end); start 0.918
        "places": 0.96,  # 0.960 (thirty-fourth session)
        "recipient_sector": 0.48,  # 0.487 (forty-fifth session end); start 0.420
    },
    "blind57/sentences.jsonl": {
        "group_recall": 0.90,  # 0.902 (fortieth session end); 0.892 (thirty-first session end); start 0.890
        "precision": 0.95,  # 0.953 (thirty-first session end); start 0.953
        "actor_country": 0.93,  # 0.932 (thirty-first session end); start 0.932
        "recipient_country": 0.88,  # 0.885 (thirty-first session end); start 0.878
        "dates": 0.98,  # 0.981 (thirty-second session); 0.975 (thirty-first session end); start 0.972
        "places": 0.91,  # 0.910 (thirty-fourth session); 0.906 (thirty-first session end); start 0.906
        "recipient_sector": 0.50,  # 0.510 (forty-fifth session end); start 0.392
    },
    "blind57/stories.jsonl": {
        # earlier: 0.774 (thirty-second session); 0.766 (thirty-first session end); start 0.758
        "group_recall": 0.79,  # 0.794 (thirty-fifth session end)
        "precision": 0.93,  # 0.930 (thirty-second session); 0.926 (thirty-first session end); start 0.922
        "actor_country": 0.91,  # 0.910 (forty-third session end); 0.906 (thirty-first session end); start 0.889
        # earlier: 0.765 (thirty-second session); 0.759 (thirty-first session end); start 0.712
        "recipient_country": 0.78,  # 0.782 (thirty-fifth session end); 0.779 (thirty-fourth session)
        # earlier: 0.923 (thirty-second session); 0.902 (thirty-first session end); start 0.902
        "dates": 0.96,  # 0.962 (forty-third session end); 0.941 (fortieth session end)
        "places": 0.86,  # 0.864 (thirty-first session end); start 0.849
        "recipient_sector": 0.41,  # 0.411 (forty-fifth session end); start 0.362
    },
    "blind58/sentences.jsonl": {
        # earlier: 0.863 (thirty-fourth session); 0.859 (thirty-second session end); start 0.859
        "group_recall": 0.87,  # 0.871 (forty-third session end)
        "precision": 0.95,  # 0.957 (thirty-second session end); start 0.957
        "actor_country": 0.94,  # 0.941 (thirty-second session end); start 0.941
        "recipient_country": 0.89,  # 0.894 (thirty-third session); 0.890 (thirty-second session end); start 0.890
        "dates": 0.98,  # 0.980 (thirty-third session); 0.977 (thirty-second session end); start 0.971
        # earlier: 0.872 (thirty-third session); 0.868 (thirty-second session end); start 0.864
        "places": 0.88,  # 0.881 (forty-third session end)
        "recipient_sector": 0.54,  # 0.544 (forty-fifth session end); start 0.445
    },
    "blind58/stories.jsonl": {
        # earlier: 0.824 (thirty-eighth session end); 0.819 (thirty-second session end); start 0.819
        "group_recall": 0.83,  # 0.833 (forty-first session end)
        "precision": 0.90,  # 0.900 (thirty-eighth session end); 0.898 (thirty-second session end); start 0.898
        "actor_country": 0.91,  # 0.911 (forty-first session end); 0.903 (thirty-second session end); start 0.903
        "recipient_country": 0.81,  # 0.811 (thirty-second session end); start 0.800
        # earlier: 0.952 (forty-second session end); 0.934 (thirty-second session end); start 0.934
        "dates": 0.96,  # 0.968 (forty-fourth session end)
        "places": 0.82,  # 0.824 (thirty-second session end); start 0.824
        "recipient_sector": 0.54,  # 0.541 (forty-fifth session end); start 0.453
    },
    "blind59/sentences.jsonl": {
        "group_recall": 0.86,  # 0.865 (thirty-fourth session); 0.859 (thirty-second session end); start 0.859
        "precision": 0.95,  # 0.952 (thirty-second session end); start 0.952
        "actor_country": 0.89,  # 0.894 (thirty-second session end); start 0.894
        # earlier: 0.812 (thirty-second session end); start 0.812
        "recipient_country": 0.82,  # 0.821 (thirty-seventh session, merged)
        "dates": 0.98,  # 0.983 (forty-second session end); 0.973 (thirty-second session end); start 0.973
        "places": 0.87,  # 0.873 (thirty-third session); 0.869 (thirty-second session end); start 0.864
        "recipient_sector": 0.50,  # 0.507 (forty-fifth session end); start 0.384
    },
    "blind59/stories.jsonl": {
        # earlier: 0.783 (thirty-eighth session end); 0.774 (thirty-second session end); start 0.765
        "group_recall": 0.79,  # 0.792 (forty-third session end)
        "precision": 0.89,  # 0.893 (thirty-second session end); start 0.892
        "actor_country": 0.93,  # 0.930 (thirty-second session end); start 0.936
        "recipient_country": 0.81,  # 0.817 (thirty-second session end); start 0.809
        "dates": 0.92,  # 0.924 (forty-fifth session end); 0.894 (thirty-second session end); start 0.906
        "places": 0.93,  # 0.938 (thirty-second session end); start 0.938
        "recipient_sector": 0.44,  # 0.446 (forty-fifth session end); start 0.392
    },
    "blind60/sentences.jsonl": {
        "group_recall": 0.82,  # 0.823 (fortieth session end); 0.813 (thirty-third session end); start 0.813
        "precision": 0.96,  # 0.961 (thirty-third session end); start 0.961
        "actor_country": 0.91,  # 0.910 (fortieth session end); 0.908 (thirty-third session end); start 0.908
        "recipient_country": 0.81,  # 0.813 (thirty-third session end); start 0.812
        "dates": 0.99,  # 0.992 (thirty-third session end); start 0.989
        "places": 0.90,  # 0.902 (thirty-third session end); start 0.902
        "recipient_sector": 0.51,  # 0.518 (forty-fifth session end); start 0.382
    },
    "blind60/stories.jsonl": {
        "group_recall": 0.79,  # 0.795 (fortieth session end); 0.787 (thirty-third session end); start 0.787
        "precision": 0.87,  # 0.871 (thirty-fourth session); 0.868 (thirty-third session end); start 0.868
        "actor_country": 0.88,  # 0.884 (fortieth session end); 0.872 (thirty-third session end); start 0.872
        "recipient_country": 0.66,  # 0.661 (fortieth session end); 0.653 (thirty-third session end); start 0.653
        # earlier: 0.945 (forty-second session end); 0.927 (thirty-third session end); start 0.909
        "dates": 0.96,  # 0.964 (forty-fourth session end)
        "places": 0.80,  # 0.807 (forty-fourth session end); 0.789 (thirty-third session end); start 0.789
        "recipient_sector": 0.46,  # 0.468 (forty-fifth session end); start 0.374
    },
    "blind61/sentences.jsonl": {
        "group_recall": 0.89,  # 0.890 (thirty-sixth session end); 0.888 (thirty-third session end); start 0.888
        "precision": 0.96,  # 0.961 (thirty-third session end); start 0.961
        "actor_country": 0.94,  # 0.940 (thirty-third session end); start 0.937
        "recipient_country": 0.87,  # 0.878 (thirty-third session end); start 0.873
        "dates": 0.98,  # 0.984 (thirty-third session end); start 0.984
        # earlier: 0.940 (forty-second session end); 0.925 (thirty-third session end); start 0.925
        "places": 0.94,  # 0.950 (forty-third session end)
        "recipient_sector": 0.57,  # 0.574 (forty-fifth session end); start 0.412
    },
    "blind61/stories.jsonl": {
        # earlier: 0.726 (thirty-fifth session end); 0.717 (thirty-third session end); start 0.717
        "group_recall": 0.73,  # 0.730 (thirty-sixth session end)
        "precision": 0.91,  # 0.910 (thirty-fifth session end); 0.909 (thirty-third session end); start 0.909
        # earlier: 0.870 (thirty-fifth session end); 0.869 (thirty-third session end); start 0.875
        "actor_country": 0.88,  # 0.881 (forty-third session end)
        "recipient_country": 0.73,  # 0.733 (thirty-third session end); start 0.733
        # earlier: 0.901 (thirty-fourth session); 0.887 (thirty-third session end); start 0.887
        "dates": 0.91,  # 0.918 (forty-third session end)
        "places": 0.79,  # 0.790 (thirty-third session end); start 0.790
        "recipient_sector": 0.46,  # 0.469 (forty-fifth session end); start 0.343
    },
    "blind62/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (forty-fourth session end); 0.860 (thirty-fourth session end); start 0.860
        "precision": 0.93,  # 0.934 (forty-second session end); 0.926 (thirty-fourth session end); start 0.926
        "actor_country": 0.94,  # 0.949 (thirty-fourth session end); start 0.949
        "recipient_country": 0.85,  # 0.854 (thirty-fourth session end); start 0.854
        "dates": 0.99,  # 0.992 (thirty-fourth session end); start 0.992
        # earlier: 0.914 (forty-second session end); 0.909 (thirty-fourth session end); start 0.909
        "places": 0.92,  # 0.924 (forty-third session end)
        "recipient_sector": 0.58,  # 0.580 (forty-fifth session end); start 0.409
    },
    "blind62/stories.jsonl": {
        # earlier: 0.761 (thirty-fifth session end); 0.757 (thirty-fourth session end); start 0.757
        "group_recall": 0.78,  # 0.781 (forty-first session end); 0.773 (fortieth session end)
        "precision": 0.88,  # 0.886 (thirty-fourth session end); start 0.886
        "actor_country": 0.90,  # 0.900 (thirty-fourth session end); start 0.900
        "recipient_country": 0.74,  # 0.741 (thirty-eighth session end); 0.736 (thirty-fourth session end); start 0.736
        # earlier: 0.867 (fortieth session end); 0.852 (thirty-fourth session end); start 0.852
        "dates": 0.89,  # 0.890 (forty-fifth session end)
        "places": 0.85,  # 0.851 (thirty-fifth session end); 0.848 (thirty-fourth session end); start 0.848
        "recipient_sector": 0.53,  # 0.533 (forty-fifth session end); start 0.480
    },
    "blind63/sentences.jsonl": {
        "group_recall": 0.87,  # 0.878 (fortieth session end); 0.873 (thirty-fifth session end); start 0.868
        "precision": 0.96,  # 0.964 (thirty-fourth session end); start 0.964
        "actor_country": 0.92,  # 0.923 (thirty-fourth session end); start 0.923
        "recipient_country": 0.87,  # 0.872 (thirty-fourth session end); start 0.872
        "dates": 0.98,  # 0.986 (thirty-fourth session end); start 0.986
        "places": 0.92,  # 0.923 (forty-second session end); 0.915 (thirty-fourth session end); start 0.914
        "recipient_sector": 0.51,  # 0.519 (forty-fifth session end); start 0.361
    },
    "blind63/stories.jsonl": {
        "group_recall": 0.74,  # 0.743 (fortieth session end); 0.731 (thirty-fourth session end); start 0.731
        "precision": 0.91,  # 0.912 (thirty-fourth session end); start 0.912
        "actor_country": 0.94,  # 0.942 (thirty-fourth session end); start 0.942
        "recipient_country": 0.82,  # 0.822 (thirty-sixth session end); 0.818 (thirty-fourth session end); start 0.815
        "dates": 0.90,  # 0.906 (forty-fifth session end); 0.884 (thirty-fourth session end); start 0.884
        "places": 0.88,  # 0.886 (forty-fourth session end); 0.872 (thirty-fourth session end); start 0.872
        "recipient_sector": 0.48,  # 0.484 (forty-fifth session end); start 0.360
    },
    "blind64/sentences.jsonl": {
        # earlier: 0.888 (fortieth session end); 0.883 (thirty-fifth session end); start 0.882
        "group_recall": 0.89,  # 0.890 (forty-fifth session end)
        "precision": 0.95,  # 0.956 (thirty-fifth session end); start 0.955
        "actor_country": 0.94,  # 0.940 (thirty-sixth session end); 0.939 (thirty-fifth session end); start 0.939
        "recipient_country": 0.84,  # 0.844 (thirty-fifth session end); start 0.845
        "dates": 0.98,  # 0.989 (thirty-fifth session end); start 0.989
        "places": 0.91,  # 0.914 (forty-second session end); 0.909 (thirty-fifth session end); start 0.909
        "recipient_sector": 0.53,  # 0.530 (forty-fifth session end); start 0.382
    },
    "blind64/stories.jsonl": {
        "group_recall": 0.77,  # 0.771 (thirty-eighth session end); 0.763 (thirty-fifth session end); start 0.763
        "precision": 0.91,  # 0.914 (thirty-fifth session end); start 0.914
        "actor_country": 0.93,  # 0.930 (thirty-eighth session end); 0.923 (thirty-fifth session end); start 0.923
        "recipient_country": 0.84,  # 0.841 (thirty-eighth session end); 0.840 (thirty-fifth session end); start 0.840
        # earlier: 0.882 (thirty-eighth session end); 0.880 (thirty-fifth session end); start 0.880
        "dates": 0.89,  # 0.895 (forty-second session end)
        "places": 0.83,  # 0.830 (thirty-fifth session end); start 0.830
        "recipient_sector": 0.52,  # 0.527 (forty-fifth session end); start 0.367
    },
    "blind65/sentences.jsonl": {
        "group_recall": 0.86,  # 0.860 (thirty-fifth session end); start 0.860
        "precision": 0.94,  # 0.942 (forty-second session end); 0.938 (thirty-fifth session end); start 0.938
        "actor_country": 0.92,  # 0.921 (thirty-fifth session end); start 0.921
        "recipient_country": 0.85,  # 0.851 (thirty-sixth session end); 0.849 (thirty-fifth session end); start 0.849
        "dates": 0.98,  # 0.989 (thirty-fifth session end); start 0.989
        "places": 0.93,  # 0.939 (thirty-fifth session end); start 0.939
        "recipient_sector": 0.57,  # 0.578 (forty-fifth session end); start 0.409
    },
    "blind65/stories.jsonl": {
        # earlier: 0.785 (thirty-eighth session end); 0.770 (thirty-fifth session end); start 0.770
        "group_recall": 0.79,  # 0.793 (forty-first session end)
        "precision": 0.92,  # 0.926 (thirty-fifth session end); start 0.926
        "actor_country": 0.87,  # 0.874 (thirty-fifth session end); start 0.874
        "recipient_country": 0.79,  # 0.793 (thirty-fifth session end); start 0.793
        "dates": 0.93,  # 0.938 (forty-fifth session end); 0.906 (thirty-fifth session end); start 0.906
        "places": 0.92,  # 0.920 (thirty-fifth session end); start 0.920
        "recipient_sector": 0.56,  # 0.562 (forty-fifth session end); start 0.444
    },
    "blind66/sentences.jsonl": {
        "group_recall": 0.91,  # 0.911 (thirty-eighth session end); 0.908 (thirty-sixth session end); start 0.906
        "precision": 0.94,  # 0.943 (thirty-sixth session end); start 0.943
        "actor_country": 0.92,  # 0.927 (thirty-sixth session end); start 0.927
        "recipient_country": 0.87,  # 0.870 (fortieth session end); 0.869 (thirty-sixth session end); start 0.869
        "dates": 0.99,  # 0.994 (thirty-sixth session end); start 0.994
        "places": 0.92,  # 0.922 (thirty-sixth session end); start 0.922
        "recipient_sector": 0.52,  # 0.524 (forty-fifth session end); start 0.373
    },
    "blind66/stories.jsonl": {
        "group_recall": 0.80,  # 0.804 (thirty-eighth session end); 0.796 (thirty-sixth session end); start 0.796
        "precision": 0.90,  # 0.900 (fortieth session end); 0.899 (thirty-sixth session end); start 0.899
        "actor_country": 0.94,  # 0.946 (thirty-sixth session end); start 0.946
        "recipient_country": 0.77,  # 0.776 (thirty-sixth session end); start 0.776
        "dates": 0.92,  # 0.921 (forty-second session end); 0.910 (thirty-sixth session end); start 0.910
        "places": 0.86,  # 0.866 (thirty-sixth session end); start 0.866
        "recipient_sector": 0.53,  # 0.538 (forty-fifth session end); start 0.399
    },
    "blind67/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (thirty-seventh session, merged); 0.865 (thirty-sixth session end); start 0.865
        "precision": 0.95,  # 0.957 (thirty-sixth session end); start 0.957
        "actor_country": 0.93,  # 0.937 (thirty-sixth session end); start 0.936
        "recipient_country": 0.87,  # 0.873 (thirty-sixth session end); start 0.873
        "dates": 0.97,  # 0.976 (thirty-sixth session end); start 0.976
        "places": 0.92,  # 0.928 (forty-third session end); 0.917 (thirty-sixth session end); start 0.917
        "recipient_sector": 0.49,  # 0.496 (forty-fifth session end); start 0.345
    },
    "blind67/stories.jsonl": {
        # earlier: 0.748 (thirty-eighth session end); 0.731 (thirty-sixth session end); start 0.731
        "group_recall": 0.75,  # 0.752 (forty-first session end)
        "precision": 0.91,  # 0.914 (thirty-sixth session end); start 0.914
        "actor_country": 0.88,  # 0.885 (thirty-sixth session end); start 0.885
        "recipient_country": 0.77,  # 0.772 (thirty-sixth session end); start 0.772
        "dates": 0.92,  # 0.929 (fortieth session end); 0.904 (thirty-sixth session end); start 0.904
        "places": 0.91,  # 0.911 (thirty-sixth session end); start 0.911
        "recipient_sector": 0.50,  # 0.506 (forty-fifth session end); start 0.419
    },
    "blind68/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (thirty-eighth session end); 0.866 (thirty-seventh session end); start 0.866
        "precision": 0.96,  # 0.960 (forty-second session end); 0.958 (thirty-seventh session end); start 0.958
        "actor_country": 0.93,  # 0.930 (fortieth session end); 0.929 (thirty-seventh session end); start 0.929
        "recipient_country": 0.81,  # 0.817 (thirty-seventh session end); start 0.817
        "dates": 0.96,  # 0.967 (thirty-seventh session end); start 0.967
        "places": 0.94,  # 0.940 (thirty-eighth session end); 0.940 (thirty-seventh session end); start 0.940
        "recipient_sector": 0.62,  # 0.629 (forty-fifth session end); start 0.457
    },
    "blind68/stories.jsonl": {
        "group_recall": 0.83,  # 0.833 (thirty-ninth session merged); 0.821 (thirty-seventh session end); start 0.821
        "precision": 0.93,  # 0.931 (thirty-seventh session end); start 0.931
        "actor_country": 0.95,  # 0.952 (thirty-seventh session end); start 0.952
        "recipient_country": 0.82,  # 0.825 (thirty-seventh session end); start 0.825
        "dates": 0.94,  # 0.946 (fortieth session end); 0.939 (thirty-seventh session end); start 0.939
        "places": 0.84,  # 0.840 (thirty-seventh session end); start 0.840
        "recipient_sector": 0.53,  # 0.531 (forty-fifth session end); start 0.377
    },
    "blind69/sentences.jsonl": {
        "group_recall": 0.86,  # 0.862 (thirty-seventh session end); start 0.860
        "precision": 0.94,  # 0.947 (thirty-seventh session end); start 0.947
        "actor_country": 0.92,  # 0.920 (fortieth session end); 0.914 (thirty-seventh session end); start 0.913
        "recipient_country": 0.82,  # 0.820 (thirty-seventh session end); start 0.820
        "dates": 0.96,  # 0.968 (thirty-seventh session end); start 0.967
        "places": 0.94,  # 0.940 (thirty-seventh session end); start 0.940
        "recipient_sector": 0.50,  # 0.507 (forty-fifth session end); start 0.375
    },
    "blind69/stories.jsonl": {
        # earlier: 0.763 (thirty-eighth session end); 0.758 (thirty-seventh session end); start 0.758
        "group_recall": 0.77,  # 0.772 (forty-first session end)
        "precision": 0.91,  # 0.916 (thirty-seventh session end); start 0.916
        "actor_country": 0.98,  # 0.984 (thirty-seventh session end); start 0.984
        "recipient_country": 0.84,  # 0.840 (thirty-eighth session end); 0.839 (thirty-seventh session end); start 0.839
        "dates": 0.95,  # 0.954 (forty-second session end); 0.944 (thirty-seventh session end); start 0.944
        "places": 0.92,  # 0.925 (thirty-ninth session merged); 0.910 (thirty-seventh session end); start 0.910
        "recipient_sector": 0.50,  # 0.500 (forty-fifth session end); start 0.415
    },
    "blind70/sentences.jsonl": {
        "group_recall": 0.90,  # 0.901 (thirty-eighth session end); start 0.901
        "precision": 0.95,  # 0.950 (forty-second session end); 0.949 (thirty-eighth session end); start 0.949
        "actor_country": 0.92,  # 0.922 (thirty-eighth session end); start 0.922
        "recipient_country": 0.84,  # 0.844 (thirty-eighth session end); start 0.841
        "dates": 0.97,  # 0.972 (thirty-eighth session end); start 0.972
        "places": 0.92,  # 0.922 (thirty-eighth session end); start 0.922
        "recipient_sector": 0.52,  # 0.523 (forty-fifth session end); start 0.361
    },
    "blind70/stories.jsonl": {
        "group_recall": 0.80,  # 0.800 (forty-first session end); 0.791 (thirty-eighth session end); start 0.787
        "precision": 0.90,  # 0.902 (thirty-eighth session end); start 0.901
        "actor_country": 0.94,  # 0.940 (fortieth session end); 0.940 (thirty-eighth session end); start 0.940
        "recipient_country": 0.79,  # 0.792 (thirty-eighth session end); start 0.790
        # earlier: 0.938 (fortieth session end); 0.929 (thirty-eighth session end); start 0.929
        "dates": 0.94,  # 0.947 (forty-second session end)
        "places": 0.88,  # 0.885 (thirty-eighth session end); start 0.885
        "recipient_sector": 0.61,  # 0.616 (forty-fifth session end); start 0.445
    },
    "blind71/sentences.jsonl": {
        "group_recall": 0.88,  # 0.884 (thirty-eighth session end); start 0.881
        "precision": 0.95,  # 0.952 (thirty-eighth session end); start 0.952
        "actor_country": 0.89,  # 0.895 (thirty-eighth session end); start 0.895
        "recipient_country": 0.82,  # 0.828 (thirty-eighth session end); start 0.828
        "dates": 0.97,  # 0.970 (thirty-eighth session end); start 0.970
        "places": 0.97,  # 0.977 (thirty-eighth session end); start 0.976
        "recipient_sector": 0.52,  # 0.524 (forty-fifth session end); start 0.388
    },
    "blind71/stories.jsonl": {
        "group_recall": 0.77,  # 0.774 (fortieth session end); 0.770 (thirty-eighth session end); start 0.761
        "precision": 0.90,  # 0.900 (fortieth session end); 0.900 (thirty-eighth session end); start 0.899
        "actor_country": 0.92,  # 0.927 (thirty-eighth session end); start 0.926
        "recipient_country": 0.80,  # 0.808 (thirty-eighth session end); start 0.805
        "dates": 0.95,  # 0.954 (forty-second session end); 0.917 (thirty-eighth session end); start 0.916
        "places": 0.82,  # 0.826 (thirty-eighth session end); start 0.822
        "recipient_sector": 0.58,  # 0.589 (forty-fifth session end); start 0.444
    },
    "blind72/sentences.jsonl": {
        "group_recall": 0.86,  # 0.864 (fortieth session end); 0.859 (thirty-ninth session end); start 0.859
        "precision": 0.95,  # 0.950 (forty-second session end); 0.947 (thirty-ninth session end); start 0.947
        "actor_country": 0.94,  # 0.943 (thirty-ninth session end); start 0.943
        "recipient_country": 0.87,  # 0.870 (thirty-ninth session end); start 0.869
        "dates": 0.98,  # 0.980 (thirty-ninth session end); start 0.980
        "places": 0.89,  # 0.898 (thirty-ninth session end); start 0.898
        "recipient_sector": 0.56,  # 0.560 (forty-fifth session end); start 0.382
    },
    "blind72/stories.jsonl": {
        "group_recall": 0.76,  # 0.763 (forty-first session end); 0.751 (thirty-ninth session end); start 0.747
        "precision": 0.91,  # 0.914 (thirty-ninth session end); start 0.913
        "actor_country": 0.83,  # 0.835 (thirty-ninth session end); start 0.835
        "recipient_country": 0.75,  # 0.752 (fortieth session end); 0.749 (thirty-ninth session end); start 0.744
        # earlier: 0.852 (forty-second session end); 0.841 (thirty-ninth session end); start 0.839
        "dates": 0.86,  # 0.864 (forty-third session end)
        "places": 0.80,  # 0.803 (thirty-ninth session end); start 0.803
        "recipient_sector": 0.57,  # 0.572 (forty-fifth session end); start 0.445
    },
    "blind73/sentences.jsonl": {
        "group_recall": 0.87,  # 0.872 (thirty-ninth session end); start 0.870
        "precision": 0.95,  # 0.955 (thirty-ninth session end); start 0.955
        "actor_country": 0.90,  # 0.909 (thirty-ninth session end); start 0.909
        "recipient_country": 0.80,  # 0.808 (thirty-ninth session end); start 0.809
        "dates": 0.97,  # 0.980 (thirty-ninth session end); start 0.980
        "places": 0.88,  # 0.883 (fortieth session end); 0.878 (thirty-ninth session end); start 0.878
        "recipient_sector": 0.58,  # 0.584 (forty-fifth session end); start 0.381
    },
    "blind73/stories.jsonl": {
        "group_recall": 0.81,  # 0.814 (forty-second session end); 0.801 (thirty-ninth session end); start 0.801
        "precision": 0.92,  # 0.927 (thirty-ninth session end); start 0.927
        "actor_country": 0.92,  # 0.923 (fortieth session end); 0.915 (thirty-ninth session end); start 0.915
        "recipient_country": 0.82,  # 0.829 (thirty-ninth session end); start 0.829
        "dates": 0.93,  # 0.930 (forty-second session end); 0.904 (thirty-ninth session end); start 0.904
        "places": 0.85,  # 0.855 (thirty-ninth session end); start 0.855
        "recipient_sector": 0.50,  # 0.500 (forty-fifth session end); start 0.418
    },
    "blind74/sentences.jsonl": {
        "group_recall": 0.88,  # 0.882 (fortieth session end); start 0.878
        "precision": 0.95,  # 0.952 (fortieth session end); start 0.953
        "actor_country": 0.95,  # 0.959 (fortieth session end); start 0.959
        "recipient_country": 0.86,  # 0.867 (fortieth session end); start 0.869
        "dates": 0.98,  # 0.989 (fortieth session end); start 0.989
        "places": 0.90,  # 0.907 (fortieth session end); start 0.907
        "recipient_sector": 0.61,  # 0.611 (forty-fifth session end); start 0.437
    },
    "blind74/stories.jsonl": {
        "group_recall": 0.81,  # 0.812 (fortieth session end); start 0.803
        "precision": 0.93,  # 0.934 (forty-fourth session end); 0.929 (fortieth session end); start 0.927
        "actor_country": 0.95,  # 0.954 (fortieth session end); start 0.953
        "recipient_country": 0.74,  # 0.744 (forty-fourth session end); 0.735 (fortieth session end); start 0.732
        # earlier: 0.819 (forty-second session end); 0.795 (fortieth session end); start 0.795
        "dates": 0.82,  # 0.824 (forty-fourth session end)
        "places": 0.81,  # 0.812 (forty-fourth session end); 0.787 (fortieth session end); start 0.783
        "recipient_sector": 0.46,  # 0.465 (forty-fifth session end); start 0.348
    },
    "blind75/sentences.jsonl": {
        "group_recall": 0.87,  # 0.873 (fortieth session end); start 0.870
        "precision": 0.95,  # 0.956 (fortieth session end); start 0.955
        "actor_country": 0.92,  # 0.925 (fortieth session end); start 0.925
        "recipient_country": 0.80,  # 0.801 (fortieth session end); start 0.798
        "dates": 0.99,  # 0.991 (forty-second session end); 0.988 (fortieth session end); start 0.988
        "places": 0.95,  # 0.952 (forty-second session end); 0.943 (fortieth session end); start 0.942
        "recipient_sector": 0.54,  # 0.540 (forty-fifth session end); start 0.361
    },
    "blind75/stories.jsonl": {
        "group_recall": 0.69,  # 0.694 (forty-fourth session end); 0.683 (fortieth session end); start 0.683
        # earlier: 0.900 (forty-first session end); 0.900 (fortieth session end); start 0.900
        "precision": 0.91,  # 0.910 (forty-fifth session end)
        "actor_country": 0.94,  # 0.943 (fortieth session end); start 0.943
        "recipient_country": 0.82,  # 0.820 (forty-first session end); 0.819 (fortieth session end); start 0.819
        # earlier: 0.913 (forty-third session end); 0.903 (fortieth session end); start 0.893
        "dates": 0.92,  # 0.925 (forty-fifth session end)
        "places": 0.90,  # 0.900 (forty-fourth session end); 0.894 (fortieth session end); start 0.894
        "recipient_sector": 0.51,  # 0.512 (forty-fifth session end); start 0.385
    },
    "blind76/sentences.jsonl": {
        "group_recall": 0.90,  # 0.905 (forty-first session end); start 0.905
        "precision": 0.95,  # 0.951 (forty-first session end); start 0.951
        "actor_country": 0.89,  # 0.898 (forty-first session end); start 0.898
        "recipient_country": 0.82,  # 0.826 (forty-first session end); start 0.826
        "dates": 1.00,  # 1.000 (forty-first session end); start 1.000
        "places": 0.95,  # 0.951 (forty-third session end); 0.936 (forty-first session end); start 0.936
        "recipient_sector": 0.56,  # 0.561 (forty-fifth session end); start 0.386
    },
    "blind76/stories.jsonl": {
        "group_recall": 0.75,  # 0.750 (forty-first session end); start 0.750
        "precision": 0.86,  # 0.863 (forty-fourth session end); 0.858 (forty-first session end); start 0.862
        "actor_country": 0.88,  # 0.886 (forty-first session end); start 0.886
        "recipient_country": 0.76,  # 0.764 (forty-first session end); start 0.764
        "dates": 0.92,  # 0.925 (forty-second session end); 0.900 (forty-first session end); start 0.900
        "places": 0.90,  # 0.906 (forty-first session end); start 0.906
        "recipient_sector": 0.50,  # 0.507 (forty-fifth session end); start 0.365
    },
    "blind77/sentences.jsonl": {
        "group_recall": 0.91,  # 0.918 (forty-first session end); start 0.918
        "precision": 0.96,  # 0.962 (forty-second session end); 0.960 (forty-first session end); start 0.960
        "actor_country": 0.94,  # 0.950 (forty-first session end); start 0.950
        "recipient_country": 0.89,  # 0.897 (forty-first session end); start 0.897
        "dates": 0.98,  # 0.985 (forty-first session end); start 0.985
        "places": 0.95,  # 0.958 (forty-first session end); start 0.958
        "recipient_sector": 0.55,  # 0.557 (forty-fifth session end); start 0.430
    },
    "blind77/stories.jsonl": {
        "group_recall": 0.77,  # 0.779 (forty-first session end); start 0.779
        "precision": 0.92,  # 0.923 (forty-fourth session end); 0.918 (forty-first session end); start 0.918
        "actor_country": 0.95,  # 0.957 (forty-first session end); start 0.957
        "recipient_country": 0.81,  # 0.817 (forty-first session end); start 0.817
        "dates": 0.92,  # 0.929 (forty-first session end); start 0.929
        "places": 0.83,  # 0.836 (forty-first session end); start 0.836
        "recipient_sector": 0.52,  # 0.522 (forty-fifth session end); start 0.401
    },
    "blind78/sentences.jsonl": {
        "group_recall": 0.87,  # 0.878 (forty-second session end); start 0.878
        "precision": 0.94,  # 0.947 (forty-second session end); start 0.947
        "actor_country": 0.90,  # 0.904 (forty-second session end); start 0.904
        "recipient_country": 0.81,  # 0.811 (forty-second session end); start 0.811
        "dates": 0.98,  # 0.988 (forty-second session end); start 0.991
        "places": 0.92,  # 0.926 (forty-third session end); 0.912 (forty-second session end); start 0.912
        "recipient_sector": 0.51,  # 0.520 (forty-fifth session end); start 0.367
    },
    "blind78/stories.jsonl": {
        "group_recall": 0.83,  # 0.832 (forty-second session end); start 0.832
        "precision": 0.88,  # 0.884 (forty-second session end); start 0.884
        "actor_country": 0.84,  # 0.841 (forty-second session end); start 0.841
        "recipient_country": 0.68,  # 0.681 (forty-second session end); start 0.681
        "dates": 0.98,  # 0.983 (forty-second session end); start 0.983
        "places": 0.86,  # 0.860 (forty-second session end); start 0.860
        "recipient_sector": 0.48,  # 0.489 (forty-fifth session end); start 0.369
    },
    "blind79/sentences.jsonl": {
        "group_recall": 0.88,  # 0.882 (forty-fifth session end); 0.880 (forty-second session end); start 0.880
        "precision": 0.94,  # 0.941 (forty-fifth session end); 0.939 (forty-second session end); start 0.939
        "actor_country": 0.89,  # 0.899 (forty-second session end); start 0.899
        "recipient_country": 0.82,  # 0.821 (forty-second session end); start 0.821
        "dates": 1.00,  # 1.000 (forty-second session end); start 1.000
        "places": 0.96,  # 0.963 (forty-third session end); 0.956 (forty-second session end); start 0.948
        "recipient_sector": 0.56,  # 0.561 (forty-fifth session end); start 0.352
    },
    "blind79/stories.jsonl": {
        "group_recall": 0.82,  # 0.823 (forty-third session end); 0.815 (forty-second session end); start 0.815
        "precision": 0.92,  # 0.924 (forty-second session end); start 0.924
        "actor_country": 0.94,  # 0.946 (forty-second session end); start 0.946
        "recipient_country": 0.80,  # 0.800 (forty-third session end); 0.798 (forty-second session end); start 0.798
        "dates": 1.00,  # 1.000 (forty-second session end); start 1.000
        "places": 0.71,  # 0.714 (forty-third session end); 0.708 (forty-second session end); start 0.708
        "recipient_sector": 0.50,  # 0.505 (forty-fifth session end); start 0.429
    },
    "blind80/sentences.jsonl": {
        "group_recall": 0.88,  # 0.882 (forty-third session end); start 0.882
        "precision": 0.94,  # 0.940 (forty-fourth session end); 0.938 (forty-third session end); start 0.938
        "actor_country": 0.88,  # 0.883 (forty-third session end); start 0.883
        "recipient_country": 0.81,  # 0.814 (forty-third session end); start 0.814
        "dates": 0.97,  # 0.979 (forty-third session end); start 0.979
        "places": 0.95,  # 0.955 (forty-third session end); start 0.955
        "recipient_sector": 0.52,  # 0.523 (forty-fifth session end); start 0.352
    },
    "blind80/stories.jsonl": {
        "group_recall": 0.80,  # 0.802 (forty-third session end); start 0.802
        "precision": 0.91,  # 0.914 (forty-third session end); start 0.914
        "actor_country": 0.88,  # 0.885 (forty-third session end); start 0.885
        "recipient_country": 0.80,  # 0.805 (forty-third session end); start 0.805
        "dates": 0.98,  # 0.983 (forty-third session end); start 0.966
        "places": 0.85,  # 0.855 (forty-third session end); start 0.855
        "recipient_sector": 0.51,  # 0.511 (forty-fifth session end); start 0.409
    },
    "blind81/sentences.jsonl": {
        "group_recall": 0.86,  # 0.869 (forty-third session end); start 0.869
        "precision": 0.93,  # 0.935 (forty-third session end); start 0.935
        "actor_country": 0.87,  # 0.877 (forty-third session end); start 0.877
        "recipient_country": 0.79,  # 0.796 (forty-third session end); start 0.796
        "dates": 0.99,  # 0.994 (forty-third session end); start 0.994
        "places": 0.91,  # 0.918 (forty-third session end); start 0.918
        "recipient_sector": 0.48,  # 0.488 (forty-fifth session end); start 0.358
    },
    "blind81/stories.jsonl": {
        "group_recall": 0.87,  # 0.872 (forty-third session end); start 0.872
        "precision": 0.88,  # 0.886 (forty-third session end); start 0.886
        "actor_country": 0.88,  # 0.885 (forty-third session end); start 0.885
        "recipient_country": 0.72,  # 0.724 (forty-third session end); start 0.724
        "dates": 0.98,  # 0.986 (forty-third session end); start 0.986
        "places": 0.94,  # 0.946 (forty-third session end); start 0.946
        "recipient_sector": 0.41,  # 0.418 (forty-fifth session end); start 0.358
    },
    "blind82/sentences.jsonl": {
        "group_recall": 0.87,  # 0.871 (forty-fourth session end); start 0.870
        "precision": 0.94,  # 0.948 (forty-fourth session end); start 0.946
        "actor_country": 0.87,  # 0.879 (forty-fourth session end); start 0.879
        "recipient_country": 0.81,  # 0.812 (forty-fourth session end); start 0.812
        "dates": 1.00,  # 1.000 (forty-fourth session end); start 1.000
        "places": 0.88,  # 0.888 (forty-fourth session end); start 0.888
        "recipient_sector": 0.50,  # 0.502 (forty-fifth session end); start 0.352
    },
    "blind82/stories.jsonl": {
        "group_recall": 0.84,  # 0.842 (forty-fourth session end); start 0.842
        "precision": 0.88,  # 0.889 (forty-fourth session end); start 0.889
        "actor_country": 0.91,  # 0.912 (forty-fourth session end); start 0.912
        "recipient_country": 0.78,  # 0.783 (forty-fourth session end); start 0.783
        "dates": 0.93,  # 0.938 (forty-fourth session end); start 0.938
        "places": 0.89,  # 0.897 (forty-fourth session end); start 0.897
        "recipient_sector": 0.56,  # 0.567 (forty-fifth session end); start 0.433
    },
    "blind83/sentences.jsonl": {
        "group_recall": 0.86,  # 0.866 (forty-fourth session end); start 0.864
        "precision": 0.93,  # 0.939 (forty-fourth session end); start 0.938
        "actor_country": 0.87,  # 0.873 (forty-fourth session end); start 0.872
        "recipient_country": 0.77,  # 0.775 (forty-fourth session end); start 0.775
        "dates": 0.98,  # 0.986 (forty-fourth session end); start 0.985
        "places": 0.90,  # 0.904 (forty-fourth session end); start 0.903
        "recipient_sector": 0.50,  # 0.501 (forty-fifth session end); start 0.348
    },
    "blind83/stories.jsonl": {
        "group_recall": 0.84,  # 0.841 (forty-fourth session end); start 0.841
        "precision": 0.91,  # 0.920 (forty-fourth session end); start 0.920
        "actor_country": 0.90,  # 0.909 (forty-fourth session end); start 0.909
        "recipient_country": 0.74,  # 0.740 (forty-fourth session end); start 0.740
        "dates": 0.93,  # 0.939 (forty-fourth session end); start 0.939
        "places": 0.92,  # 0.925 (forty-fourth session end); start 0.925
        "recipient_sector": 0.52,  # 0.529 (forty-fifth session end); start 0.430
    },
    "blind84/sentences.jsonl": {
        "group_recall": 0.89,  # 0.898 (forty-fifth session end); start 0.898
        "precision": 0.96,  # 0.961 (forty-fifth session end); start 0.961
        "actor_country": 0.88,  # 0.885 (forty-fifth session end); start 0.885
        "recipient_country": 0.81,  # 0.811 (forty-fifth session end); start 0.811
        "dates": 0.99,  # 0.992 (forty-fifth session end); start 0.992
        "places": 0.93,  # 0.938 (forty-fifth session end); start 0.938
        "recipient_sector": 0.43,  # 0.439 (forty-fifth session end); start 0.320
    },
    "blind84/stories.jsonl": {
        "group_recall": 0.84,  # 0.846 (forty-fifth session end); start 0.846
        "precision": 0.93,  # 0.940 (forty-fifth session end); start 0.940
        "actor_country": 0.88,  # 0.886 (forty-fifth session end); start 0.886
        "recipient_country": 0.78,  # 0.783 (forty-fifth session end); start 0.783
        "dates": 0.93,  # 0.934 (forty-fifth session end); start 0.934
        "places": 0.92,  # 0.921 (forty-fifth session end); start 0.921
        "recipient_sector": 0.55,  # 0.552 (forty-fifth session end); start 0.429
    },
    "blind85/sentences.jsonl": {
        "group_recall": 0.85,  # 0.856 (forty-fifth session end); start 0.856
        "precision": 0.95,  # 0.957 (forty-fifth session end); start 0.957
        "actor_country": 0.90,  # 0.905 (forty-fifth session end); start 0.905
        "recipient_country": 0.82,  # 0.823 (forty-fifth session end); start 0.823
        "dates": 0.98,  # 0.985 (forty-fifth session end); start 0.985
        "places": 0.91,  # 0.911 (forty-fifth session end); start 0.906
        "recipient_sector": 0.49,  # 0.493 (forty-fifth session end); start 0.354
    },
    "blind85/stories.jsonl": {
        "group_recall": 0.80,  # 0.808 (forty-fifth session end); start 0.808
        "precision": 0.92,  # 0.921 (forty-fifth session end); start 0.917
        "actor_country": 0.90,  # 0.905 (forty-fifth session end); start 0.905
        "recipient_country": 0.72,  # 0.722 (forty-fifth session end); start 0.722
        "dates": 1.00,  # 1.000 (forty-fifth session end); start 1.000
        "places": 0.88,  # 0.885 (forty-fifth session end); start 0.885
        "recipient_sector": 0.55,  # 0.560 (forty-fifth session end); start 0.403
    },
}
# (real right, traps right, sector on real rows)
# (fourth session: 1.000/0.992/0.960, 0.993/0.992/0.957, 0.985/0.985/0.975, 1.000/0.925/0.994, with the
# scorer's rule that an expected name resolving to the same entity is that name)
PROBE_FLOORS = {
    "blind/actor_probes.tsv": (1.00, 0.99, 0.97),  # 1.000 / 0.992 / 0.971 (eighth session end)
    "blind2/actor_probes.tsv": (0.99, 1.00, 0.96),  # 0.993 / 1.000 / 0.963 (eighth session end)
    "blind3/actor_probes.tsv": (0.99, 0.99, 0.97),  # 0.991 / 0.992 / 0.975 (eighth session end)
    "blind3/actor_probes_extra.tsv": (1.00, 0.96, 0.99),  # 1.000 / 0.963 / 0.994 (eighteenth session, merged)
    "blind4/actor_probes.tsv": (0.99, 0.99, 0.92),  # 0.993 / 0.992 / 0.929 (twenty-second session, merged)
    "blind4/actor_probes_extra.tsv": (1.00, 0.97, 0.97),  # 1.000 / 0.978 / 0.976 (eighth session end)
    "blind5/actor_probes.tsv": (1.00, 0.97, 0.98),  # 1.000 / 0.971 / 0.980 (twenty-second session, merged)
    "blind6/actor_probes.tsv": (0.99, 1.00, 0.94),  # 0.997 / 1.000 / 0.947 (eighth session end)
    "blind6/actor_probes_extra.tsv": (1.00, 1.00, 0.94),  # 1.000 / 1.000 / 0.950 (eighteenth session, merged)
    "blind7/actor_probes.tsv": (1.00, 0.99, 0.95),  # 1.000 / 0.992 / 0.9596 (twelfth session end)
    "blind7/actor_probes_extra.tsv": (0.99, 1.00, 0.96),  # 0.992 / 1.000 / 0.961 (eighth session end)
    "blind8/actor_probes.tsv": (0.99, 1.00, 0.96),  # 0.990 / 1.000 / 0.967 (eleventh session end)
    "blind8/actor_probes_extra.tsv": (0.99, 0.98, 0.96),  # 0.991 / 0.986 / 0.965 (twenty-second session, merged)
    "blind9/actor_probes.tsv": (1.00, 0.99, 0.95),  # 1.000 / 0.992 / 0.955 (twenty-seventh session, merged)
    "blind10/actor_probes.tsv": (0.97, 1.00, 0.92),  # 0.973 / 1.000 / 0.920 (twenty-ninth session, merged)
    "blind10/actor_probes_extra.tsv": (0.99, 1.00, 0.96),  # 0.994 / 1.000 / 0.962 (eighteenth session, merged)
    "blind11/actor_probes.tsv": (0.97, 0.99, 0.92),  # 0.970 / 0.992 / 0.926 (eighteenth session, merged)
    "blind11/actor_probes_extra.tsv": (0.98, 0.97, 0.97),  # 0.988 / 0.973 / 0.974 (twenty-ninth session, merged)
    # rounds 12 and 13: written in the ninth session, sealed, scored at its start (4033f8d) and end
    "blind12/actor_probes.tsv": (0.98, 1.00, 0.95),  # 0.987 / 1.000 / 0.953 (twenty-seventh session, merged)
    "blind12/actor_probes_extra.tsv": (0.99, 0.98, 0.95),  # 0.991 / 0.982 / 0.956 (eleventh session end)
    "blind13/actor_probes.tsv": (0.98, 0.99, 0.93),  # 0.980 / 0.992 / 0.930 (twelfth session end)
    "blind13/actor_probes_extra.tsv": (0.99, 1.00, 0.97),  # 0.991 / 1.000 / 0.974 (twenty-sixth session, merged)
    # rounds 14 and 15: written in the tenth session, sealed, scored at its start (aebfda4) and end
    "blind14/actor_probes.tsv": (0.99, 0.96, 0.96),  # 0.990 / 0.967 / 0.963 (eleventh session end)
    "blind14/actor_probes_extra.tsv": (0.99, 0.98, 0.97),  # 0.997 / 0.988 / 0.970 (twenty-sixth session, merged)
    "blind15/actor_probes.tsv": (0.99, 0.89, 0.92),  # 0.997 / 0.892 / 0.923 (twenty-sixth session, merged)
    "blind15/actor_probes_extra.tsv": (0.99, 0.96, 0.96),  # 0.993 / 0.967 / 0.960 (eleventh session end)
    # rounds 16 and 17: written in the eleventh session, sealed, scored at its start (d2ebfe5) and end
    # earlier: 0.987 / 1.000 / 0.943 (eighteenth session, merged)
    "blind16/actor_probes.tsv": (0.99, 1.00, 0.94),  # 0.990 / 1.000 / 0.947 (thirty-fourth session)
    "blind16/actor_probes_extra.tsv": (0.99, 0.96, 0.97),  # 0.990 / 0.969 / 0.971 (twelfth session end)
    "blind17/actor_probes.tsv": (0.99, 0.97, 0.94),  # 0.990 / 0.975 / 0.943 (twenty-seventh session, merged)
    "blind17/actor_probes_extra.tsv": (0.99, 1.00, 0.95),  # 0.991 / 1.000 / 0.953 (twenty-sixth session, merged)
    # rounds 18 and 19: written in the twelfth session, sealed, scored at its start (35fa380) and end
    "blind18/actor_probes.tsv": (0.99, 0.97, 0.98),  # 0.997 / 0.975 / 0.980 (twenty-ninth session, merged)
    "blind18/actor_probes_extra.tsv": (0.99, 0.98, 0.97),  # 0.991 / 0.986 / 0.975 (start 0.988 / 0.986 / 0.973)
    "blind19/actor_probes.tsv": (0.99, 0.95, 0.94),  # 0.990 / 0.950 / 0.940 (nineteenth session, merged)
    "blind19/actor_probes_extra.tsv": (0.99, 0.91, 0.97),  # 0.991 / 0.918 / 0.975 (start 0.990 / 0.918 / 0.973)
    # rounds 20 and 21: written in the thirteenth session, sealed, scored at its start (d02cb49) and end
    "blind20/actor_probes.tsv": (0.99, 0.99, 0.97),  # 0.990 / 0.992 / 0.973 (twenty-sixth session, merged)
    "blind20/actor_probes_extra.tsv": (0.99, 0.97, 0.98),  # 0.996 / 0.980 / 0.985 (eighteenth session, merged)
    "blind21/actor_probes.tsv": (0.98, 0.99, 0.97),  # 0.987 / 0.992 / 0.970 (twenty-sixth session, merged)
    "blind21/actor_probes_extra.tsv": (0.99, 0.99, 0.96),  # 0.996 / 0.991 / 0.965 (start the same)
    # rounds 22 and 23: written in the fourteenth session, sealed, scored at its start (e33cc57) and end
    "blind22/actor_probes.tsv": (1.00, 0.99, 0.98),  # 1.000 / 0.992 / 0.980 (eighteenth session, merged)
    "blind22/actor_probes_extra.tsv": (1.00, 0.96, 0.99),  # 1.000 / 0.969 / 0.997 (eighteenth session, merged)
    # earlier: 0.993 / 0.975 / 0.960 (twentieth session, merged)
    "blind23/actor_probes.tsv": (0.99, 0.98, 0.96),  # 0.993 / 0.983 / 0.960 (thirty-fourth session)
    "blind23/actor_probes_extra.tsv": (0.98, 1.00, 0.96),  # 0.986 / 1.000 / 0.968 (eighteenth session, merged)
    "blind24/actor_probes.tsv": (0.99, 0.97, 0.98),  # 0.997 / 0.975 / 0.987 (eighteenth session, merged)
    "blind24/actor_probes_extra.tsv": (1.00, 1.00, 0.98),  # 1.000 / 1.000 / 0.989 (twenty-sixth session, merged)
    "blind25/actor_probes.tsv": (0.99, 0.99, 0.97),  # 0.997 / 0.992 / 0.970 (twenty-ninth session, merged)
    "blind25/actor_probes_extra.tsv": (0.99, 0.97, 0.96),  # 0.991 / 0.971 / 0.963 (start the same)
    "blind26/actor_probes.tsv": (1.00, 0.99, 0.96),  # 1.000 / 0.992 / 0.967 (twenty-seventh session, merged)
    # earlier: 1.000 / 0.982 / 0.985 (twenty-ninth session, merged)
    "blind26/actor_probes_extra.tsv": (1.00, 1.00, 0.98),  # 1.000 / 1.000 / 0.985 (thirty-fourth session)
    "blind27/actor_probes.tsv": (1.00, 0.96, 0.97),  # 1.000 / 0.967 / 0.973 (twenty-ninth session, merged)
    "blind27/actor_probes_extra.tsv": (1.00, 1.00, 0.97),  # 1.000 / 1.000 / 0.974 (eighteenth session, merged)
    "blind28/actor_probes.tsv": (0.95, 0.97, 0.93),  # 0.953 / 0.975 / 0.937 (twenty-seventh session, merged)
    "blind28/actor_probes_extra.tsv": (0.99, 0.99, 0.96),  # 0.992 / 0.991 / 0.962 (twenty-second session, merged)
    "blind29/actor_probes.tsv": (0.99, 0.74, 0.96),  # 0.993 / 0.742 / 0.963 (twenty-seventh session, merged)
    "blind29/actor_probes_extra.tsv": (0.98, 0.76, 0.96),  # 0.988 / 0.761 / 0.961 (twenty-seventh session, merged)
    # start figures with the scorer of the end (an expected name spelt otherwise, probes29)
    "blind30/actor_probes.tsv": (0.99, 1.00, 0.97),  # 0.997 / 1.000 / 0.977 (twenty-ninth session, merged)
    "blind30/actor_probes_extra.tsv": (0.99, 0.97, 0.94),  # 0.992 / 0.975 / 0.948 (twenty-seventh session, merged)
    "blind31/actor_probes.tsv": (1.00, 1.00, 0.97),  # 1.000 / 1.000 / 0.970 (twenty-second session, merged)
    "blind31/actor_probes_extra.tsv": (0.99, 1.00, 0.96),  # 0.993 / 1.000 / 0.965 (twenty-first session, merged)
    "blind32/actor_probes.tsv": (0.99, 0.95, 0.95),  # 0.993 / 0.958 / 0.957 (twenty-ninth session, merged)
    "blind32/actor_probes_extra.tsv": (1.00, 0.97, 0.96),  # 1.000 / 0.980 / 0.969 (twenty-seventh session, merged)
    "blind33/actor_probes.tsv": (0.99, 0.99, 0.96),  # 0.993 / 0.992 / 0.963 (twenty-second session, merged)
    "blind33/actor_probes_extra.tsv": (0.99, 0.99, 0.97),  # 0.994 / 0.996 / 0.975 (twenty-first session, merged)
    "blind34/actor_probes.tsv": (0.99, 1.00, 0.97),  # 0.990 / 1.000 / 0.970 (twenty-second session, merged)
    "blind34/actor_probes_extra.tsv": (0.99, 0.98, 0.93),  # 0.990 / 0.982 / 0.931 (twenty-second session, merged)
    "blind35/actor_probes.tsv": (1.00, 1.00, 0.98),  # 1.000 / 1.000 / 0.983 (twenty-second session, merged)
    "blind35/actor_probes_extra.tsv": (1.00, 0.98, 0.98),  # 1.000 / 0.983 / 0.988 (twenty-second session, merged)
    "blind36/actor_probes.tsv": (0.99, 1.00, 0.96),  # 0.993 / 1.000 / 0.963; start 0.993 / 0.975 / 0.963
    "blind36/actor_probes_extra.tsv": (0.99, 0.98, 0.96),  # 0.994 / 0.981 / 0.970; start 0.994 / 0.957 / 0.970
    "blind37/actor_probes.tsv": (0.99, 1.00, 0.98),  # 0.993 / 1.000 / 0.987; start 0.993 / 0.967 / 0.987
    "blind37/actor_probes_extra.tsv": (0.99, 0.98, 0.91),  # 0.995 / 0.981 / 0.916 (twenty-ninth session, merged)
    "blind38/actor_probes.tsv": (1.00, 0.99, 0.98),  # 1.000 / 0.992 / 0.983 (twenty-ninth session, merged)
    "blind38/actor_probes_extra.tsv": (0.99, 0.98, 0.94),  # 0.996 / 0.980 / 0.944 (twenty-ninth session, merged)
    "blind39/actor_probes.tsv": (1.00, 1.00, 0.98),  # 1.000 / 1.000 / 0.980 (twenty-ninth session, merged)
    "blind39/actor_probes_extra.tsv": (0.99, 0.97, 0.95),  # 0.991 / 0.977 / 0.958 (twenty-seventh session, merged)
    "blind40/actor_probes.tsv": (1.00, 1.00, 0.96),  # 1.000 / 1.000 / 0.960
    # earlier: 0.993 / 0.975 / 0.941 (twenty-seventh session, merged)
    "blind40/actor_probes_extra.tsv": (0.99, 0.98, 0.94),  # 0.999 / 0.985 / 0.945 (thirty-fourth session)
    # earlier: 0.987 / 0.992 / 0.950 (twenty-ninth session, merged)
    "blind41/actor_probes.tsv": (0.99, 0.99, 0.95),  # 0.990 / 0.992 / 0.950 (thirty-fourth session)
    "blind41/actor_probes_extra.tsv": (0.99, 1.00, 0.96),  # 0.997 / 1.000 / 0.961 (twenty-ninth session, merged)
    "blind42/actor_probes.tsv": (0.99, 0.99, 0.95),  # 0.997 / 0.992 / 0.950 (twenty-ninth session, merged)
    # earlier: 0.990 / 0.981 / 0.933 (twenty-seventh session, merged)
    "blind42/actor_probes_extra.tsv": (0.99, 0.98, 0.93),  # 0.993 / 0.981 / 0.934 (thirty-fourth session)
    "blind43/actor_probes.tsv": (1.00, 0.99, 0.95),  # 1.000 / 0.992 / 0.953 (twenty-sixth session, merged)
    "blind43/actor_probes_extra.tsv": (1.00, 0.98, 0.97),  # 1.000 / 0.983 / 0.979 (twenty-ninth session, merged)
    "blind44/actor_probes.tsv": (1.00, 1.00, 0.99),  # 1.000 / 1.000 / 0.990 (twenty-ninth session, merged)
    "blind44/actor_probes_extra.tsv": (0.99, 1.00, 0.97),  # 0.993 / 1.000 / 0.978 (twenty-ninth session, merged)
    "blind45/actor_probes.tsv": (1.00, 1.00, 0.97),  # 1.000 / 1.000 / 0.973
    "blind45/actor_probes_extra.tsv": (1.00, 0.98, 0.98),  # 1.000 / 0.980 / 0.985
    "blind46/actor_probes.tsv": (0.99, 0.71, 0.98),  # 0.997 / 0.717 / 0.983 (twenty-ninth session, merged)
    "blind46/actor_probes_extra.tsv": (0.99, 0.67, 0.96),  # 0.997 / 0.671 / 0.964 (twenty-ninth session, merged)
    "blind47/actor_probes.tsv": (1.00, 0.81, 0.99),  # 1.000 / 0.817 / 0.990 (start 1.000 / 0.817 / 0.990)
    "blind47/actor_probes_extra.tsv": (0.99, 0.64, 0.98),  # 0.995 / 0.649 / 0.983 (twenty-ninth session, merged)
    # earlier: 0.973 / 0.950 / 0.940 (thirtieth session, merged)
    "blind48/actor_probes.tsv": (0.99, 0.95, 0.95),  # 0.993 / 0.950 / 0.950 (thirty-fourth session)
    # earlier: 0.979 / 0.937 / 0.957 (twenty-ninth session, merged)
    "blind48/actor_probes_extra.tsv": (0.98, 0.93, 0.95),  # 0.987 / 0.937 / 0.957 (thirty-fourth session)
    # earlier: 0.987 / 0.992 / 0.943 (thirtieth session, merged)
    "blind49/actor_probes.tsv": (0.99, 0.99, 0.94),  # 0.993 / 0.992 / 0.943 (thirty-fourth session)
    "blind49/actor_probes_extra.tsv": (0.99, 0.98, 0.97),  # 0.990 / 0.980 / 0.970 (twenty-ninth session, merged)
    "blind50/actor_probes.tsv": (0.99, 0.94, 0.89),  # 0.990 / 0.942 / 0.897 (thirtieth session, merged)
    # earlier: 0.977 / 0.960 / 0.889 (twenty-ninth session, merged)
    "blind50/actor_probes_extra.tsv": (0.98, 0.96, 0.89),  # 0.983 / 0.960 / 0.894 (thirty-fourth session)
    # earlier: 0.970 / 0.925 / 0.933 (thirtieth session, merged)
    "blind51/actor_probes.tsv": (0.98, 0.92, 0.94),  # 0.983 / 0.925 / 0.947 (thirty-fourth session)
    # earlier: 0.978 / 0.977 / 0.981 (thirtieth session, merged)
    "blind51/actor_probes_extra.tsv": (0.98, 0.97, 0.98),  # 0.989 / 0.977 / 0.986 (thirty-fourth session)
    # earlier: 0.980 / 0.992 / 0.933 (thirtieth session, merged)
    "blind52/actor_probes.tsv": (0.99, 0.99, 0.94),  # 0.997 / 0.992 / 0.947 (thirty-fourth session)
    # earlier: 0.982 / 0.956 / 0.971 (start 0.974 / 0.925 / 0.968)
    "blind52/actor_probes_extra.tsv": (0.99, 0.95, 0.97),  # 0.994 / 0.956 / 0.974 (thirty-fourth session)
    # earlier: 0.973 / 0.983 / 0.930 (thirtieth session, merged)
    "blind53/actor_probes.tsv": (0.98, 0.98, 0.93),  # 0.987 / 0.983 / 0.937 (thirty-fourth session)
    # earlier: 0.989 / 0.963 / 0.961 (start 0.982 / 0.940 / 0.958)
    "blind53/actor_probes_extra.tsv": (0.99, 0.96, 0.96),  # 0.993 / 0.963 / 0.965 (thirty-fourth session)
    # earlier: 0.980 / 0.975 / 0.947 (start 0.980 / 0.975 / 0.947)
    "blind54/actor_probes.tsv": (0.99, 0.97, 0.95),  # 0.993 / 0.975 / 0.957 (thirty-fourth session)
    # earlier: 0.967 / 0.985 / 0.937 (start 0.967 / 0.985 / 0.937)
    "blind54/actor_probes_extra.tsv": (0.98, 0.98, 0.95),  # 0.989 / 0.985 / 0.953 (thirty-fourth session)
    "blind55/actor_probes.tsv": (0.99, 0.95, 0.93),  # 0.990 / 0.958 / 0.930 (start 0.990 / 0.958 / 0.930)
    # earlier: 0.979 / 0.963 / 0.935 (start 0.979 / 0.963 / 0.935)
    "blind55/actor_probes_extra.tsv": (0.98, 0.96, 0.94),  # 0.988 / 0.963 / 0.940 (thirty-fourth session)
    # earlier: 0.987 / 0.983 / 0.973 (start 0.987 / 0.983 / 0.973)
    "blind56/actor_probes.tsv": (0.99, 0.98, 0.97),  # 0.990 / 0.983 / 0.977 (thirty-fourth session)
    # earlier: 0.975 / 0.963 / 0.975 (start 0.975 / 0.963 / 0.975)
    "blind56/actor_probes_extra.tsv": (0.98, 0.97, 0.97),  # 0.985 / 0.972 / 0.977 (thirty-fourth session)
    "blind57/actor_probes.tsv": (0.99, 0.93, 0.97),  # 0.990 / 0.933 / 0.973 (start 0.990 / 0.933 / 0.973)
    "blind57/actor_probes_extra.tsv": (1.00, 0.97, 0.97),  # 1.000 / 0.975 / 0.979 (start 1.000 / 0.975 / 0.979)
    # earlier: 0.993 / 0.967 / 0.960 (start 0.993 / 0.967 / 0.960)
    "blind58/actor_probes.tsv": (1.00, 0.96, 0.96),  # 1.000 / 0.967 / 0.960 (thirty-fourth session)
    "blind58/actor_probes_extra.tsv": (0.98, 0.97, 0.93),  # 0.986 / 0.978 / 0.932 (start 0.986 / 0.978 / 0.932)
    "blind59/actor_probes.tsv": (1.00, 0.98, 0.91),  # 1.000 / 0.983 / 0.913 (start 1.000 / 0.983 / 0.913)
    # earlier: 0.972 / 0.972 / 0.928 (start 0.972 / 0.972 / 0.928)
    "blind59/actor_probes_extra.tsv": (0.99, 0.97, 0.94),  # 0.997 / 0.972 / 0.944 (thirty-fourth session)
    "blind60/actor_probes.tsv": (1.00, 0.98, 0.97),  # 1.000 / 0.983 / 0.977 (start 1.000 / 0.983 / 0.977)
    # earlier: 0.976 / 0.977 / 0.942 (start 0.976 / 0.977 / 0.942)
    "blind60/actor_probes_extra.tsv": (0.99, 0.97, 0.95),  # 0.993 / 0.977 / 0.954 (thirty-fourth session)
    # earlier: 0.993 / 0.958 / 0.970 (start 0.993 / 0.958 / 0.970)
    "blind61/actor_probes.tsv": (0.99, 0.96, 0.97),  # 0.993 / 0.967 / 0.970 (thirty-fourth session)
    # earlier: 0.990 / 0.965 / 0.967 (start 0.990 / 0.965 / 0.967)
    "blind61/actor_probes_extra.tsv": (0.99, 0.96, 0.97),  # 0.997 / 0.965 / 0.970 (thirty-fourth session)
    "blind62/actor_probes.tsv": (0.95, 0.98, 0.92),  # 0.953 / 0.983 / 0.920 (start 0.947 / 0.983 / 0.913)
    "blind62/actor_probes_extra.tsv": (0.92, 0.98, 0.93),  # 0.928 / 0.989 / 0.934 (start 0.922 / 0.989 / 0.931)
    "blind63/actor_probes.tsv": (0.95, 0.94, 0.93),  # 0.953 / 0.942 / 0.940 (start 0.943 / 0.942 / 0.936)
    "blind63/actor_probes_extra.tsv": (0.97, 0.89, 0.94),  # 0.972 / 0.897 / 0.943 (start 0.969 / 0.897 / 0.941)
    "blind64/actor_probes.tsv": (0.97, 0.99, 0.96),  # 0.973 / 0.992 / 0.963 (start 0.973 / 0.992 / 0.963)
    "blind64/actor_probes_extra.tsv": (0.95, 0.97, 0.93),  # 0.952 / 0.976 / 0.940 (start 0.952 / 0.976 / 0.940)
    "blind65/actor_probes.tsv": (0.96, 0.95, 0.94),  # 0.967 / 0.958 / 0.946 (start 0.967 / 0.958 / 0.946)
    "blind65/actor_probes_extra.tsv": (0.96, 0.96, 0.93),  # 0.962 / 0.965 / 0.939 (start 0.962 / 0.965 / 0.939)
    "blind66/actor_probes.tsv": (0.94, 0.89, 0.95),  # 0.943 / 0.892 / 0.950 (start 0.943 / 0.892 / 0.950)
    "blind66/actor_probes_extra.tsv": (0.91, 0.87, 0.91),  # 0.918 / 0.876 / 0.915 (start 0.918 / 0.876 / 0.915)
    "blind67/actor_probes.tsv": (0.95, 0.91, 0.97),  # 0.957 / 0.917 / 0.973 (start 0.957 / 0.917 / 0.973)
    "blind67/actor_probes_extra.tsv": (0.93, 0.90, 0.91),  # 0.934 / 0.900 / 0.916 (start 0.934 / 0.900 / 0.916)
    "blind68/actor_probes.tsv": (0.97, 0.94, 0.95),  # 0.977 / 0.942 / 0.953 (start 0.977 / 0.942 / 0.953)
    "blind68/actor_probes_extra.tsv": (0.94, 0.95, 0.91),  # 0.942 / 0.952 / 0.910 (start 0.942 / 0.952 / 0.910)
    "blind69/actor_probes.tsv": (0.96, 0.95, 0.95),  # 0.960 / 0.950 / 0.950 (start 0.960 / 0.950 / 0.950)
    "blind69/actor_probes_extra.tsv": (0.92, 0.95, 0.92),  # 0.928 / 0.953 / 0.925 (start 0.928 / 0.953 / 0.925)
    "blind70/actor_probes.tsv": (0.93, 0.97, 0.91),  # 0.937 / 0.975 / 0.916 (start 0.937 / 0.975 / 0.916)
    "blind70/actor_probes_extra.tsv": (0.95, 0.97, 0.90),  # 0.952 / 0.972 / 0.904 (start 0.952 / 0.972 / 0.904)
    "blind71/actor_probes.tsv": (0.95, 0.95, 0.91),  # 0.950 / 0.950 / 0.912 (start 0.950 / 0.950 / 0.912)
    "blind71/actor_probes_extra.tsv": (0.94, 0.97, 0.86),  # 0.941 / 0.977 / 0.869 (start 0.941 / 0.977 / 0.869)
    "blind72/actor_probes.tsv": (0.97, 0.92, 0.95),  # 0.973 / 0.925 / 0.953 (start 0.973 / 0.925 / 0.953)
    "blind72/actor_probes_extra.tsv": (0.94, 0.95, 0.88),  # 0.943 / 0.950 / 0.887 (start 0.943 / 0.950 / 0.887)
    "blind73/actor_probes.tsv": (0.95, 0.98, 0.88),  # 0.950 / 0.983 / 0.890 (start 0.950 / 0.983 / 0.890)
    "blind73/actor_probes_extra.tsv": (0.95, 0.98, 0.90),  # 0.956 / 0.980 / 0.909 (start 0.956 / 0.980 / 0.909)
    "blind74/actor_probes.tsv": (0.97, 0.99, 0.96),  # 0.977 / 0.992 / 0.963 (start 0.977 / 0.992 / 0.963)
    "blind74/actor_probes_extra.tsv": (0.94, 0.96, 0.89),  # 0.942 / 0.969 / 0.891 (start 0.942 / 0.969 / 0.891)
    "blind75/actor_probes.tsv": (0.98, 0.95, 0.99),  # 0.983 / 0.958 / 0.990 (start 0.983 / 0.958 / 0.990)
    "blind75/actor_probes_extra.tsv": (0.92, 0.94, 0.90),  # 0.923 / 0.948 / 0.908 (start 0.923 / 0.948 / 0.908)
    "blind76/actor_probes.tsv": (0.99, 0.95, 0.98),  # 0.997 / 0.958 / 0.983 (start 0.997 / 0.958 / 0.983)
    "blind76/actor_probes_extra.tsv": (0.98, 0.96, 0.96),  # 0.983 / 0.960 / 0.960 (start 0.983 / 0.960 / 0.960)
    "blind77/actor_probes.tsv": (0.98, 0.96, 0.97),  # 0.987 / 0.967 / 0.973 (start 0.987 / 0.967 / 0.973)
    "blind77/actor_probes_extra.tsv": (0.95, 0.97, 0.95),  # 0.957 / 0.975 / 0.953 (start 0.957 / 0.975 / 0.953)
    "blind78/actor_probes.tsv": (0.97, 0.93, 0.97),  # 0.970 / 0.933 / 0.977 (start 0.970 / 0.933 / 0.977)
    "blind78/actor_probes_extra.tsv": (0.93, 0.92, 0.96),  # 0.933 / 0.920 / 0.963 (start 0.933 / 0.920 / 0.963)
    "blind79/actor_probes.tsv": (0.94, 0.90, 0.96),  # 0.943 / 0.908 / 0.963 (start 0.943 / 0.908 / 0.963)
    "blind79/actor_probes_extra.tsv": (0.93, 0.91, 0.82),  # 0.933 / 0.915 / 0.827 (start 0.933 / 0.915 / 0.827)
    "blind80/actor_probes.tsv": (0.94, 0.92, 0.97),  # 0.947 / 0.925 / 0.977 (start 0.947 / 0.925 / 0.977)
    "blind80/actor_probes_extra.tsv": (0.88, 0.88, 0.80),  # 0.887 / 0.880 / 0.803 (start 0.887 / 0.880 / 0.803)
    "blind81/actor_probes.tsv": (0.97, 0.88, 0.97),  # 0.970 / 0.883 / 0.973 (start 0.970 / 0.883 / 0.973)
    "blind81/actor_probes_extra.tsv": (0.93, 0.89, 0.92),  # 0.937 / 0.895 / 0.920 (start 0.937 / 0.895 / 0.920)
    "blind82/actor_probes.tsv": (0.97, 0.89, 0.97),  # 0.973 / 0.892 / 0.977 (start 0.973 / 0.892 / 0.977)
    "blind82/actor_probes_extra.tsv": (0.90, 0.93, 0.94),  # 0.907 / 0.930 / 0.947 (start 0.907 / 0.930 / 0.947)
    "blind83/actor_probes.tsv": (0.95, 0.85, 0.95),  # 0.957 / 0.858 / 0.950 (start 0.957 / 0.858 / 0.950)
    "blind83/actor_probes_extra.tsv": (0.88, 0.89, 0.93),  # 0.880 / 0.895 / 0.930 (start 0.880 / 0.895 / 0.930)
    "blind84/actor_probes.tsv": (0.97, 0.90, 0.96),  # 0.970 / 0.908 / 0.967 (start 0.970 / 0.908 / 0.967)
    "blind84/actor_probes_extra.tsv": (0.95, 0.91, 0.95),  # 0.950 / 0.910 / 0.957 (start 0.950 / 0.910 / 0.957)
    "blind85/actor_probes.tsv": (0.96, 0.95, 0.96),  # 0.967 / 0.958 / 0.967 (start 0.967 / 0.958 / 0.967)
    "blind85/actor_probes_extra.tsv": (0.92, 0.91, 0.94),  # 0.923 / 0.910 / 0.940 (start 0.923 / 0.910 / 0.940)
}
# (strict, value only)
DATE_FLOORS = {
    "blind/dates.tsv": (0.99, 0.99),  # 0.991 / 0.991 (dates9; before 0.988 / 0.988)
    "blind2/dates.tsv": (0.92, 0.95),  # 0.929 / 0.955 (twenty-ninth session, merged)
    "blind3/dates.tsv": (0.92, 0.98),  # 0.923 / 0.986 (dates9; before 0.869 / 0.928)
    "blind4/dates.tsv": (0.93, 0.98),  # 0.937 / 0.987 (dates9; before 0.878 / 0.929; start 0.861 / 0.924)
    "blind5/dates.tsv": (0.90, 0.98),  # 0.908 / 0.980 (dates9; before 0.836 / 0.904)
    "blind6/dates.tsv": (0.92, 0.97),  # 0.926 / 0.978 (dates9; before 0.905 / 0.957)
    "blind7/dates.tsv": (0.92, 0.98),  # 208/226 / 223/226 (nineteenth session, merged)
    "blind8/dates.tsv": (0.93, 1.00),  # 0.934 (225/241) / 1.000 (dates9; before 0.880 / 0.929)
    "blind10/dates.tsv": (0.93, 1.00),  # 207/222 / 222/222 (nineteenth session, merged)
    "blind12/dates.tsv": (0.94, 1.00),  # 222/235 / 235/235 (nineteenth session, merged)
    "blind14/dates.tsv": (0.92, 0.99),  # 0.927 (227/245) / 0.996 (start of the tenth session, unchanged at its end)
    "blind16/dates.tsv": (0.92, 0.99),  # 236/255 / 253/255 (nineteenth session, merged)
    "blind18/dates.tsv": (0.94, 1.00),  # 220/232 / 232/232 (nineteenth session, merged)
    "blind20/dates.tsv": (0.94, 1.00),  # 213/226 / 226/226 (nineteenth session, merged)
    "blind22/dates.tsv": (0.93, 1.00),  # 218/234 / 234/234 (nineteenth session, merged)
    "blind24/dates.tsv": (0.93, 1.00),  # 217/232 / 232/232 (nineteenth session, merged)
    "blind26/dates.tsv": (0.93, 1.00),  # 0.940 (219/233, 0.9399) / 1.000 (sixteenth session start and end)
    "blind28/dates.tsv": (0.91, 0.99),  # 0.915 / 0.992 (twenty-ninth session, merged)
    "blind30/dates.tsv": (0.90, 0.98),  # 0.905 (220/243) / 0.984 (239/243) (eighteenth session start and end)
    "blind32/dates.tsv": (0.88, 0.97),  # 0.882 (202/229) / 0.974 (223/229) (nineteenth session end; start 201 / 222)
    "blind34/dates.tsv": (0.90, 0.99),  # 0.907 (223/246) / 0.996 (245/246) (twentieth session end; start the same)
    "blind36/dates.tsv": (0.89, 0.97),  # 0.900 (215/239) / 0.979 (234/239) (twenty-first session end; start the same)
    "blind38/dates.tsv": (0.89, 0.98),  # 211 / 231 of 235 (twenty-fourth session, merged); 210 / 230 before
    "blind40/dates.tsv": (0.89, 0.97),  # 0.892 / 0.979 (twenty-ninth session, merged)
    "blind42/dates.tsv": (0.90, 0.99),  # 0.908 (236/260) / 0.992 (258/260) (twenty-fourth session end; start the same)
    "blind44/dates.tsv": (0.91, 0.99),  # 0.910 / 0.996 (twenty-ninth session, merged)
    # own file of dates28 (tests/data/make_own_dates28.py): 0.896 (301/336) / 0.908 before its mechanisms,
    # 0.991 (333/336) / 1.000 after; the 3 left are seasons (the header's year vs the normaliser's three months)
    "own_dates28.tsv": (0.99, 1.00),
    "blind46/dates.tsv": (0.91, 1.00),  # 0.917 / 1.000 (twenty-ninth session, merged)
    "blind48/dates.tsv": (0.92, 1.00),  # 0.924 / 1.000 (twenty-ninth session, merged)
    "blind50/dates.tsv": (0.90, 1.00),  # 0.907 / 1.000 (twenty-ninth session, merged)
    "blind52/dates.tsv": (0.91, 1.00),  # 0.915 / 1.000 (twenty-ninth session end; start 0.910 / 0.996)
    "blind54/dates.tsv": (0.91, 0.99),  # 0.916 / 0.996 (thirtieth session end; start 0.916 / 0.996)
    "blind56/dates.tsv": (0.90, 0.99),  # 0.904 / 0.991 (thirty-second session)
    "blind58/dates.tsv": (0.91, 0.99),  # 0.910 / 0.996 (thirty-second session end; start 0.910 / 0.996)
    "blind60/dates.tsv": (0.92, 0.99),  # 0.922 / 0.996 (thirty-third session end; start 0.922 / 0.996)
    "blind62/dates.tsv": (0.91, 0.99),  # 0.913 / 0.996 (thirty-fourth session end; start 0.913 / 0.996)
    "blind64/dates.tsv": (0.90, 0.98),  # 0.904 / 0.987 (thirty-fifth session end; start 0.904 / 0.987)
    "blind66/dates.tsv": (0.91, 0.99),  # 0.917 / 0.996 (thirty-sixth session end; start 0.917 / 0.996)
    "blind68/dates.tsv": (0.91, 1.00),  # 0.917 / 1.000 (thirty-seventh session end; start 0.917 / 1.000)
    "blind70/dates.tsv": (0.91, 0.99),  # 0.913 / 0.996 (thirty-eighth session end; start 0.913 / 0.996)
    "blind72/dates.tsv": (0.91, 0.99),  # 0.913 / 0.991 (thirty-ninth session end; start 0.913 / 0.991)
    "blind74/dates.tsv": (0.90, 0.99),  # 0.904 / 0.991 (fortieth session end; start 0.904 / 0.991)
    "blind76/dates.tsv": (0.91, 0.99),  # 0.913 / 0.996 (forty-first session end; start 0.913 / 0.996)
    "blind78/dates.tsv": (0.91, 0.99),  # 0.913 / 0.996 (forty-second session end; start 0.913 / 0.996)
    "blind80/dates.tsv": (0.89, 0.98),  # 0.891 / 0.983 (forty-third session end; start 0.891 / 0.983)
    "blind82/dates.tsv": (0.89, 0.98),  # 0.891 / 0.983 (forty-fourth session end; start 0.891 / 0.983)
    "blind84/dates.tsv": (0.88, 0.97),  # 0.887 / 0.974 (forty-fifth session end; start 0.887 / 0.974)
}


@pytest.mark.parametrize("name", sorted(EVENT_FLOORS))
def test_blind_event_floors(name: str, pipeline: Any) -> None:
    scores = evaluate_file(DATA / name, pipeline)
    for metric, floor in EVENT_FLOORS[name].items():
        value = getattr(scores, metric).value
        assert value is not None and value >= floor, f"{name} {metric}: {value} < {floor}"


@pytest.mark.parametrize("name", sorted(PROBE_FLOORS))
def test_blind_actor_probe_floors(name: str, pipeline: Any) -> None:
    scores = score_actor_probes(DATA / name, pipeline.res.resolve_phrase)
    real, traps, sector = PROBE_FLOORS[name]
    assert scores.share("real") >= real, scores.wrong[:10]
    assert scores.share("traps") >= traps, [w for w in scores.wrong if w.startswith("[trap]")][:10]
    assert scores.share("sector") >= sector


@pytest.mark.parametrize("name", sorted(DATE_FLOORS))
def test_blind_date_floors(name: str) -> None:
    scores = score_dates(DATA / name)
    strict, lenient = DATE_FLOORS[name]
    assert scores.rows > 200
    assert scores.strict / scores.rows >= strict, scores.wrong[:10]
    assert scores.lenient / scores.rows >= lenient


def test_probe_scorer_tells_right_from_wrong(tmp_path: Path) -> None:
    probes = tmp_path / "probes.tsv"
    probes.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "Freedonian police\t2001-05-01\tFRE\tCOP\t-\tno\tmade up\n"
        "Paris Hilton\t2001-05-01\tUSA\t-\tParis Hilton\tyes\tmade up\n",
        encoding="utf-8",
    )
    from newsevents.records import ActorRef

    def resolve(phrase: str, day: object) -> list[ActorRef]:
        if phrase.startswith("Freedonian"):
            return [ActorRef(phrase, None, "FRECOP", "FRE", "COP", None)]
        return [ActorRef(phrase, "France", "FRA", "FRA", "GOV", "country:FRA")]

    scores = score_actor_probes(probes, resolve)
    assert scores.real == (1, 1) and scores.sector == (1, 1)
    assert scores.traps == (0, 1) and scores.wrong[0].startswith("[trap] 'Paris Hilton'")


def test_probe_scorer_reads_an_empty_cell_as_none(tmp_path: Path) -> None:
    """An empty cell is no value, as "-" is (rounds 46 and 47 left cells empty): a real row of no country is right
    for an official of no country, and a trap whose cells are empty is wrong when the phrase gives a person."""
    probes = tmp_path / "probes.tsv"
    probes.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "League Secretary Ann Smith\t2001-05-01\t\tIGO\tAnn Smith\tno\tmade up\n"
        "Mayor Ann Smith\t1990-05-01\t\t\t\tyes\tmade up: before office\n",
        encoding="utf-8",
    )
    from newsevents.records import ActorRef

    def resolve(phrase: str, day: object) -> list[ActorRef]:
        return [ActorRef("Ann Smith", "Ann Smith", "LOT", None, "IGO", "person:smith")]

    scores = score_actor_probes(probes, resolve)
    assert scores.real == (1, 1)
    assert scores.traps == (0, 1)


def test_probe_scorer_counts_an_official_for_the_organisation_named(tmp_path: Path) -> None:
    """A real row whose expected name is an organisation is right for a person acting for it (the person's
    code is the organisation's), and still wrong for a person of another organisation."""
    probes = tmp_path / "probes.tsv"
    probes.write_text(
        "phrase\tdate\texpect_country\texpect_sector\texpect_name\ttrap\tnote\n"
        "League Secretary Ann Smith\t2001-05-01\t-\tIGO\tLeague of Towns\tno\tmade up\n"
        "Guild chief Bob Jones\t2001-05-01\t-\tIGO\tLeague of Towns\tno\tmade up\n",
        encoding="utf-8",
    )
    from newsevents.records import ActorRef

    def resolve(phrase: str, day: object) -> list[ActorRef]:
        if phrase == "League of Towns":
            return [ActorRef(phrase, phrase, "IGOLOT", None, "IGO", "org:lot")]
        if phrase.startswith("League"):
            return [ActorRef(phrase, "Ann Smith", "IGOLOT", None, "IGO", "person:ann-smith")]
        return [ActorRef(phrase, "Bob Jones", "IGOGLD", None, "IGO", "person:bob-jones")]

    scores = score_actor_probes(probes, resolve)
    assert scores.real == (1, 2) and "Guild chief" in scores.wrong[0]
