"""Mechanisms for militant-relationship descriptions (issue 9, other regions' MMP-style rows).

Invented sentences about real groups; each mechanism has a negated, denied or hedged twin
that must never be asserted.
"""

from __future__ import annotations

import pytest

from riftwatch import api
from riftwatch.nlp.initialisms import Initialisms, initials

COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONF = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _events(text: str, date: str = "2012-06-01") -> list[dict]:
    return list(api.extract([{"id": "t", "date": date, "text": text}]))


def _between(text: str, a: str, b: str) -> list[dict]:
    return [e for e in _events(text) if {e["source"]["id"], e["target"]["id"]} == {a, b}]


def _asserted(text: str, a: str, b: str) -> list[dict]:
    return [e for e in _between(text, a, b) if e["modality"] == "asserted"]


# -- initialisms of known names ---------------------------------------------------------------


def test_initials_of_a_name_with_and_without_connectors() -> None:
    assert {"JMA", "JAMWA", "JaMwA"} <= initials("Jaish al-Muhajireen wal Ansar")
    assert "LeJ" in initials("Lashkar-e-Jhangvi")
    assert {"CPP", "NPA"} <= initials("Communist Party of the Philippines–New People's Army")


def test_initialism_shared_by_two_groups_is_never_guessed() -> None:
    index = Initialisms([("org:a", "Front of Zed", "armed_group", ()),
                         ("org:b", "Force of Zulus", "armed_group", ()),
                         ("person:c", "Kim Lee", "person", ())])  # fmt: skip
    assert index.lookup("FZ") is None
    assert index.lookup("KL") is None  # people give no initialisms


def test_initialism_the_kb_lists_stays_with_its_alias() -> None:
    index = Initialisms([("org:a", "Tehrik Taliban Pakistan", "armed_group", ())], known={"TTP"})
    assert index.lookup("TTP") is None  # the resolver reads it, not the initials


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The ART funded LeJ in 1999.", "org:al-rashid-trust", "org:lej"),
        (
            "The PUK clashed with the KDP in 1994.",
            "org:patriotic-union-of-kurdistan",
            "org:kurdish-democratic-party",
        ),
        (
            "The INLA fought the IPLO in Belfast.",
            "org:irish-national-liberation-army",
            "org:irish-people-liberation-organization",
        ),
    ],
)
def test_initials_stand_for_their_group(text: str, a: str, b: str) -> None:
    assert _asserted(text, a, b)


def test_initials_in_a_denial_are_not_asserted() -> None:
    text = "The ART denied that it funded LeJ."
    assert not _asserted(text, "org:al-rashid-trust", "org:lej")


def test_shouted_headline_reads_no_initials() -> None:
    evs = _events("ART FUNDED LEJ IN KARACHI")
    assert not any("al-rashid-trust" in (e["source"]["id"] or "") for e in evs)
