"""The coding lexicon: event patterns and cue words, loaded from data files, in two layers.

The base layer is PETRARCH-2's CAMEO verb dictionary (``cameo_verbs.json``, converted by
scripts/build_verb_lexicon.py; MIT, Copyright (c) 2015 Open Event Data Alliance) under the
project's policy for it (``dictionary.yaml``; see :mod:`riftwatch.nlp.lexicon.dictionary`).
The project's own layer, ``events.yaml`` and ``cues.yaml``, sits on top: its entries win.
``nominals.yaml`` adds deverbal event nouns of world news below both. Every entry says where
it came from (``source``: ``riftwatch``, ``riftwatch nominals`` or ``petrarch2``).

>>> lex = load()
>>> lex.verbs["shelter"]["type"], lex.verbs["shelter"]["mode"], lex.verbs["shelter"]["source"]
('AID', 'sanctuary', 'riftwatch')
>>> lex.phrases[("hunger", "strike")]["type"]
'PROTEST'
>>> lex.verb_entry("shelter")["source"], lex.verb_entry("massacre")["source"]
('riftwatch', 'petrarch2')
>>> "leery" in lex.reluctance
True
>>> [part.split("-")[0] for part in lex.version.split("+")]
['events', 'cues', 'nominals', 'petrarch2', 'policy']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.errors import NLPError
from riftwatch.nlp.lexicon.dictionary import VerbDictionary, load_dictionary

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
OWN = "riftwatch"
"""``source`` of the project's own entries (events.yaml); the base dictionary's is petrarch2."""
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICTUAL = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


@dataclass(frozen=True)
class Lexicon:
    version: str
    verbs: dict[str, dict[str, Any]]
    nouns: dict[str, dict[str, Any]]
    light_verbs: dict[str, str]
    modality: dict[str, frozenset[str]]
    reluctance: frozenset[str]
    reluctance_negated: frozenset[str]
    speech: frozenset[str]
    attribution_preps: tuple[str, ...]
    channels: dict[str, tuple[str, ...]]
    skepticism: frozenset[str]
    collectives: dict[str, str]
    anaphoric_nouns: frozenset[str]
    falsity: frozenset[str]
    default_referents: dict[str, dict[str, Any]]
    kind_nouns: dict[str, frozenset[str]]
    armed_kind_nouns: frozenset[str]
    base: VerbDictionary | None = None
    instruments: dict[str, str] = field(default_factory=dict)
    unowned_attack_modes: frozenset[str] = frozenset()  # peers9: mechanisms.unowned_attacks
    placed_instrument_modes: frozenset[str] = frozenset()  # heads11: code._agent_of
    joint_modifiers: frozenset[str] = frozenset()
    exchanged_fire_nouns: frozenset[str] = frozenset()  # code._fire_exchange (bugs37)
    exchanged_captive_nouns: frozenset[str] = frozenset()  # mechanisms.exchanged_acts (bugs37)
    shrinking_verbs: frozenset[str] = frozenset()  # "X's support for Y declined" (stop 33)
    comitative_preps: frozenset[str] = frozenset()
    joint_partner_nouns: frozenset[str] = frozenset()
    joint_agreement_nouns: frozenset[str] = frozenset()
    comitative_nouns: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    shunning_orders: frozenset[str] = frozenset()
    passive_belief: frozenset[str] = frozenset()
    judging_passives: frozenset[str] = frozenset()  # mmp5
    in_support_phrases: dict[str, str] = field(default_factory=dict)  # mmp5
    directive_verbs: frozenset[str] = frozenset()  # "instructed its men to raid Y" (stop 32)
    rallying_verbs: frozenset[str] = frozenset()  # "called on its fighters to ..." (lead46)
    speech_irregular_forms: frozenset[str] = frozenset()  # "said", "told" (lead47)
    leading_participles: frozenset[str] = frozenset()  # "gunmen sent by P" (lead47)
    rallied_nouns: frozenset[str] = frozenset()  # "urged its members" (lead46)
    passive_hearsay: frozenset[str] = frozenset()  # precision22: "X is said to have ..."
    near_miss_adverbs: frozenset[str] = frozenset()  # precision22: "nearly killed X"
    negating_phrases: frozenset[str] = frozenset()  # precision22: "at no point did X ..."
    affiliation_words: frozenset[str] = frozenset()
    affiliated_body_ties: frozenset[str] = frozenset()  # "STC-aligned forces" (gaps58)
    affiliated_body_nouns: frozenset[str] = frozenset()  # "STC-aligned forces" (gaps58)
    cessation_adverbs: frozenset[str] = frozenset()
    epistemic_modals: frozenset[str] = frozenset()
    ongoing_guess_modals: frozenset[str] = frozenset()  # "may still cooperate" (stop 34)
    name_kind_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the brigade"
    parsed_kind_nouns: frozenset[str] = frozenset()  # "the militia" after a parsed group
    ongoing_guess_adverbs: frozenset[str] = frozenset()
    attributive_adverbs: frozenset[str] = frozenset()
    claim_words: frozenset[str] = frozenset()
    claim_objects: frozenset[str] = frozenset()
    claimed_back_nouns: frozenset[str] = frozenset()  # written.claimed_earlier_attacks
    owning_pronouns: frozenset[str] = frozenset()  # written48: "said the attack was theirs"
    claimed_doing_verbs: frozenset[str] = frozenset()  # written48: "its men carried out"
    owned_act_nouns: frozenset[str] = frozenset()  # written._owned_act (written51)
    authorship_preps: frozenset[str] = frozenset()  # written._owned_act (written51)
    attacker_nouns: frozenset[str] = frozenset()  # written._attackers_sender (written51)
    attacker_sending_verbs: frozenset[str] = frozenset()  # written._attackers_sender
    attack_doer_nouns: frozenset[str] = frozenset()  # written.attackers_struck_back (written61)
    explosion_verbs: frozenset[str] = frozenset()  # mechanisms.unowned_attacks (written51)
    weapon_using_verbs: frozenset[str] = frozenset()  # written.weapon_user (written62)
    weapon_using_preps: frozenset[str] = frozenset()  # written.weapon_user (written62)
    contrasted_argument_marks: frozenset[str] = frozenset()  # written.contrasted_party
    partitive_people: frozenset[str] = frozenset()  # written48: "killed thirty people, ..."
    belonging_reporting_verbs: frozenset[str] = frozenset()  # clauses.people_by_belonging
    charge_apposition_nouns: frozenset[str] = frozenset()  # mechanisms.apposed_charges
    authorship_charge_verbs: frozenset[str] = frozenset()  # mechanisms.authorship_charges
    ended_predicates: frozenset[str] = frozenset()  # modality, "the truce was over"
    partitive_quantifiers: frozenset[str] = frozenset()  # written48: "... many of them X"
    implied_agents: dict[str, str] = field(default_factory=dict)
    taliban_context: dict[str, Any] = field(default_factory=dict)
    hostile_adjectives: frozenset[str] = frozenset()
    ending_from_verbs: frozenset[str] = frozenset()
    reversing_verbs: frozenset[str] = frozenset()
    reversing_nouns: frozenset[str] = frozenset()
    # nominals.yaml undone_hostile_types: every type, and the measures among them (gaps58)
    undone_hostile_types: frozenset[str] = frozenset()
    eased_measure_types: frozenset[str] = frozenset()
    halted_act_verbs: frozenset[str] = frozenset()  # nominals.yaml (gaps62)
    ended_adjectives: frozenset[str] = frozenset()
    declared_ended_words: frozenset[str] = frozenset()  # replay46
    declared_ended_verbs: frozenset[str] = frozenset()  # replay46
    particle_adverbs: frozenset[str] = frozenset()
    opening_verbs: frozenset[str] = frozenset()  # mmp12
    opened_states: frozenset[str] = frozenset()  # mmp12
    declaration_verbs: frozenset[str] = frozenset()  # opening verbs that declare (REJECT)
    resumption_adverbs: frozenset[str] = frozenset()  # "went back to war" (replay41)
    state_nouns: frozenset[str] = frozenset()  # "entered a state of war" (walk61)
    phrases: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # written-report mechanisms (riftwatch.nlp.written)
    evidential_verbs: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    relation_predicates: dict[str, str] = field(default_factory=dict)
    handover_verbs: frozenset[str] = frozenset()
    figurative_hand_objects: frozenset[str] = frozenset()  # walk52
    returning_verbs: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()
    purpose_fire_verbs: frozenset[str] = frozenset()
    attitude_verbs: frozenset[str] = frozenset()
    backing_nouns: frozenset[str] = frozenset()
    dependence_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    naming_as_verbs: frozenset[str] = frozenset()
    received_people_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    claiming_verbs: frozenset[str] = frozenset()
    territory_nouns: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()  # 'the alliance ended' (modality)
    performed_pledges: frozenset[str] = frozenset()
    offer_verbs: frozenset[str] = frozenset()  # written.offered_act
    related_party_nouns: frozenset[str] = frozenset()  # extract._related_parties (bugs39)
    numbered_unit_nouns: frozenset[str] = frozenset()  # mentions._numbered_units (bugs39)
    named_unit_nouns: frozenset[str] = frozenset()  # mentions._named_units (mmp37)
    disguise_cues: frozenset[str] = frozenset()  # extract._in_disguise (mmp37)
    eponym_qualifiers: frozenset[str] = frozenset()  # extract._name_before (mmp31)
    owned_part_nouns: frozenset[str] = frozenset()  # mentions._group (world18)
    described_affiliate_nouns: frozenset[str] = frozenset()  # extract (gaps62)
    described_affiliate_ties: frozenset[str] = frozenset()  # "the Taliban-allied group" (gaps62)
    described_affiliate_heads: frozenset[str] = frozenset()  # "the Taliban-allied group" (gaps62)
    unarmed_people_nouns: frozenset[str] = frozenset()  # code._named_not_as_group (gaps54)
    offer_nouns: frozenset[str] = frozenset()  # written.offered_act (written22)
    proxy_nouns: frozenset[str] = frozenset()  # written.proxy_phrases
    ordering_nouns: frozenset[str] = frozenset()  # written.ordering_party (replay26)
    seat_taking_verbs: frozenset[str] = frozenset()  # mechanisms.seats_in_bodies (replay26)
    body_seat_nouns: frozenset[str] = frozenset()
    seated_bodies: frozenset[str] = frozenset()
    named_kind_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._actor (world9)
    name_particles: frozenset[str] = frozenset()  # written.short_names
    declaring_verbs: frozenset[str] = frozenset()  # written.declared_no_ties
    founding_verbs: frozenset[str] = frozenset()
    founder_nouns: frozenset[str] = frozenset()
    leaver_nouns: frozenset[str] = frozenset()
    dissenting_verbs: frozenset[str] = frozenset()  # "dissidents who opposed Y's truce"
    membership_nouns: frozenset[str] = frozenset()
    coalition_nouns: frozenset[str] = frozenset()
    joint_body_nouns: dict[str, str | None] = field(default_factory=dict)  # walk52
    uniting_verbs: frozenset[str] = frozenset()  # mechanisms.passive_gatherings (replay23)
    led_body_nouns: frozenset[str] = frozenset()
    founding_nouns: frozenset[str] = frozenset()
    founding_clause_marks: frozenset[str] = frozenset()
    founders_leader_preps: frozenset[str] = frozenset()  # mechanisms.founded_after_leaving
    training_places: frozenset[str] = frozenset()
    as_role_verbs: frozenset[str] = frozenset()
    making_verbs: frozenset[str] = frozenset()  # mechanisms._holders ("was made a unit of")
    deeming_verbs: frozenset[str] = frozenset()
    # written-report modality, round 3 (riftwatch.nlp.written)
    short_of_verbs: frozenset[str] = frozenset()
    deferral_verbs: frozenset[str] = frozenset()
    alternative_phrases: frozenset[str] = frozenset()
    doubted_sources: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    not_modifier_cues: frozenset[str] = frozenset()
    remark_verbs: frozenset[str] = frozenset()
    negating_determiners: frozenset[str] = frozenset()
    imminence: dict[str, str] = field(default_factory=dict)
    imminence_frames: dict[str, str] = field(default_factory=dict)
    rarity_adverbs: frozenset[str] = frozenset()
    undoing_phrases: frozenset[str] = frozenset()
    prospect_nouns: frozenset[str] = frozenset()
    placement_verbs: frozenset[str] = frozenset()  # extract: whose troops (peers3)
    on_state_nouns: dict[str, str] = field(default_factory=dict)  # "on strike" (world22)
    on_state_verbs: frozenset[str] = frozenset()  # code.SentenceCoder._event_noun (world22)
    protest_acts: frozenset[str] = frozenset()  # mechanisms.protest_aims (peers3)
    aim_verbs: frozenset[str] = frozenset()  # mechanisms.protest_aims (peers3)
    gathering_verbs: frozenset[str] = frozenset()  # mechanisms.protest_aims (world22)
    inclusion_preps: frozenset[str] = frozenset()  # written.with_inclusion (replay23)
    obstruction_verbs: frozenset[str] = frozenset()  # mechanisms.protest_aims (peers17)
    appeal_for_verbs: frozenset[str] = frozenset()  # mechanisms.called_for_meetings (peers17)
    thoroughfare_nouns: frozenset[str] = frozenset()  # mechanisms.protest_aims (peers17)
    protest_purpose_verbs: frozenset[str] = frozenset()  # mechanisms.protest_purposes
    display_verbs: frozenset[str] = frozenset()  # mechanisms.protest_purposes (peers10)
    voicing_verbs: frozenset[str] = frozenset()  # mechanisms.voiced_entry (peers56)
    word_carrier_nouns: frozenset[str] = frozenset()  # mechanisms.voiced_entry (peers56)
    message_sending_verbs: frozenset[str] = frozenset()  # mechanisms.found_message (peers56)
    disapproval_nouns: frozenset[str] = frozenset()  # mechanisms.protest_purposes (peers10)
    protest_sequence_preps: frozenset[str] = frozenset()  # mechanisms.protest_aims (peers10)
    buildup_verbs: frozenset[str] = frozenset()  # mechanisms.force_buildups (peers10)
    buildup_particles: dict[str, str] = field(default_factory=dict)  # (peers10)
    force_nouns: frozenset[str] = frozenset()  # mechanisms.force_buildups (peers10)
    buildup_preps: frozenset[str] = frozenset()  # mechanisms.force_buildups (peers10)
    border_deploying_verbs: frozenset[str] = frozenset()  # mechanisms.force_buildups (peers57)
    fleeing_verbs: frozenset[str] = frozenset()  # mentions._fleeing_people (peers10)
    fleeing_preps: frozenset[str] = frozenset()  # mentions._fleeing_people (peers10)
    flight_destination_words: frozenset[str] = frozenset()  # extract._flight_destination
    flight_destination_preps: frozenset[str] = frozenset()  # extract._flight_destination
    side_nouns: frozenset[str] = frozenset()  # mechanisms.coordinated_sides (peers10)
    background_preps: frozenset[str] = frozenset()  # code._nominal_owner (peers4)
    compass_nouns: frozenset[str] = frozenset()  # code._actor (world23)
    cause_preps: frozenset[str] = frozenset()  # code._nominal_owner (walk28)
    shielding_verbs: frozenset[str] = frozenset()  # code._nominal_owner (peers25)
    verbal_defence_verbs: frozenset[str] = frozenset()  # mechanisms.verbal_defence (world20)
    contributing_verbs: frozenset[str] = frozenset()  # mechanisms.sent_forces (world20)
    defence_ground_preps: frozenset[str] = frozenset()  # mechanisms.verbal_defence (world20)
    defence_ground_nouns: frozenset[str] = frozenset()  # mechanisms.verbal_defence (world20)
    defended_conduct_nouns: frozenset[str] = frozenset()  # mechanisms.verbal_defence (world20)
    shielding_preps: frozenset[str] = frozenset()  # code._nominal_owner (peers25)
    verb_carried_phrase_types: frozenset[str] = frozenset()  # code._phrase (peers25)
    disbelief_words: frozenset[str] = frozenset()  # modality._disbelief (walk28)
    striving_verbs: frozenset[str] = frozenset()  # modality._governing (walk28)
    promise_breaking: frozenset[str] = frozenset()  # mechanisms.broken_promises (peers4)
    party_only_breakers: frozenset[str] = frozenset()  # mechanisms.broken_promises (prec52)
    leaving_only_breakers: frozenset[str] = frozenset()  # mechanisms._promise_breaker
    talks_leaving: frozenset[str] = frozenset()  # mechanisms.broken_promises (types28)
    dismissal_verbs: frozenset[str] = frozenset()  # mechanisms.dismissed_proposals (peers4)
    proposal_nouns: frozenset[str] = frozenset()  # mechanisms.dismissed_proposals (peers4)
    acceptance_verbs: frozenset[str] = frozenset()  # mechanisms.accepted_proposals (peers11)
    agreeing_verbs: frozenset[str] = frozenset()  # modality._agreement_made (walk49)
    price_nouns: frozenset[str] = frozenset()  # written.price_on_party (written21)
    sought_nouns: frozenset[str] = frozenset()  # written.price_on_party (written21)
    guest_nouns: frozenset[str] = frozenset()  # written.hosted_guests (written21)
    accepted_proposal_nouns: frozenset[str] = frozenset()  # (peers11)
    yielding_verbs: dict[str, str] = field(default_factory=dict)  # yielded_demands (peers14)
    yielded_demand_nouns: frozenset[str] = frozenset()  # mechanisms.yielded_demands (peers14)
    meeting_demand_verbs: frozenset[str] = frozenset()  # mechanisms.yielded_demands (peers24)
    one_sided_words: frozenset[str] = frozenset()  # code: a unilateral act is one-way (peers24)
    demand_modals: frozenset[str] = frozenset()  # code._must_demands: a demand (peers26)
    ultimatum_nouns: frozenset[str] = frozenset()  # mechanisms.ultimatum_addressee (peers18)
    ultimatum_penalties: frozenset[str] = frozenset()  # mechanisms.ultimatum_demands (peers18)
    warned_penalty_nouns: frozenset[str] = frozenset()  # mechanisms._impersonal_consequence
    penalty_speaking_verbs: frozenset[str] = frozenset()  # mechanisms (written31)
    delegation_nouns: frozenset[str] = frozenset()  # mechanisms._sent_from (peers14)
    igo_titles: frozenset[str] = frozenset()  # mentions._title_tokens (peers14)
    portfolio_links: frozenset[str] = frozenset()  # mentions._office_title (peers62)
    seated_roles: frozenset[str] = frozenset()  # mentions.open_actors (peers62)
    belligerent_nouns: frozenset[str] = frozenset()  # mentions._conflict_sides (peers62)
    belligerent_marks: frozenset[str] = frozenset()  # mentions._conflict_sides (peers62)
    conflict_nouns: frozenset[str] = frozenset()  # mentions._conflict_sides (peers62)
    side_free_fighters: frozenset[str] = frozenset()  # mentions.open_actors (peers14)
    fighting_backer_nouns: frozenset[str] = frozenset()  # written.backing_fire (written17)
    writing_verbs: frozenset[str] = frozenset()  # written.addressee_of_writing (written17)
    unmade_agreement_words: frozenset[str] = frozenset()  # parties_under_agreement (written17)
    contrast_marks: frozenset[str] = frozenset()  # parties_under_agreement (written18)
    continuation_particles: frozenset[str] = frozenset()  # written.carried_on (written52)
    relative_giving_verbs: frozenset[str] = frozenset()  # written.given_in_relative (written52)
    self_naming_verbs: frozenset[str] = frozenset()  # written.self_named (written18)
    one_member_nouns: frozenset[str] = frozenset()  # extract._object_person (written19)
    departed_member_nouns: frozenset[str] = frozenset()  # code._former_members (written24)
    retracting_verbs: frozenset[str] = frozenset()  # written.retracted_claim (written24)
    outlet_nouns: frozenset[str] = frozenset()  # written.outlet_owner (written24)
    backing_clause_verbs: frozenset[str] = frozenset()  # written.backed_by_sanctioned
    backing_hedges: frozenset[str] = frozenset()  # written._backed_parties (written50)
    share_nouns: frozenset[str] = frozenset()  # written.no_share_in (written24)
    share_verbs: frozenset[str] = frozenset()  # written.no_share_in (written24)
    escorted_people_nouns: frozenset[str] = frozenset()  # code objects (written24)
    retracted_things: frozenset[str] = frozenset()  # written.retracted_claim (written24)
    quantity_openers: frozenset[str] = frozenset()  # extract._spelled_acronyms (written19)
    located_passives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # (peers11)
    nested_locus_preps: frozenset[str] = frozenset()  # mechanisms.locus_party (peers11)
    blocking_verbs: frozenset[str] = frozenset()  # modality._blocked_proposal (peers11)
    undergoing_verbs: frozenset[str] = frozenset()  # mechanisms.came_under (peers11)
    faction_nouns: frozenset[str] = frozenset()  # mechanisms.split_by_founders (rift4)
    leaving_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # rift4
    onset_verbs: frozenset[str] = frozenset()  # mechanisms.hostilities_between (rift4)
    onset_place_preps: frozenset[str] = frozenset()  # hostilities_between (mmp15)
    dispute_words: frozenset[str] = frozenset()  # mechanisms.disputed_acts (mmp6)
    blaming_verbs: frozenset[str] = frozenset()  # mechanisms.blamed_for_acts (fix10)
    blaming_preps: frozenset[str] = frozenset()  # mechanisms.blamed_for_acts (fix10)
    emergence_verbs: frozenset[str] = frozenset()  # mechanisms.emerged_after_dispute (fix10)
    origin_nouns: frozenset[str] = frozenset()  # "formed as an offshoot of Y after a dispute"
    formation_verbs: frozenset[str] = frozenset()  # the same, with a verb of founding
    dispute_preps: frozenset[str] = frozenset()  # mechanisms.disputed_acts (mmp6)
    future_leading_verbs: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp6)
    prehistory_roles: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp6)
    prehistory_state_forces: frozenset[str] = frozenset()  # founders_before (replay22)
    chosen_role_verbs: frozenset[str] = frozenset()  # mechanisms._whose_people (pairs22)
    object_idioms: dict[str, dict[str, str]] = field(default_factory=dict)  # code (pairs22)
    idiom_undoing_particles: frozenset[str] = frozenset()  # code._object_idiom (gaps56)
    particle_idioms: dict[str, dict[str, str]] = field(default_factory=dict)  # code (peers21)
    refusing_future_aux: frozenset[str] = frozenset()  # modality.refused_in_future (peers21)
    refusable_types: frozenset[str] = frozenset()  # modality.refused_in_future (peers21)
    refusable_words: frozenset[str] = frozenset()  # modality.refused_in_future (world26)
    complement_idioms: dict[str, dict[str, str]] = field(default_factory=dict)  # code (peers21)
    purpose_idioms: dict[str, dict[str, str]] = field(default_factory=dict)  # code (peers21)
    serving_verbs: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp6)
    serving_as_roles: frozenset[str] = frozenset()  # mechanisms._whose_people (world16)
    people_naming_verbs: frozenset[str] = frozenset()  # mechanisms._whose_people_named (world16)
    serving_preps: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp6)
    serving_bodies: frozenset[str] = frozenset()  # mechanisms.founders_before (world8)
    body_preps: frozenset[str] = frozenset()  # mechanisms.founders_before (world8)
    together_phrases: frozenset[tuple[str, str, str]] = frozenset()  # code._done_jointly (mmp9)
    as_one_nouns: frozenset[str] = frozenset()  # code._joint_marker (walk63)
    as_one_words: frozenset[str] = frozenset()  # code._joint_marker (walk63)
    as_one_plurals: frozenset[str] = frozenset()  # code._joint_marker (walk63)
    naming_verbs: frozenset[str] = frozenset()  # mechanisms._foundings (mmp9)
    later_words: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp9)
    later_roles: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp9)
    role_body_nouns: frozenset[str] = frozenset()  # nlp/ties.py _apposition (world17)
    placing_under_verbs: frozenset[str] = frozenset()  # mechanisms.placed_under (world17)
    commanding_verbs: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp9)
    lead_hedges: frozenset[str] = frozenset()  # mechanisms._post_by_clause_or_member (written51)
    commanded_units: frozenset[str] = frozenset()  # mechanisms.founders_before (mmp9)
    parting_verbs: dict[str, str] = field(default_factory=dict)  # rift4
    state_verbs: frozenset[str] = frozenset()  # rift4
    gerund_holding_verbs: frozenset[str] = frozenset()  # replay20
    locative_participle_preps: frozenset[str] = frozenset()  # code._participle_subject
    dissent_adjectives: frozenset[str] = frozenset()  # rift4
    dissent_verbs: frozenset[str] = frozenset()  # rift4
    split_origin_preps: frozenset[str] = frozenset()  # rift4
    part_nouns: frozenset[str] = frozenset()  # mechanisms.named_faction_split (mmp10)
    name_taking_verbs: frozenset[str] = frozenset()  # mmp10
    named_as_verbs: frozenset[str] = frozenset()  # mmp10
    whole_split_verbs: frozenset[str] = frozenset()  # mmp10
    member_unit_nouns: frozenset[str] = frozenset()  # relation_noun_holders partitive (mmp11)
    part_unit_nouns: frozenset[str] = frozenset()  # relation_noun_holders singular unit (mmp31)
    membership_preps: frozenset[str] = frozenset()  # relation_noun_holders (mmp11)
    carrier_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._noun (mmp11)
    goods_part_nouns: frozenset[str] = frozenset()  # mechanisms.message_carrier (lead51)
    goods_carrier_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._noun (lead51)
    fighting_for_verbs: frozenset[str] = frozenset()  # mechanisms.fought_for (mmp11)
    fought_for_heads: frozenset[str] = frozenset()  # mechanisms.fought_for (mmp11)
    ally_side_nouns: frozenset[str] = frozenset()  # mechanisms.fought_for (mmp11)
    hosted_with_verbs: dict[str, str] = field(default_factory=dict)  # pairs21
    host_preps: frozenset[str] = frozenset()  # mechanisms.hosted_with (pairs21)
    leading_out_verbs: frozenset[str] = frozenset()  # mechanisms.led_out_of (pairs21)
    stripping_verbs: frozenset[str] = frozenset()  # mechanisms.stripped_of_rank (pairs21)
    rank_nouns: frozenset[str] = frozenset()  # mechanisms.stripped_of_rank (pairs21)
    leading_nouns: frozenset[str] = frozenset()  # mechanisms.followers_under (mmp11)
    comitative_adverbs: frozenset[str] = frozenset()  # code.SentenceCoder._comitative (mmp11)
    comitative_with_verbs: frozenset[str] = frozenset()  # "entered P with X" (world10)
    participation_verbs: frozenset[str] = frozenset()  # "participated in a raid on X" (world10)
    participant_participles: frozenset[str] = frozenset()  # "was engaged in talks" (peers56)
    joining_in_verbs: frozenset[str] = frozenset()  # "joined Y in the Z coalition" (world18)
    expelling_wholes: frozenset[str] = frozenset()  # mmp7
    record_nouns: frozenset[str] = frozenset()  # precision24: taken off a list
    designation_labels: frozenset[str] = frozenset()  # written29: naming as a listing
    resultative_adjectives: frozenset[str] = frozenset()  # written29: "shot dead X"
    sanction_record_words: frozenset[str] = frozenset()  # precision25: a sanctions list
    listing_verbs: frozenset[str] = frozenset()  # precision25: "added X to its list"
    expelling_particle_verbs: frozenset[str] = frozenset()  # mmp7
    partner_nouns: frozenset[str] = frozenset()  # mmp7
    labelling_verbs: frozenset[str] = frozenset()  # mmp7
    condemning_nouns: frozenset[str] = frozenset()  # mmp7
    quantity_nouns: frozenset[str] = frozenset()  # mechanisms.described_victim (mmp8)
    reception_verbs: frozenset[str] = frozenset()  # mechanisms.diplomatic_receptions (peers5)
    summoning_verbs: frozenset[str] = frozenset()  # mechanisms.diplomatic_receptions (peers5)
    envoy_nouns: frozenset[str] = frozenset()  # mechanisms.diplomatic_receptions (peers5)
    security_property_nouns: frozenset[str] = frozenset()  # mechanisms (peers5)
    arrival_verbs: frozenset[str] = frozenset()  # mechanisms.arrival_visits (peers5)
    charging_verbs: frozenset[str] = frozenset()  # written.reason_verb, locus_party
    no_object_verbs: frozenset[str] = frozenset()  # written.shared_object
    no_object_particles: frozenset[str] = frozenset()  # written.shared_object (gaps56)
    message_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._verb: words, not aid
    emissary_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._verb: a contact (fix11)
    deploying_verbs: frozenset[str] = frozenset()  # mechanisms.sent_forces (peers13)
    deployed_nouns: frozenset[str] = frozenset()  # mechanisms.sent_forces (peers13)
    peacekeeping_nouns: frozenset[str] = frozenset()  # mechanisms.sent_forces (peers13)
    mission_nouns: frozenset[str] = frozenset()  # mechanisms.sent_forces (peers13)
    placing_verbs: frozenset[str] = frozenset()  # written.placed_under_protection (fix11)
    counterpart_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._actor (fix11)
    kin_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._actor (heads11)
    alleging_attributions: frozenset[str] = frozenset()  # modality.modality_of (heads11)
    remains_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._verb (heads11)
    protective_nouns: frozenset[str] = frozenset()  # written.placed_under_protection (fix11)
    compound_ties: frozenset[str] = frozenset()  # written.compound_tie (round 4)
    judging_verbs: frozenset[str] = frozenset()  # written.reason_verb (round 4)
    hosting_verbs: frozenset[str] = frozenset()  # written.hosted_gathering (round 4)
    gathering_nouns: frozenset[str] = frozenset()  # written.hosted_gathering (round 4)
    guest_envoy_nouns: frozenset[str] = frozenset()  # written.hosted_envoys (round 15)
    separate_claim_words: frozenset[str] = frozenset()  # mechanisms.joint_claims (round 15)
    joint_claim_words: frozenset[str] = frozenset()  # mechanisms.joint_claims (bugs37)
    held_place_nouns: frozenset[str] = frozenset()  # written.held_by (round 15)
    ground_yielding_verbs: frozenset[str] = frozenset()  # mechanisms.ground_yielded_as (heads21)
    held_area_nouns: frozenset[str] = frozenset()  # written.held_by_hyphen (world25)
    # held_place_nouns with held_area_nouns, built once (gaps61: was built per call)
    held_nouns: frozenset[str] = frozenset()
    own_state_nouns: frozenset[str] = frozenset()  # extract: a state's own rulers (walk56)
    past_rule_words: frozenset[str] = frozenset()  # extract._past_state_noun (gaps63)
    government_force_nouns: frozenset[str] = frozenset()  # extract (lead50, walk57)
    warring_state_nouns: frozenset[str] = frozenset()  # mechanisms._warring_sides (walk63)
    new_body_adjectives: frozenset[str] = frozenset()  # extract._no_state_body (walk63)
    non_state_force_words: frozenset[str] = frozenset()  # extract._no_state_body (walk63)
    accord_title_nouns: frozenset[str] = frozenset()  # extract._titled_accord (walk63)
    past_title_words: frozenset[str] = frozenset()  # mentions.past_title (fixes57)
    force_yielding_verbs: frozenset[str] = frozenset()  # extract: soldiers yielding (gaps57)
    own_state_modifiers: frozenset[str] = frozenset()  # extract: 'junta troops' (gaps57)
    state_post_modifiers: frozenset[str] = frozenset()  # extract._state_post (replay47)
    state_post_nouns: frozenset[str] = frozenset()  # extract._state_post (replay47)
    venue_event_words: frozenset[str] = frozenset()  # extract._talks_venue (gaps57)
    venue_event_verbs: frozenset[str] = frozenset()  # extract._talks_venue (gaps61)
    dying_verbs: frozenset[str] = frozenset()  # mechanisms.died_in_attacks (written20)
    siege_relief_verbs: frozenset[str] = frozenset()  # mechanisms.relieved_sieges (fix61b)
    siege_nouns: frozenset[str] = frozenset()  # mechanisms.relieved_sieges (fix61b)
    aid_coming_verbs: frozenset[str] = frozenset()  # mechanisms.came_to_aid (fix61b)
    rescue_nouns: frozenset[str] = frozenset()  # mechanisms.came_to_aid (fix61b)
    war_machine_verbs: frozenset[str] = frozenset()  # mechanisms.machines_against (fix61b)
    truce_ending_verbs: frozenset[str] = frozenset()  # mechanisms.truce_ended_on (fix61b)
    ended_truce_nouns: frozenset[str] = frozenset()  # mechanisms.truce_ended_on (fix61b)
    truce_failing_verbs: frozenset[str] = frozenset()  # mechanisms.broken_truce (gaps62)
    war_machine_nouns: frozenset[str] = frozenset()  # mechanisms.machines_against (fix61b)
    # written54: "Y was killed / died when X bombed ...": marks of the attack clause
    attack_clause_marks: frozenset[str] = frozenset()
    ground_taking_verbs: frozenset[str] = frozenset()  # mechanisms.ground_taken_from (mmp28)
    reacting_verbs: frozenset[str] = frozenset()  # written.presupposed_by_reaction
    grievance_preps: frozenset[str] = frozenset()  # written.presupposed_by_reaction
    ending_nouns: frozenset[str] = frozenset()  # written.presupposed_by_reaction
    truce_naming_nouns: frozenset[str] = frozenset()  # "a cessation of hostilities" (walk62)
    ground_capture_verbs: frozenset[str] = frozenset()  # written.ground_lost_by_holder
    ground_falling_verbs: frozenset[str] = frozenset()  # written.ground_lost_by_holder
    ground_holding_verbs: frozenset[str] = frozenset()  # written.ground_lost_by_holder
    ground_return_verbs: frozenset[str] = frozenset()  # written.ground_lost_by_holder
    ground_return_particles: frozenset[str] = frozenset()  # written.ground_lost_by_holder
    operation_leading_verbs: frozenset[str] = frozenset()  # mechanisms.operation_agent (mmp29)
    message_issuing_verbs: frozenset[str] = frozenset()  # written.message_issuer (mmp28)
    hedged_authorship_verbs: frozenset[str] = frozenset()  # written.attributed_author
    employing_verbs: frozenset[str] = frozenset()  # written.employed_as (round 15)
    ground_nouns: frozenset[str] = frozenset()  # written.scant_grounds (round 15)
    scant_words: frozenset[str] = frozenset()  # written.scant_grounds (round 15)
    conjecture_verbs: frozenset[str] = frozenset()  # modality._governing (neg38)
    conjecture_nouns: frozenset[str] = frozenset()  # modality._governing (written25)
    leading_out_forms: frozenset[str] = frozenset()  # extract._splinter_antecedent (written25)
    statement_nouns: frozenset[str] = frozenset()  # code._object_phrase_party (written25)
    ended_arrangement_nouns: frozenset[str] = frozenset()  # mechanisms._relation_ended (written26)
    misread_oath_forms: frozenset[str] = frozenset()  # written.misread_oaths (written26)
    sequel_adverbs: frozenset[str] = frozenset()  # written.subject_across_semicolon (written26)
    forbearing_phrases: frozenset[str] = frozenset()  # modality._forborne_or_intended (neg39)
    intending_phrases: frozenset[str] = frozenset()  # modality._forborne_or_intended (neg39)
    discussion_preps: frozenset[str] = frozenset()  # modality._discussed (neg39)
    talked_matter_nouns: frozenset[str] = frozenset()  # modality._talked_matter (gaps63)
    condition_idiom_words: frozenset[str] = frozenset()  # modality._condition_on (neg38)
    truth_conditions: frozenset[str] = frozenset()  # modality._condition_on (neg38)
    supposing_verbs: frozenset[str] = frozenset()  # modality._condition_on (neg38)
    awaiting_verbs: frozenset[str] = frozenset()  # modality._governing (neg38)
    clearing_verbs: frozenset[str] = frozenset()  # modality._governing (neg38)
    seeming_verbs: frozenset[str] = frozenset()  # modality._likelihood_predicate (neg38)
    negated_quantifiers: frozenset[str] = frozenset()  # written._negated_quantifier (neg38)
    evidence_nouns: frozenset[str] = frozenset()  # modality._content_clause_of_claim (neg38)
    residing_verbs: frozenset[str] = frozenset()  # modality._gapless_clause (written63)
    using_verbs: frozenset[str] = frozenset()  # written.supplied_means (written64)
    lodging_nouns: frozenset[str] = frozenset()  # written.lodged_in_owned_dwelling
    owning_participles: frozenset[str] = frozenset()  # written._dwelling_owners
    associate_nouns: frozenset[str] = frozenset()  # written._dwelling_owners
    finding_verbs: frozenset[str] = frozenset()  # written._report_found_baseless
    raising_participles: frozenset[str] = frozenset()  # written.supplied_means (written64)
    unreal_report_words: frozenset[str] = frozenset()  # written._report_waved_away (written63)
    claim_doubt_adverbs: frozenset[str] = frozenset()  # modality._unsupported_report (written33)
    forcing_verbs: frozenset[str] = frozenset()  # written.forced_departure (round 15)
    defecting_member_nouns: frozenset[str] = frozenset()  # mechanisms.defections_to (prec52)
    defecting_rank_nouns: frozenset[str] = frozenset()  # "P, X's commander, defected" (fix62)
    member_taking_verbs: frozenset[str] = frozenset()  # mechanisms.absorbed_members (gaps61)
    group_taking_verbs: frozenset[str] = frozenset()  # mechanisms.absorbed_members (gaps62)
    handover_nouns: frozenset[str] = frozenset()  # mechanisms.handover_nouns (gaps62)
    place_prepositions: frozenset[str] = frozenset()  # code._beneficiary_after_place (gaps61)
    # every word of the modality lists, speech, skepticism and falsity, built once
    # (extract._cut_kicker; gaps61: was built per headline)
    modality_cue_words: frozenset[str] = frozenset()
    taken_member_nouns: frozenset[str] = frozenset()  # mechanisms.absorbed_members (gaps61)
    deadline_giving_verbs: frozenset[str] = frozenset()  # written.forced_departure (prec52)
    deadline_nouns: frozenset[str] = frozenset()  # written.forced_departure (prec52)
    worsening_verbs: frozenset[str] = frozenset()  # modality._worsened_rift (gaps53)
    forecast_words: frozenset[str] = frozenset()  # modality._worsened_rift (gaps53)
    departure_verbs: frozenset[str] = frozenset()  # written.forced_departure (round 15)
    heading_words: frozenset[str] = frozenset()  # mentions._acting_role, capitals (names24)
    ordering_verbs: frozenset[str] = frozenset()  # written.forced_departure (written32)
    false_claim_adverbs: frozenset[str] = frozenset()  # modality, false claims (round 15)
    report_taking_back_verbs: frozenset[str] = frozenset()  # modality, taken-back reports (neg40)
    report_taking_back_particles: frozenset[str] = frozenset()  # "walk back" a report (neg42)
    disowning_verbs: frozenset[str] = frozenset()  # written.disowned_act (neg42)
    report_backtracking_verbs: frozenset[str] = frozenset()  # "backtracked on" a report (neg42)
    report_dismissing_verbs: frozenset[str] = frozenset()  # "scoffed at reports" (neg42)
    willing_adjectives: frozenset[str] = frozenset()  # modality._copular_leaning (neg42)
    plotting_verbs: frozenset[str] = frozenset()  # modality, plotted acts (neg40)
    searching_verbs: frozenset[str] = frozenset()  # modality, what is searched for (mmp42)
    deliberation_verbs: frozenset[str] = frozenset()  # modality, acts talked of (neg41)
    objecting_verbs: frozenset[str] = frozenset()  # modality, acts objected to (written66)
    taking_effect_phrases: frozenset[str] = frozenset()  # modality.never_in_effect (gaps52)
    scant_quantifiers: frozenset[str] = frozenset()  # written._scant_if_any (neg41)
    escalation_words: frozenset[str] = frozenset()  # code.warned_against_own_act (neg41)
    negated_adverbs: frozenset[str] = frozenset()  # modality, "never again" (neg40)
    taken_back_reports: frozenset[str] = frozenset()  # modality, taken-back reports (neg40)
    negating_adverbs: frozenset[str] = frozenset()  # modality, "nowhere does X say" (neg43)
    falsity_labels: frozenset[str] = frozenset()  # modality, "'Fake news': X on report" (neg43)
    member_count_nouns: frozenset[str] = frozenset()  # extract, "dozens of X surrender" (heads18)
    negative_implicatives: frozenset[str] = frozenset()  # modality, "did not hesitate" (neg43)
    generic_words: frozenset[str] = frozenset()  # modality, "any group that shelters" (neg43)
    reporter_doubt_verbs: frozenset[str] = frozenset()  # modality, reporter's doubt (neg43)
    relaying_verbs: frozenset[str] = frozenset()  # modality, reporter's doubt (neg43)
    reporter_doubt_nouns: frozenset[str] = frozenset()  # modality, reporter's doubt (neg43)
    concurring_verbs: frozenset[str] = frozenset()  # modality, "agree that X attacked" (neg43)
    place_holding_verbs: frozenset[str] = frozenset()  # written.held_by (round 15)
    claim_rejecting_verbs: frozenset[str] = frozenset()  # written.trailing_denied_claim (round 4)
    appraised_view_nouns: frozenset[str] = frozenset()  # written.trailing_denied_claim (written31)
    dismissive_words: frozenset[str] = frozenset()  # written.trailing_disbelieved_claim (written31)
    authored_claim_nouns: frozenset[str] = frozenset()  # mechanisms.rejected_claim_authors
    authoring_participles: frozenset[str] = frozenset()  # mechanisms.object_makers (peers56)
    alleged_act_nouns: frozenset[str] = frozenset()  # written.dismissed_allegation (written55)
    refusable_aid_nouns: frozenset[str] = frozenset()  # written.denied_aid (bugs36)
    verification_verbs: frozenset[str] = frozenset()  # written.unverified_afterwards (round 4)
    occurrence_verbs: frozenset[str] = frozenset()  # modality._questioned_occurrence (written29)
    verification_hedges: frozenset[str] = frozenset()  # written.confirmed_verification (neg44)
    unable_words: frozenset[str] = frozenset()  # written.unchecked_verification (neg44)
    negating_predicates: frozenset[str] = frozenset()  # modality._negated_predicate (neg44)
    recanting_verbs: frozenset[str] = frozenset()  # written.taken_back (neg44)
    restricting_words: frozenset[str] = frozenset()  # modality._unreal_existence (neg44)
    false_qualifiers: frozenset[str] = frozenset()  # modality._false_predicate_noun (neg45)
    false_statement_nouns: frozenset[str] = frozenset()  # modality._false_statement_noun
    ruler_owned_nouns: frozenset[str] = frozenset()  # extract._ruler_owned (stop 62)
    ruler_possessives: frozenset[str] = frozenset()  # extract._ruler_owned (stop 62)
    absurdity_words: frozenset[str] = frozenset()  # modality._governing (neg45)
    unreal_predicates: frozenset[str] = frozenset()  # modality._unreal_predicate (neg45)
    ruling_out_nouns: frozenset[str] = frozenset()  # modality._no_prospect_of (neg45)
    doubt_frame_nouns: frozenset[str] = frozenset()  # written.disbelieved_noun (neg46)
    unreal_comparisons: frozenset[str] = frozenset()  # modality._unreal_comparison (neg46)
    simulating_verbs: frozenset[str] = frozenset()  # modality._simulated (neg46)
    picturing_verbs: frozenset[str] = frozenset()  # modality._pictured_object (neg46)
    resuming_verbs: frozenset[str] = frozenset()  # written.deferred_event (neg46)
    scheduling_words: frozenset[str] = frozenset()  # modality._scheduled_subject (neg46)
    scheduled_completions: frozenset[str] = frozenset()  # modality._scheduled_subject (neg46)
    nominal_adverbs: frozenset[str] = frozenset()  # modality._nominal_only (neg46)
    attributing_verbs: frozenset[str] = frozenset()  # modality._wrongly_attributed (neg46)
    culprit_naming_verbs: frozenset[str] = frozenset()  # written.naming_role (gaps64)
    culprit_words: frozenset[str] = frozenset()  # written.naming_role (gaps64)
    state_held_places: frozenset[str] = frozenset()  # code._state_place (gaps64)
    contrary_words: frozenset[str] = frozenset()  # modality._contrary_report (neg45)
    zero_quantities: frozenset[str] = frozenset()  # written._negating_word (neg45)
    belief_nouns: frozenset[str] = frozenset()  # modality._belief_subject (neg45)
    due_time_nouns: frozenset[str] = frozenset()  # modality._due_time (neg45)
    unreal_domains: frozenset[str] = frozenset()  # modality._unreal_existence (neg44)
    # modality._never_begun (neg44), mechanisms.founded_after_leaving (replay23)
    beginning_verbs: frozenset[str] = frozenset()
    likeness_words: frozenset[str] = frozenset()  # written.taken_back (neg44)
    taken_back_anchors: frozenset[str] = frozenset()  # written.taken_back (lead39)
    retraction_verbs: frozenset[str] = frozenset()  # written.taken_back (lead39)
    context_bound_member_types: frozenset[str] = frozenset()  # written.context_members (round 4)
    abolishing_verbs: frozenset[str] = frozenset()  # written.abolished_bodies (round 4)
    abolished_bodies: frozenset[str] = frozenset()  # written.abolished_bodies (round 4)
    capacity_nouns: frozenset[str] = frozenset()  # written.capacity_of (round 4)
    setting_preps: frozenset[str] = frozenset()  # written.setting_of_phrase, mechanisms (round 6)
    stative_copulas: frozenset[str] = frozenset()  # written.stative_copula (round 6)
    attempt_verbs: frozenset[str] = frozenset()  # modality: "tried to storm X" (round 12)
    attempt_nouns: frozenset[str] = frozenset()  # modality: "an attempt to kill P" (written22)
    attempt_noun_verbs: frozenset[str] = frozenset()  # "foiled an attempt to kill P"
    approval_verbs: frozenset[str] = frozenset()  # written.approved_main_act (round 12)
    approval_nouns: frozenset[str] = frozenset()  # written.approved_main_act
    act_nouns: frozenset[str] = frozenset()  # written.approved_main_act
    media_nouns: frozenset[str] = frozenset()  # written.message_issuer (round 16)
    published_nouns: frozenset[str] = frozenset()  # heads11: a release that publishes
    end_nouns: frozenset[str] = frozenset()  # "came to an end", "put an end to" (stop 31)
    ending_relation_nouns: frozenset[str] = frozenset()  # "the collapse of the truce" (fix62)
    go_between_nouns: frozenset[str] = frozenset()  # "mediators from X" are no side (fix62)
    flow_nouns: frozenset[str] = frozenset()  # "payments stopped": an end of funding (fix63)
    flow_ending_verbs: frozenset[str] = frozenset()
    funding_lemmas: frozenset[str] = frozenset()
    end_putting_verbs: frozenset[str] = frozenset()  # "put / brought an end to" (stop 31)
    stirring_verbs: frozenset[str] = frozenset()  # code.SentenceCoder.agent (round 13)
    condemning_attitudes: frozenset[str] = frozenset()  # written.redescribed_acts (round 14)
    doing_verbs: frozenset[str] = frozenset()  # written.redescribed_acts (round 14)
    # written54: "the offensive that X began": the relative clause names the act's author
    launching_verbs: frozenset[str] = frozenset()
    # written54: "Y offered X ..., but X turned the offer down": verbs that make a proposal
    asking_verbs: frozenset[str] = frozenset()
    redescribing_nouns: frozenset[str] = frozenset()  # written.redescribed_acts (round 14)
    acting_on_verbs: frozenset[str] = frozenset()  # written.acted_on_intelligence (round 14)
    supplying_verbs: frozenset[str] = frozenset()  # written.acted_on_intelligence (round 14)
    encountering_verbs: frozenset[str] = frozenset()  # written.met_with_opposition (round 14)
    opposition_nouns: frozenset[str] = frozenset()  # written.met_with_opposition (round 14)
    far_from_words: frozenset[str] = frozenset()  # modality._disbelief (round 14)
    spokesman_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._actor (round 13)
    office_holder_nouns: frozenset[str] = frozenset()  # code.Coder._listed_in_office (replay43)
    front_name_heads: frozenset[str] = frozenset()  # code.SentenceCoder._noun_entry (mmp27)
    front_name_modifiers: frozenset[str] = frozenset()  # code.SentenceCoder._noun_entry (mmp27)
    owner_participles: frozenset[str] = frozenset()  # mechanisms.owner_participle (mmp27)
    custody_verbs: frozenset[str] = frozenset()  # mechanisms.custody_phrases (hyphen21)
    seat_officials: frozenset[str] = frozenset()  # extract._seat_officials (hyphen21)
    office_bodies: frozenset[str] = frozenset()  # mentions.office_possessives (replay35)
    city_part_nouns: frozenset[str] = frozenset()  # extract._part_of_city (stop 36)
    group_kind_nouns: frozenset[str] = frozenset()  # extract._demonym_kind_antecedents
    appositive_group_nouns: frozenset[str] = frozenset()  # code: "X, a splinter that ..."
    response_verbs: dict[str, str] = field(default_factory=dict)  # mechanisms.answered_acts
    answered_act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # its nouns
    answered_violence_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # written51
    violence_judging_predicates: frozenset[str] = frozenset()  # mechanisms.answered_violence
    judging_speech_verbs: frozenset[str] = frozenset()  # mechanisms.pronounced_enemies
    captive_exchange_nouns: frozenset[str] = frozenset()  # code._captive_exchange (written56)
    governing_nouns: frozenset[str] = frozenset()  # mechanisms.diplomatic_receptions (written56)
    plot_nouns: frozenset[str] = frozenset()  # code.SentenceCoder._warning (written56)
    premises_closing_verbs: frozenset[str] = frozenset()  # mechanisms.closed_premises
    premises_nouns: frozenset[str] = frozenset()  # mechanisms.closed_premises (hyphen21)
    premises_closing_nouns: frozenset[str] = frozenset()  # closed_premises_nominal
    condition_marks: frozenset[str] = frozenset()  # written.condition_on_another (round 6)
    commissioning_verbs: frozenset[str] = frozenset()  # written.commissioned_agent (round 6)
    payment_verbs: frozenset[str] = frozenset()  # modality.paid_purpose (gaps60)
    errand_verbs: frozenset[str] = frozenset()  # modality.errand_purpose (written67)
    arranged_for_verbs: frozenset[str] = frozenset()  # modality._scheduled_subject (written67)
    placed_part_nouns: frozenset[str] = frozenset()  # extract._placed_branches (gaps60)
    money_nouns: frozenset[str] = frozenset()  # modality.paid_purpose (gaps60)
    permission_nouns: frozenset[str] = frozenset()  # written.permitted_agent (world21)
    exile_nouns: frozenset[str] = frozenset()  # written.driven_into_exile (world21)
    purpose_giving_verbs: frozenset[str] = frozenset()  # written.permitted_agent (world21)
    obeying_verbs: frozenset[str] = frozenset()  # written.obedience (round 6)
    order_nouns: frozenset[str] = frozenset()  # written.obedience (round 6)
    agency_nouns: frozenset[str] = frozenset()  # written.acting_for (round 7)
    agency_active_verbs: frozenset[str] = frozenset()  # written.acting_for (round 7)
    agency_passive_verbs: frozenset[str] = frozenset()  # written.acting_for (round 7)
    follower_nouns: frozenset[str] = frozenset()  # extract._persons_people (round 7)
    loyalty_words: frozenset[str] = frozenset()  # mentions._leads_followers (world14)
    loyal_people_nouns: frozenset[str] = frozenset()  # code._loyal_people (walk60)
    issuing_verbs: frozenset[str] = frozenset()  # extract._issuer (stop 29)
    issuer_pronouns: frozenset[str] = frozenset()  # extract._issuer_pronouns (stop 29)
    expletive_verbs: frozenset[str] = frozenset()  # extract.expletive_it (stop 29)
    tied_unit_nouns: frozenset[str] = frozenset()  # code._tied_armed_noun (mmp14)
    command_nouns: frozenset[str] = frozenset()  # mechanisms.under_command (mmp14)
    bare_help_verbs: frozenset[str] = frozenset()  # mechanisms.helped_to_act (replay38)
    truce_ceasing_verbs: frozenset[str] = frozenset()  # mechanisms.mutual_ceasefire (replay39)
    sole_agency_words: frozenset[str] = frozenset()  # written.sole_agency_rebuttal
    joint_working_verbs: frozenset[str] = frozenset()  # written.working_partners
    joint_working_preps: frozenset[str] = frozenset()  # written.working_partners
    reciprocal_objects: frozenset[str] = frozenset()  # mechanisms.mutual_ceasefire (replay39)
    weapon_yielding_verbs: frozenset[str] = frozenset()  # extract._yielded_weapons (gaps59)
    ranks_serving_verbs: frozenset[str] = frozenset()  # mechanisms.served_in_ranks (replay39)
    ranks_nouns: frozenset[str] = frozenset()  # mechanisms.served_in_ranks (replay39)
    led_body_joining_verbs: frozenset[str] = frozenset()  # mechanisms.joined_led_body
    state_command_nouns: frozenset[str] = frozenset()  # mechanisms.under_command (replay38)
    role_nouns: frozenset[str] = frozenset()  # mechanisms.roles_in_other_groups (mmp14)
    blame_verbs: dict[str, str] = field(default_factory=dict)  # mechanisms.blamed_acts (mmp14)
    waning_verbs: frozenset[str] = frozenset()  # modality.modality_of (round 7)
    appointing_words: frozenset[str] = frozenset()  # written.appointed_to_post (round 9)
    becoming_verbs: frozenset[str] = frozenset()  # written.appointed_to_post (round 27)
    approving_attitudes: frozenset[str] = frozenset()  # written._judge_kind (round 27)
    opposing_attitudes: frozenset[str] = frozenset()  # written._judge_kind (round 27)
    letting_verbs: frozenset[str] = frozenset()  # written.letting_verbs (round 27)
    causative_verbs: frozenset[str] = frozenset()  # written.causative_participles (written58)
    death_nouns: frozenset[str] = frozenset()  # written.death_victims (round 28)
    post_nouns: frozenset[str] = frozenset()  # written.appointed_to_post (round 9)
    proposing_verbs: frozenset[str] = frozenset()  # mechanisms._proposal_authors (round 9)
    warning_nouns: frozenset[str] = frozenset()  # written.passed_warnings (round 9)
    anticipation_phrases: frozenset[str] = frozenset()  # written.anticipated_acts (written33)
    leader_kin_nouns: frozenset[str] = frozenset()  # mechanisms.leader_kin (written33)
    warning_passing_verbs: frozenset[str] = frozenset()  # written.passed_warnings (round 9)
    refusal_nouns: frozenset[str] = frozenset()  # written.refusal_nouns (round 10)
    aid_denial_nouns: frozenset[str] = frozenset()  # written.aid_denial_nouns
    # code.SentenceCoder._verb (recall12): "turned them down", "turned Y down"
    refusal_particle_verbs: dict[str, str] = field(default_factory=dict)
    pro_verbs: frozenset[str] = frozenset()  # written.likewise_clauses (round 10)
    likewise_marks: frozenset[str] = frozenset()  # written.likewise_clauses (round 10)
    clash_setting_preps: frozenset[str] = frozenset()  # written.clash_settings (round 10)
    # mechanisms.same_side_relations (replay17)
    shared_assets: frozenset[str] = frozenset()
    sharing_verbs: frozenset[str] = frozenset()
    same_side_nouns: frozenset[str] = frozenset()
    same_front_nouns: frozenset[str] = frozenset()  # "fought on the same fronts as Y" (replay45)
    same_front_verbs: frozenset[str] = frozenset()
    sameness_adjectives: frozenset[str] = frozenset()
    inside_preps: frozenset[str] = frozenset()
    participation_phrases: frozenset[tuple[str, ...]] = frozenset()
    companion_adverbs: frozenset[str] = frozenset()  # "along with Y" (world11)
    body_leading_verbs: frozenset[str] = frozenset()  # "chaired X's shura" (world11)
    coming_verbs: frozenset[str] = frozenset()
    leaver_body_nouns: frozenset[str] = frozenset()
    leaver_unit_nouns: frozenset[str] = frozenset()  # stop 56
    holding_verbs: frozenset[str] = frozenset()
    held_posts: frozenset[str] = frozenset()
    origin_people_nouns: frozenset[str] = frozenset()
    clash_setting_nouns: frozenset[str] = frozenset()  # written.clash_settings (round 10)
    operation_name_heads: frozenset[str] = frozenset()  # written.named_operations (round 10)
    member_list_preps: frozenset[str] = frozenset()  # written.listed_member (round 10)
    prohibition_background_preps: frozenset[str] = frozenset()  # modality (round 10)
    doubt_nouns: frozenset[str] = frozenset()  # written.doubt_removed (round 10)
    doubt_removers: frozenset[str] = frozenset()  # written.doubt_removed (round 10)
    intelligence_nouns: frozenset[str] = frozenset()  # written.passed_intelligence (round 10)
    intelligence_passing_verbs: frozenset[str] = frozenset()  # written.passed_intelligence
    intelligence_sharing_verbs: frozenset[str] = frozenset()  # "shared intelligence with Y"
    intelligence_mutual_verbs: frozenset[str] = frozenset()  # "exchanged intelligence with Y"
    past_tie_adverbs: frozenset[str] = frozenset()  # written.past_tie (round 11)
    factive_verbs: frozenset[str] = frozenset()  # written.factive_owned_act (round 11)
    dwelling_nouns: frozenset[str] = frozenset()  # written.victim_owner (round 11)
    masterminding_verbs: frozenset[str] = frozenset()  # written.masterminded (round 11)
    tolerance_idioms: frozenset[str] = frozenset()  # written.tolerance_idioms (round 11)
    places: dict[str, Any] = field(default_factory=dict)  # mechanisms place measures (peers8)
    threat_conditions: frozenset[str] = frozenset()  # mechanisms.conditional_clause (peers8)
    # fix9: "relies on Y for expertise" (written.dependence): noun -> AID mode (or None)
    dependence_things: dict[str, str | None] = field(default_factory=dict)
    giving_carrier_nouns: frozenset[str] = frozenset()  # written.given_thing_entry
    # fix9: "closed the door to talks with Y", "ruled out talks" (mechanisms.refusal_idioms)
    refusal_idioms: frozenset[str] = frozenset()
    refusal_idiom_preps: frozenset[str] = frozenset()
    # fix9: "did not start funding Y until 2008": a start dated, not denied (modality)
    delayed_start_preps: frozenset[str] = frozenset()
    revenge_words: frozenset[str] = frozenset()
    # fix9: "accused of housing X" (mechanisms.misread_gerunds): word -> verb lemma
    misread_gerunds: dict[str, str] = field(default_factory=dict)
    # precision23: "appealed to Y to expel Z" (code.SentenceCoder.subject): "verb prep" pairs
    addressed_appeals: frozenset[str] = frozenset()
    # precision23: "burned / tore down Y's flags" (mechanisms.desecrated_symbols)
    desecrating_verbs: frozenset[str] = frozenset()
    symbol_nouns: frozenset[str] = frozenset()
    # precision23: "it is said / reported that X ..." (modality: uncertain)
    extraposed_hearsay: frozenset[str] = frozenset()
    # traps65: "set up a cell to fund Y, though the plan was dropped" (written.purpose_undone)
    purpose_undoing_verbs: frozenset[str] = frozenset()
    purpose_plan_nouns: frozenset[str] = frozenset()
    # traps65: "X offered Y money, but Y rebuffed the offer" (written.refused_offer)
    refused_offer_verbs: frozenset[str] = frozenset()

    def trigger_entry(self, tok: Any) -> tuple[str, dict[str, Any] | None]:
        """(key, entry) that codes a trigger token, as the coder looks it up: an own verb
        entry for a verb (of the parts of speech it takes), else a noun entry."""
        lemma = tok.lemma_.lower()
        entry = self.verbs.get(lemma)
        if entry is not None and tok.pos_ in (entry.get("pos") or ("VERB", "AUX", "ADJ")):
            return lemma, entry
        for key in (tok.lower_, lemma):
            if key in self.nouns:
                return key, self.nouns[key]
        return lemma, None

    def noun_entry(self, tok: Any) -> dict[str, Any] | None:
        """The events.yaml noun entry of a token: its own form's, else its lemma's ("raids"
        has the entry of "raid"); None for a word the lexicon has no noun entry for."""
        return self.nouns.get(tok.lower_) or self.nouns.get(tok.lemma_.lower())

    def verb_entry(self, lemma: str) -> dict[str, Any] | None:
        """The layered entry of a verb lemma: events.yaml's over the base dictionary's."""
        own = self.verbs.get(lemma)
        if own is not None:
            return own
        return self.base.entry(lemma) if self.base is not None else None


def _read(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(__name__).joinpath(name).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise NLPError("RW201", path=name, detail=str(exc).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise NLPError("RW201", path=name, detail="not a mapping")
    return data


def _check(entries: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    for word, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("type") not in PLOVER_TYPES:
            raise NLPError("RW201", path=where, detail=f"{word}: type must be a PLOVER type")
        for key, value in entry.items():
            if isinstance(value, list):
                _words(value, f"{where} {word}.{key}")
    return entries


def _places(nominals: dict[str, Any]) -> dict[str, Any]:
    """nominals.yaml's blocks on places as parties (peers8): measures taken over a place
    ({words: type}), easing verbs, prepositions, place head nouns, partitives, modes never
    done to a place, closing verbs and closable nouns, and the types and prepositions of
    hostile acts located in a place (peers9)."""
    measures = {str(k).lower(): str(v) for k, v in (nominals.get("place_measures") or {}).items()}
    return {
        "measures": {tuple(k.split()): v for k, v in measures.items()},
        "easing": frozenset(nominals.get("place_measure_easing") or ()),
        "preps": frozenset(str(p) for p in nominals.get("place_measure_preps") or ()),
        "heads": frozenset(nominals.get("place_heads") or ()),
        "partitives": frozenset(nominals.get("place_partitives") or ()),
        "excluded_modes": frozenset(nominals.get("place_excluded_modes") or ()),
        "located_types": frozenset(str(t) for t in nominals.get("located_act_types") or ()),
        "located_preps": frozenset(str(p) for p in nominals.get("located_act_preps") or ()),
        "person_verbs": frozenset(str(v) for v in nominals.get("located_person_verbs") or ()),
        "theatre_verbs": frozenset(str(v) for v in nominals.get("located_theatre_verbs") or ()),
        "closing": {str(k): str(v) for k, v in (nominals.get("closing_verbs") or {}).items()},
        "closable": frozenset(str(w).split()[-1] for w in nominals.get("closable_nouns") or ()),
        "post_verbs": {
            str(k): str(v) for k, v in (nominals.get("diplomatic_post_verbs") or {}).items()
        },
        "posts": frozenset(str(w) for w in nominals.get("diplomatic_post_nouns") or ()),
        "post_protest_verbs": frozenset(str(w) for w in nominals.get("post_protest_verbs") or ()),
        "post_protest_nouns": frozenset(str(w) for w in nominals.get("post_protest_nouns") or ()),
        "post_protest_preps": frozenset(str(w) for w in nominals.get("post_protest_preps") or ()),
        "suppressing": frozenset(str(w) for w in nominals.get("suppressing_verbs") or ()),
        "risings": frozenset(str(w) for w in nominals.get("rising_nouns") or ()),
        "returning": frozenset(str(w) for w in nominals.get("returning_verbs") or ()),
        "returned": frozenset(str(w) for w in nominals.get("returned_things") or ()),
    }


def _words(values: Any, where: str) -> list[str]:
    """A list of words; YAML turns bare on/off/yes/no into booleans, which must be quoted."""
    if not isinstance(values, list | tuple):
        raise NLPError("RW201", path=where, detail="expected a list of words")
    for value in values:
        if not isinstance(value, str):
            raise NLPError(
                "RW201", path=where, detail=f"{value!r} is not a word (quote on/off/yes/no)"
            )
    return list(values)


def _own(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """events.yaml entries, each marked as the project's own."""
    return {word: {**entry, "source": OWN} for word, entry in entries.items()}


@cache
def load(base: bool = True, own: bool = True) -> Lexicon:
    """The bundled lexicon (cached). For ablations: ``base=False`` leaves out the base
    dictionary, ``own=False`` the event entries of events.yaml (cues and light verbs stay)."""
    events = _read("events.yaml")
    cues = _read("cues.yaml")
    modality = {
        k: frozenset(_words(v, f"cues.yaml modality.{k}"))
        for k, v in (cues.get("modality") or {}).items()
    }
    verbs = _own(_check(events.get("verbs") or {}, "events.yaml verbs")) if own else {}
    nouns = _own(_check(events.get("nouns") or {}, "events.yaml nouns")) if own else {}
    light_verbs = dict(events.get("light_verbs") or {})
    speech = frozenset(cues.get("speech") or ())
    dictionary = None
    phrases: dict[tuple[str, str], dict[str, Any]] = {}
    if base:
        cue_words = frozenset().union(*modality.values()) if modality else frozenset()
        held = frozenset(cues.get("held_place_nouns") or ()) | frozenset(
            cues.get("held_area_nouns") or ()
        )
        dictionary = load_dictionary(
            own_verbs=frozenset(verbs),
            blocked=frozenset(light_verbs) | speech | cue_words,
            holders=(
                frozenset(cues.get("place_holding_verbs") or ()),
                held,
                frozenset(cues.get("past_tie_adverbs") or ()),
            ),
        )
        # the dictionary's event nouns below the own ones ("a raid on X")
        nouns = {**dictionary.event_nouns(light_verbs, frozenset(nouns)), **nouns}
        phrases = dictionary.phrase_nouns(light_verbs)
    nominals = _read("nominals.yaml")  # deverbal event nouns: below all others
    if own:
        extra = _check(nominals.get("nouns") or {}, "nominals.yaml nouns")
        # only where neither events.yaml nor the base dictionary has the noun
        nouns = {**{k: {**v, "source": f"{OWN} nominals"} for k, v in extra.items()}, **nouns}
    light_verbs = {**(nominals.get("light_verbs") or {}), **light_verbs}
    version = f"events-{events.get('version') if own else 'none'}+cues-{cues.get('version')}"
    version += f"+nominals-{nominals.get('version')}" if own else ""
    return Lexicon(
        version=f"{version}+{dictionary.version}" if dictionary else version,
        verbs=verbs,
        nouns=nouns,
        light_verbs=light_verbs,
        modality=modality,
        reluctance=frozenset(cues.get("reluctance") or ()),
        reluctance_negated=frozenset(cues.get("reluctance_negated") or ()),
        shrinking_verbs=frozenset(cues.get("shrinking_verbs") or ()),
        ending_verbs=frozenset(cues.get("ending_verbs") or ()),
        speech=speech,
        attribution_preps=tuple(cues.get("attribution_preps") or ()),
        channels={k: tuple(v) for k, v in (cues.get("channels") or {}).items()},
        skepticism=frozenset(cues.get("skepticism") or ()),
        collectives=dict(cues.get("collectives") or {}),
        anaphoric_nouns=frozenset(cues.get("anaphoric_nouns") or ()),
        falsity=frozenset(_words(cues.get("falsity") or [], "cues.yaml falsity")),
        default_referents=dict(cues.get("default_referents") or {}),
        kind_nouns={
            str(k).lower(): frozenset(str(w).lower() for w in v)
            for k, v in (cues.get("kind_nouns") or {}).items()
        },
        armed_kind_nouns=frozenset(cues.get("armed_kind_nouns") or ()),
        base=dictionary,
        instruments={str(k).lower(): str(v) for k, v in (events.get("instruments") or {}).items()},
        unowned_attack_modes=_set(events, "unowned_attack_modes", "events.yaml"),
        placed_instrument_modes=_set(events, "placed_instrument_modes", "events.yaml"),
        joint_modifiers=_set(events, "joint_modifiers", "events.yaml"),
        escorted_people_nouns=_set(events, "escorted_people_nouns", "events.yaml"),
        exchanged_fire_nouns=_set(events, "exchanged_fire_nouns", "events.yaml"),
        exchanged_captive_nouns=_set(events, "exchanged_captive_nouns", "events.yaml"),
        comitative_preps=_set(events, "comitative_preps", "events.yaml"),
        joint_partner_nouns=_set(events, "joint_partner_nouns", "events.yaml"),
        joint_agreement_nouns=_set(events, "joint_agreement_nouns", "events.yaml"),
        comitative_nouns=_set(events, "comitative_nouns", "events.yaml"),
        hedges=_set(cues, "hedges", "cues.yaml"),
        negative_subjects=_set(cues, "negative_subjects", "cues.yaml"),
        shunning_orders=_set(cues, "shunning_orders", "cues.yaml"),
        passive_belief=_set(cues, "passive_belief", "cues.yaml"),
        judging_passives=_set(cues, "judging_passives", "cues.yaml"),
        in_support_phrases={
            str(k).lower(): str(v).lower()
            for k, v in (cues.get("in_support_phrases") or {}).items()
        },
        directive_verbs=_set(cues, "directive_verbs", "cues.yaml"),
        rallying_verbs=_set(cues, "rallying_verbs", "cues.yaml"),
        speech_irregular_forms=_set(cues, "speech_irregular_forms", "cues.yaml"),
        leading_participles=_set(cues, "leading_participles", "cues.yaml"),
        rallied_nouns=_set(cues, "rallied_nouns", "cues.yaml"),
        passive_hearsay=_set(cues, "passive_hearsay", "cues.yaml"),
        near_miss_adverbs=_set(cues, "near_miss_adverbs", "cues.yaml"),
        negating_phrases=_set(cues, "negating_phrases", "cues.yaml"),
        affiliation_words=_set(cues, "affiliation_words", "cues.yaml"),
        affiliated_body_ties=_set(cues, "affiliated_body_ties", "cues.yaml"),
        affiliated_body_nouns=_set(cues, "affiliated_body_nouns", "cues.yaml"),
        cessation_adverbs=_set(cues, "cessation_adverbs", "cues.yaml"),
        epistemic_modals=_set(cues, "epistemic_modals", "cues.yaml"),
        ongoing_guess_modals=frozenset(cues.get("ongoing_guess_modals") or ()),
        parsed_kind_nouns=frozenset(str(w).lower() for w in cues.get("parsed_kind_nouns") or ()),
        name_kind_nouns={
            str(k).lower(): frozenset(str(w).lower() for w in v or ())
            for k, v in (cues.get("name_kind_nouns") or {}).items()
        },
        ongoing_guess_adverbs=frozenset(cues.get("ongoing_guess_adverbs") or ()),
        attributive_adverbs=_set(cues, "attributive_adverbs", "cues.yaml"),
        claim_words=_set(cues, "claim_words", "cues.yaml"),
        claim_objects=_set(cues, "claim_objects", "cues.yaml"),
        claimed_back_nouns=_set(cues, "claimed_back_nouns", "cues.yaml"),
        owning_pronouns=_set(cues, "owning_pronouns", "cues.yaml"),
        claimed_doing_verbs=_set(cues, "claimed_doing_verbs", "cues.yaml"),
        owned_act_nouns=_set(cues, "owned_act_nouns", "cues.yaml"),
        authorship_preps=_set(cues, "authorship_preps", "cues.yaml"),
        attacker_nouns=_set(cues, "attacker_nouns", "cues.yaml"),
        attacker_sending_verbs=_set(cues, "attacker_sending_verbs", "cues.yaml"),
        attack_doer_nouns=_set(cues, "attack_doer_nouns", "cues.yaml"),
        explosion_verbs=_set(cues, "explosion_verbs", "cues.yaml"),
        weapon_using_verbs=_set(cues, "weapon_using_verbs", "cues.yaml"),
        weapon_using_preps=_set(cues, "weapon_using_preps", "cues.yaml"),
        contrasted_argument_marks=_set(cues, "contrasted_argument_marks", "cues.yaml"),
        partitive_people=_set(cues, "partitive_people", "cues.yaml"),
        belonging_reporting_verbs=_set(cues, "belonging_reporting_verbs", "cues.yaml"),
        charge_apposition_nouns=_set(cues, "charge_apposition_nouns", "cues.yaml"),
        authorship_charge_verbs=_set(cues, "authorship_charge_verbs", "cues.yaml"),
        ended_predicates=_set(cues, "ended_predicates", "cues.yaml"),
        partitive_quantifiers=_set(cues, "partitive_quantifiers", "cues.yaml"),
        implied_agents={str(k): str(v) for k, v in (cues.get("implied_agents") or {}).items()},
        taliban_context=dict(cues.get("taliban_context") or {}),
        hostile_adjectives=_stance(events, "hostile_adjectives"),
        ending_from_verbs=_stance(events, "ending_from_verbs"),
        reversing_verbs=frozenset(
            _words(nominals.get("reversing_verbs") or [], "nominals.yaml reversing_verbs")
        ),  # fmt: skip
        reversing_nouns=frozenset(
            _words(nominals.get("reversing_nouns") or [], "nominals.yaml reversing_nouns")
        ),  # fmt: skip
        undone_hostile_types=frozenset(_undone_hostile(nominals)),
        eased_measure_types=frozenset(
            t for t, kind in _undone_hostile(nominals).items() if kind == "measure"
        ),
        halted_act_verbs=frozenset(
            _words(nominals.get("halted_act_verbs") or [], "nominals.yaml halted_act_verbs")
        ),  # fmt: skip
        ended_adjectives=_stance(events, "ended_adjectives"),
        declared_ended_words=_stance(events, "declared_ended_words"),
        declared_ended_verbs=_stance(events, "declared_ended_verbs"),
        particle_adverbs=_stance(events, "particle_adverbs"),
        opening_verbs=_stance(events, "opening_verbs"),
        opened_states=_stance(events, "opened_states"),
        declaration_verbs=_stance(events, "declaration_verbs"),
        resumption_adverbs=_stance(events, "resumption_adverbs"),
        state_nouns=_stance(events, "state_nouns"),
        phrases=phrases,
        evidential_verbs=_set(cues, "evidential_verbs", "cues.yaml"),
        promise_verbs=_set(cues, "promise_verbs", "cues.yaml"),
        relation_predicates={
            str(k).lower(): str(v) for k, v in (cues.get("relation_predicates") or {}).items()
        },
        handover_verbs=_set(cues, "handover_verbs", "cues.yaml"),
        figurative_hand_objects=_set(cues, "figurative_hand_objects", "cues.yaml"),
        returning_verbs=_set(cues, "returning_verbs", "cues.yaml"),
        taking_verbs=_set(cues, "taking_verbs", "cues.yaml"),
        purpose_fire_verbs=_set(cues, "purpose_fire_verbs", "cues.yaml"),
        attitude_verbs=_set(cues, "attitude_verbs", "cues.yaml"),
        backing_nouns=_set(cues, "backing_nouns", "cues.yaml"),
        dependence_verbs=_set(cues, "dependence_verbs", "cues.yaml"),
        receiving_verbs=_set(cues, "receiving_verbs", "cues.yaml"),
        naming_as_verbs=_set(cues, "naming_as_verbs", "cues.yaml"),
        received_people_nouns=_set(cues, "received_people_nouns", "cues.yaml"),
        claim_nouns=_set(cues, "claim_nouns", "cues.yaml"),
        claiming_verbs=_set(cues, "claiming_verbs", "cues.yaml"),
        territory_nouns=frozenset(
            _words(nominals.get("territory_nouns") or [], "nominals.yaml territory_nouns")
            if own
            else ()
        ),
        performed_pledges=_set(cues, "performed_pledges", "cues.yaml"),
        offer_verbs=_set(cues, "offer_verbs", "cues.yaml"),
        related_party_nouns=_set(cues, "related_party_nouns", "cues.yaml"),
        numbered_unit_nouns=_set(cues, "numbered_unit_nouns", "cues.yaml"),
        named_unit_nouns=_set(cues, "named_unit_nouns", "cues.yaml"),
        disguise_cues=_set(cues, "disguise_cues", "cues.yaml"),
        eponym_qualifiers=_set(cues, "eponym_qualifiers", "cues.yaml"),
        owned_part_nouns=_set(cues, "owned_part_nouns", "cues.yaml"),
        described_affiliate_nouns=_set(cues, "described_affiliate_nouns", "cues.yaml"),
        described_affiliate_ties=_set(cues, "described_affiliate_ties", "cues.yaml"),
        described_affiliate_heads=_set(cues, "described_affiliate_heads", "cues.yaml"),
        unarmed_people_nouns=_set(cues, "unarmed_people_nouns", "cues.yaml"),
        offer_nouns=_set(cues, "offer_nouns", "cues.yaml"),
        proxy_nouns=_set(cues, "proxy_nouns", "cues.yaml"),
        ordering_nouns=_set(cues, "ordering_nouns", "cues.yaml"),
        seat_taking_verbs=_set(cues, "seat_taking_verbs", "cues.yaml"),
        body_seat_nouns=_set(cues, "body_seat_nouns", "cues.yaml"),
        seated_bodies=_set(cues, "seated_bodies", "cues.yaml"),
        named_kind_nouns=_set(cues, "named_kind_nouns", "cues.yaml"),
        name_particles=_set(cues, "name_particles", "cues.yaml"),
        declaring_verbs=_set(cues, "declaring_verbs", "cues.yaml"),
        founding_verbs=_set(events, "founding_verbs", "events.yaml"),
        founder_nouns=_set(events, "founder_nouns", "events.yaml"),
        leaver_nouns=_set(events, "leaver_nouns", "events.yaml"),
        dissenting_verbs=_set(events, "dissenting_verbs", "events.yaml"),
        membership_nouns=_set(events, "membership_nouns", "events.yaml"),
        coalition_nouns=_set(events, "coalition_nouns", "events.yaml"),
        joint_body_nouns={
            str(k).lower(): (str(v) if v else None)
            for k, v in (events.get("joint_body_nouns") or {}).items()
        },
        uniting_verbs=_set(events, "uniting_verbs", "events.yaml"),
        led_body_nouns=_set(events, "led_body_nouns", "events.yaml"),
        founding_nouns=_set(events, "founding_nouns", "events.yaml"),
        founding_clause_marks=_set(events, "founding_clause_marks", "events.yaml"),
        founders_leader_preps=_set(events, "founders_leader_preps", "events.yaml"),
        training_places=_set(events, "training_places", "events.yaml"),
        as_role_verbs=_set(events, "as_role_verbs", "events.yaml"),
        making_verbs=_set(events, "making_verbs", "events.yaml"),
        deeming_verbs=_set(events, "deeming_verbs", "events.yaml"),
        short_of_verbs=_set(cues, "short_of_verbs", "cues.yaml"),
        deferral_verbs=_set(cues, "deferral_verbs", "cues.yaml"),
        alternative_phrases=_set(cues, "alternative_phrases", "cues.yaml"),
        doubted_sources=_set(cues, "doubted_sources", "cues.yaml"),
        hearsay_nouns=_set(cues, "hearsay_nouns", "cues.yaml"),
        not_modifier_cues=_set(cues, "not_modifier_cues", "cues.yaml"),
        remark_verbs=_set(cues, "remark_verbs", "cues.yaml"),
        negating_determiners=_set(cues, "negating_determiners", "cues.yaml"),
        imminence=_pairs(cues, "imminence"),
        imminence_frames=_pairs(cues, "imminence_frames"),
        rarity_adverbs=_set(cues, "rarity_adverbs", "cues.yaml"),
        undoing_phrases=_set(cues, "undoing_phrases", "cues.yaml"),
        prospect_nouns=_set(cues, "prospect_nouns", "cues.yaml"),
        placement_verbs=_set(cues, "placement_verbs", "cues.yaml"),
        on_state_nouns=_pairs(cues, "on_state_nouns"),
        on_state_verbs=_set(cues, "on_state_verbs", "cues.yaml"),
        protest_acts=_set(cues, "protest_acts", "cues.yaml"),
        aim_verbs=_set(cues, "aim_verbs", "cues.yaml"),
        gathering_verbs=_set(cues, "gathering_verbs", "cues.yaml"),
        inclusion_preps=_set(cues, "inclusion_preps", "cues.yaml"),
        obstruction_verbs=_set(cues, "obstruction_verbs", "cues.yaml"),
        appeal_for_verbs=_set(cues, "appeal_for_verbs", "cues.yaml"),
        thoroughfare_nouns=_set(cues, "thoroughfare_nouns", "cues.yaml"),
        protest_purpose_verbs=_set(cues, "protest_purpose_verbs", "cues.yaml"),
        display_verbs=_set(cues, "display_verbs", "cues.yaml"),
        voicing_verbs=_set(cues, "voicing_verbs", "cues.yaml"),
        word_carrier_nouns=_set(cues, "word_carrier_nouns", "cues.yaml"),
        message_sending_verbs=_set(cues, "message_sending_verbs", "cues.yaml"),
        disapproval_nouns=_set(cues, "disapproval_nouns", "cues.yaml"),
        protest_sequence_preps=_set(cues, "protest_sequence_preps", "cues.yaml"),
        buildup_verbs=_set(cues, "buildup_verbs", "cues.yaml"),
        buildup_particles=_pairs(cues, "buildup_particles"),
        force_nouns=_set(cues, "force_nouns", "cues.yaml"),
        buildup_preps=_set(cues, "buildup_preps", "cues.yaml"),
        border_deploying_verbs=_set(cues, "border_deploying_verbs", "cues.yaml"),
        fleeing_verbs=_set(cues, "fleeing_verbs", "cues.yaml"),
        fleeing_preps=_set(cues, "fleeing_preps", "cues.yaml"),
        flight_destination_words=_set(cues, "flight_destination_words", "cues.yaml"),
        flight_destination_preps=_set(cues, "flight_destination_preps", "cues.yaml"),
        side_nouns=_set(cues, "side_nouns", "cues.yaml"),
        background_preps=_set(cues, "background_preps", "cues.yaml"),
        compass_nouns=_set(cues, "compass_nouns", "cues.yaml"),
        cause_preps=_set(cues, "cause_preps", "cues.yaml"),
        shielding_verbs=_set(cues, "shielding_verbs", "cues.yaml"),
        verbal_defence_verbs=_set(cues, "verbal_defence_verbs", "cues.yaml"),
        contributing_verbs=_set(cues, "contributing_verbs", "cues.yaml"),
        defence_ground_preps=_set(cues, "defence_ground_preps", "cues.yaml"),
        defence_ground_nouns=_set(cues, "defence_ground_nouns", "cues.yaml"),
        defended_conduct_nouns=_set(cues, "defended_conduct_nouns", "cues.yaml"),
        shielding_preps=_set(cues, "shielding_preps", "cues.yaml"),
        verb_carried_phrase_types=frozenset(
            str(t) for t in cues.get("verb_carried_phrase_types") or ()
        ),
        disbelief_words=_set(cues, "disbelief_words", "cues.yaml"),
        striving_verbs=_set(cues, "striving_verbs", "cues.yaml"),
        promise_breaking=_set(cues, "promise_breaking", "cues.yaml"),
        party_only_breakers=_set(cues, "party_only_breakers", "cues.yaml"),
        leaving_only_breakers=_set(cues, "leaving_only_breakers", "cues.yaml"),
        talks_leaving=_set(cues, "talks_leaving", "cues.yaml"),
        dismissal_verbs=_set(cues, "dismissal_verbs", "cues.yaml"),
        proposal_nouns=_set(cues, "proposal_nouns", "cues.yaml"),
        acceptance_verbs=_set(cues, "acceptance_verbs", "cues.yaml"),
        agreeing_verbs=_set(cues, "agreeing_verbs", "cues.yaml"),
        price_nouns=_set(cues, "price_nouns", "cues.yaml"),
        sought_nouns=_set(cues, "sought_nouns", "cues.yaml"),
        guest_nouns=_set(cues, "guest_nouns", "cues.yaml"),
        nested_locus_preps=_set(cues, "nested_locus_preps", "cues.yaml"),
        blocking_verbs=_set(cues, "blocking_verbs", "cues.yaml"),
        undergoing_verbs=_set(cues, "undergoing_verbs", "cues.yaml"),
        accepted_proposal_nouns=_set(cues, "accepted_proposal_nouns", "cues.yaml"),
        yielding_verbs=_pairs(cues, "yielding_verbs"),
        yielded_demand_nouns=_set(cues, "yielded_demand_nouns", "cues.yaml"),
        meeting_demand_verbs=_set(cues, "meeting_demand_verbs", "cues.yaml"),
        one_sided_words=_set(cues, "one_sided_words", "cues.yaml"),
        demand_modals=_set(cues, "demand_modals", "cues.yaml"),
        ultimatum_nouns=_set(cues, "ultimatum_nouns", "cues.yaml"),
        ultimatum_penalties=_set(cues, "ultimatum_penalties", "cues.yaml"),
        warned_penalty_nouns=_set(cues, "warned_penalty_nouns", "cues.yaml"),
        penalty_speaking_verbs=_set(cues, "penalty_speaking_verbs", "cues.yaml"),
        delegation_nouns=_set(cues, "delegation_nouns", "cues.yaml"),
        igo_titles=_set(cues, "igo_titles", "cues.yaml"),
        portfolio_links=_set(cues, "portfolio_links", "cues.yaml"),
        seated_roles=_set(cues, "seated_roles", "cues.yaml"),
        belligerent_nouns=_set(cues, "belligerent_nouns", "cues.yaml"),
        belligerent_marks=_set(cues, "belligerent_marks", "cues.yaml"),
        conflict_nouns=_set(cues, "conflict_nouns", "cues.yaml"),
        side_free_fighters=_set(cues, "side_free_fighters", "cues.yaml"),
        fighting_backer_nouns=_set(cues, "fighting_backer_nouns", "cues.yaml"),
        writing_verbs=_set(cues, "writing_verbs", "cues.yaml"),
        unmade_agreement_words=_set(cues, "unmade_agreement_words", "cues.yaml"),
        contrast_marks=_set(cues, "contrast_marks", "cues.yaml"),
        continuation_particles=_set(cues, "continuation_particles", "cues.yaml"),
        relative_giving_verbs=_set(cues, "relative_giving_verbs", "cues.yaml"),
        self_naming_verbs=_set(cues, "self_naming_verbs", "cues.yaml"),
        one_member_nouns=_set(cues, "one_member_nouns", "cues.yaml"),
        departed_member_nouns=_set(cues, "departed_member_nouns", "cues.yaml"),
        retracting_verbs=_set(cues, "retracting_verbs", "cues.yaml"),
        outlet_nouns=_set(cues, "outlet_nouns", "cues.yaml"),
        backing_clause_verbs=_set(cues, "backing_clause_verbs", "cues.yaml"),
        backing_hedges=_set(cues, "backing_hedges", "cues.yaml"),
        share_nouns=_set(cues, "share_nouns", "cues.yaml"),
        share_verbs=_set(cues, "share_verbs", "cues.yaml"),
        retracted_things=_set(cues, "retracted_things", "cues.yaml"),
        quantity_openers=_set(cues, "quantity_openers", "cues.yaml"),
        located_passives={
            str(k).lower(): tuple(
                str(v).lower() for v in _words(vs, f"cues.yaml located_passives.{k}")
            )
            for k, vs in (cues.get("located_passives") or {}).items()
        },
        faction_nouns=_set(events, "faction_nouns", "events.yaml"),
        leaving_phrases={
            str(k).lower(): tuple(str(v).lower() for v in vs)
            for k, vs in (events.get("leaving_phrases") or {}).items()
        },
        onset_verbs=_set(events, "onset_verbs", "events.yaml"),
        onset_place_preps=_set(events, "onset_place_preps", "events.yaml"),
        dispute_words=_set(events, "dispute_words", "events.yaml"),
        blaming_verbs=_set(events, "blaming_verbs", "events.yaml"),
        blaming_preps=_set(events, "blaming_preps", "events.yaml"),
        emergence_verbs=_set(events, "emergence_verbs", "events.yaml"),
        origin_nouns=_set(events, "origin_nouns", "events.yaml"),
        formation_verbs=_set(events, "formation_verbs", "events.yaml"),
        dispute_preps=_set(events, "dispute_preps", "events.yaml"),
        future_leading_verbs=_set(events, "future_leading_verbs", "events.yaml"),
        prehistory_roles=_set(events, "prehistory_roles", "events.yaml"),
        prehistory_state_forces=_set(events, "prehistory_state_forces", "events.yaml"),
        chosen_role_verbs=_set(events, "chosen_role_verbs", "events.yaml"),
        idiom_undoing_particles=_set(events, "idiom_undoing_particles", "events.yaml"),
        object_idioms={
            str(verb).lower(): _pairs(events["object_idioms"], verb)
            for verb in events.get("object_idioms") or {}
        },
        refusing_future_aux=frozenset(cues.get("refusing_future_aux") or ()),
        refusable_types=frozenset(str(t) for t in cues.get("refusable_types") or ()),
        refusable_words=frozenset(str(t) for t in cues.get("refusable_words") or ()),
        particle_idioms={
            str(verb).lower(): _pairs(events["particle_idioms"], verb)
            for verb in events.get("particle_idioms") or {}
        },
        complement_idioms={
            str(verb).lower(): _pairs(events["complement_idioms"], verb)
            for verb in events.get("complement_idioms") or {}
        },
        purpose_idioms={
            str(verb).lower(): _pairs(events["purpose_idioms"], verb)
            for verb in events.get("purpose_idioms") or {}
        },
        serving_verbs=_set(events, "serving_verbs", "events.yaml"),
        serving_as_roles=_set(events, "serving_as_roles", "events.yaml"),
        people_naming_verbs=_set(events, "people_naming_verbs", "events.yaml"),
        serving_preps=_set(events, "serving_preps", "events.yaml"),
        serving_bodies=_set(events, "serving_bodies", "events.yaml"),
        body_preps=_set(events, "body_preps", "events.yaml"),
        as_one_nouns=_set(events, "as_one_nouns", "events.yaml"),
        as_one_words=_set(events, "as_one_words", "events.yaml"),
        as_one_plurals=_set(events, "as_one_plurals", "events.yaml"),
        together_phrases=frozenset(
            tuple(str(p).lower().split()) for p in events.get("together_phrases") or ()
        ),
        naming_verbs=_set(events, "naming_verbs", "events.yaml"),
        later_words=_set(events, "later_words", "events.yaml"),
        later_roles=_set(events, "later_roles", "events.yaml"),
        role_body_nouns=_set(events, "role_body_nouns", "events.yaml"),
        placing_under_verbs=_set(events, "placing_under_verbs", "events.yaml"),
        commanding_verbs=_set(events, "commanding_verbs", "events.yaml"),
        lead_hedges=_set(events, "lead_hedges", "events.yaml"),
        commanded_units=_set(events, "commanded_units", "events.yaml"),
        parting_verbs=_pairs(events, "parting_verbs"),
        state_verbs=_set(events, "state_verbs", "events.yaml"),
        gerund_holding_verbs=_set(events, "gerund_holding_verbs", "events.yaml"),
        locative_participle_preps=_set(events, "locative_participle_preps", "events.yaml"),
        dissent_adjectives=_set(events, "dissent_adjectives", "events.yaml"),
        dissent_verbs=_set(events, "dissent_verbs", "events.yaml"),
        split_origin_preps=_set(events, "split_origin_preps", "events.yaml"),
        part_nouns=_set(events, "part_nouns", "events.yaml"),
        name_taking_verbs=_set(events, "name_taking_verbs", "events.yaml"),
        named_as_verbs=_set(events, "named_as_verbs", "events.yaml"),
        whole_split_verbs=_set(events, "whole_split_verbs", "events.yaml"),
        member_unit_nouns=_set(events, "member_unit_nouns", "events.yaml"),
        part_unit_nouns=_set(events, "part_unit_nouns", "events.yaml"),
        membership_preps=_set(events, "membership_preps", "events.yaml"),
        carrier_nouns=_set(events, "carrier_nouns", "events.yaml")
        | _set(events, "goods_carrier_nouns", "events.yaml"),
        goods_carrier_nouns=_set(events, "goods_carrier_nouns", "events.yaml"),
        goods_part_nouns=_set(events, "goods_part_nouns", "events.yaml"),
        fighting_for_verbs=_set(events, "fighting_for_verbs", "events.yaml"),
        fought_for_heads=_set(events, "fought_for_heads", "events.yaml"),
        ally_side_nouns=_set(events, "ally_side_nouns", "events.yaml"),
        hosted_with_verbs=_pairs(events, "hosted_with_verbs"),
        host_preps=_set(events, "host_preps", "events.yaml"),
        leading_out_verbs=_set(events, "leading_out_verbs", "events.yaml"),
        stripping_verbs=_set(events, "stripping_verbs", "events.yaml"),
        rank_nouns=_set(events, "rank_nouns", "events.yaml"),
        leading_nouns=_set(events, "leading_nouns", "events.yaml"),
        comitative_adverbs=_set(events, "comitative_adverbs", "events.yaml"),
        comitative_with_verbs=_set(events, "comitative_with_verbs", "events.yaml"),
        participation_verbs=_set(events, "participation_verbs", "events.yaml"),
        participant_participles=_set(events, "participant_participles", "events.yaml"),
        joining_in_verbs=_set(events, "joining_in_verbs", "events.yaml"),
        expelling_wholes=_set(events, "expelling_wholes", "events.yaml"),
        record_nouns=_set(events, "record_nouns", "events.yaml"),
        designation_labels=_set(events, "designation_labels", "events.yaml"),
        resultative_adjectives=_set(events, "resultative_adjectives", "events.yaml"),
        sanction_record_words=_set(events, "sanction_record_words", "events.yaml"),
        listing_verbs=_set(events, "listing_verbs", "events.yaml"),
        expelling_particle_verbs=_set(events, "expelling_particle_verbs", "events.yaml"),
        partner_nouns=_set(events, "partner_nouns", "events.yaml"),
        labelling_verbs=_set(events, "labelling_verbs", "events.yaml"),
        quantity_nouns=_set(events, "quantity_nouns", "events.yaml"),
        condemning_nouns=_set(events, "condemning_nouns", "events.yaml"),
        reception_verbs=_set(cues, "reception_verbs", "cues.yaml"),
        summoning_verbs=_set(cues, "summoning_verbs", "cues.yaml"),
        envoy_nouns=_set(cues, "envoy_nouns", "cues.yaml"),
        arrival_verbs=_set(cues, "arrival_verbs", "cues.yaml"),
        charging_verbs=_set(cues, "charging_verbs", "cues.yaml"),
        no_object_verbs=_set(cues, "no_object_verbs", "cues.yaml"),
        no_object_particles=_set(cues, "no_object_particles", "cues.yaml"),
        message_nouns=_set(cues, "message_nouns", "cues.yaml"),
        emissary_nouns=_set(cues, "emissary_nouns", "cues.yaml"),
        deploying_verbs=_set(cues, "deploying_verbs", "cues.yaml"),
        deployed_nouns=_set(cues, "deployed_nouns", "cues.yaml"),
        peacekeeping_nouns=_set(cues, "peacekeeping_nouns", "cues.yaml"),
        mission_nouns=_set(cues, "mission_nouns", "cues.yaml"),
        placing_verbs=_set(cues, "placing_verbs", "cues.yaml"),
        counterpart_nouns=_set(cues, "counterpart_nouns", "cues.yaml"),
        kin_nouns=_set(cues, "kin_nouns", "cues.yaml"),
        alleging_attributions=_set(cues, "alleging_attributions", "cues.yaml"),
        remains_nouns=_set(cues, "remains_nouns", "cues.yaml"),
        protective_nouns=_set(cues, "protective_nouns", "cues.yaml"),
        compound_ties=_set(cues, "compound_ties", "cues.yaml"),
        judging_verbs=_set(cues, "judging_verbs", "cues.yaml"),
        hosting_verbs=_set(cues, "hosting_verbs", "cues.yaml"),
        gathering_nouns=_set(cues, "gathering_nouns", "cues.yaml"),
        guest_envoy_nouns=_set(cues, "guest_envoy_nouns", "cues.yaml"),
        separate_claim_words=_set(cues, "separate_claim_words", "cues.yaml"),
        joint_claim_words=_set(cues, "joint_claim_words", "cues.yaml"),
        held_place_nouns=_set(cues, "held_place_nouns", "cues.yaml"),
        ground_yielding_verbs=_set(cues, "ground_yielding_verbs", "cues.yaml"),
        held_area_nouns=_set(cues, "held_area_nouns", "cues.yaml"),
        held_nouns=_set(cues, "held_place_nouns", "cues.yaml")
        | _set(cues, "held_area_nouns", "cues.yaml"),
        own_state_nouns=_set(cues, "own_state_nouns", "cues.yaml"),
        past_rule_words=_set(cues, "past_rule_words", "cues.yaml"),
        government_force_nouns=_set(cues, "government_force_nouns", "cues.yaml"),
        warring_state_nouns=_set(cues, "warring_state_nouns", "cues.yaml"),
        new_body_adjectives=_set(cues, "new_body_adjectives", "cues.yaml"),
        non_state_force_words=_set(cues, "non_state_force_words", "cues.yaml"),
        accord_title_nouns=_set(cues, "accord_title_nouns", "cues.yaml"),
        past_title_words=_set(cues, "past_title_words", "cues.yaml"),
        force_yielding_verbs=_set(cues, "force_yielding_verbs", "cues.yaml"),
        own_state_modifiers=_set(cues, "own_state_modifiers", "cues.yaml"),
        state_post_modifiers=_set(cues, "state_post_modifiers", "cues.yaml"),
        state_post_nouns=_set(cues, "state_post_nouns", "cues.yaml"),
        venue_event_words=_set(cues, "venue_event_words", "cues.yaml"),
        venue_event_verbs=_set(cues, "venue_event_verbs", "cues.yaml"),
        dying_verbs=_set(cues, "dying_verbs", "cues.yaml"),
        siege_relief_verbs=_set(cues, "siege_relief_verbs", "cues.yaml"),
        siege_nouns=_set(cues, "siege_nouns", "cues.yaml"),
        aid_coming_verbs=_set(cues, "aid_coming_verbs", "cues.yaml"),
        rescue_nouns=_set(cues, "rescue_nouns", "cues.yaml"),
        war_machine_verbs=_set(cues, "war_machine_verbs", "cues.yaml"),
        truce_ending_verbs=_set(cues, "truce_ending_verbs", "cues.yaml"),
        ended_truce_nouns=_set(cues, "ended_truce_nouns", "cues.yaml"),
        truce_failing_verbs=_set(cues, "truce_failing_verbs", "cues.yaml"),
        war_machine_nouns=_set(cues, "war_machine_nouns", "cues.yaml"),
        attack_clause_marks=_set(cues, "attack_clause_marks", "cues.yaml"),
        ground_taking_verbs=_set(cues, "ground_taking_verbs", "cues.yaml"),
        reacting_verbs=_set(cues, "reacting_verbs", "cues.yaml"),
        grievance_preps=_set(cues, "grievance_preps", "cues.yaml"),
        ending_nouns=_set(cues, "ending_nouns", "cues.yaml"),
        truce_naming_nouns=_set(cues, "truce_naming_nouns", "cues.yaml"),
        ground_capture_verbs=_set(cues, "ground_capture_verbs", "cues.yaml"),
        ground_falling_verbs=_set(cues, "ground_falling_verbs", "cues.yaml"),
        ground_holding_verbs=_set(cues, "ground_holding_verbs", "cues.yaml"),
        ground_return_verbs=_set(cues, "ground_return_verbs", "cues.yaml"),
        ground_return_particles=_set(cues, "ground_return_particles", "cues.yaml"),
        operation_leading_verbs=_set(cues, "operation_leading_verbs", "cues.yaml"),
        message_issuing_verbs=_set(cues, "message_issuing_verbs", "cues.yaml"),
        hedged_authorship_verbs=_set(cues, "hedged_authorship_verbs", "cues.yaml"),
        employing_verbs=_set(cues, "employing_verbs", "cues.yaml"),
        ground_nouns=_set(cues, "ground_nouns", "cues.yaml"),
        scant_words=_set(cues, "scant_words", "cues.yaml"),
        conjecture_verbs=_set(cues, "conjecture_verbs", "cues.yaml"),
        conjecture_nouns=_set(cues, "conjecture_nouns", "cues.yaml"),
        leading_out_forms=_set(cues, "leading_out_forms", "cues.yaml"),
        statement_nouns=_set(cues, "statement_nouns", "cues.yaml"),
        ended_arrangement_nouns=_set(cues, "ended_arrangement_nouns", "cues.yaml"),
        misread_oath_forms=_set(cues, "misread_oath_forms", "cues.yaml"),
        sequel_adverbs=_set(cues, "sequel_adverbs", "cues.yaml"),
        forbearing_phrases=_set(cues, "forbearing_phrases", "cues.yaml"),
        intending_phrases=_set(cues, "intending_phrases", "cues.yaml"),
        discussion_preps=_set(cues, "discussion_preps", "cues.yaml"),
        talked_matter_nouns=_set(cues, "talked_matter_nouns", "cues.yaml"),
        condition_idiom_words=_set(cues, "condition_idiom_words", "cues.yaml"),
        truth_conditions=_set(cues, "truth_conditions", "cues.yaml"),
        supposing_verbs=_set(cues, "supposing_verbs", "cues.yaml"),
        awaiting_verbs=_set(cues, "awaiting_verbs", "cues.yaml"),
        clearing_verbs=_set(cues, "clearing_verbs", "cues.yaml"),
        seeming_verbs=_set(cues, "seeming_verbs", "cues.yaml"),
        negated_quantifiers=_set(cues, "negated_quantifiers", "cues.yaml"),
        evidence_nouns=_set(cues, "evidence_nouns", "cues.yaml"),
        residing_verbs=_set(cues, "residing_verbs", "cues.yaml"),
        using_verbs=_set(cues, "using_verbs", "cues.yaml"),
        lodging_nouns=_set(cues, "lodging_nouns", "cues.yaml"),
        owning_participles=_set(cues, "owning_participles", "cues.yaml"),
        associate_nouns=_set(cues, "associate_nouns", "cues.yaml"),
        finding_verbs=_set(cues, "finding_verbs", "cues.yaml"),
        raising_participles=_set(cues, "raising_participles", "cues.yaml"),
        unreal_report_words=_set(cues, "unreal_report_words", "cues.yaml"),
        claim_doubt_adverbs=_set(cues, "claim_doubt_adverbs", "cues.yaml"),
        forcing_verbs=_set(cues, "forcing_verbs", "cues.yaml"),
        defecting_member_nouns=_set(cues, "defecting_member_nouns", "cues.yaml"),
        defecting_rank_nouns=_set(cues, "defecting_rank_nouns", "cues.yaml"),
        member_taking_verbs=_set(cues, "member_taking_verbs", "cues.yaml"),
        group_taking_verbs=_set(cues, "group_taking_verbs", "cues.yaml"),
        handover_nouns=_set(cues, "handover_nouns", "cues.yaml"),
        place_prepositions=_set(cues, "place_prepositions", "cues.yaml"),
        modality_cue_words=frozenset().union(*(modality or {}).values())
        | speech
        | frozenset(cues.get("skepticism") or ())
        | frozenset(_words(cues.get("falsity") or [], "cues.yaml falsity")),
        taken_member_nouns=_set(cues, "taken_member_nouns", "cues.yaml"),
        deadline_giving_verbs=_set(cues, "deadline_giving_verbs", "cues.yaml"),
        deadline_nouns=_set(cues, "deadline_nouns", "cues.yaml"),
        worsening_verbs=_set(cues, "worsening_verbs", "cues.yaml"),
        forecast_words=_set(cues, "forecast_words", "cues.yaml"),
        departure_verbs=_set(cues, "departure_verbs", "cues.yaml"),
        heading_words=_set(cues, "heading_words", "cues.yaml"),
        ordering_verbs=_set(cues, "ordering_verbs", "cues.yaml"),
        false_claim_adverbs=_set(cues, "false_claim_adverbs", "cues.yaml"),
        report_taking_back_verbs=_set(cues, "report_taking_back_verbs", "cues.yaml"),
        report_taking_back_particles=_set(cues, "report_taking_back_particles", "cues.yaml"),
        disowning_verbs=_set(cues, "disowning_verbs", "cues.yaml"),
        report_backtracking_verbs=_set(cues, "report_backtracking_verbs", "cues.yaml"),
        report_dismissing_verbs=_set(cues, "report_dismissing_verbs", "cues.yaml"),
        willing_adjectives=_set(cues, "willing_adjectives", "cues.yaml"),
        plotting_verbs=_set(cues, "plotting_verbs", "cues.yaml"),
        searching_verbs=_set(cues, "searching_verbs", "cues.yaml"),
        deliberation_verbs=_set(cues, "deliberation_verbs", "cues.yaml"),
        objecting_verbs=_set(cues, "objecting_verbs", "cues.yaml"),
        taking_effect_phrases=_set(cues, "taking_effect_phrases", "cues.yaml"),
        scant_quantifiers=_set(cues, "scant_quantifiers", "cues.yaml"),
        escalation_words=_set(cues, "escalation_words", "cues.yaml"),
        negated_adverbs=_set(cues, "negated_adverbs", "cues.yaml"),
        taken_back_reports=_set(cues, "taken_back_reports", "cues.yaml"),
        negating_adverbs=_set(cues, "negating_adverbs", "cues.yaml"),
        falsity_labels=_set(cues, "falsity_labels", "cues.yaml"),
        member_count_nouns=_set(cues, "member_count_nouns", "cues.yaml"),
        negative_implicatives=_set(cues, "negative_implicatives", "cues.yaml"),
        generic_words=_set(cues, "generic_words", "cues.yaml"),
        reporter_doubt_verbs=_set(cues, "reporter_doubt_verbs", "cues.yaml"),
        relaying_verbs=_set(cues, "relaying_verbs", "cues.yaml"),
        reporter_doubt_nouns=_set(cues, "reporter_doubt_nouns", "cues.yaml"),
        concurring_verbs=_set(cues, "concurring_verbs", "cues.yaml"),
        place_holding_verbs=_set(cues, "place_holding_verbs", "cues.yaml"),
        claim_rejecting_verbs=_set(cues, "claim_rejecting_verbs", "cues.yaml"),
        appraised_view_nouns=_set(cues, "appraised_view_nouns", "cues.yaml"),
        dismissive_words=_set(cues, "dismissive_words", "cues.yaml"),
        authored_claim_nouns=_set(cues, "authored_claim_nouns", "cues.yaml"),
        authoring_participles=_set(cues, "authoring_participles", "cues.yaml"),
        alleged_act_nouns=_set(cues, "alleged_act_nouns", "cues.yaml"),
        refusable_aid_nouns=_set(cues, "refusable_aid_nouns", "cues.yaml"),
        verification_verbs=_set(cues, "verification_verbs", "cues.yaml"),
        occurrence_verbs=_set(cues, "occurrence_verbs", "cues.yaml"),
        verification_hedges=_set(cues, "verification_hedges", "cues.yaml"),
        unable_words=_set(cues, "unable_words", "cues.yaml"),
        negating_predicates=_set(cues, "negating_predicates", "cues.yaml"),
        recanting_verbs=_set(cues, "recanting_verbs", "cues.yaml"),
        restricting_words=_set(cues, "restricting_words", "cues.yaml"),
        false_qualifiers=_set(cues, "false_qualifiers", "cues.yaml"),
        false_statement_nouns=_set(cues, "false_statement_nouns", "cues.yaml"),
        ruler_owned_nouns=_set(cues, "ruler_owned_nouns", "cues.yaml"),
        ruler_possessives=_set(cues, "ruler_possessives", "cues.yaml"),
        absurdity_words=_set(cues, "absurdity_words", "cues.yaml"),
        unreal_predicates=_set(cues, "unreal_predicates", "cues.yaml"),
        ruling_out_nouns=_set(cues, "ruling_out_nouns", "cues.yaml"),
        doubt_frame_nouns=_set(cues, "doubt_frame_nouns", "cues.yaml"),
        unreal_comparisons=_set(cues, "unreal_comparisons", "cues.yaml"),
        simulating_verbs=_set(cues, "simulating_verbs", "cues.yaml"),
        picturing_verbs=_set(cues, "picturing_verbs", "cues.yaml"),
        resuming_verbs=_set(cues, "resuming_verbs", "cues.yaml"),
        scheduling_words=_set(cues, "scheduling_words", "cues.yaml"),
        scheduled_completions=_set(cues, "scheduled_completions", "cues.yaml"),
        nominal_adverbs=_set(cues, "nominal_adverbs", "cues.yaml"),
        attributing_verbs=_set(cues, "attributing_verbs", "cues.yaml"),
        culprit_naming_verbs=_set(cues, "culprit_naming_verbs", "cues.yaml"),
        culprit_words=_set(cues, "culprit_words", "cues.yaml"),
        state_held_places=_set(cues, "state_held_places", "cues.yaml"),
        contrary_words=_set(cues, "contrary_words", "cues.yaml"),
        zero_quantities=_set(cues, "zero_quantities", "cues.yaml"),
        belief_nouns=_set(cues, "belief_nouns", "cues.yaml"),
        due_time_nouns=_set(cues, "due_time_nouns", "cues.yaml"),
        unreal_domains=_set(cues, "unreal_domains", "cues.yaml"),
        beginning_verbs=_set(cues, "beginning_verbs", "cues.yaml"),
        likeness_words=_set(cues, "likeness_words", "cues.yaml"),
        taken_back_anchors=_set(cues, "taken_back_anchors", "cues.yaml"),
        retraction_verbs=_set(cues, "retraction_verbs", "cues.yaml"),
        context_bound_member_types=_set(cues, "context_bound_member_types", "cues.yaml"),
        abolishing_verbs=_set(cues, "abolishing_verbs", "cues.yaml"),
        abolished_bodies=_set(cues, "abolished_bodies", "cues.yaml"),
        capacity_nouns=_set(cues, "capacity_nouns", "cues.yaml"),
        setting_preps=_set(cues, "setting_preps", "cues.yaml"),
        stative_copulas=_set(cues, "stative_copulas", "cues.yaml"),
        attempt_verbs=_set(cues, "attempt_verbs", "cues.yaml"),
        attempt_nouns=_set(cues, "attempt_nouns", "cues.yaml"),
        attempt_noun_verbs=_set(cues, "attempt_noun_verbs", "cues.yaml"),
        approval_verbs=_set(cues, "approval_verbs", "cues.yaml"),
        approval_nouns=_set(cues, "approval_nouns", "cues.yaml"),
        act_nouns=_set(cues, "act_nouns", "cues.yaml"),
        media_nouns=_set(cues, "media_nouns", "cues.yaml"),
        published_nouns=_set(cues, "published_nouns", "cues.yaml"),
        end_nouns=_set(cues, "end_nouns", "cues.yaml"),
        ending_relation_nouns=_set(cues, "ending_relation_nouns", "cues.yaml"),
        go_between_nouns=_set(cues, "go_between_nouns", "cues.yaml"),
        flow_nouns=_set(cues, "flow_nouns", "cues.yaml"),
        flow_ending_verbs=_set(cues, "flow_ending_verbs", "cues.yaml"),
        funding_lemmas=_set(cues, "funding_lemmas", "cues.yaml"),
        end_putting_verbs=_set(cues, "end_putting_verbs", "cues.yaml"),
        stirring_verbs=_set(cues, "stirring_verbs", "cues.yaml"),
        condemning_attitudes=_set(cues, "condemning_attitudes", "cues.yaml"),
        doing_verbs=_set(cues, "doing_verbs", "cues.yaml"),
        launching_verbs=_set(cues, "launching_verbs", "cues.yaml"),
        asking_verbs=_set(cues, "asking_verbs", "cues.yaml"),
        redescribing_nouns=_set(cues, "redescribing_nouns", "cues.yaml"),
        acting_on_verbs=_set(cues, "acting_on_verbs", "cues.yaml"),
        supplying_verbs=_set(cues, "supplying_verbs", "cues.yaml"),
        encountering_verbs=_set(cues, "encountering_verbs", "cues.yaml"),
        opposition_nouns=_set(cues, "opposition_nouns", "cues.yaml"),
        far_from_words=_set(cues, "far_from_words", "cues.yaml"),
        spokesman_nouns=_set(cues, "spokesman_nouns", "cues.yaml"),
        office_holder_nouns=_set(cues, "office_holder_nouns", "cues.yaml"),
        front_name_heads=_set(cues, "front_name_heads", "cues.yaml"),
        front_name_modifiers=_set(cues, "front_name_modifiers", "cues.yaml"),
        owner_participles=_set(cues, "owner_participles", "cues.yaml"),
        custody_verbs=_set(cues, "custody_verbs", "cues.yaml"),
        seat_officials=_set(cues, "seat_officials", "cues.yaml"),
        office_bodies=_set(cues, "office_bodies", "cues.yaml"),
        city_part_nouns=_set(cues, "city_part_nouns", "cues.yaml"),
        group_kind_nouns=_set(cues, "group_kind_nouns", "cues.yaml"),
        appositive_group_nouns=_set(cues, "appositive_group_nouns", "cues.yaml"),
        response_verbs={
            str(k).lower(): str(v) for k, v in (cues.get("response_verbs") or {}).items()
        },
        answered_act_nouns={
            str(k).lower(): frozenset(str(v).lower() for v in vs)
            for k, vs in (cues.get("answered_act_nouns") or {}).items()
        },  # fmt: skip
        answered_violence_nouns={
            str(k).lower(): frozenset(str(v).lower() for v in vs)
            for k, vs in (cues.get("answered_violence_nouns") or {}).items()
        },  # fmt: skip
        violence_judging_predicates=_set(cues, "violence_judging_predicates", "cues.yaml"),
        judging_speech_verbs=_set(cues, "judging_speech_verbs", "cues.yaml"),
        captive_exchange_nouns=_set(cues, "captive_exchange_nouns", "cues.yaml"),
        governing_nouns=_set(cues, "governing_nouns", "cues.yaml"),
        plot_nouns=_set(cues, "plot_nouns", "cues.yaml"),
        premises_closing_verbs=_set(cues, "premises_closing_verbs", "cues.yaml"),
        premises_nouns=_set(cues, "premises_nouns", "cues.yaml"),
        premises_closing_nouns=_set(cues, "premises_closing_nouns", "cues.yaml"),
        giving_carrier_nouns=_set(cues, "giving_carrier_nouns", "cues.yaml"),
        condition_marks=_set(cues, "condition_marks", "cues.yaml"),
        commissioning_verbs=_set(cues, "commissioning_verbs", "cues.yaml"),
        payment_verbs=_set(cues, "payment_verbs", "cues.yaml"),
        errand_verbs=_set(cues, "errand_verbs", "cues.yaml"),
        arranged_for_verbs=_set(cues, "arranged_for_verbs", "cues.yaml"),
        placed_part_nouns=_set(cues, "placed_part_nouns", "cues.yaml"),
        money_nouns=_set(cues, "money_nouns", "cues.yaml"),
        permission_nouns=_set(cues, "permission_nouns", "cues.yaml"),
        exile_nouns=_set(cues, "exile_nouns", "cues.yaml"),
        purpose_giving_verbs=_set(cues, "purpose_giving_verbs", "cues.yaml"),
        obeying_verbs=_set(cues, "obeying_verbs", "cues.yaml"),
        order_nouns=_set(cues, "order_nouns", "cues.yaml"),
        agency_nouns=_set(cues, "agency_nouns", "cues.yaml"),
        agency_active_verbs=_set(cues, "agency_active_verbs", "cues.yaml"),
        agency_passive_verbs=_set(cues, "agency_passive_verbs", "cues.yaml"),
        follower_nouns=_set(cues, "follower_nouns", "cues.yaml"),
        loyalty_words=_set(cues, "loyalty_words", "cues.yaml"),
        loyal_people_nouns=_set(cues, "loyal_people_nouns", "cues.yaml"),
        issuing_verbs=_set(cues, "issuing_verbs", "cues.yaml"),
        issuer_pronouns=_set(cues, "issuer_pronouns", "cues.yaml"),
        expletive_verbs=_set(cues, "expletive_verbs", "cues.yaml"),
        tied_unit_nouns=_set(cues, "tied_unit_nouns", "cues.yaml"),
        command_nouns=_set(cues, "command_nouns", "cues.yaml"),
        bare_help_verbs=_set(cues, "bare_help_verbs", "cues.yaml"),
        truce_ceasing_verbs=_set(cues, "truce_ceasing_verbs", "cues.yaml"),
        sole_agency_words=_set(cues, "sole_agency_words", "cues.yaml"),
        joint_working_verbs=_set(cues, "joint_working_verbs", "cues.yaml"),
        joint_working_preps=_set(cues, "joint_working_preps", "cues.yaml"),
        reciprocal_objects=_set(cues, "reciprocal_objects", "cues.yaml"),
        weapon_yielding_verbs=_set(cues, "weapon_yielding_verbs", "cues.yaml"),
        ranks_serving_verbs=_set(cues, "ranks_serving_verbs", "cues.yaml"),
        ranks_nouns=_set(cues, "ranks_nouns", "cues.yaml"),
        led_body_joining_verbs=_set(cues, "led_body_joining_verbs", "cues.yaml"),
        state_command_nouns=_set(cues, "state_command_nouns", "cues.yaml"),
        role_nouns=_set(cues, "role_nouns", "cues.yaml"),
        blame_verbs=_pairs(cues, "blame_verbs"),
        waning_verbs=_set(cues, "waning_verbs", "cues.yaml"),
        appointing_words=_set(cues, "appointing_words", "cues.yaml"),
        becoming_verbs=_set(cues, "becoming_verbs", "cues.yaml"),
        approving_attitudes=_set(cues, "approving_attitudes", "cues.yaml"),
        opposing_attitudes=_set(cues, "opposing_attitudes", "cues.yaml"),
        letting_verbs=_set(cues, "letting_verbs", "cues.yaml"),
        causative_verbs=_set(cues, "causative_verbs", "cues.yaml"),
        death_nouns=_set(cues, "death_nouns", "cues.yaml"),
        post_nouns=_set(cues, "post_nouns", "cues.yaml"),
        proposing_verbs=_set(cues, "proposing_verbs", "cues.yaml"),
        warning_nouns=_set(cues, "warning_nouns", "cues.yaml"),
        anticipation_phrases=_set(cues, "anticipation_phrases", "cues.yaml"),
        leader_kin_nouns=_set(cues, "leader_kin_nouns", "cues.yaml"),
        warning_passing_verbs=_set(cues, "warning_passing_verbs", "cues.yaml"),
        refusal_nouns=_set(cues, "refusal_nouns", "cues.yaml"),
        aid_denial_nouns=_set(cues, "aid_denial_nouns", "cues.yaml"),
        refusal_particle_verbs={
            str(k).lower(): str(v).lower()
            for k, v in (cues.get("refusal_particle_verbs") or {}).items()
        },
        pro_verbs=_set(cues, "pro_verbs", "cues.yaml"),
        likewise_marks=_set(cues, "likewise_marks", "cues.yaml"),
        clash_setting_preps=_set(cues, "clash_setting_preps", "cues.yaml"),
        shared_assets=_set(cues, "shared_assets", "cues.yaml"),
        sharing_verbs=_set(cues, "sharing_verbs", "cues.yaml"),
        same_side_nouns=_set(cues, "same_side_nouns", "cues.yaml"),
        same_front_nouns=_set(cues, "same_front_nouns", "cues.yaml"),
        same_front_verbs=_set(cues, "same_front_verbs", "cues.yaml"),
        sameness_adjectives=_set(cues, "sameness_adjectives", "cues.yaml"),
        inside_preps=_set(cues, "inside_preps", "cues.yaml"),
        coming_verbs=_set(cues, "coming_verbs", "cues.yaml"),
        leaver_body_nouns=_set(cues, "leaver_body_nouns", "cues.yaml"),
        leaver_unit_nouns=_set(cues, "leaver_unit_nouns", "cues.yaml"),
        holding_verbs=_set(cues, "holding_verbs", "cues.yaml"),
        held_posts=_set(cues, "held_posts", "cues.yaml"),
        origin_people_nouns=_set(cues, "origin_people_nouns", "cues.yaml"),
        participation_phrases=frozenset(
            tuple(str(p).lower().split()) for p in cues.get("participation_phrases") or ()
        ),
        companion_adverbs=_set(cues, "companion_adverbs", "cues.yaml"),
        body_leading_verbs=_set(events, "body_leading_verbs", "events.yaml"),
        clash_setting_nouns=_set(cues, "clash_setting_nouns", "cues.yaml"),
        operation_name_heads=_set(cues, "operation_name_heads", "cues.yaml"),
        member_list_preps=_set(cues, "member_list_preps", "cues.yaml"),
        prohibition_background_preps=_set(cues, "prohibition_background_preps", "cues.yaml"),
        doubt_nouns=_set(cues, "doubt_nouns", "cues.yaml"),
        doubt_removers=_set(cues, "doubt_removers", "cues.yaml"),
        intelligence_nouns=_set(cues, "intelligence_nouns", "cues.yaml"),
        intelligence_passing_verbs=_set(cues, "intelligence_passing_verbs", "cues.yaml"),
        intelligence_sharing_verbs=_set(cues, "intelligence_sharing_verbs", "cues.yaml"),
        intelligence_mutual_verbs=_set(cues, "intelligence_mutual_verbs", "cues.yaml"),
        past_tie_adverbs=_set(cues, "past_tie_adverbs", "cues.yaml"),
        factive_verbs=_set(cues, "factive_verbs", "cues.yaml"),
        dwelling_nouns=_set(cues, "dwelling_nouns", "cues.yaml"),
        masterminding_verbs=_set(cues, "masterminding_verbs", "cues.yaml"),
        tolerance_idioms=_set(cues, "tolerance_idioms", "cues.yaml"),
        places=_places(nominals),
        threat_conditions=frozenset(str(w).lower() for w in cues.get("threat_conditions") or ()),
        dependence_things={
            str(k).lower(): (str(v).lower() if v else None)
            for k, v in (cues.get("dependence_things") or {}).items()
        },
        refusal_idioms=_set(cues, "refusal_idioms", "cues.yaml"),
        refusal_idiom_preps=_set(cues, "refusal_idiom_preps", "cues.yaml"),
        delayed_start_preps=_set(cues, "delayed_start_preps", "cues.yaml"),
        revenge_words=_set(cues, "revenge_words", "cues.yaml"),
        misread_gerunds=_pairs(events, "misread_gerunds"),
        addressed_appeals=_set(cues, "addressed_appeals", "cues.yaml"),
        desecrating_verbs=_set(cues, "desecrating_verbs", "cues.yaml"),
        symbol_nouns=_set(cues, "symbol_nouns", "cues.yaml"),
        extraposed_hearsay=_set(cues, "extraposed_hearsay", "cues.yaml"),
        purpose_undoing_verbs=_set(cues, "purpose_undoing_verbs", "cues.yaml"),
        purpose_plan_nouns=_set(cues, "purpose_plan_nouns", "cues.yaml"),
        refused_offer_verbs=_set(cues, "refused_offer_verbs", "cues.yaml"),
        security_property_nouns=frozenset(
            _words(
                nominals.get("security_property_nouns") or [],
                "nominals.yaml security_property_nouns",
            )
        ),  # fmt: skip
    )


def noun_entries(lex: Lexicon, word: str) -> list[dict[str, Any]]:
    """The lexicon's noun entries for ``word`` (lower case) and, when it ends in "s", for the
    word without it ("accords": accord), in that order.

    >>> [e["type"] for e in noun_entries(load(), "accords")]
    ['AGREE']
    >>> noun_entries(load(), "brigade")
    []
    """
    forms = [word] if not word.endswith("s") else [word, word[:-1]]
    return [lex.nouns[w] for w in forms if w in lex.nouns]


def provenance(entry: dict[str, Any], key: str) -> str:
    """The explanation line naming where a lexicon entry came from.

    >>> provenance({"type": "AID", "source": "riftwatch"}, "shelter")
    "entry: riftwatch (events.yaml 'shelter')"
    >>> provenance({"type": "ASSAULT", "source": "petrarch2", "cameo": "190", "line": 12}, "raid")
    "entry: petrarch2 (CAMEO.2.0.txt line 12, CAMEO 190: 'raid')"
    """
    if entry.get("source") == OWN:
        return f"entry: {OWN} (events.yaml '{key}')"
    if entry.get("source") == f"{OWN} nominals":
        return f"entry: {OWN} (nominals.yaml '{key}')"
    return (f"entry: {entry.get('source')} (CAMEO.2.0.txt line {entry.get('line')}, "
            f"CAMEO {entry.get('cameo')}: '{key}')")  # fmt: skip


def _stance(events: dict[str, Any], key: str) -> frozenset[str]:
    """The words of one table of ``relation_stance`` (word -> its reason, which must be given).

    >>> "rival" in load().hostile_adjectives, "withdraw" in load().ending_from_verbs
    (True, True)
    """
    table = (events.get("relation_stance") or {}).get(key) or {}
    where = f"events.yaml relation_stance.{key}"
    if not isinstance(table, dict):
        raise NLPError("RW201", path=where, detail="expected word: reason")
    for word, reason in table.items():
        if not isinstance(word, str) or not isinstance(reason, str) or not reason.strip():
            raise NLPError("RW201", path=where, detail=f"{word!r}: give a word and its reason")
    return frozenset(str(w).lower() for w in table)


def _pairs(data: dict[str, Any], key: str) -> dict[str, str]:
    """A word -> word map of a lexicon file (``blame_verbs``, ``imminence``...), lower-cased.

    >>> _pairs({"blame_verbs": {"Blame": "On"}}, "blame_verbs")
    {'blame': 'on'}
    >>> _pairs({}, "blame_verbs")
    {}
    """
    return {str(k).lower(): str(v).lower() for k, v in (data.get(key) or {}).items()}


def _undone_hostile(nominals: dict[str, Any]) -> dict[str, str]:
    """nominals.yaml ``undone_hostile_types``: event type -> ``measure`` or ``act``.

    >>> _undone_hostile({"undone_hostile_types": {"SANCTION": "measure", "ASSAULT": "act"}})
    {'SANCTION': 'measure', 'ASSAULT': 'act'}
    """
    table = {str(k): str(v) for k, v in (nominals.get("undone_hostile_types") or {}).items()}
    wrong = {k: v for k, v in table.items() if v not in ("measure", "act")}
    if wrong:
        raise ValueError(
            f"nominals.yaml undone_hostile_types: kinds must be measure or act: {wrong}"
        )
    return table


def _set(data: dict[str, Any], key: str, where: str) -> frozenset[str]:
    """A list of words under ``key`` (lower case), checked like every other word list."""
    return frozenset(w.lower() for w in _words(data.get(key) or [], f"{where} {key}"))


@cache
def _calibration_bins() -> tuple[tuple[float, float, float], ...]:
    path = resources.files(__name__).joinpath("calibration.yaml")
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return tuple((float(b["low"]), float(b["high"]), float(b["probability"]))
                 for b in data.get("bins") or ())  # fmt: skip


def calibrated(raw: float) -> float:
    """The calibrated confidence for a raw evidence score (benchmarks/calibrate.py fits it).

    >>> 0.0 < calibrated(0.85) <= 1.0
    True
    """
    for low, high, probability in _calibration_bins():
        if low <= raw < high or (raw >= high and high >= 1.0):
            return probability
    return raw


__all__ = [
    "CONFLICTUAL",
    "COOPERATIVE",
    "OWN",
    "PLOVER_TYPES",
    "Lexicon",
    "calibrated",
    "load",
    "noun_entries",
    "provenance",
]
