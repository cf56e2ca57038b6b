"""Written reports, round 42 of the data (issue 9, helper written59): classes met over the work
halves, each fixed as a mechanism for its whole family of wordings, tested on invented
sentences (none of them a labelled item) with negated, hedged or look-alike twins that must
not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an outcome told with "left": "the raid left two soldiers and a villager dead" is no
# departure from the people left (events.yaml leave: not_with_complement)
@pytest.mark.parametrize(
    "text",
    [
        "A Pakistani army raid on the compound left two Taliban commanders dead.",
        "The Pakistani army's shelling left several Taliban fighters wounded.",
    ],
)  # fmt: skip
def test_left_dead_is_no_split(text: str) -> None:
    assert_events(named_events(text, "2012-05-01"), gives_not=[("", "REJECT", "")])


def test_left_a_party_is_still_a_split() -> None:
    found = named_events("The Haqqani network's commanders left the Pakistani Taliban.")
    assert_events(found, gives=[("Haqqani", "REJECT", "Taliban Pakistan")])


# -- "X cut / slit the throats of Y" kills Y (events.yaml object_idioms cut, slit)
@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters cut the throats of two Taliban commanders in Achin.",
        "Islamic State fighters slit the throats of two Taliban commanders in Achin.",
    ],
)  # fmt: skip
def test_cutting_throats_kills(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(
        found,
        gives=[("Islamic State", "ASSAULT", "Taliban")],
        gives_not=[("Islamic State", "REJECT", "Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters did not cut the throats of the Taliban commanders they held.",
        "Islamic State fighters threatened to slit the throats of two Taliban commanders.",
        "Islamic State fighters may have cut the throats of two Taliban commanders.",
    ],
)  # fmt: skip
def test_cutting_throats_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "Taliban")])


# -- a village's chief or headman is a local leader, as its elders are (KB collective
# villagers: village chief, village headman, village leaders)
@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters beheaded a village chief near Achin.",
        "Islamic State fighters beheaded two village headmen near Achin.",
        "The Islamic State's gunmen shot dead two village leaders in Kot.",
    ],
)  # fmt: skip
def test_village_chiefs_are_locals(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives=[("Islamic State", "ASSAULT", "villagers")])


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters did not behead the village chief near Achin.",
        "Islamic State fighters may have beheaded a village headman near Achin.",
    ],
)  # fmt: skip
def test_village_chiefs_negated_or_hedged(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "villagers")])
