"""Written reports, round 21 (issue 9, helper written21): mechanisms found on round21_work,
each tested on invented sentences with negated, hedged, denied or otherwise unasserted twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- the copula with an infinitive is a scheduled act: "were to send a delegation" --------
@pytest.mark.parametrize(
    "text",
    [
        "The raid came a week before ISI officers were to hold talks with Haqqani envoys in "
        "Peshawar.",
        "The army chief is to meet tribal elders from Bajaur next week, his office said.",
        "Taliban negotiators were to sign an accord with Afghan officials in Doha on Friday.",
    ],
)  # fmt: skip
def test_a_scheduled_act_is_not_asserted(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("ISI officers held talks with Haqqani envoys in Peshawar.", "Inter-Services",
         "CONSULT", "Haqqani"),
        ("The army chief was quick to meet tribal elders from Bajaur, his office said.",
         "Pakistan", "CONSULT", "tribal"),
    ],
)  # fmt: skip
def test_a_held_act_and_an_adjective_with_an_infinitive_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, etype, target)])
