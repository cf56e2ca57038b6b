"""Written reports, round 10 (issue 9, helper written10): mechanisms found on round10_work,
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events


# -- a refusal noun owned by its refuser: "X's refusal to hand over Y's men to Z" -------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban's refusal to hand over Al Qaeda's couriers to the Americans delayed the "
         "talks.", "Taliban", "United States"),
        ("Jamaat-ud-Dawa's refusal to surrender its guards to the Punjab police angered Lahore.",
         "Jamaat-ud-Dawa", "police"),
        ("The Haqqani network's refusal to shelter Islamic State defectors was noted in Kabul.",
         "Haqqani", "Islamic State"),
    ],
)  # fmt: skip
def test_a_refusal_noun_rejects_like_the_verb(text: str, source: str, target: str) -> None:
    found = named_events(text)
    assert has(found, source, "REJECT", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Officials denied reports of the Taliban's refusal to hand over Al Qaeda's couriers "
         "to the Americans.", "Taliban", "United States"),
        ("The Haqqani network's alleged refusal to shelter Islamic State defectors was never "
         "confirmed.", "Haqqani", "Islamic State"),
        ("The Taliban's refusal to break with Al Qaeda puzzled the envoys.", "Taliban", "Qaeda"),
    ],
)  # fmt: skip
def test_a_refusal_noun_denied_hedged_or_of_an_ending_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    assert not asserted_between(named_events(text), source, target)


# -- "X pledged loyalty to Y, as did Z": the pro-verb repeats the act ---------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Al Qaeda pledged allegiance to Mullah Omar in 1998, as did the Haqqani network.",
         "Haqqani", "SUPPORT", "Taliban"),
        ("The TTP attacked Frontier Corps posts in Khyber in 2012, as did Lashkar-e-Islam.",
         "Lashkar-e-Islam", "ASSAULT", "Frontier Corps"),
    ],
)  # fmt: skip
def test_as_did_repeats_the_act_for_its_subject(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda did not pledge allegiance to the Islamic State, and neither did the Haqqani "
        "network.",
        "Al Qaeda may have pledged allegiance to the Islamic State, as did the Haqqani network.",
    ],
)
def test_as_did_keeps_the_main_acts_modality(text: str) -> None:
    assert not asserted_between(named_events(text), "Haqqani", "Islamic State")


# -- "X killed Y's fighters in clashes": a clash is fought both ways ---------------------------
def test_an_attack_in_clashes_runs_both_ways() -> None:
    found = named_events("Pakistani troops killed nine TTP militants during clashes in Tirah.")
    assert has(found, "Pakistan", "ASSAULT", "Tehrik"), found
    assert has(found, "Tehrik", "ASSAULT", "Pakistan"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops did not kill any TTP militants in the clashes in Tirah.",
        # an encounter (South Asian usage) is a one-sided operation
        "Pakistani troops killed nine TTP militants in an encounter in Tirah.",
    ],
)
def test_no_reverse_attack_for_a_negated_clash_or_an_encounter(text: str) -> None:
    assert not asserted_between(named_events(text), "Tehrik", "Pakistan")


# -- "X fought Y with arms supplied by Z": Z gives to X ------------------------------------------
def test_means_supplied_by_an_agent_are_aid_to_the_subject() -> None:
    found = named_events("Villagers fought the Islamic State in Achin with rifles provided by "
                         "the NDS.")  # fmt: skip
    assert has(found, "Afghan", "AID", "villagers"), found


@pytest.mark.parametrize(
    "text",
    [
        "Villagers may have fought the Islamic State in Achin with rifles provided by the NDS.",
        "Villagers did not fight the Islamic State with rifles provided by the NDS.",
    ],
)
def test_means_supplied_in_a_hedged_or_negated_clause_are_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text), "Afghan", "villagers")


# -- "launched Operation Z against Y": an operation's name is no party ---------------------------
def test_a_named_operation_is_no_party_its_against_phrase_is() -> None:
    found = named_events("The army launched Operation Rah-e-Nijat against the TTP in 2009.")
    assert has(found, "Pakistan", "ASSAULT", "Tehrik"), found
    assert not any("Operation" in s or "Operation" in t for s, _g, t, _m in found), found


def test_a_named_operation_not_launched_is_not_asserted() -> None:
    found = named_events("The army did not launch Operation Rah-e-Nijat against the TTP.")
    assert not asserted_between(found, "Pakistan", "Tehrik")


# -- "X passed dossiers on W to Y": intelligence sharing -------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ISI passed intelligence on Al Qaeda couriers to the CIA in 2010, officials said.",
         "Inter-Services", "Central Intelligence"),
        ("The NDS passed names of Haqqani commanders to the ISI.", "Afghan", "Inter-Services"),
    ],
)  # fmt: skip
def test_information_passed_on_is_intelligence_aid(text: str, source: str, target: str) -> None:
    found = named_events(text)
    assert has(found, source, "AID", target), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI may have passed intelligence on Al Qaeda couriers to the CIA.",
        "The ISI never passed intelligence on Al Qaeda couriers to the CIA, officials said.",
        "Pakistani officials denied that the ISI had passed intelligence to the CIA.",
    ],
)
def test_information_passed_hedged_negated_or_denied_is_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text), "Inter-Services", "Central Intelligence")


# -- "defected to Y, among them its spokesman": a listed member is no object ------------------
def test_a_member_listed_after_among_them_is_not_an_object() -> None:
    found = named_events("Several TTP commanders defected to the Islamic State in 2015, among "
                         "them the movement's spokesman.", "2015-06-01")  # fmt: skip
    # prec52: commanders who defect take no TTP SUPPORT of IS with them (the TTP loses them);
    # what this test guards stays: the listed spokesman makes no split from IS
    assert not has(found, "Tehrik", "SUPPORT", "Islamic State"), found
    assert not asserted_between(
        {e for e in found if e[1] == "REJECT"}, "Tehrik", "Islamic State"
    ), found


# -- "X paid and armed Y": a past form read as an adjective is the second verb ---------------
def test_a_coordinated_past_form_read_as_an_adjective_is_a_verb() -> None:
    found = named_events("The ISI paid and armed tribal militias in Bajaur, officials said.")
    assert has(found, "Inter-Services", "AID", "tribes"), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI may have paid and armed tribal militias in Bajaur.",
        "The ISI never paid and armed tribal militias in Bajaur.",
        "Officials denied that the ISI paid and armed tribal militias in Bajaur.",
    ],
)
def test_a_coordinated_past_form_keeps_the_predicates_modality(text: str) -> None:
    assert not asserted_between(named_events(text), "Inter-Services", "tribes")


# -- "a campaign against the TTP and its allies": the allies are the TTP's, not the army's ----
@pytest.mark.parametrize(
    "text",
    [
        "The army stepped up its campaign against the TTP and its allies in Khyber.",
        "The army launched an offensive against the Haqqani network and its partners.",
    ],
)
def test_a_relation_noun_beside_a_target_is_no_tie_of_the_subject(text: str) -> None:
    found = named_events(text)
    assert not {e for e in asserted_between(found, "Pakistan", "") if e[1] == "COOPERATE"}, found


# -- "banned its commanders from contact with Y": an order to shun ---------------------------
def test_a_ban_on_contact_is_an_order_to_shun() -> None:
    found = named_events("The Taliban leadership banned its commanders from contact with "
                         "Islamic State fighters.")  # fmt: skip
    assert has(found, "Taliban", "REJECT", "Islamic State"), found
    assert not has(found, "Taliban", "COOPERATE", "Islamic State"), found


def test_no_ban_on_contact_asserts_nothing() -> None:
    found = named_events("The Taliban leadership has not banned its commanders from contact "
                         "with Islamic State fighters.")  # fmt: skip
    assert not asserted_between(found, "Taliban", "Islamic State"), found


@pytest.mark.parametrize("verb", ["banned", "barred", "prohibited"])
def test_a_time_phrase_on_a_prohibition_is_background(verb: str) -> None:
    found = named_events(f"Pakistan {verb} the TTP after its attacks on the army.")
    assert has(found, "Tehrik", "ASSAULT", "Pakistan"), found


# -- "there is little doubt that X trained Y": the doubt is taken away -------------------------
@pytest.mark.parametrize("word", ["little", "no"])
def test_a_doubt_taken_away_does_not_hedge(word: str) -> None:
    found = named_events(f"There is {word} doubt that the ISI funded the Haqqani network.")
    assert has(found, "Inter-Services", "AID", "Haqqani"), found


@pytest.mark.parametrize(
    "text",
    [
        "There is some doubt that the ISI funded the Haqqani network.",
        "There are doubts that the ISI funded the Haqqani network.",
        "It may be that there is no doubt that the ISI funded the Haqqani network.",
    ],
)
def test_a_doubt_that_stands_or_is_itself_hedged_is_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text), "Inter-Services", "Haqqani")
