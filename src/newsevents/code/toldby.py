"""Which relative and participle clauses tell what a named party did ("Nigeria, which had offered him asylum",
"a deal signed by the leaders of X and Y", "the first country to recognise the council"), and the words that can
name a party (names_party, party_modifier) that they and the event nouns' readers (code/clauses.py) ask about.

Pure functions of the dependency parse, as code/clauses.py's; moved out of it at the 600-line limit.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.code.provisions import provided_by_accord
from newsevents.code.toldtime import PRONOUN_SUBJECTS, dated_by_pronoun, origin_told
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subject_of
from newsevents.parse.tree import PLACE_ENTS, children

PARTY_NOUNS = LEXICON["party_nouns"]
RESULT_VERBS = LEXICON["result_verbs"]


def party_modifier(noun: Token) -> bool:
    """A noun whose modifier names its party: "his Somali counterpart", "Israel's envoy"."""
    return any(
        c.dep_ in {"amod", "compound", "poss"}
        and (c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or c.pos_ == "PROPN")
        for c in children(noun)
    )


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "ites")
_RELATIVES = {"who", "which", "that"}
_ORDINALS = {"first", "last", "only", "second", "third"}


def names_party(tok: Token) -> bool:
    """A name ("Nigeria", "President Yoon"), a noun that can name a party ("country", "troops",
    data/lexicon.yaml party_nouns) or a group of people ("protesters", "thousands of students")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or tok.lemma_.lower() in PARTY_NOUNS:
        return True
    if tok.tag_ == "NNS" and tok.lower_.endswith(_PEOPLE_ENDINGS):
        return True
    # "thousands of students", "hundreds of soldiers": the quantity's "of" object
    of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in children(of) if g.dep_ == "pobj"), None) if of is not None else None
    return tok.tag_ == "NNS" and obj is not None and names_party(obj)


def _told_in_past(tok: Token) -> bool:
    """A finite clause in the past: simple, past perfect ("had" + participle), passive ("was
    detained") or progressive ("were marching"). A present perfect ("which has given billions in
    aid since 2001") mostly sums up a history, not an act of the story."""
    auxes = {c.lower_ for c in children(tok) if c.dep_ in {"aux", "auxpass"}}
    return (
        (tok.tag_ == "VBD" and not auxes & {"would", "could", "might", "should", "will", "can", "may"})
        or (tok.tag_ == "VBN" and bool(auxes & {"had", "was", "were"}))
        # "a charge the rebels denied" tagged as a participle: with an active subject and no auxiliary it is finite
        or (tok.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in children(tok)))
        or (tok.tag_ == "VBG" and bool(auxes & {"was", "were"}))
    )


def _first_to(tok: Token) -> bool:
    """'became the first country to recognise the council', 'the last soldier to leave the
    country': an infinitive that modifies "the first / last N" tells what N did."""
    head = tok.head
    return (
        tok.tag_ == "VB"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in children(tok))
        and any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in children(head))
        and names_party(head)
    )


def told_by_party(tok: Token) -> bool:
    """A relative or participle clause that tells what a named party did; other such clauses
    describe ("refugees who live in camps", "the treaty that bans mines") and stay background.
    The political filter still decides on the actor. What tells an act:

    * a relative clause whose subject is the relative pronoun, its verb finite and in the past
      (simple, perfect, passive or progressive), and the noun it modifies a name or a group of
      people ("Nigeria, which had offered him asylum", "Kenyan police, who fired tear gas",
      "Suu Kyi, who was detained", "supporters, who had blockaded government buildings");
    * a relative clause with a subject of its own that names a party, in the past ("the day India
      struck nine sites", "Tbilisi, where Saakashvili accepted the plan", "the martial law that
      President Yoon had declared", "a charge the rebels denied", "a rally during which protesters
      stormed the city hall");
    * a past participle after a noun whose "by" agent names a party ("a deal signed by the leaders
      of Russia and Armenia", "talks hosted by the Chinese foreign minister");
    * "the first / last N to V" ("the first country to recognise the council");
    * what an accord provides, in any tense ("a deal under which Russian peacekeepers will deploy":
      :func:`provided_by_accord`);
    * a participle that modifies a group of people ("thousands of students occupying the
      parliament", "protesters besieging the presidential administration"), unless it tells the
      result of a verb of ``result_verbs`` whose object they are ("sending troops fleeing").
    """
    if tok.dep_ == "acl":
        bare = not any(c.dep_ in {"aux", "mark"} for c in children(tok))
        if tok.tag_ == "VBN" and bare:  # "a deal signed by the leaders of X and Y", "talks hosted by Z"
            return _by_party(tok) or _accord_set(tok)
        result = tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in RESULT_VERBS  # "sending troops fleeing"
        return tok.tag_ == "VBG" and bare and not result and names_party(tok.head)
    if tok.dep_ != "relcl":
        return False
    if _first_to(tok) or provided_by_accord(tok):
        return True
    return _told_in_past(tok) and party_subject(tok)


def party_subject(tok: Token) -> bool:
    """Whether the relative clause of ``tok`` has a party as its subject, in any tense (the reading of
    :func:`told_by_party`; code/stances.py reads a stance held up to now by it)."""
    subj = subject_of(tok)
    if subj is None:
        return False
    if subj.lower_ in _RELATIVES:  # not "that" after a name: "the town of Adre that killed ..." describes
        # "that" after a plural common noun of a party does tell: "the governments that had imposed sanctions"
        # (not after "a"/"an": "a provisional government that had overthrown the family" says which one)
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children(tok.head))
        # nor after a noun set beside a name, which says who it is: "the RPF, a rebel movement that
        # signed an accord with the government" tells what the RPF did
        named = tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN"
        that_party = subj.lower_ == "that" and (tok.head.tag_ == "NNS" or named) and (named or not indefinite)
        return (subj.lower_ in {"who", "which"} or that_party) and (names_party(tok.head) or named)
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in children(subj)):
        # "Habyarimana, whose guards fired on the crowd": the subject belongs to the party named
        return names_party(tok.head) or names_party(subj)
    if subj.lower_ in PRONOUN_SUBJECTS:
        # "a speech in which he accused the West", "the curfew it imposed on Monday": a party's act; not a
        # clause without a relative word or a time of its own ("the deadline he had set"): code/toldtime.py
        return dated_by_pronoun(tok, subj)
    return subj.pos_ == "PROPN" or subj.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or names_party(subj)


STATIVE_PARTICIPLES = LEXICON["stative_participles"]
ACCORD_NOUNS = LEXICON["accord_nouns"]
_SETTING_ENTS = PLACE_ENTS | {"DATE"}
_NAMING_PARTICIPLES = {"know", "call", "name", "base", "dub"}  # "the pact, known in Paris as ...": no act


def _accord_set(participle: Token) -> bool:
    """'That agreement, signed in Arusha in August last year', 'the deal, negotiated over four years
    in Havana': a participle set off after an accord's noun (lexicon accord_nouns) that gives the
    act its own place or time tells it (its parties: those of the accord told before, code/accords.py)."""
    head = participle.head
    if head.lemma_.lower() not in ACCORD_NOUNS or participle.lemma_.lower() in _NAMING_PARTICIPLES:
        return False
    if not any(t.dep_ == "punct" and t.text == "," for t in participle.doc[head.i + 1 : participle.i]):
        return False  # set off by a comma, not a restrictive "the deal signed in 2015"
    for c in children(participle):
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True  # "signed last August"
        objs = [o for o in children(c) if o.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.lower_ in {"in", "at", "on", "over", "during"} or any(o.ent_type_ in _SETTING_ENTS for o in objs):
            return True  # "signed in Arusha", "negotiated for eight months"
    return False


def _by_party(participle: Token) -> bool:
    """A participle whose "by" agent names a party ("signed by the leaders of Russia and Armenia", "requested
    by President Tokayev"), not a thing ("wounded by shrapnel"), and that tells an act, not a state."""
    if participle.lemma_.lower() in STATIVE_PARTICIPLES and not origin_told(participle):
        return False  # "a town held by rebels"; "The truce, brokered by Qatar, ...": told (code/toldtime.py)
    agent = next((c for c in children(participle) if c.dep_ == "agent"), None)
    obj = next((g for g in children(agent) if g.dep_ == "pobj"), None) if agent is not None else None
    return obj is not None and (names_party(obj) or party_modifier(obj))
