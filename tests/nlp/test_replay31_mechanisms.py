"""replay31: an alliance that "split" or "fractured" is over (invented sentences).

A relation noun that is the subject of a verb of splitting ("the alliance between X and Y
split in 2015", "their partnership fractured", "the pact ruptured") ends the relation, as
"the alliance broke down / fell apart" already did (cues.yaml ``ending_verbs``): an asserted
REJECT between the two, never an asserted cooperation. Negated, hedged or future splits stay
unasserted; a split with an object of its own ("the alliance split the spoils") ends nothing.
"""

from __future__ import annotations

import pytest

from conftest import asserted, named_events

A, B = "Qarvel Hills Front", "Merrow Valley Army"


def _pair(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {e for e in found if {e[0], e[2]} == {A, B}}


@pytest.mark.parametrize(
    "text",
    [
        f"In 2015 the alliance between the {A} and the {B} split over the sharing of the "
        "border revenue.",
        f"The partnership between the {A} and the {B} fractured in 2016 after a dispute "
        "over prisoners.",
        f"In 2017 the {A}'s pact with the {B} ruptured when their commanders quarrelled.",
    ],
)
def test_a_relation_that_splits_is_over(text: str) -> None:
    found = _pair(named_events(text, "2016-01-01"))
    live = asserted(found)
    assert any(e[1] == "REJECT" for e in live), found
    assert not any(e[1] == "COOPERATE" for e in live), found


@pytest.mark.parametrize(
    "text",
    [
        f"In 2015 the alliance between the {A} and the {B} did not split, despite the quarrel.",
        f"The alliance between the {A} and the {B} could split next year, analysts said.",
        f"Officials denied that the alliance between the {A} and the {B} had fractured.",
    ],
)
def test_a_denied_or_possible_split_is_not_asserted(text: str) -> None:
    found = _pair(named_events(text, "2016-01-01"))
    assert not any(e[1] == "REJECT" for e in asserted(found)), found


def test_a_split_with_an_object_of_its_own_ends_nothing() -> None:
    found = _pair(named_events(
        f"In 2015 the alliance between the {A} and the {B} split the captured town between "
        "them.", "2016-01-01"))  # fmt: skip
    assert not any(e[1] == "REJECT" for e in asserted(found)), found
