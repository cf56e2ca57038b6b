"""prec52 (invented sentences): a verb that ends a tie named by its object ends it.

"X denounced its pact with Y" had coded an asserted AGREE both ways and an ACCUSE of Y: the
object of "denounce" is the pact, not a party, and denouncing a pact is leaving it.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document

ZORVAN, KESSEL = "Zorvan Front", "Kessel Brigades"


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": "2021-03-01", "text": text}
    return [
        (d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"])
        for d in (c.to_dict() for c in extract_document(doc))
    ]


def _asserted_ties(events: list[tuple[str, str, str, str]]) -> list[tuple[str, ...]]:
    return [e for e in events if e[1] in ("AGREE", "COOPERATE", "ACCUSE") and e[3] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front denounced its military agreements with the Kessel Brigades.",
        "The Zorvan Front denounced its 2019 pact with the Kessel Brigades on Monday.",
        "The Zorvan Front renounced its accord with the Kessel Brigades.",
        "The Zorvan Front tore up its agreement with the Kessel Brigades.",
    ],
)
def test_denouncing_own_pact_is_a_rejection(text: str) -> None:
    events = _events(text)
    assert (ZORVAN, "REJECT", KESSEL, "asserted") in events, events
    assert not _asserted_ties(events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front did not denounce its pact with the Kessel Brigades.",
        "The Zorvan Front may denounce its accord with the Kessel Brigades.",
        "It is unclear whether the Zorvan Front denounced its agreement with the Kessel Brigades.",
    ],
)
def test_unasserted_denouncing_asserts_nothing(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[3] == "asserted"], events


def test_denouncing_a_pact_of_others_is_no_leaving_of_it() -> None:
    events = _events(
        "The Zorvan Front denounced the pact between the Kessel Brigades and the Harrow Movement."
    )
    assert not [e for e in events if e[1] == "REJECT" and e[0] == ZORVAN], events


@pytest.mark.parametrize(
    "text",
    [
        "The coalition of the Zorvan Front and the Kessel Brigades fell apart in June.",
        "The alliance of the Zorvan Front and the Kessel Brigades collapsed last year.",
        "The alliance between the Zorvan Front and the Kessel Brigades broke down.",
        "The Zorvan Front and the Kessel Brigades' partnership broke down.",
    ],
)
def test_a_named_relation_ending_is_a_split(text: str) -> None:
    events = _events(text)
    assert (ZORVAN, "REJECT", KESSEL, "asserted") in events, events
    assert (KESSEL, "REJECT", ZORVAN, "asserted") in events, events
    assert not _asserted_ties(events), events


@pytest.mark.parametrize(
    "text",
    [
        "The coalition of the Zorvan Front and the Kessel Brigades did not fall apart.",
        "The alliance of the Zorvan Front and the Kessel Brigades may collapse.",
    ],
)
def test_an_unasserted_ending_asserts_nothing(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[3] == "asserted"], events


def test_members_of_a_coalition_cooperate() -> None:
    events = _events("The coalition of the Zorvan Front and the Kessel Brigades was formed in May.")
    assert (ZORVAN, "COOPERATE", KESSEL, "asserted") in events, events


def test_a_coalition_of_one_party_names_no_member_pair() -> None:
    events = _events("The coalition of the Zorvan Front attacked the Kessel Brigades.")
    assert not [e for e in events if e[1] in ("COOPERATE", "REJECT")], events


def test_recalling_an_envoy_downgrades_relations() -> None:
    events = _events("The Zorvan Front recalled its envoy from the Kessel Brigades.")
    assert (ZORVAN, "SANCTION", KESSEL, "asserted") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front did not recall its envoy from the Kessel Brigades.",
        "The Zorvan Front may recall its envoy from the Kessel Brigades.",
        "The Zorvan Front recalled its fighters from the Kessel Brigades' territory.",
    ],
)
def test_no_recall_of_an_envoy_asserts_nothing(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[3] == "asserted"], events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front gave the Kessel Brigades' troops a month to leave.",
        "The Zorvan Front gave the Kessel Brigades a week to leave the valley.",
    ],
)
def test_a_deadline_to_leave_is_an_expulsion(text: str) -> None:
    events = _events(text)
    assert (ZORVAN, "COERCE", KESSEL, "asserted") in events, events
    assert not [e for e in events if e[1] == "AID"], events


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front did not give the Kessel Brigades a month to leave.",
        "The Zorvan Front may give the Kessel Brigades a week to leave the valley.",
    ],
)
def test_no_deadline_to_leave_asserts_nothing(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[3] == "asserted"], events


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Zorvan Front defected to the Kessel Brigades.",
        "The Zorvan Front's commanders defected to the Kessel Brigades.",
    ],
)
def test_men_who_defect_take_no_group_with_them(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[0] == ZORVAN and e[1] == "SUPPORT"], events


def test_a_whole_group_defecting_joins() -> None:
    events = _events("The Zorvan Front defected to the Kessel Brigades.")
    assert (ZORVAN, "SUPPORT", KESSEL, "asserted") in events, events


def test_a_possible_group_defection_is_not_asserted() -> None:
    events = _events("The Zorvan Front may defect to the Kessel Brigades.")
    assert not [e for e in events if e[3] == "asserted"], events
