"""World-news constructions of issue 9, round 17 (peers17), on invented sentences.

- A that-clause the parser hangs on the verb whose object is a noun of demanding ("renewed
  its call on Friday that Y withdraw", "reiterated its demand today that Y release"): the
  clause is what the demand asks for, never an act the verb reports (hypothetical), and the
  demand is a REQUEST from its owner to the clause's subject.
- A withdrawal a party says it will make unless another party acts is an ultimatum: a
  THREATEN from the party to the place it leaves and to the party the condition is on.

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2004-06-09")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya renewed its call on Friday that Uganda withdraw its troops from the border.",
         "Kenya", "Uganda"),
        ("Ghana reiterated its demand today that Togo release the detained traders.",
         "Ghana", "Togo"),
        ("Peru repeated its appeal on Monday that Chile return the seized fishing boats.",
         "Peru", "Chile"),
    ],
)  # fmt: skip
def test_a_demand_whose_clause_hangs_on_the_verb_is_a_request(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "REQUEST", target), found
    assert not any(e[1] != "REQUEST" for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana reiterated its demand today that Togo release the detained traders.",
        "Kenya renewed its call on Friday that Uganda end its blockade of the border.",
        "Peru repeated its appeal on Monday that Chile lift sanctions on Bolivia.",
    ],
)
def test_the_demanded_act_is_never_asserted(text: str) -> None:
    found = events(text)
    assert not [e for e in asserted(found) if e[1] != "REQUEST"], found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not renew its call on Friday that Uganda withdraw its troops.",
        "Kenya may renew its call on Friday that Uganda withdraw its troops.",
    ],
)
def test_a_negated_or_hedged_demand_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])


def test_a_demand_of_nobody_named_is_no_request_of_the_verbs_subject() -> None:
    assert_events(
        events("Ghana rejected the demand today that Togo release the detained traders."),
        gives_not=[("", ("REQUEST", "RETREAT"), "")],
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya announced that it will withdraw its troops from Somalia unless the Somali "
         "government holds elections within a month.", "Kenya", "Somali"),
        ("Ghana said it would withdraw its monitors from Togo unless the Togolese "
         "government freed the opposition leaders.", "Ghana", "Togo"),
        ("Nigeria will withdraw its contingent from Liberia unless the Liberian government "
         "signs the accord.", "Nigeria", "Liberia"),
    ],
)  # fmt: skip
def test_a_withdrawal_unless_another_party_acts_is_a_threat(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "THREATEN", target), found
    assert not has(found, source, "RETREAT", target), found  # the withdrawal is only future


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it will not withdraw its troops from Somalia unless the Somali "
        "government asks it to.",
        "Kenya said it may withdraw its troops from Somalia unless the Somali government "
        "holds elections.",
        "Kenya denied that it will withdraw its troops from Somalia unless the Somali "
        "government holds elections.",
        "Kenya will withdraw its troops from Somalia if the Somali government asks it to.",
    ],
)
def test_a_negated_hedged_denied_or_plain_conditional_withdrawal_threatens_nothing(
    text: str,
) -> None:
    assert_events(events(text), gives_not=[("", "THREATEN", ""), ("", "RETREAT", "")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana contributed 800 troops to an international peace-keeping force in Liberia.",
         "asserted"),
        ("Kenya sent soldiers to the peace-keeping mission in Somalia.", "asserted"),
        ("Ghana is ready to contribute troops to a peace-keeping force in Liberia.", "future"),
    ],
)  # fmt: skip
def test_a_hyphenated_peace_keeping_force_is_peacekeeping_aid(text: str, modality: str) -> None:
    found = events(text)
    assert any(e[1] == "AID" and e[3] == modality for e in found), found
    assert not any(e[1] == "MOBILIZE" for e in found), found


def test_troops_not_contributed_to_a_peace_keeping_force_are_not_asserted() -> None:
    assert_events(
        events("Ghana did not contribute troops to a peace-keeping force in Liberia."),
        gives_not=[ANYTHING],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Orange Movement blocked roads to press their demands on the Kenyan "
        "government.",
        "Supporters of the Orange Movement barricaded the streets of Nairobi to demand the "
        "resignation of the Kenyan government.",
        "The Orange Movement blocked the main highway on Monday in protest at the Kenyan "
        "government's new tax.",
    ],
)
def test_an_obstruction_with_an_aim_is_a_protest(text: str) -> None:
    assert_events(events(text), gives=[("Orange Movement", "PROTEST", "Kenya")])


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Orange Movement did not block roads to press their demands on the "
        "Kenyan government.",
        "Members of the Orange Movement may block roads to press their demands on the Kenyan "
        "government.",
        "The Orange Movement threatened to block roads to press its demands on the Kenyan "
        "government.",
    ],
)
def test_an_obstruction_not_done_is_no_asserted_protest(text: str) -> None:
    assert_events(events(text), gives_not=[("", "PROTEST", "")])


def test_blocking_what_is_no_thoroughfare_is_no_protest() -> None:
    found = events("The Orange Movement blocked the sale of land to demand reforms from Kenya.")
    assert not any(e[1] == "PROTEST" for e in found), found


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Kenyan police seized weapons and explosives from Somali armed groups.",
         "Kenya", "COERCE", "Somali armed groups"),
        ("Somali rebel groups attacked Kenyan police.", "Somali rebel groups", "ASSAULT",
         "Kenya"),
        ("Congolese armed groups attacked Ugandan troops near the border.",
         "Congolese armed groups", "ASSAULT", "Uganda"),
    ],
)  # fmt: skip
def test_a_two_word_agent_noun_of_a_country_is_an_actor(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police did not seize weapons from Somali armed groups.",
        "Somali rebel groups may have attacked Kenyan police.",
        "Somali armed groups denied attacking Kenyan police.",
    ],
)
def test_a_two_word_agent_nouns_negated_or_hedged_act_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])


def test_armed_groups_with_no_country_are_nobody() -> None:
    found = events("Armed groups attacked Kenyan police.")
    assert not any("Armed groups" in e[0] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Orange Movement said Kenya eased restrictions on the movement of Somali traders.",
        "The Orange Movement said Kenya restricted the movement of goods across the border.",
    ],
)
def test_the_movement_of_people_or_goods_is_no_group(text: str) -> None:
    found = events(text)
    assert not any("Orange Movement" in e[2] for e in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya called for talks with Uganda.", "Kenya", "Uganda"),
        ("Ghana asked for a meeting with Togo over the border dispute.", "Ghana", "Togo"),
        ("Peru appealed for a truce with Ecuador.", "Peru", "Ecuador"),
    ],
)
def test_an_appeal_for_a_meeting_with_a_party_is_a_request(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "REQUEST", target), found
    assert not [e for e in asserted(found) if e[1] != "REQUEST"], found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not call for talks with Uganda.",
        "Kenya may call for talks with Uganda.",
        "Kenya denied calling for talks with Uganda.",
    ],
)
def test_an_appeal_for_a_meeting_not_made_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])


def test_striving_for_talks_with_a_party_is_no_request_to_it() -> None:
    assert_events(events("Peru lobbied for talks with Ecuador."), gives_not=[ANYTHING])


def test_an_appeal_for_a_hostile_act_or_a_release_is_no_request_to_its_object() -> None:
    for text in ("Kenya called for sanctions against Uganda.",
                 "Kenya called for the release of Ugandan prisoners."):  # fmt: skip
        found = events(text)
        assert not any(e[1] == "REQUEST" and "Uganda" in e[2] for e in found), found
