"""Who acts: the actor phrases of a frame resolved in the knowledge base, with coreference.

* a pronoun subject of a clause reported by a speech verb is the speaker ("Ghani said he had
  stepped down"); "he" or "she" elsewhere is the last person named, and the event takes that
  person's date when it has none of its own, as a person named again does ("Morales resigned on
  Sunday ... Morales said ...");
* "their forces", "its troops": a role of the owner, the speaker or else the last actor named
  with a country;
* "the president", "the group": the entity of that kind named last (data/code_rules.yaml, anaphors);
* "the 93-year-old", "the 71-year-old leader": an age told instead of a name is the last person
  named before it (in any role), as "he" would be;
* "Masra" after "opposition leader Succes Masra": the person named before with that surname (as
  an actor, or in any role when the knowledge base knows the full name: "granted asylum to Evo
  Morales ... Morales had requested");
* "both sides", "the two governments": the two countries named before in the sentence, else the two
  the story named most (when they stand out), else the two named last (pair_nouns); "the leaders of
  the two countries", "commanders from both sides": that role of each party of the pair;
* a pronoun subject of a clause of sequence ("a day after they invaded"), of a clause after "and" or
  of a "which" clause, left open by the rules above, is read back in its own sentence
  (participants/insentence.py, run by the stage);
* an unnamed state institution or people of the street take the dateline's country;
* "the strike hit a market": the attack told before (linked by the coder, which knows the events).

The discourse before the first sentence is built in participants/opening.py; the clause a frame
stands in and the speaker of a reported clause are read in participants/speakers.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from spacy.tokens import Span

from newsevents.code.groups import counted_group
from newsevents.code.pairs import pair_of
from newsevents.code.rules import CodeRules
from newsevents.frame.facts import clause_date
from newsevents.frame.frames import PERSONAL_PRONOUNS
from newsevents.frame.subjects import PARTICIPLE_AGENT
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS
from newsevents.participants.anaphora import (
    NamedParties,
    Resolve,
    age_epithet,
    author_span,
    coordinated_countries,
    countryless_ref,
    group_pair,
    members_of_pair,
    pair_without_place,
    person_before,
    sentence_countries,
    sentence_pair,
    side_of,
    story_pair,
)
from newsevents.participants.lending import (
    abroad,
    body_owner,
    home_actor,
    home_force,
    lend,
    lent,
    loose_role,
    sentence_force,
    told_together,
)
from newsevents.participants.naming import (
    bare_name,
    country_before,
    own_refs,
    read_on_day,
    surname_of,
    surnames,
    whole_word,
)
from newsevents.participants.retold import retold
from newsevents.participants.samenoun import named_before
from newsevents.participants.titled import told_again
from newsevents.participants.visited import unplaced
from newsevents.progress import ActorPhrase, Cast, Discourse, LinkedDate
from newsevents.recognize.placenames import portfolio
from newsevents.records import DATELINE, FRONTED_PLACE, NAMED_BEFORE, ActorRef, Frame, LentCountry

SentenceEntities = tuple[tuple[Span, tuple[ActorRef, ...]], ...]  # a sentence's entities, each with its actors


class ActorReader:
    """Resolves the phrases of one article against the knowledge base and its discourse."""

    def __init__(self, text: str, resolve: Resolve, rules: CodeRules, day: dt.date | None = None) -> None:
        """``day``: the article's publication day, for a lookup without a date (see read_on_day)."""
        self.text = text
        self.resolve: Resolve = resolve if day is None else partial(read_on_day, resolve, day)
        self.rules = rules
        # (sentence start, labels, date) -> (the discourse read against, each entity with its actors)
        self._entities: dict[tuple[int, frozenset[str], dt.date | None], tuple[Discourse, SentenceEntities]] = {}
        self.parties = NamedParties()  # disc.named without lent or placed countries, read as names are added

    def entities(
        self, sent: Span, labels: frozenset[str], on_date: dt.date | None, disc: Discourse
    ) -> SentenceEntities:
        """Each entity of the sentence ``sent`` with a label in ``labels``, with the actors it names
        (``span``), read once per sentence, date and discourse (a Discourse is frozen: the same object
        gives the same reading), however many frames and rules of the sentence ask."""
        key = (sent.start_char, labels, on_date)
        hit = self._entities.get(key)
        if hit is not None and hit[0] is disc:
            return hit[1]
        out = tuple(
            (ent, tuple(self.span((ent.start_char, ent.end_char), on_date, disc)))
            for ent in sent.ents
            if ent.label_ in labels and not portfolio(ent)  # "the Indian Affairs Minister": no party
        )
        self._entities[key] = (disc, out)
        return out

    def span(
        self, span: tuple[int, int], on_date: dt.date | None, disc: Discourse, words: str | None = None,
        sentence: int | None = None,
    ) -> list[ActorRef]:  # fmt: skip
        """The actors a phrase names, on a date (None: the knowledge base's latest roles); an
        actor phrase of sentence ``sentence`` may name the dateline country's forces (home_force),
        and takes no country from a place where its people met or visited, nor an attacker's
        from the place of the attack (visited.unplaced)."""
        if words is None:
            span = whole_word(self.text, span)
            words = self.text[span[0] : span[1]]
        refs = self.resolve(words, on_date)
        if sentence is not None:
            refs = unplaced(refs, words)
        # "talks between the two neighbours in the Saudi port of Jeddah": the pair, not the port's country
        two, two_refs = pair_without_place(words, refs, self.rules.pair_nouns)
        if pair := self.pair(two, two_refs, span, disc, sentence):
            return pair
        if (members := members_of_pair(self.text, span, refs)) is not None:  # "the leaders of the two countries"
            whole, inner, sector = members
            of, said = self.text[inner[0] : inner[1]], self.text[whole[0] : whole[1]]
            pair = self.pair(of, self.resolve(of, on_date), inner, disc, sentence)
            if pair:
                why = f"'{said}': {sector} of " + "; ".join(dict.fromkeys(r.reason or "" for r in pair))
                return [ActorRef.group_member(r.country or "", sector, said, whole, why) for r in pair]
        out = []
        home = disc.home_country or (disc.city_country if sentence is not None else None)
        fronted = next((c for i, c in disc.fronted_places if i == sentence), None)
        for r in refs:
            lendable = home_actor(r) or home_force(r, sentence, disc)
            if (same := named_before(r, words, span, disc)) is not None:  # "the junta" after "the junta in Niger"
                r = lend(r, LentCountry(NAMED_BEFORE, same))
            elif fronted is not None and r.country is None and lendable and not abroad(r, words):
                r = lend(r, LentCountry(FRONTED_PLACE, fronted))
            elif home is not None and r.country is None and lendable and not abroad(r, words):
                r = lend(r, LentCountry(DATELINE, home))
            elif (one := sentence_force(r, sentence, disc)) is not None:
                r = lend(r, one)
            out.append(self.placed(r, span))
        return out

    def pair(
        self, two: str, refs: list[ActorRef], span: tuple[int, int], disc: Discourse, sentence: int | None
    ) -> list[ActorRef]:
        """The parties a pair phrase ("both sides", "the two leaders", "the three countries") names,
        by the rules in order: people or countries named before it in its sentence, the group of a
        main clause before, the story's pair, the two countries named last, a counted list."""
        pair = sentence_pair(self.text, self.resolve, self.rules, two, span, disc)
        pair = pair or coordinated_countries(self.text, self.rules, two, refs, span, disc)
        pair = pair or sentence_countries(self.text, self.rules, two, refs, span, disc)
        pair = pair or group_pair(self.rules, two, span, disc, sentence)
        pair = pair or story_pair(self.rules, two, refs, span, disc)
        if not pair:
            parties = self.parties(disc.named)
            pair = pair_of(two, refs, span, parties, self.rules.pair_nouns)
            pair = pair or counted_group(two, refs, span, parties, self.rules.pair_nouns, self.text)
        return pair

    @staticmethod
    def placed(r: ActorRef, span: tuple[int, int]) -> ActorRef:
        """A reference read from a phrase, with its offsets in the article's text."""
        s = span[0] + r.start_char if r.start_char >= 0 else span[0]
        e = span[0] + r.end_char if r.end_char >= 0 else span[1]
        return replace(r, start_char=s, end_char=e)

    def owned(
        self, words: str, found: list[ActorRef], speaker: tuple[ActorRef, ...], disc: Discourse, why: list[str],
        span: tuple[int, int] | None = None,
    ) -> list[ActorRef]:  # fmt: skip
        """'their forces', 'its troops': a role of the owner, the speaker of the reported clause or
        else the last actor named with a country ("Bosnian Serbs said their forces had withdrawn"),
        also over the country a dateline lends role words ("DILI - Australian troops landed ...
        Their commander met ..."); 'its' after a country named before it in its sentence, in any
        role, is that country's ("sanctions on Myanmar after its generals seized power")."""
        first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
        if first not in POSSESSIVE_DETERMINERS:
            return found
        if not found:  # "its teams", "their envoys": the owner's own people
            owner_ref = next(iter(speaker), None)
            if owner_ref is None:
                return found
            why.append(f"'{words}': people of {owner_ref.name or owner_ref.entity_text}, the speaker")
            return [replace(owner_ref, entity_text=words)]
        if len(found) != 1 or (found[0].country is not None and not lent(found[0])):
            return found  # a country lent by the dateline or the sentence's place gives way to the owner
        near = country_before(self.text, span, disc) if first == "its" and span is not None else None
        if near is None and lent(found[0]) and (body := body_owner(first, speaker, disc)) is not None:
            why.append(f"'{first}' in '{words}' = {body.name or body.entity_text}, a body of no one country")
            return [replace(body, entity_text=words, start_char=found[0].start_char, end_char=found[0].end_char)]
        owner = next((r for r in speaker if r.country), None)
        owner = owner or next((r for r in reversed(disc.named) if r.country), None)
        if near is not None:
            owner = ActorRef(near, near, near, near, None, f"country:{near}")
        if owner is None or owner.country is None:
            return found
        ref = found[0]
        sector = ref.sector or ""
        why.append(f"'{first}' in '{words}' = {owner.name or owner.entity_text}")
        return [replace(ref, country=owner.country, code=f"{owner.country}{sector}")]

    def antecedent(
        self, words: str, found: list[ActorRef], disc: Discourse, span: tuple[int, int] | None = None
    ) -> ActorRef | None:
        """'the president', 'the court', 'the group', 'the movement': the entity of that kind named
        last in the article as an actor (data/code_rules.yaml, anaphors); else, for a word of the
        anaphors ("the party"), the last organisation of that kind the article named before in
        any role ("a purge in the ruling ZANU-PF ... the party accused")."""
        low = words.lower()
        if not low.startswith("the ") or len(low.split()) > 3:
            return None
        if len(found) == 1 and found[0].country is None and found[0].kind == "sector":
            sectors = {found[0].sector}
        elif not found:
            sectors = set(self.rules.anaphors.get(low.split()[-1], ()))
        else:
            return None
        last = next((r for r in reversed(disc.named) if r.sector in sectors), None)
        if last is None:
            last = self.named_by_head(low.split()[-1], disc, span)
        if last is not None or span is None or not sectors:
            return last
        return self.org_before(disc, span, lambda name: True, lambda r: r.sector in sectors)

    def named_by_head(self, noun: str, disc: Discourse, span: tuple[int, int] | None) -> ActorRef | None:
        """'the council' after 'the U.N. Security Council', 'the court' after 'the International
        Criminal Court': the last organisation named before whose name ends in that noun."""
        if not noun.isalpha() or not noun.islower():
            return None
        head = noun.capitalize()

        def ends(name: str | None) -> bool:
            return name is not None and name.split()[-1:] == [head]

        last = next((r for r in reversed(disc.named) if ends(r.entity_text) or ends(r.name)), None)
        if last is not None or span is None:
            return last
        return self.org_before(disc, span, ends, lambda r: True)

    def org_before(
        self, disc: Discourse, span: tuple[int, int], name_ok: Callable[[str], bool], ref_ok: Callable[[ActorRef], bool]
    ) -> ActorRef | None:
        """The first actor known to the knowledge base (``ref_ok``, not countryless) of the last
        organisation named before ``span`` whose words pass ``name_ok``."""
        for s, e in reversed(disc.org_spans):
            if e <= span[0] and name_ok(self.text[s:e]):
                known = [r for r in self.resolve(self.text[s:e], None) if ref_ok(r) and not countryless_ref(r)]
                if known:
                    return known[0]
        return None

    def author_of(self, span: tuple[int, int], frame: Frame, disc: Discourse) -> tuple[list[ActorRef], str] | None:
        """'A statement issued by the Kenyan foreign ministry urged ...', 'a communique from the
        presidency', 'a statement ... in Suu Kyi's name': a text speaks for its author (lexicon
        document_nouns), read as the actor (a surname named before counts); None when the phrase
        names no author or the author is no one known. The phrase runs on to the frame's trigger
        (a participle after the noun is not in the subject's span: "a statement issued by X")."""
        end = frame.trigger_start if span[1] <= frame.trigger_start else span[1]
        sentence = frame.sentence_index
        at = author_span(self.text[span[0] : end])
        if at is None:
            return None
        sub = (span[0] + at[0], span[0] + at[1])
        author = self.text[sub[0] : sub[1]]
        refs = [r for r in self.span(sub, None, disc, sentence=sentence) if r.country or r.sector]
        if (not refs or all(countryless_ref(r) for r in refs)) and author.split():
            earlier = self.named_before(author.split()[-1], sub, disc)
            refs = [earlier] if earlier is not None else refs
        if not refs:
            return None
        return refs, f"the author of the text, '{author}'"

    def owner_before(
        self, words: str, span: tuple[int, int], found: list[ActorRef], disc: Discourse
    ) -> tuple[ActorRef, str] | None:
        """'Yanukovich's camp', 'members of his own guard': the side of a person named before
        (anaphora.side_of), the surname read as the actor phrases read one."""
        return side_of(self.text, self.resolve, words, span, found, disc, lambda w, at: self.named_before(w, at, disc))

    def named_before(self, word: str, span: tuple[int, int], disc: Discourse) -> ActorRef | None:
        """The person a lone name stands for: a surname of the article's, else a person named before."""
        return surname_of(word, [], disc.surnames) or self.named_person(word, span, [], disc)

    def named_person(
        self, words: str, span: tuple[int, int], found: list[ActorRef], disc: Discourse, titled: bool = False
    ) -> ActorRef | None:
        """'Morales had requested asylum' after 'granted asylum to Bolivia's Evo Morales': a one-word
        name the knowledge base does not place is the person named earlier in the article with that
        surname in any role (the last one), when the knowledge base knows that person's full name; else
        the one the title they were named with tells (participants/titled.py: "Da Costa" after "President
        Joaquim da Costa"), for an actor phrase (``titled``) only: an owner or an object read so took
        wrong parties (a warlord lent the country of the officials who urged him)."""
        word = bare_name(words)
        if not word[:1].isupper() or any(not countryless_ref(r) for r in found):
            return None
        told = told_again(
            word, span, self.text, disc.titled, disc.person_spans,
            lambda at: [r for r in self.resolve(self.text[at[0] : at[1]], None) if not countryless_ref(r)],
            surnames, (lambda t, i: self.span(t, None, disc, sentence=i)) if titled else None,
        )  # fmt: skip
        if told is None or told[1] is None:
            return None if told is None else told[0]
        why = f"'{word}' = the person named before as '{told[1]}' (a surname told again)"
        return replace(told[0], reason=why)

    def referent(
        self, words: str, span: tuple[int, int], found: list[ActorRef], disc: Discourse, actors: list[ActorRef],
        possessive: bool = False,
    ) -> tuple[ActorRef, str] | None:  # fmt: skip
        """Whom an object or prepositional phrase that names no one by itself refers to: "him" or
        "her" ("called on him to resign"), and "he" or "she" as the subject of a passive ("he was
        arrested by police") is the last person named as an actor before, other than
        the event's own actors (a pronoun object is never its clause's subject), else the last
        person named at all; so is the owner in an object "his/her X" ("the unions demanded his
        departure") when no actor is a person (who would own it: "Carmona announced his
        resignation"); "Yanukovich" after "Viktor Yanukovich" is the person named before with
        that surname."""
        if any(not countryless_ref(r) for r in found):
            return None
        low = words.lower().split()
        owned = possessive and len(low) > 1 and low[0] in {"his", "her"} and not found
        owned = owned and not any(a.kind == "person" for a in actors)
        if age_epithet(words) and (person_ := person_before(self.text, self.resolve, span, disc)) is not None:
            if any(person_[0].kb_id == a.kb_id and person_[0].name == a.name for a in actors):
                return None
            return person_[0], f"'{words}' = {person_[0].name or person_[0].entity_text}, the last person named before"
        passive = low in (["he"], ["she"]) and PASSIVE_AFTER.match(self.text, span[1]) is not None
        if low in (["him"], ["her"]) or owned or passive:
            own = {(a.kb_id, a.name) for a in actors}
            person = next(
                (r for r in reversed(disc.named) if r.kind == "person" and (r.kb_id, r.name) not in own),
                None,
            )
            if person is None:  # no person named as an actor: the last person named at all
                named = (self.resolve(self.text[s:e], None) for s, e in reversed(disc.person_spans) if e <= span[0])
                person = next(
                    (r for refs in named for r in refs[:1] if r.country and (r.kb_id, r.name) not in own), None
                )
            if person is None:
                return None
            return person, f"'{words}' = {person.name or person.entity_text}, the last person named before"
        earlier = surname_of(words, found, disc.surnames) or self.named_person(words, span, found, disc)
        if earlier is None or any(earlier.kb_id == a.kb_id and earlier.name == a.name for a in actors):
            return None
        return earlier, f"'{words}' = {earlier.name or earlier.entity_text}, named before in the article"

    def retold(
        self, words: str, span: tuple[int, int], found: list[ActorRef], disc: Discourse
    ) -> tuple[list[ActorRef], str] | None:
        """'the council' after 'a military council': the party the last description of the same noun
        read (participants/retold.py), with a reason naming that description."""
        told = retold(words, span, found, disc.described, lambda at: self.span(at, None, disc))
        if told is None:
            return None
        refs, at = told
        said = f"actor '{words}' = '{self.text[at[0] : at[1]]}', the last {words.split()[-1]} described before"
        return [replace(r, entity_text=words, start_char=span[0], end_char=span[1]) for r in refs], said

    def names_attack(self, words: str, found: list[ActorRef]) -> bool:
        """'The strike hit a busy market': a phrase that can only mean an attack told before."""
        low = words.lower().split()
        return not found and len(low) == 2 and low[0] == "the" and low[1] in self.rules.attack_instruments

    def cast(
        self, frame: Frame, token_i: int, speaker: tuple[ActorRef, ...], disc: Discourse, pub: dt.date | None,
        main: bool = False, fronted: bool = False,
    ) -> Cast:  # fmt: skip
        """The frame's actor phrases read in order; each names people for the ones after it. In a
        main clause (``main``), "it" and "they" are the body or the group named as the actor of a
        main clause in this sentence or the one before; in a clause told before the speech verb that
        reports it (``fronted``), a third-person pronoun is not the speaker."""
        phrases: list[ActorPhrase] = []
        aside = frame.subject_how == PARTICIPLE_AGENT
        linked: LinkedDate | None = None
        for span in frame.actor_spans:
            words = self.text[span[0] : span[1]]
            if words.lower() in PERSONAL_PRONOUNS:
                if speaker and not (fronted and words.lower() in THIRD_PERSON):
                    phrases.append(
                        ActorPhrase(speaker, (f"actor '{words}' = the speaker of the reported clause",), linked=True)
                    )
                elif words.lower() in {"he", "she"} and disc.last_person:
                    said = f"actor '{words}' = the last person named ({disc.last_person[0].entity_text})"
                    phrases.append(ActorPhrase(disc.last_person, (said,), linked=True))
                    linked = disc.last_person_date
                elif words.lower() == "it" and main and recent(disc.last_body_sentence, frame) and disc.last_body:
                    said = f"actor '{words}' = the last body named as an actor ({disc.last_body[0].entity_text})"
                    phrases.append(ActorPhrase(disc.last_body, (said,), linked=True))
                elif words.lower() == "they" and main and recent(disc.last_group_sentence, frame) and disc.last_group:
                    them = " and ".join(r.entity_text for r in disc.last_group)
                    said = f"actor '{words}' = the last group named ({them})"
                    phrases.append(ActorPhrase(disc.last_group, (said,), linked=True))
                continue
            aged = person_before(self.text, self.resolve, span, disc) if age_epithet(words) else None
            if aged is not None:
                said = f"actor '{words}' = {aged[0].name or aged[0].entity_text}, the last person named before"
                phrases.append(ActorPhrase(aged, (said,), linked=True))
                continue
            why_owned: list[str] = []
            read = self.span(span, None, disc, sentence=frame.sentence_index)
            found = self.owned(words, read, speaker, disc, why_owned, span)
            if (authored := self.author_of(span, frame, disc)) is not None:
                found, said = authored
                why_owned.append(f"actor '{words}': {said}")
            if self.names_attack(words, found):
                phrases.append(ActorPhrase((), tuple(why_owned), retold=words))
                continue
            earlier = (
                self.antecedent(words, found, disc, span)
                or surname_of(words, found, disc.surnames)
                or self.named_person(words, span, found, disc, titled=True)
            )
            told = None if earlier is not None else self.retold(words, span, found, disc)
            if earlier is None and (owned_by := self.owner_before(words, span, found, disc)) is not None:
                owner, said = owned_by
                why = [*why_owned, f"actor '{words}': {said}"]
                found = [replace(owner, entity_text=words, start_char=span[0], end_char=span[1])]
                earlier = owner
            elif told is not None:
                why, found = [*why_owned, told[1]], told[0]
                earlier = found[0]
            elif earlier is not None:
                said = f"actor '{words}' = {earlier.name or earlier.entity_text}, named before in the article"
                why = [*why_owned, said]
                found = [replace(earlier, entity_text=words, start_char=span[0], end_char=span[1])]
            else:
                why = [*why_owned, *(f"actor '{r.entity_text}': {r.reason}" for r in found)]
            phrases.append(ActorPhrase(tuple(found), tuple(why), linked=earlier is not None or bool(why_owned)))
            if linked is None and (person := one_person(found)) is not None:
                # "Morales resigned on Sunday ... Morales said he was the victim of a coup": a person
                # named again takes the date of the clause that named them last, as "he" would
                linked = next((d for k, d in reversed(disc.person_dates) if k == person), None)
            named = tuple(r for r in found if r.country or r.kind not in (None, "sector"))
            if not aside:  # "the talks, mediated by Angola": not a party to what follows ("both delegations")
                disc = replace(disc, named=(*disc.named, *named))
            if found and main:
                disc = referents(disc, words, tuple(found), bool(named), frame.sentence_index)
            names_person = any(s < span[1] and span[0] < e for s, e in disc.person_spans)
            if found and names_person:
                people = [(s, e) for s, e in disc.person_spans if s < span[1] and span[0] < e]
                owned = [(self.text[s:e], own_refs(found, s, e)) for s, e in people]
                known = tuple((w, refs) for name, refs in owned for w in surnames(name, refs))
                disc = replace(disc, surnames=(*disc.surnames, *known))
            if found and (names_person or any(r.kind == "person" for r in found)):
                date = clause_date(frame, self.text, pub)
                own = date.info is not None and date.info.precision != "publication"
                when = LinkedDate(date.info, date.text, f"the pronoun's person ({words})") if own else None
                disc = replace(disc, last_person=tuple(found), last_person_date=when)
                if (person := one_person(found)) is not None:
                    disc = replace(disc, person_dates=(*disc.person_dates, (person, when)))
        everyone = [r for p in phrases for r in p.refs]
        if any(loose_role(r, everyone) for r in everyone):  # "Colombian troops and aircraft": no dateline's aircraft
            kept = iter(told_together(everyone))
            phrases = [replace(p, refs=tuple(next(kept) for _ in p.refs)) for p in phrases]
        if main and len(frame.actor_spans) > 1 and sum(len(p.refs) for p in phrases) > 1:  # "Iraq and Kuwait"
            group = tuple(r for p in phrases for r in p.refs)
            disc = replace(disc, last_group=group, last_group_sentence=frame.sentence_index)
        return Cast(token_i, tuple(phrases), disc, linked)


def one_person(found: Sequence[ActorRef]) -> str | None:
    """The knowledge-base id of the one person a phrase names, if it names one."""
    people = {r.kb_id for r in found if r.kind == "person"}
    return people.pop() if len(people) == 1 else None


def plural_phrase(words: str, found: tuple[ActorRef, ...]) -> bool:
    """'Iraq and Kuwait', 'Kenyan police', 'the rebels': a phrase that "they" can take up; a
    proper name ("the United States", "the Philippines") is one body. A phrase with an "of" phrase
    is read by its head, the words before "of": "Commanders of the Atlantic alliance", "fighters of
    the Workers' Party (PKK)" are a group though the name they belong to is one body (storyrec54)."""
    if len(found) != 1:
        return len(found) > 1
    head = words.split(" of ", 1)[0]
    name = len(head.split()) > 1 and not head.split()[-1].islower()  # "the United States of America"
    party = bool(found[0].country) or found[0].kind not in (None, "sector")
    if name or not party:  # a name, or an "of" phrase read as no party ("leaders of an unknown group")
        head = words  # read by its last word, as any phrase
    split = head.split()
    last = split[-1] if split else ""
    role = found[0].kind in (None, "sector") or head != words  # a role word as the head of an "of" phrase
    if not (last.islower() or (len(split) == 1 and role)):  # "Rebels" opening a sentence is a role word
        return False
    low = last.lower()
    return low in {"police", "people"} or (low.endswith("s") and not low.endswith("ss"))


def referents(disc: Discourse, words: str, found: tuple[ActorRef, ...], named: bool, sentence: int) -> Discourse:
    """The discourse after a main clause's actor phrase: the phrase is what "they" takes up when
    it names several parties or a plural group ("rebels"), and what "it" takes up when it names
    one body that is not a person, with a country or known to the knowledge base (``named``)."""
    if plural_phrase(words, found):
        return replace(disc, last_group=found, last_group_sentence=sentence)
    if named and len(found) == 1 and found[0].kind != "person":
        return replace(disc, last_body=found, last_body_sentence=sentence)
    return disc


def recent(sentence: int, frame: Frame) -> bool:
    """A referent named in the frame's sentence or the one before."""
    return sentence >= 0 and 0 <= frame.sentence_index - sentence <= 1


# "he was arrested", "she had been detained": a pronoun subject of a passive (participants read it
# as the event's object)
PASSIVE_AFTER = re.compile(
    r"\s+(?:was|is|had been|has been|will be|would be|was being|is being)\s+(?:\w+ly\s+)?\w+ed\b"
)
THIRD_PERSON = frozenset({"he", "she", "it", "they", "him", "her", "them"})
