"""Withdrawals, orders to shun, sending away, split particles and allegations.

Classes of written reporting about alliances (issue 9), each on invented sentences: the end
of cooperation ("no longer funds") is an asserted withdrawal; a group's order to its own
people to shun another is that group's rejection; "turned away X" rejects X; a phrasal
particle that the parser hangs on the object still counts; a group known by a family name
stands for the group before a member noun; a parenthetical "an official alleged" leaves the
event uncertain. Each positive form is paired with a form that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events

AQ, TALIBAN, HAQQANI, ISI = (
    "Al Qaeda",
    "Afghan Taliban",
    "Haqqani Network",
    ("Inter-Services Intelligence"),
)


def events(text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event coded in ``text``."""
    return named_events(text, "2010-08-02")


def asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in events(text) if m == "asserted"}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("The ISI no longer funds the Haqqani network, officials in Kabul said.", ISI, HAQQANI),
        ("Afghan Taliban commanders do not shelter Al Qaeda members anymore.", TALIBAN, AQ),
        ("The Taliban no longer receive money from Al Qaeda, a diplomat said.", AQ, TALIBAN),
    ],
)
def test_cooperation_that_ended_is_an_asserted_withdrawal(
    text: str, giver: str, receiver: str
) -> None:
    assert (giver, "REJECT", receiver) in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ISI did not fund the Haqqani network last year.",
        "If the ISI no longer funds the Haqqani network, the network will weaken.",
        "Officials doubt that the ISI no longer funds the Haqqani network.",
    ],
)
def test_a_plain_or_conditional_negation_is_no_withdrawal(text: str) -> None:
    assert (ISI, "REJECT", HAQQANI) not in asserted(text)
    assert (ISI, "AID", HAQQANI) not in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban leaders ordered their commanders to stop meeting Al Qaeda envoys.",
        "Taliban leaders forbade their fighters from meeting Al Qaeda members.",
    ],
)
def test_a_groups_order_to_its_own_people_to_shun_another_is_its_rejection(text: str) -> None:
    found = asserted(text)
    assert (TALIBAN, "REJECT", AQ) in found
    assert (TALIBAN, "CONSULT", AQ) not in found  # the forbidden meeting did not happen


def test_an_order_given_to_another_group_or_not_given_asserts_no_rejection() -> None:
    assert (TALIBAN, "REJECT", AQ) not in asserted(
        "The ISI ordered the Taliban to stop meeting Al Qaeda envoys."
    )
    assert (TALIBAN, "REJECT", AQ) not in asserted(
        "Taliban leaders did not order their commanders to stop meeting Al Qaeda envoys."
    )


def test_turning_someone_away_rejects_them() -> None:
    assert (TALIBAN, "REJECT", AQ) in asserted(
        "Mullah Omar's deputies have turned away Al Qaeda envoys who asked for money."
    )
    assert (TALIBAN, "REJECT", AQ) not in asserted(
        "Taliban commanders did not turn away Al Qaeda envoys."
    )


def test_a_particle_hung_on_the_object_still_completes_the_verb() -> None:
    assert (TALIBAN, "COERCE", AQ) in asserted(
        "Taliban commanders handed two Al Qaeda fighters over to Afghan police."
    )


def test_a_family_named_group_before_a_member_noun() -> None:
    assert (AQ, "AID", HAQQANI) in asserted(
        "Al Qaeda has sent bomb makers to train Haqqani recruits."
    )
    # the bare family name alone is not the group
    assert not {e for e in events("Al Qaeda has sent bomb makers to Haqqani.") if e[2] == HAQQANI}


def test_a_parenthetical_allegation_leaves_the_event_uncertain() -> None:
    text = "The ISI tipped off the Haqqani network about a planned raid, a U.S. official alleged."
    assert (ISI, "AID", HAQQANI, "uncertain") in events(text)
    said = "The ISI tipped off the Haqqani network about a planned raid, a U.S. official said."
    assert (ISI, "AID", HAQQANI) in asserted(said)


def test_what_a_rejected_call_asked_for_did_not_happen() -> None:
    found = events(
        "Sirajuddin Haqqani has rejected calls from Islamabad to cut ties with Al Qaeda."
    )
    assert not {e for e in found if e[0] == HAQQANI and e[2] == AQ and e[3] == "asserted"}


def test_a_belief_nobody_owns_is_uncertain_a_report_is_not() -> None:
    believed = events("Some Taliban commanders are believed to be helping Al Qaeda militants.")
    assert (TALIBAN, "AID", AQ, "uncertain") in believed
    assert (HAQQANI, "AID", AQ) in asserted(
        "U.S. officials said the Haqqani network sheltered Al Qaeda leaders."
    )


def test_warned_or_prevented_from_acting_and_who_would_have_acted() -> None:
    own = asserted(
        "The Taliban leadership warned its commanders against cooperating with Al Qaeda."
    )
    assert (TALIBAN, "REJECT", AQ) in own and (TALIBAN, "COOPERATE", AQ) not in own
    other = events("The ISI warned the Afghan Taliban against cooperating with Al Qaeda.")
    assert (TALIBAN, "COOPERATE", AQ, "hypothetical") in other  # the Taliban would cooperate
    assert not {e for e in other if e[2] == AQ and e[3] == "asserted"}
    prevented = events("The ISI prevented the Afghan Taliban from meeting Al Qaeda.")
    assert (TALIBAN, "CONSULT", AQ, "negated") in prevented


def test_generic_fighters_tied_to_a_group_are_that_groups_people() -> None:
    assert (TALIBAN, "COERCE", AQ) in asserted(
        "The Taliban have expelled foreign fighters linked to Al Qaeda from parts of Helmand."
    )
    assert ("Pakistan Army", "ASSAULT", HAQQANI) in asserted(
        "Pakistani troops killed militants loyal to the Haqqani network in Kurram."
    )


def test_withdrawing_help_is_a_withdrawal_unless_only_possible() -> None:
    found = asserted("The ISI withdrew its support for the Haqqani network.")
    # a withdrawal (REJECT) or a reduction of relations (SANCTION, CAMEO 16): hostile either way
    assert {(ISI, "REJECT", HAQQANI), (ISI, "SANCTION", HAQQANI)} & found
    maybe = events("The ISI may withdraw its support for the Haqqani network.")
    assert not {e for e in maybe if e[0] == ISI and e[3] == "asserted"}


def test_moving_a_guest_out_of_harms_way_is_no_expulsion() -> None:
    kept = asserted(
        "Haqqani commanders moved Al Qaeda members out of guest houses as a precaution."
    )
    assert (HAQQANI, "COERCE", AQ) not in kept and (HAQQANI, "REJECT", AQ) not in kept
    assert (HAQQANI, "REJECT", AQ) not in asserted(
        "Haqqani commanders moved Al Qaeda members away from the border."
    )
    assert ("villagers", "COERCE", AQ) in asserted(
        "Villagers drove Al Qaeda fighters out of the valley."
    )


def test_coordinated_group_names_before_one_member_noun_are_each_a_party() -> None:
    met = asserted("Taliban and Haqqani leaders met in Quetta to discuss the talks.")
    assert (TALIBAN, "CONSULT", HAQQANI) in met and (HAQQANI, "CONSULT", TALIBAN) in met


def test_appointing_another_groups_man_backs_his_group() -> None:
    text = "Al Qaeda appointed a Haqqani commander as its military chief for the eastern region."
    assert (AQ, "SUPPORT", HAQQANI) in asserted(text)
    maybe = "Al Qaeda may appoint a Haqqani commander as its military chief."
    assert (AQ, "SUPPORT", HAQQANI) not in asserted(maybe)


def test_a_claimed_attack_named_in_a_relative_clause_is_the_claimants() -> None:
    text = (
        "The Islamic State claimed responsibility for the bombing that killed 12 Taliban fighters."
    )
    assert ("Islamic State", "ASSAULT", TALIBAN) in asserted(text)
    denied = (
        "The Islamic State denied responsibility for the bombing that killed 12 Taliban fighters."
    )
    assert ("Islamic State", "ASSAULT", TALIBAN) not in asserted(denied)


def test_the_target_of_a_joint_raid_hung_on_the_partner() -> None:
    text = (
        "Pakistani forces conducted a joint raid with U.S. troops against Al Qaeda in Waziristan."
    )
    found = asserted(text)
    assert ("Pakistan Army", "ASSAULT", AQ) in found and ("U.S. military", "ASSAULT", AQ) in found


def test_the_purpose_of_received_help_is_no_party() -> None:
    text = "Jemaah Islamiyah received funding from al-Qaeda for its bombings."
    assert (AQ, "AID", "Jemaah Islamiyah") in asserted(text)


def test_cutting_material_help_is_an_asserted_sanction_unless_only_possible() -> None:
    assert ("Iran", "SANCTION", "Iraq") in asserted("Iran cut loans to Iraq.")
    assert ("Iran", "SANCTION", "Iraq") not in asserted("Iran may cut loans to Iraq.")
