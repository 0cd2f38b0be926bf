"""Whom an event is aimed at (stage code): its recipients, read from its own phrases and, where they
name none, from the events told before it in the article.

The coder (code/coder.py) asks this once per event, at the event's date, before it completes the parties
by the place and the story. In order: the recipients its phrases name (participants.recipients), a case
filed against a party (participants.forum), the admitter's own people left out of an admission
(participants.admitted), the actors' own country left out of what an act is about (participants.ownside),
the country forces are sent into (participants.deployment), the first of two who met and the others
(code.pairs), whoever did the act a judgement names or sums up (code.judged, code.joint), whose act the
event answers (code.responses), an accuser denied, a demand refused, aid to the dateline's country, a
state act at home, an apology to the actors' own (code.answers), the captors of whoever a release is asked
for (participants.halted, code.toldbefore), the act a threat of reprisal or a reaction answers and the
sides a mediation or an appeal is told between (code.toldbefore), the recipients of the verb the clause
hangs on (code.governing), the party of a place attacked (code.parties) and the side a reported blow
struck, who tells of it (code.struckside).
"""

from __future__ import annotations

import datetime as dt

from newsevents.code.answers import (
    accuser_before,
    apologised_to_own,
    asked_for,
    demander_before,
    home_act,
    home_aided,
)
from newsevents.code.joint import accord_judged
from newsevents.code.judged import judged_target, summed_by
from newsevents.code.pairs import meeting_pair
from newsevents.code.parties import REPRESSION_THREAT, attacked_place
from newsevents.code.sofar import ToldSoFar
from newsevents.code.struckside import struck_speaker
from newsevents.code.toldbefore import (
    REJECT_ROOT,
    captor_before,
    lead_doer,
    lead_sides,
    lead_target,
    released_only,
    retaliation_target,
    retold_target,
)
from newsevents.code.verbframes import CameoCode
from newsevents.parse.syntax import free_choice_object, trigger_span
from newsevents.participants.admitted import admitted
from newsevents.participants.deployment import deployed_into
from newsevents.participants.forum import complained_about
from newsevents.participants.halted import asked_party
from newsevents.participants.ownside import own_content
from newsevents.participants.recipients import PURPOSE_CLAUSE, described, recipients
from newsevents.progress import Cast, Placed
from newsevents.records import ActorRef, Frame, countries_of

__all__ = ["FORCE_ROOTS", "PLACE_TARGET_ROOTS", "RELEASE_ASKING_ROOTS", "Aims"]

PLACE_TARGET_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
FORCE_ROOTS = {"15", *PLACE_TARGET_ROOTS}  # force shown or used: aimed where it falls, not at whose act it answers
RELEASE_ASKING_ROOTS = {"02", "10"}  # appeal, demand


class Aims(ToldSoFar):
    """Whom the events of one article are aimed at, read with the events told before them."""

    def aimed_at(
        self, frame: Frame, code: CameoCode, actors: list[ActorRef], on_date: dt.date | None, cast: Cast,
        where: Placed,
    ) -> tuple[list[ActorRef], list[ActorRef], str]:  # fmt: skip
        """(the actors, the recipients, why) of frame's event coded ``code``, its roles read at ``on_date``
        (the actors change only where two who met are told as one subject: code.pairs.meeting_pair); ``cast``: the
        participants stage's record of the frame, whose discourse the phrases are read against."""
        art, disc = self.work.article, cast.discourse
        found, why_recipient = recipients(
            self.reader, self.doc, frame, actors, on_date, disc, self.frame_at, code.root, code.code
        )
        forum = (self.reader, self.doc, frame, actors, found, code.root, on_date, disc, self.told_before)
        found, why_recipient = complained_about(*forum) or (found, why_recipient)  # "filed a case ... accusing X"
        if frame.predicate_lemma in self.rules.admitting_verbs:  # "admitted that French agents had sunk the ship"
            own = countries_of(actors)
            kept = [r for r in found if r.country not in own]
            if len(kept) < len(found):
                found, why_recipient = kept, f"{why_recipient}; the admitter's own people are no party to the admission"
            if not any(r.country for r in found):  # "... had sunk the ship in New Zealand": whom it was done to
                args = (self.reader, self.doc, frame, actors, on_date, disc, self.frame_at, self.work.places)
                found, why_recipient = admitted(*args) or (found, why_recipient)
        if found:  # "agreed a ceasefire for eastern Ukraine": the actors' own country is what it is about
            kept = own_content(self.doc, found, actors, self.rules.property_nouns)
            if len(kept) < len(found):
                found, why_recipient = kept, f"{why_recipient}; the actors' own country is what the act is about"
        if not found:  # "ordered the National Guard into the city": the country of the place forces go to
            found, why_recipient = deployed_into(self.doc, frame, self.work.places, code.root) or (found, why_recipient)
        pair = meeting_pair(self.doc, actors, code.code) if not found else None
        if pair is not None:  # "Reagan and Gorbachev met": the first meets the others
            actors, found, why_recipient = pair
        judged_spans = frame.object_spans or described(self.doc, frame)  # "condemned what it called an attack"
        if not judged_spans and not found:  # "..., a move condemned by Tbilisi": the act the noun sums up
            summed = summed_by(self.doc, frame.trigger_start)
            judged_spans = (summed,) if summed is not None else judged_spans
        judging = tuple(sorted(self.rules.condemning_roots | self.rules.approving_codes))  # "and Y also denounced it"
        if not found and code.root in self.rules.condemning_roots and judged_spans:  # "condemned the violence"
            a, b = judged_spans[0]
            judged = judged_target(
                self.doc, art.text, (a, b), actors, frame.sentence_index, self.told_before(), frame.trigger_start,
                judging=judging,
            )  # fmt: skip
            if judged is not None:
                found, why_recipient = list(judged[0]), judged[1]
        if not found and judged_spans:  # "the EU welcomed the agreement": the accord's parties
            by_accord = accord_judged(
                self.doc,
                judged_spans[0],
                actors,
                code.root,
                self.told_before(),
                self.rules.accord_judging_roots,
                self.asides,
            )
            found, why_recipient = by_accord or (found, why_recipient)
        if not found and code.code in self.rules.approving_codes and judged_spans:  # "welcomed the release"
            a, b = judged_spans[0]
            approved = judged_target(
                self.doc, art.text, (a, b), actors, frame.sentence_index, self.told_before(), frame.trigger_start,
                approving=True, judging=judging,
            )  # fmt: skip
            found, why_recipient = (list(approved[0]), approved[1]) if approved else (found, why_recipient)
        answer = code.root not in FORCE_ROOTS and (not any(r.country for r in found) or PURPOSE_CLAUSE in why_recipient)
        if answer:  # "expelled four diplomats in retaliation for Britain's expulsion of ...": whose act it answers
            found, why_recipient = self.answered(frame, actors, on_date, disc) or (found, why_recipient)
        if not found and code.code in self.rules.denying_codes:  # "Moscow denied any involvement"
            accuser = accuser_before(actors, frame.sentence_index, self.told_before())
            found, why_recipient = accuser or (found, why_recipient)
        refused = not frame.object_spans or asked_for(self.doc, frame.object_spans[0])
        if not any(r.country for r in found) and code.root in self.rules.refusing_roots and refused:  # "Saddam refused"
            asker = demander_before(actors, frame.sentence_index, frame.trigger_start, self.told_before())
            found, why_recipient = asker or (found, why_recipient)
        if not found and code.root in self.rules.home_aid_roots:  # "BISHKEK - ... Moscow offered aid"
            found, why_recipient = home_aided(actors, disc.home_country) or (found, why_recipient)
        if not found and code.code in self.rules.home_act_codes and not self.names_other(frame):  # "sealed the city"
            own_place = where.loc if where.own else None  # a place carried from before is not the act's
            found, why_recipient = home_act(actors, self.countries_named(frame), own_place) or (found, why_recipient)
        to_own = apologised_to_own(found, actors, lambda: self.countries_named(frame), code.code)
        found, why_recipient = to_own or (found, why_recipient)  # "asked forgiveness of the victims"
        if not any(r.country for r in found) and code.root in RELEASE_ASKING_ROOTS:  # "demanded their release"
            found, why_recipient = asked_party(self.doc, frame, actors, self.told_before()) or (found, why_recipient)
        elif code.root in RELEASE_ASKING_ROOTS and released_only(self.doc, frame, found):  # "demanded her release"
            captors = captor_before(self.doc, frame, actors, self.told_before())
            found, why_recipient = captors or (found, why_recipient)
        refusal = frame.predicate_lemma in self.rules.negating_heads  # "refused to resign" answers a demand
        reprisal = code.code in self.rules.lead_warning_codes and frame.predicate_lemma in self.rules.means_verbs
        trigger = trigger_span(self.doc, frame) if reprisal and not found else None
        if trigger is not None and free_choice_object(trigger.root):  # "would respond to any attack": no act answered
            found, why_recipient = lead_target(actors, self.told_before(), whole=True) or (found, why_recipient)
        if not found and code.root in self.rules.reaction_roots and not refusal:  # "... Iran's leader vowed revenge"
            # "... Trump imposed the duties": the act told again, not a reaction
            revenge = retold_target(self.doc, frame, actors, code.code, self.told_before())
            # a threat of repression answers an act done to the threatener's people, not one only in its land
            struck = code.code == REPRESSION_THREAT
            revenge = revenge or retaliation_target(actors, frame.sentence_index, self.told_before(), struck=struck)
            if revenge is None and frame.sentence_index > 0:  # "... China expressed strong dissatisfaction"
                revenge = lead_doer(
                    actors,
                    self.told_before(),
                    self.rules.reaction_roots,
                    apolitical=self.rules.apolitical_sectors,
                    rejection=code.root == REJECT_ROOT,
                )
            if revenge is not None:
                found, why_recipient = revenge
        if not found and code.code in self.rules.posture_answer_codes:  # "... and Seoul put its forces on alert"
            shown = retaliation_target(actors, frame.sentence_index, self.told_before(), PLACE_TARGET_ROOTS)
            found, why_recipient = shown or (found, why_recipient)
        if not any(r.country for r in found) and reprisal:  # "... France said it would respond to any attack"
            found, why_recipient = lead_target(actors, self.told_before()) or (found, why_recipient)
        mediated = code.code in self.rules.mediation_codes and frame.predicate_lemma not in self.rules.hosting_verbs
        if not any(r.country for r in found) and mediated:  # "talks mediated by X"
            sides = lead_sides(actors, self.told_before(), self.countries_named(frame))
            found, why_recipient = sides or (found, why_recipient)
        if code.root in self.rules.appeal_roots and frame.sentence_index > 0 and self.asks_sides(frame):
            sides = lead_sides(actors, self.told_before(), ())  # "the Arab League urged both sides to ..."
            found, why_recipient = sides or (found, why_recipient)
        if not found and code.root in self.rules.appeal_roots and frame.sentence_index > 0:
            appealed = lead_doer(  # "urged a halt"
                actors,
                self.told_before(),
                self.rules.reaction_roots,
                appeal=True,
                apolitical=self.rules.apolitical_sectors,
            )
            found, why_recipient = appealed or (found, why_recipient)
        if not any(r.country for r in found):  # "condemned the invasion and demanded ...", "..., warning that"
            found, why_recipient = self.governed(frame, actors, on_date, disc) or (found, why_recipient)
        own_loc = where.loc if where.own else None  # a fallback place does not tell the parties' countries
        if code.root in PLACE_TARGET_ROOTS and frame.object_spans and not any(r.country for r in found):
            hit = attacked_place(
                self.doc, art.text, frame.object_spans[0], found, own_loc
            )  # "overran the enclave of X"
            found, why_recipient = hit or (found, why_recipient)
        if not any(r.country for r in found):  # "the army said the neighbour's troops had opened fire": the side
            # struck tells of it (the speaker of the reported clause, as the participants stage recorded it)
            told = (self.doc, code.root, actors, found, cast, self.countries_named(frame), own_loc)
            rules = (self.rules.apolitical_sectors, self.rules.denying_verbs, self.told_before())
            found, why_recipient = struck_speaker(*told, *rules) or (found, why_recipient)
        return actors, found, why_recipient
