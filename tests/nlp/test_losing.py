"""'X lost the support of Y': the loser was the beneficiary and the support ended (events.yaml
light_verbs ``loser``, nominals.yaml reversing_verbs); a lost battle was still fought."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


@pytest.mark.parametrize(
    "text",
    [
        "The TTP lost the support of Al Qaeda in 2012.",
        "The Haqqani network has lost the support of the ISI.",
        "The Haqqani network lost ISI backing.",
        "The Haqqani network has lost the backing of the ISI.",
    ],
)
def test_lost_support_is_the_givers_cut_never_support(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] in ("SUPPORT", "AID") for e in asserted(found)), found
    giver = "Qaeda" if "Qaeda" in text else "Inter-Services"
    getter = "Tehrik" if "TTP" in text else "Haqqani"
    assert has(found, giver, "SANCTION", getter), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network did not lose the backing of the ISI.",
        "The Haqqani network may lose the support of the ISI.",
        "The Haqqani network has lost the backing of the ISI.",  # nothing wrong, if nothing
    ],
)
def test_lost_support_negated_hedged_or_unread_asserts_no_support(text: str) -> None:
    found = asserted(named_events(text))
    assert not any(e[1] in ("SUPPORT", "AID") for e in found), found
    assert not any("Haqqani" in e[0] and "Inter-Services" in e[2] for e in found), found


def test_a_lost_battle_was_fought() -> None:
    found = named_events("The Taliban lost the war against the Afghan army.")
    assert has(found, "Taliban", "ASSAULT", "Afghan National Army"), found
    assert not any(e[1] == "RETREAT" for e in found), found


def test_backing_received_or_held_is_the_givers_support() -> None:
    for text in (
        "The Haqqani network received the backing of the ISI.",
        "The Haqqani network has the backing of the ISI.",
    ):
        found = named_events(text)
        assert has(found, "Inter-Services", "SUPPORT", "Haqqani"), found
        assert not has(found, "Haqqani", "SUPPORT", "Inter-Services", None), found
