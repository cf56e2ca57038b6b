"""A relation brought to an end through a noun of ending (modality.rules.v38), and a denied
act the parser reads as a modifier of its object (code.rules.v88).

"X put / brought an end to its alliance with Y", "their alliance came to an end / drew to a
close" end the relation as "X ended its alliance with Y" and "the alliance ended" do: a
REJECT, never an asserted cooperation. "X denied suing Y" denies an act, it rejects nobody.
Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


def _pair(found: set, kind: str, modality: str = "asserted") -> list:
    return [e for e in found if e[1] == kind and e[3] == modality
            and "Zorvan" in e[0] and "Kessel" in e[2]]  # fmt: skip


def _asserted_cooperation(found: set) -> list:
    hostile = {"REJECT", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST"}
    return [e for e in found if e[3] == "asserted" and e[1] not in hostile]


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front put an end to its alliance with the Kessel Brigades in 2014.",
        "The Zorvan Front brought an end to its cooperation with the Kessel Brigades.",
        "The Zorvan Front's alliance with the Kessel Brigades came to an end in 2014.",
        "The Zorvan Front's partnership with the Kessel Brigades drew to a close last year.",
    ],
)
def test_a_relation_brought_to_an_end_is_over(text: str) -> None:
    found = named_events(text)
    assert _pair(found, "REJECT"), found
    assert not _asserted_cooperation(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front did not put an end to its alliance with the Kessel Brigades.",
        "The Zorvan Front may put an end to its alliance with the Kessel Brigades.",
        "The Zorvan Front denied that it had put an end to its alliance with the Kessel Brigades.",
    ],
)
def test_an_end_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[3] == "asserted"], found


def test_an_end_to_hostility_is_no_break() -> None:
    found = named_events("The Zorvan Front put an end to its feud with the Kessel Brigades.")
    assert not _pair(found, "REJECT"), found


@pytest.mark.parametrize(
    "text",
    ["Zorvania denied suing Kesselia.", "Zorvania denied shelling Kesselia's border posts."],
)
def test_a_denied_act_rejects_nobody(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[3] == "asserted"], found


def test_a_refused_party_is_still_rejected() -> None:
    found = named_events("The Zorvan Front denied the Kessel Brigades sanctuary.")
    assert _pair(found, "REJECT"), found
