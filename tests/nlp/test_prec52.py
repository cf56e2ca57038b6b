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
