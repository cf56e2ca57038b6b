"""Written reports, round 27 (issue 9, helper written27): classes that recur over the work
halves of at least three rounds, each widened in an existing mechanism and tested on invented
sentences with negated, hedged, denied, future or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- appointments: "one of X's deputies", "became one of X's ministers" ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sirajuddin Haqqani was appointed one of the Taliban's two deputy leaders in 2015.",
        "In 2015 Sirajuddin Haqqani was named one of Akhtar Mansour's deputies.",
        "Jalaluddin Haqqani later became one of Mullah Omar's ministers.",
        "After the fall of Kabul, Sirajuddin Haqqani became one of the Islamic Emirate's "
        "ministers.",
        "Jalaluddin Haqqani became a minister of the Taliban government in 1996.",
    ],
)  # fmt: skip
def test_a_post_of_another_group_is_an_appointment(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[("Taliban", "SUPPORT", "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        # negated, future, denied, hedged
        "Jalaluddin Haqqani never became one of Mullah Omar's ministers.",
        "Sirajuddin Haqqani is expected to become one of the Taliban's deputy leaders.",
        "Taliban officials denied that Sirajuddin Haqqani had become one of their ministers.",
        "Sirajuddin Haqqani may have been named one of Akhtar Mansour's deputies.",
        # a post in one's own group, and a word that is no post
        "Sirajuddin Haqqani became the leader of the Haqqani network.",
        "Jalaluddin Haqqani became one of the Taliban's fiercest critics.",
    ],
)  # fmt: skip
def test_no_appointment_asserted(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("Taliban", "SUPPORT", "Haqqani")])
