"""Stage: participants. The actors of every frame, read in the coder's order, each frame seeing
what the frames before it named (progress.Discourse); without one, a name the knowledge base
lacks, or an attack whose attacker is unknown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.verbframes import FrameMatch
from newsevents.frame.facts import coding_order
from newsevents.match.matching import issuer
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS, list_head, named_in_apposition
from newsevents.parse.tree import span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.anaphora import countryless_ref
from newsevents.participants.documents import document_author, document_subject
from newsevents.participants.impeaching import impeaching_chamber
from newsevents.participants.insentence import CROWD_ACT_ROOTS, sentence_antecedent
from newsevents.participants.itsubject import it_antecedent
from newsevents.participants.ledby import leaders
from newsevents.participants.lending import besides_target, lend, lent
from newsevents.participants.opening import opening
from newsevents.participants.sameforce import same_force
from newsevents.participants.speakers import (
    continued_speech,
    fronted_report,
    main_clause,
    reporting_speaker,
    speaker_of,
)
from newsevents.participants.stateanaphor import state_anaphor, state_owned
from newsevents.participants.unknown import claimant, unknown_attacker
from newsevents.participants.unnamed import crowd_named, unknown_named
from newsevents.progress import ActorPhrase, Cast, Discourse
from newsevents.records import DATELINE, OTHER_THAN_TARGET, POSTED_THERE, ActorRef, Frame, LentCountry
from newsevents.work import Resources, StageFunc, Work, register

CITY_LEVELS = {"city", "sub-city"}  # a dateline names a city; a region's name ("Pacific") tells no country


def _role_named(doc: Doc, frame: Frame, token_i: int, cast: Cast) -> tuple[int, int] | None:
    """The span of the proper name in apposition to a subject read as a role word alone or as no one
    (a sector word with no country, none lent either): "The mission's civilian head, Australian
    diplomat X," "the Islamic militant group Hamas" (parse.syntax.named_in_apposition),
    when it is the subject of the verb at ``token_i`` or of the verb it is coordinated with ("Hamas denounced the
    accord and vowed ..."), not one a participle borrows ("... X won, rejecting ..."), nor one owned by a pronoun
    ("His successor, X,": the owner's rules, participants/actors.owned and anaphora.side_of, read it). None for
    any other subject."""
    if len(frame.actor_spans) != 1 or cast.retells:
        return None
    if not all(countryless_ref(a) or (lent(a) and a.kind == "sector") for a in cast.actors):
        return None
    here = span_at(doc, frame.actor_spans[0][0], frame.actor_spans[0][1])
    verb = list_head(doc[token_i])  # the verb it is coordinated after: "Hamas denounced ... and vowed"
    if here is None or here.root.head.i != verb.i:
        return None
    if here[0].lower_ in POSSESSIVE_DETERMINERS:  # "His successor, X, has promised": the owner rules decide
        return None
    return named_in_apposition(doc, frame.actor_spans[0])


def _named_by_apposition(
    reader: ActorReader, doc: Doc, frame: Frame, token_i: int, cast: Cast, disc: Discourse, pub: dt.date | None
) -> Cast | None:
    """The frame's cast read from the name in apposition to its role-word subject (_role_named), when
    that name gives a country of its own words; not a news outlet's nor a firm's (code_rules
    apolitical_sectors: "the television station Al Jazeera broadcast a videotape in which ..."). None
    otherwise."""
    appos = _role_named(doc, frame, token_i, cast)
    if appos is None:
        return None
    named = reader.cast(replace(frame, actor_spans=(appos,)), token_i, (), disc, pub)
    apolitical = reader.rules.apolitical_sectors
    if not any(a.country and not lent(a) and a.sector not in apolitical for a in named.actors):
        return None
    said = f"actor: the role word named by its apposition '{doc.text[appos[0] : appos[1]]}'"
    phrases = tuple(replace(p, why=(*p.why, said), linked=True) for p in named.phrases)
    home = next((a.country for a in cast.actors if lent(a) and a.lent is not None and a.lent.by == DATELINE), None)
    if home is not None:  # "DILI - The force commander, Australian General X,": posted where the story is filed
        there = LentCountry(POSTED_THERE, home)
        phrases = tuple(
            replace(
                p, refs=tuple(replace(r, lent=there) if r.lent is None and r.country != home else r for r in p.refs)
            )
            for p in phrases
        )
    return replace(named, phrases=phrases)


def _body_cast(cast: Cast) -> bool:
    """Whether the cast names a party that is no person (what "it" may be)."""
    return bool(cast.actors) and not any(r.kind == "person" for r in cast.actors)


def deployed(frame: Frame, match: FrameMatch | None) -> bool:
    """A force posture told in the passive without an agent ("3,000 more troops would be sent to
    the Gulf", "reinforcements were deployed"): the forces moved are the actor, of the state that
    moves them."""
    code = match.code if match is not None else None
    return code is not None and code.root == "15" and frame.passive and bool(frame.object_spans)


@register("participants", requires=("sentences", "frames", "matches", "places"), sets=("participants",))
def make_participants(res: Resources) -> StageFunc:
    resolve, rules, kb = res.resolve_phrase, res.rules, res.kb
    suffixes = rules.people_suffixes

    def country_for_word(word: str) -> str | None:
        entry = kb.country_for_word(word)
        return entry.iso3 if entry is not None else None

    def country_named(word: str) -> str | None:
        """The country whose name or alias this is ("Niger", "the United States"), not a demonym."""
        entry = kb.country_named(word)
        return entry.iso3 if entry is not None else None

    def city_country(word: str) -> str | None:
        """The country of a dateline's city the knowledge base does not know as a country, a
        demonym or a capital ("CAPE TOWN", "KARACHI"), from the gazetteer."""
        place, _, _ = res.gazetteer.resolve(word)
        return place.country_code if place is not None and place.level in CITY_LEVELS else None

    def region_country(words: str) -> str | None:
        """The country a dateline names after its city ("OKA, Quebec", "DILI, East Timor"): a country
        the knowledge base knows, else the country of the gazetteer's place (a province, a state)."""
        if not words:
            return None
        iso3 = country_for_word(words)
        if iso3 is not None:
            return iso3
        place, _, _ = res.gazetteer.resolve(words)
        return place.country_code if place is not None else None

    def participants(work: Work) -> None:
        doc, frames, matches = work.doc, work.frames, work.matches
        reader = ActorReader(work.article.text, resolve, rules, work.article.pub_date)
        # the discourse before the first sentence, and the article's country tally, which the coder reads too
        places, n = work.places, len(work.sentences)
        disc = opening(doc, work.article, country_for_word, places, city_country, country_named, region_country, n)
        at = {info.token_i: k for k, (_, info) in enumerate(frames)}
        casts: list[Cast | None] = [None] * len(frames)

        def frame_at(i: int) -> Frame | None:
            k = at.get(i)
            return frames[k][0] if k is not None else None

        def read(i: int) -> Cast | None:
            k = at.get(i)
            return casts[k] if k is not None else None

        def speech_actors(i: int) -> tuple[ActorRef, ...] | None:
            cast, k = read(i), at.get(i)
            m = matches[k].match if k is not None else None
            speech = m is not None and m.code is not None and m.code.root == "01"
            return cast.actors if cast is not None and speech else None

        pub = work.article.pub_date
        for k in coding_order(doc, frames):
            frame, info = frames[k]
            tok = doc[info.token_i]
            spoken = speaker_of(tok, speech_actors)
            speaker = spoken[1] if spoken is not None else ()
            cast = reader.cast(
                frame, tok.i, speaker, disc, work.article.pub_date, main=main_clause(tok), fronted=fronted_report(tok)
            )
            issued_by = issuer(tok, rules, lambda i: read(i) is not None) if not frame.actor_spans else None
            if issued_by is not None:
                by = read(issued_by.i)
                assert by is not None
                phrase = ActorPhrase(by.actors, (f"actor: who {issued_by.text} the {tok.head.text}",), linked=True)
                cast = replace(cast, phrases=(phrase,))
            m = matches[k].match
            if not cast.actors and deployed(frame, m):  # "more troops were sent to the region"
                moved = replace(frame, actor_spans=frame.object_spans)
                cast = reader.cast(moved, tok.i, (), disc, work.article.pub_date)
                moved_why = "actor: the forces a passive without agent deploys (they are the deploying state's)"
                cast = replace(cast, phrases=tuple(replace(p, why=(*p.why, moved_why)) for p in cast.phrases))
            if (claimed := claimant(frame, tok, m, rules)) is not None:  # "..., and the rebels claimed it"
                cast = reader.cast(replace(frame, actor_spans=(claimed,)), tok.i, (), disc, work.article.pub_date)
                claim_why = "actor: the party that claimed the attack in its sentence (its subject is the means)"
                # linked: not read again from the subject at the event's date
                claimed_phrases = tuple(replace(p, why=(*p.why, claim_why), linked=True) for p in cast.phrases)
                cast = replace(cast, phrases=claimed_phrases)
            if not cast.actors and len(frame.actor_spans) == 1:  # "a day after they invaded the emirate"
                crowd_act = m is not None and m.code is not None and m.code.root in CROWD_ACT_ROOTS
                ante = sentence_antecedent(doc, frame.actor_spans[0], tok.i, crowd_act)
                if ante is not None:
                    pronoun = work.article.text[frame.actor_spans[0][0] : frame.actor_spans[0][1]]
                    back = reader.cast(replace(frame, actor_spans=(ante[0],)), tok.i, (), disc, work.article.pub_date)
                    said = f"actor '{pronoun}' = '{ante[1]}', named before it in its sentence"
                    back_phrases = tuple(replace(p, why=(*p.why, said), linked=True) for p in back.phrases)
                    cast = replace(back, phrases=back_phrases)
            telling = m is None or m.code is None or m.code.root == "01"  # no event, or a verb of speech
            if not cast.actors and len(frame.actor_spans) == 1 and not telling:  # ", saying it had shelled"
                body = it_antecedent(doc, frame.actor_spans[0], tok.i)
                it_cast = reader.cast(replace(frame, actor_spans=(body[0],)), tok.i, (), disc, pub) if body else None
                if body is not None and it_cast is not None and _body_cast(it_cast):
                    said = f"actor 'it' = '{body[1]}', the one organisation or state named as a subject just before"
                    it_phrases = tuple(replace(p, why=(*p.why, said), linked=True) for p in it_cast.phrases)
                    cast = replace(it_cast, phrases=it_phrases)
            # "The force commander, Major-General Peter Cosgrove, met ...": the name says who the role is
            cast = _named_by_apposition(reader, doc, frame, tok.i, cast, disc, work.article.pub_date) or cast
            chamber = impeaching_chamber(reader, frame, m, cast.actors, work.article.pub_date, disc)
            if chamber is not None and not cast.retells:  # "the House of Representatives impeached President X"
                cast = replace(cast, phrases=(ActorPhrase(tuple(chamber[0]), (chamber[1],), linked=True),))
            if frame.actor_spans and not any(a.country for a in cast.actors) and not cast.retells:
                # "the Pacific nation switched its recognition": the country named before (as for a recipient)
                named = [state_anaphor(reader, doc, sp, set(), work.article.pub_date, disc) for sp in frame.actor_spans]
                if len(named) == 1 and named[0] is not None:
                    state_refs, state_why = named[0]
                    state = ActorPhrase(tuple(state_refs), (f"actor {state_why}",), linked=True)
                    cast = replace(cast, phrases=(state,))
                elif (
                    len(frame.actor_spans) == 1
                    and (
                        owned := state_owned(
                            reader, doc, frame.actor_spans[0], list(cast.actors), work.article.pub_date, disc
                        )
                    )
                    is not None
                ):  # "the Pacific nation's cabinet voted": the state named before
                    owned_refs, owned_why = owned
                    cast = replace(
                        cast, phrases=(ActorPhrase(tuple(owned_refs), (f"actor {owned_why}",), linked=True),)
                    )
                elif len(frame.actor_spans) == 1:  # "rocks at Serbian troops, and soldiers opened fire"
                    force = same_force(reader, doc, frame.actor_spans[0], work.article.pub_date)
                    if force is not None:
                        force_refs, force_why = force
                        taken_up = ActorPhrase(tuple(force_refs), (f"actor {force_why}",), linked=True)
                        cast = replace(cast, phrases=(taken_up,))
            if (
                frame.actor_spans
                and not cast.retells
                and (other := besides_target(doc, cast.actors, frame, work.places, disc))
            ):
                # "... in Beirut, and opposition leaders blamed Syria": the sentence's other country
                lent_refs = tuple(lend(r, LentCountry(OTHER_THAN_TARGET, other)) for r in cast.actors)
                lent_why = (*cast.phrases[0].why, f"actor: country {other}, the sentence's besides the target's")
                cast = replace(cast, phrases=(ActorPhrase(lent_refs, lent_why, linked=True),))
            if not cast.actors and (paper := document_subject(doc, frame, rules.statement_nouns)) is not None:
                # "The resolution also demands ...": the document speaks for whoever issued it
                told = sorted((c for c in casts if c is not None and c.token_i < paper.start), key=lambda c: c.token_i)

                def read_span(span: tuple[int, int], d: Discourse = cast.discourse) -> list[ActorRef]:
                    return reader.span(span, work.article.pub_date, d)

                author = document_author(doc, paper, read_span, read, told)
                if author is not None:
                    phrase = ActorPhrase(author[0], (author[1],), linked=True)
                    cast = replace(cast, phrases=(phrase,), adopted_at=author[2])
            if (continues := continued_speech(tok, rules.denying_verbs)) is not None:  # recorded for the coder too
                cast = replace(cast, continues=continues.i)
            speech = cast.continued(m, rules.continuing_roots)
            told_by = read(speech) if speech is not None else None
            own = told_by is not None and {r.key() for r in told_by.actors} & {r.key() for r in cast.actors}
            if speech is not None and told_by is not None and told_by.actors and not own:  # "denied ... and called on"
                said = f"actor: the subject of '{doc[speech].text}' (a plain past beside the clause it reports)"
                cast = replace(cast, phrases=(ActorPhrase(told_by.actors, (said,), linked=True),))
            reporting = reporting_speaker(tok, speech_actors) if not cast.actors and not cast.retells else None
            if not cast.actors:
                refs, why = unknown_named(doc, frame, suffixes)
                if not refs:  # "thousands marched on the palace"
                    refs, why = crowd_named(doc, frame, m.code.root if m is not None and m.code else None)
                if refs:
                    cast = replace(cast, unnamed=ActorPhrase(tuple(refs), tuple(why)))
                elif reporting is not None:  # "Sweden said the vote was illegal and accused Russia ..."
                    verb, speakers = reporting
                    said = f"actor: the speaker of '{verb.text}' (the verb continues the reporting clause)"
                    cast = replace(cast, phrases=(ActorPhrase(speakers, (said,), linked=True),))
                else:
                    args = (reader, cast.discourse, frame_at, work.places, rules)
                    cast = replace(cast, unknown_attacker=unknown_attacker(frame, tok, matches[k].match, *args))
            if spoken is not None:  # read by the coder too
                cast = replace(cast, speakers=spoken[1], speech=spoken[0].i)
            if frame.actor_spans and (led := leaders(doc, frame.actor_spans)):  # "gunmen led by X": read by the coder
                cast = replace(cast, leaders=led)
            casts[k] = cast
            disc = cast.discourse
        work.participants = [c for c in casts if c is not None]

    return participants
