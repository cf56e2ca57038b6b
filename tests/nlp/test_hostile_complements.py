"""A cooperative frame whose infinitive carries out a hostile act named by its object noun
("agreed to coordinate attacks on X"): X is the act's target, never the frame's partner."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, named_events


@pytest.mark.parametrize(
    "text, victim",
    [
        ("The TTP agreed to coordinate attacks on Pakistani security forces.", "Pakistan"),
        ("Lashkar-e-Taiba promised to step up raids against Indian troops.", "India"),
        ("The Haqqani network agreed to plan bombings against Afghan forces.", "Afghan"),
    ],
)
def test_hostile_act_target_is_no_partner_of_the_frame(text: str, victim: str) -> None:
    found = named_events(text, "2015-01-01")
    cooperative = {"AGREE", "COOPERATE", "SUPPORT", "AID", "CONSULT"}
    wrong = [e for e in asserted(found) if e[1] in cooperative and victim in e[2]]
    assert not wrong, found


def test_undoing_a_hostile_act_keeps_the_partner() -> None:
    found = named_events("Pakistan agreed to lift sanctions on Afghanistan.", "2015-01-01")
    assert ("Pakistan", "AGREE", "Afghanistan", "asserted") in found, found
