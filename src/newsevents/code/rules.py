"""Derivation rules of the coder (data/code_rules.yaml): intent, negation, demands, future heads.

A user ``--frames`` file may carry any of these keys next to its ``frames`` list: its maps update
the built-in ones (a key it names gets its value) and its lists extend them (its words are added),
file by file in the order given (docs/verb-frames.md, "Overriding the rules").
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import VerbFrameError, yaml_problem
from newsevents.yamlkeys import UniqueKeyLoader

RULES_FILE = "code_rules.yaml"
LIST_KEYS = (
    "future_heads",
    "sequence_adverbs",
    "addition_adverbs",
    "night_before_adverbs",
    "other_time_words",
    "attack_instruments",
    "claim_verbs",
    "claim_adverbs",
    "apolitical_sectors",
    "people_suffixes",
    "statement_nouns",
    "enacted_documents",
    "enacting_verbs",
    "command_verbs",
    "commanded_roots",
    "of_agent_nouns",
    "judging_codes",
    "pair_nouns",
    "reciprocal_nouns",
    "score_verbs",
    "background_preps",
    "setting_conflict_nouns",
    "prohibition_nouns",
    "asked_act_heads",
    "ending_verbs",
    "announcing_auxiliaries",
    "negating_heads",
    "refusing_heads",
    "state_act_roots",
    "state_act_codes",
    "condemning_roots",
    "accord_judging_roots",
    "approving_codes",
    "refusing_roots",
    "denying_codes",
    "home_aid_roots",
    "lead_warning_codes",
    "home_act_codes",
    "home_aim_roots",
    "state_recipient_roots",
    "home_story_roots",
    "home_dateline_roots",
    "dateline_appeal_roots",
    "admitting_verbs",
    "ordering_verbs",
    "authorising_verbs",
    "authorised_bodies",
    "test_prefixes",
    "test_sites",
    "test_site_words",
    "test_aims",
    "test_series_nouns",
    "property_nouns",
    "ordered_as",
    "means_verbs",
    "defiance_verbs",
    "defied_reactions",
    "stance_verbs",
    "consequence_codes",
    "state_nouns",
    "relief_nouns",
    "cargo_verbs",
    "untold_marks",
    "waters_nouns",
    "unreal_nouns",
    "aim_sequence_preps",
    "aim_nouns",
    "statement_roots",
    "conditional_roots",
    "reaction_roots",
    "continuing_roots",
    "appeal_roots",
    "deescalation_codes",
    "posture_answer_codes",
    "mediation_codes",
    "side_nouns",
    "hosting_verbs",
    "labelling_verbs",
    "naming_verbs",
    "claiming_demands",
    "condemning_words",
    "charging_labels",
    "consenting_verbs",
    "tolerating_verbs",
    "approving_words",
    "war_declaring_verbs",
    "war_state_nouns",
    "blaming_words",
    "shortfall_verbs",
    "wrongdoing_verbs",
    "wrongful_adverbs",
    "committing_verbs",
    "crime_nouns",
    "plotting_verbs",
    "wishing_verbs",
    "asking_verbs",
    "telling_verbs",
    "unasked_sectors",
    "attempting_verbs",
    "plot_nouns",
    "denying_verbs",
    "equating_verbs",
    "certainty_words",
    "proof_nouns",
    "fraud_verbs",
    "ballot_nouns",
    "ballot_wrongs",
    "excess_adverbs",
    "bearing_verbs",
    "borne_blame",
    "decision_nouns",
    "warning_own",
    "warning_subject",
    "warning_for",
    "punishment_passives",
    "rebutted_nouns",
    "stating_verbs",
    "protest_roots",
    "stance_negations",
    "natural_forces",
    "casualty_verbs",
    "accident_verbs",
    "conjecture_nouns",
    "deadline_verbs",
    "deadline_units",
    "ultimatum_words",
    "scheduled_heads",
    "schedule_marks",
    "schedule_time_nouns",
    "outstanding_modals",
    "outstanding_adverbs",
    "aspect_heads",
    "void_when_negated",
    "movement_roots",
    "attack_roots",
    "resolve_particles",
    "resolve_objects",
    "denied_codes",
    "effort_verbs",
    "armed_sectors",
    "unattributed_means",
    "motion_verbs",
    "building_nouns",
    "control_nouns",
    "held_place_nouns",
    "partitive_words",
    "physical_nouns",
    "gesture_verbs",
    "celebration_verbs",
    "travel_words",
    "arrival_codes",
    "pair_people_nouns",
    "pair_leader_nouns",
    "open_state_words",
    "topic_verbs",
    "agenda_verbs",
    "agenda_nouns",
    "topic_prep_verbs",
    "arrival_verbs",
    "setting_roots",
    "meeting_heads",
    "meeting_intents",
    "meeting_codes",
    "speech_roots",
)
# root, modal, sector or lemma -> CAMEO code
MAP_KEYS = (
    "intent", "negated", "demand_modals", "commanded_sectors", "pursuit_verbs", "pursued_nouns", "cargo_codes",
    "means_nouns", "clause_vows",
    "label_codes", "deadline_codes", "deadline_departures", "envoy_departures", "arriving_words", "joint_codes",
    "instrument_codes", "foreign_codes", "authorised_codes", "tested_codes", "body_permits",
)  # fmt: skip
# CAMEO code -> a sector, an object class or a lemma -> CAMEO code
NESTED_KEYS = ("sector_codes", "object_codes", "lemma_codes", "motion_codes")
#: Every top-level key of code_rules.yaml but ``version``; a --frames file may carry them too.
RULE_KEYS: frozenset[str] = frozenset((*MAP_KEYS, "anaphors", *NESTED_KEYS, *LIST_KEYS))


@dataclass(frozen=True)
class CodeRules:
    intent: Mapping[str, str]
    negated: Mapping[str, str]
    demand_modals: Mapping[str, str]
    commanded_sectors: Mapping[str, str]  # the sector of forces sent somewhere by an order -> its code
    pursuit_verbs: Mapping[str, str]  # a vow to do this to people -> its code (a threat)
    pursued_nouns: Mapping[str, str]  # a vow to find these people -> its code (a threat)
    clause_vows: Mapping[str, str]  # a vow with a that-clause ("vowed that X would never ...") -> its code
    cargo_codes: Mapping[str, str]  # an arrival or dispatch carrying relief -> its code (aid)
    means_nouns: Mapping[str, str]  # the means of a reaction the dictionary has no noun for -> its code
    label_codes: Mapping[str, str]  # a list of words naming an act (condemning_words) -> the code of the naming
    deadline_codes: Mapping[str, str]  # a deadline given without a threat (deadline_verbs) -> a demand
    deadline_departures: Mapping[str, str]  # a deadline without a threat to do this (leave) -> its code (expulsion)
    envoy_departures: Mapping[str, str]  # the party given a deadline to leave (diplomats) -> its code (166)
    arriving_words: Mapping[str, str]  # a word of the subject of an arrival -> its code (peacekeepers, rescuers)
    joint_codes: Mapping[str, str]  # an act whose actors are of two or more countries -> its code (joint drills)
    instrument_codes: Mapping[str, str]  # an act whose subject is the means of an attack -> its code (matching.py)
    foreign_codes: Mapping[str, str]  # an act done to a party of another country than its actors' -> its code
    authorised_codes: Mapping[str, str]  # an act (code or root) that a verb authorises -> its code (a threat)
    tested_codes: Mapping[str, str]  # an act (code or root) told as a test ("test-fired") -> its code
    body_permits: Mapping[str, str]  # a force authorised by "the" (definite) or "a" (indefinite) -> its code
    future_heads: frozenset[str]
    sequence_adverbs: frozenset[str]
    addition_adverbs: frozenset[str]  # "X also closed its border": one more act of the occasion told before
    night_before_adverbs: frozenset[str]  # "crossed overnight": the night before the story (when/nights.night_before)
    other_time_words: frozenset[str]  # "a day after", "since": another time than the clause's day (when/newsday)
    attack_instruments: frozenset[str]
    anaphors: Mapping[str, tuple[str, ...]]
    sector_codes: Mapping[str, Mapping[str, str]]  # CAMEO code -> the actors' sector -> the code it becomes
    object_codes: Mapping[str, Mapping[str, str]]  # CAMEO code -> what it is done to (PERSON, STATE) -> code
    lemma_codes: Mapping[str, Mapping[str, str]]  # CAMEO code -> the predicate's lemma -> the code it becomes
    motion_codes: Mapping[str, Mapping[str, str]]  # CAMEO code -> sector of forces moving in (motion_verbs) -> code
    claim_verbs: frozenset[str]
    claim_adverbs: frozenset[str]
    apolitical_sectors: frozenset[str]
    people_suffixes: tuple[str, ...]
    statement_nouns: frozenset[str]
    enacted_documents: frozenset[str]
    enacting_verbs: frozenset[str]
    command_verbs: frozenset[str]
    commanded_roots: frozenset[str]
    of_agent_nouns: frozenset[str]
    judging_codes: frozenset[str]
    pair_nouns: frozenset[str]
    reciprocal_nouns: frozenset[str]
    score_verbs: frozenset[str]
    background_preps: frozenset[str]
    setting_conflict_nouns: frozenset[str]  # "a truce in the eight-year war": the war is the setting (code/clauses)
    prohibition_nouns: frozenset[str]  # "a ban on travel": the act forbidden is not told (code/clauses)
    asked_act_heads: frozenset[str]  # "calls for a truce and the withdrawal of troops": acts asked for (code/clauses)
    ending_verbs: frozenset[str]
    announcing_auxiliaries: frozenset[str]
    negating_heads: frozenset[str]
    refusing_heads: frozenset[str]  # "declined to endorse the pact": a refusal, told as done (derive/codes.py)
    state_act_roots: frozenset[str]
    state_act_codes: frozenset[str]  # "CODE word ...": more such acts (code prefix, words its pattern holds)
    condemning_roots: frozenset[str]
    accord_judging_roots: frozenset[str]  # a judgement of "the agreement" is aimed at its parties (code/joint.py)
    approving_codes: frozenset[str]  # "welcomed the release": whoever did the act told before (code/judged.py)
    refusing_roots: frozenset[str]  # "Saddam refused": whoever asked it of the refuser (code/answers.py)
    denying_codes: frozenset[str]  # a denial that names no one answers the accuser told before (code/answers.py)
    home_aid_roots: frozenset[str]  # aid to no one named goes to the dateline's country (code/answers.py)
    lead_warning_codes: frozenset[str]  # a reprisal promised to no one named: at the lead's target (code/toldbefore)
    home_act_codes: frozenset[str]  # a state's act at home that names no one: its own country (code/answers.py)
    home_aim_roots: frozenset[str]  # a demand or a fight that names no one: at home (participants/homeaim.py)
    state_recipient_roots: frozenset[str]  # a state named as whom an act of these is aimed at: GOV (code/statesector)
    home_story_roots: frozenset[str]  # the same, in a story naming no other country so far (participants/homeaim.py)
    home_dateline_roots: frozenset[str]  # the same, by actors of the dateline's country (participants/homeaim.py)
    dateline_appeal_roots: frozenset[
        str
    ]  # an appeal by a party of no country: the dateline's (participants/homeaim.py)
    admitting_verbs: frozenset[str]  # an admission's recipient is not the admitter's own people
    ordering_verbs: frozenset[str]
    authorising_verbs: frozenset[str]  # "authorised air strikes": the act permitted (derive/permits.py)
    authorised_bodies: frozenset[str]  # "authorised the force": a body endorsed, no force used (derive/permits.py)
    test_prefixes: frozenset[str]  # "test-fired": the act a test (derive/permits.py)
    test_sites: frozenset[str]  # "exploded at the range": the act a test where it was done (derive/permits.py)
    test_site_words: frozenset[str]  # "at the test site": a place of tests by its modifier (derive/permits.py)
    test_aims: frozenset[str]  # "tested a missile towards Japan": whom a test is aimed at (derive/permits.py)
    property_nouns: frozenset[str]  # "occupied the gas fields": property seized as a thing (code/parties.py)
    test_series_nouns: frozenset[str]  # "two days after three blasts there": the tests of a series (code/series.py)
    ordered_as: frozenset[str]  # "ordered tariffs on imports": the order read as "impose" (derive/orders.commanded)
    means_verbs: frozenset[str]
    defiance_verbs: frozenset[str]  # "tested, defying warnings": the manner of the act told before
    defied_reactions: frozenset[str]  # what such a participle defies: others' words or pressure
    stance_verbs: frozenset[str]
    consequence_codes: frozenset[str]
    state_nouns: frozenset[str]
    relief_nouns: frozenset[str]
    cargo_verbs: frozenset[str]
    untold_marks: frozenset[str]
    waters_nouns: frozenset[str]
    unreal_nouns: frozenset[str]
    aim_sequence_preps: frozenset[str]  # "hours after the attack": no operation aimed (code/clauses)
    aim_nouns: frozenset[str]  # "launched a war to topple X": the aim of an operation is not told (code/clauses)
    statement_roots: frozenset[str]
    conditional_roots: frozenset[str]
    reaction_roots: frozenset[str]  # a reaction that names no one: who hit the reactor (code/parties.py)
    continuing_roots: frozenset[str]  # a plain past beside a reported clause: the speaker's act (speakers.py)
    appeal_roots: frozenset[str]  # an appeal that names no one after the lead: the lead's doers (code/toldbefore.py)
    deescalation_codes: frozenset[str]  # a halt to hostilities that names no one: the counterpart (recip36)
    posture_answer_codes: frozenset[str]  # forces put on alert or sent after an attack: the attacker (recip47)
    mediation_codes: frozenset[str]  # a mediation that names no side: the sides of the story's lead (code/toldbefore)
    side_nouns: frozenset[str]  # "urged both sides": an appeal to the sides of the story's lead (code/toldbefore)
    hosting_verbs: frozenset[str]  # "hosted the negotiations": hosting, not a mediation between the lead's sides
    labelling_verbs: frozenset[str]
    claiming_demands: frozenset[str]  # "insisted that it had been legal": a claim (derive/senses)
    naming_verbs: frozenset[str]  # "called X a Y": a name given, not the verb's other senses (derive/senses)
    condemning_words: frozenset[str]
    charging_labels: frozenset[str]  # "called the verdict an attack on democracy": a charge as a label only
    consenting_verbs: frozenset[str]  # "said it would not approve the bids": the speaker's rejection
    tolerating_verbs: frozenset[str]  # "said the launch could not be tolerated": the speaker's condemnation
    approving_words: frozenset[str]  # "said the move was not appropriate": condemning when negated
    war_declaring_verbs: frozenset[str]  # "declared that the country was in a state of war with X"
    war_state_nouns: frozenset[str]  # ... a declaration of war (label_codes)
    blaming_words: frozenset[str]  # "said Moscow was culpable": the speaker accuses the subject (label_codes)
    shortfall_verbs: frozenset[str]  # "said the police had failed to protect them": a criticism of the subject
    wrongdoing_verbs: frozenset[str]  # "said the move violated the truce": the speaker accuses the doer
    wrongful_adverbs: frozenset[str]  # "said the minister acted unlawfully": the speaker accuses (derive/wrongs)
    committing_verbs: frozenset[str]  # "said the cell had committed an act of terror" (with crime_nouns)
    crime_nouns: frozenset[str]  # what is committed or taken part in (derive/wrongs)
    plotting_verbs: frozenset[str]  # "said the group had planned to attack": a hostile act planned (derive/wrongs)
    wishing_verbs: frozenset[str]  # "said it wanted X to resign": the speaker's appeal to X (derive/wishes)
    telling_verbs: frozenset[str]  # "told the looters to go home": the speaker's appeal (derive/wishes)
    unasked_sectors: frozenset[str]  # "hoped the refugees would return": no party asked (derive/wishes)
    asking_verbs: frozenset[str]  # "said it would seek damages from X": the speaker's request of X (derive/wishes)
    attempting_verbs: frozenset[str]  # "said the junta tried to steal the vote": a wrong tried (derive/wrongs)
    plot_nouns: frozenset[str]  # "had drawn up plans to storm": the same as an object (derive/wrongs)
    denying_verbs: frozenset[str]  # speech verbs that deny what they report: no accusation (derive/wrongs)
    equating_verbs: frozenset[str]  # "said the shelling amounted to aggression": a copula of judgement
    certainty_words: frozenset[str]  # "said it was likely that X was behind it": the clause held (derive/statements)
    proof_nouns: frozenset[str]  # "said it had evidence that X was behind it": the same, with a proof
    fraud_verbs: frozenset[str]  # "said the election had been rigged": the speaker accuses (with ballot_nouns)
    ballot_nouns: frozenset[str]  # what is rigged or stolen: an election, a vote (with fraud_verbs)
    ballot_wrongs: frozenset[str]  # "said the vote was marred by fraud": the speaker accuses (derive/ballots)
    excess_adverbs: frozenset[str]  # "said the deal was too lenient": a criticism (condemning_words' code)
    bearing_verbs: frozenset[str]  # "said the junta bore responsibility": the speaker accuses the subject
    borne_blame: frozenset[str]  # what is borne: responsibility, blame (with bearing_verbs)
    decision_nouns: frozenset[str]  # "said the ruling was unacceptable": a rejection (label_codes)
    warning_own: frozenset[str]  # "said Moscow would respond": a threat by the speaker's side
    warning_subject: frozenset[str]  # "said the plotters would pay a heavy price": at the subject
    warning_for: frozenset[str]  # "said the attacks would have consequences for X": at X
    punishment_passives: frozenset[str]  # "said those responsible would be punished": at the subject
    rebutted_nouns: frozenset[str]  # a claim named with a word of condemnation is rebutted (label_codes)
    stating_verbs: frozenset[str]
    protest_roots: frozenset[str]
    stance_negations: frozenset[str]
    natural_forces: frozenset[str]
    casualty_verbs: frozenset[str]  # "killing all on board": a toll, an attack only by a hand (accident_toll)
    accident_verbs: frozenset[str]  # "the airliner crashed": no hand behind it
    conjecture_nouns: frozenset[str]
    deadline_verbs: frozenset[str]
    deadline_units: frozenset[str]
    ultimatum_words: frozenset[str]
    scheduled_heads: frozenset[str]
    schedule_marks: frozenset[str]  # "hours before parliament was due to meet" (code/sought)
    schedule_time_nouns: frozenset[str]  # "on the day parliament was due to meet"
    outstanding_modals: frozenset[str]  # "must still be ratified": a step not taken (code/sought)
    outstanding_adverbs: frozenset[str]
    speech_roots: frozenset[str]  # "shells slammed into": a weapon's discarded sense is no speech (matching.py)
    aspect_heads: frozenset[str]  # "would begin leaving": the begun act is announced as its head is
    void_when_negated: frozenset[str]
    movement_roots: frozenset[str]  # a deployment told as an attack's participle (derive/means)
    attack_roots: frozenset[str]
    resolve_particles: frozenset[str]  # "I will not give up": resolve, no rejection
    resolve_objects: frozenset[str]  # "would not give up the search for peace": resolve (derive/deadlines)
    denied_codes: frozenset[str]  # "said he had not resigned": a denial, no event (derive/deadlines)
    effort_verbs: frozenset[str]
    armed_sectors: frozenset[str]
    unattributed_means: frozenset[str]
    motion_verbs: frozenset[str]  # forces moving into a place: deployed, not attacking (motion_codes)
    building_nouns: frozenset[str]  # object class BUILDING ("walked out of the embassy")
    control_nouns: frozenset[str]  # object class CONTROL ("took control of the broadcaster")
    held_place_nouns: frozenset[str]  # ... not of a place held ("took control of the town")
    partitive_words: frozenset[str]  # "control of most of the town": of the town
    physical_nouns: frozenset[str]  # things a political verb's physical sense acts on ("dug through rubble")
    gesture_verbs: frozenset[str]  # "waving flags": a protest only as an act of its own, not a depiction
    celebration_verbs: frozenset[str]  # "cheered and waved flags": a celebration, no protest
    travel_words: frozenset[str]  # what a ban is on when it is a travel ban (a sanction)
    meeting_heads: frozenset[str]  # "agreed to meet": the meeting, future (not an intent)
    meeting_intents: frozenset[str]  # the intent codes such a head takes ("agree meet": 036)
    meeting_codes: frozenset[str]  # the meeting codes of its to-infinitive
    setting_roots: frozenset[str]  # "leaders meeting in Cairo voted": a participle of these, the setting
    arrival_verbs: frozenset[str]  # verbs of arriving (arriving_words), not of landing or deploying
    arrival_codes: frozenset[str]  # the codes of an arrival (arriving_words)
    pair_people_nouns: frozenset[str]  # "the two men": two people named before in their sentence
    pair_leader_nouns: frozenset[str]  # "the two leaders": first the two people of their sentence
    open_state_words: frozenset[str]  # "the withdrawal remains unresolved": an act still open (code/topics.py)
    topic_verbs: frozenset[str]  # "discussed the release of prisoners": a topic, no act told
    agenda_verbs: frozenset[str]  # "the agenda would include the withdrawal": with agenda_nouns, a topic
    agenda_nouns: frozenset[str]
    topic_prep_verbs: frozenset[str]  # "talks expected to focus on the withdrawal": a topic, no act told

    @functools.cached_property
    def label_words(self) -> frozenset[str]:
        """The words a name given charges with (derive/codes.by_label): ``condemning_words`` and the
        ``charging_labels`` that charge only as a label ("called the verdict an attack on democracy")."""
        return self.condemning_words | self.charging_labels

    @classmethod
    def default(cls) -> CodeRules:
        return _default()

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), codes: Mapping[str, Any] | None = None) -> CodeRules:
        """The built-in rules, then the rule keys of each of ``extra_files`` (--frames files) in order:
        maps update, lists extend. Keys the verb-frame loader owns (``frames``, ...) are left to it.
        With ``codes`` (the codebook), each file's CAMEO codes are checked as it is read."""
        text = resources.files("newsevents.data").joinpath(RULES_FILE).read_text(encoding="utf-8")
        data = _parse(text, RULES_FILE, builtin=True)
        if codes is not None:
            _check_codes(data, codes, RULES_FILE)
        for path in extra_files:
            try:
                extra_text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise VerbFrameError(f"{path}: cannot read verb-frame file: {e}") from e
            extra = _parse(extra_text, str(path), builtin=False)
            if codes is not None:
                _check_codes(extra, codes, str(path))
            for key in (*MAP_KEYS, "anaphors"):
                data[key] = {**data[key], **extra[key]}
            for key in NESTED_KEYS:
                for code, table in extra[key].items():
                    data[key][code] = {**data[key].get(code, {}), **table}
            for key in LIST_KEYS:
                data[key] = [*data[key], *extra[key]]
        lists: dict[str, Any] = {key: frozenset(data[key]) for key in LIST_KEYS}
        lists["people_suffixes"] = tuple(dict.fromkeys(data["people_suffixes"]))  # str.endswith takes a tuple
        return cls(
            intent=dict(data["intent"]),
            negated=dict(data["negated"]),
            demand_modals=dict(data["demand_modals"]),
            commanded_sectors=dict(data["commanded_sectors"]),
            pursuit_verbs=dict(data["pursuit_verbs"]),
            pursued_nouns=dict(data["pursued_nouns"]),
            clause_vows=dict(data["clause_vows"]),
            cargo_codes=dict(data["cargo_codes"]),
            means_nouns=dict(data["means_nouns"]),
            label_codes=dict(data["label_codes"]),
            deadline_codes=dict(data["deadline_codes"]),
            deadline_departures=dict(data["deadline_departures"]),
            envoy_departures=dict(data["envoy_departures"]),
            arriving_words=dict(data["arriving_words"]),
            joint_codes=dict(data["joint_codes"]),
            instrument_codes=dict(data["instrument_codes"]),
            foreign_codes=dict(data["foreign_codes"]),
            authorised_codes=dict(data["authorised_codes"]),
            tested_codes=dict(data["tested_codes"]),
            body_permits=dict(data["body_permits"]),
            anaphors=data["anaphors"],
            sector_codes=data["sector_codes"],
            object_codes=data["object_codes"],
            lemma_codes=data["lemma_codes"],
            motion_codes=data["motion_codes"],
            **lists,
        )

    def check(self, codes: Mapping[str, Any]) -> None:
        """Every derived code must exist in the codebook."""
        data = {
            "intent": self.intent,
            "negated": self.negated,
            "demand_modals": self.demand_modals,
            "commanded_sectors": self.commanded_sectors,
            "pursuit_verbs": self.pursuit_verbs,
            "pursued_nouns": self.pursued_nouns,
            "clause_vows": self.clause_vows,
            "cargo_codes": self.cargo_codes,
            "means_nouns": self.means_nouns,
            "label_codes": self.label_codes,
            "deadline_codes": self.deadline_codes,
            "deadline_departures": self.deadline_departures,
            "envoy_departures": self.envoy_departures,
            "arriving_words": self.arriving_words,
            "joint_codes": self.joint_codes,
            "instrument_codes": self.instrument_codes,
            "foreign_codes": self.foreign_codes,
            "authorised_codes": self.authorised_codes,
            "tested_codes": self.tested_codes,
            "body_permits": self.body_permits,
        }
        nested = {
            "sector_codes": self.sector_codes,
            "object_codes": self.object_codes,
            "lemma_codes": self.lemma_codes,
            "motion_codes": self.motion_codes,
        }
        lists = {
            "judging_codes": self.judging_codes,
            "denying_codes": self.denying_codes,
            "home_act_codes": self.home_act_codes,
        }
        _check_codes({**data, **lists, **nested}, codes, RULES_FILE)


def _check_codes(data: Mapping[str, Any], codes: Mapping[str, Any], source: str) -> None:
    for name in MAP_KEYS:
        for key, code in data[name].items():
            if code not in codes and not (name == "body_permits" and code == "-"):
                raise VerbFrameError(f"{source}: {name}[{key!r}] names unknown CAMEO code {code!r}")
    for name in ("judging_codes", "denying_codes", "home_act_codes"):
        unknown = sorted(set(data.get(name, ())) - set(codes))
        if unknown:
            raise VerbFrameError(f"{source}: {name} names unknown CAMEO code {unknown[0]!r}")
    for name in NESTED_KEYS:
        for key, table in data.get(name, {}).items():
            for code in (key, *table.values()):
                if code not in codes and not (name in {"object_codes", "sector_codes"} and code == "-"):
                    raise VerbFrameError(f"{source}: {name}[{key!r}] names unknown CAMEO code {code!r}")


def _parse(text: str, source: str, *, builtin: bool) -> dict[str, Any]:
    """The rule keys of a rules file (``builtin``: code_rules.yaml, where any other key but
    ``version`` is an error) or of a --frames file (whose other keys the verb-frame loader checks)."""
    try:
        data = yaml.load(text, Loader=UniqueKeyLoader) or {}  # a key given twice is refused, not dropped
    except yaml.YAMLError as e:
        raise VerbFrameError(f"{source}: not valid YAML: {yaml_problem(e)}") from e
    if not isinstance(data, dict):
        raise VerbFrameError(f"{source}: expected a mapping")
    if builtin:
        unknown = sorted(str(k) for k in data if k not in RULE_KEYS and k != "version")
        if unknown:
            raise VerbFrameError(f"{source}: unknown key {unknown[0]!r} (known: {', '.join(sorted(RULE_KEYS))})")
    out: dict[str, Any] = {}
    for key in MAP_KEYS:
        table = data.get(key) or {}
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise VerbFrameError(f"{source}: '{key}' must map keys to quoted CAMEO codes")
        out[key] = {str(k): v for k, v in table.items()}
    anaphors = data.get("anaphors") or {}
    if not isinstance(anaphors, dict) or not all(isinstance(v, list) for v in anaphors.values()):
        raise VerbFrameError(f"{source}: 'anaphors' must map a noun to a list of sector codes")
    out["anaphors"] = {str(k): tuple(str(x) for x in v) for k, v in anaphors.items()}
    for name in NESTED_KEYS:
        table = data.get(name) or {}
        if not isinstance(table, dict) or not all(
            isinstance(v, dict) and all(isinstance(c, str) for c in v.values()) for v in table.values()
        ):
            raise VerbFrameError(f"{source}: '{name}' must map a quoted CAMEO code to a map of word to quoted code")
        out[name] = {str(k): {str(s): c for s, c in v.items()} for k, v in table.items()}
    for key in LIST_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list):
            raise VerbFrameError(f"{source}: '{key}' must be a list of lemmas")
        out[key] = [str(w) for w in words]
    return out


@functools.lru_cache(maxsize=1)
def _default() -> CodeRules:
    return CodeRules.load()
