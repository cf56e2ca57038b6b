"""Written reports, round 26 (issue 9, helper written26): mechanisms found on round26_work and
on the lead's leftover classes, each tested on invented sentences with hedged, negated or
look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an ended habit: "X used to shelter Y until T, when a quarrel ended the arrangement" --------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Taliban's Helmand commanders used to shelter Al Qaeda trainers until 2012, when "
         "a dispute over money ended the arrangement.", "Taliban", "Qaeda"),
        ("The Haqqani network hosted Al Qaeda fighters until 2014, when a quarrel between "
         "their commanders ended the arrangement.", "Haqqani", "Qaeda"),
        ("Tribal elders sheltered Taliban fighters in their villages until 2010, when the "
         "arrangement was terminated.", "elders", "Taliban"),
    ],
)  # fmt: skip
def test_an_ended_arrangement_ends_the_tie(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        # hedged: no tie is asserted, so none is ended
        "The Haqqani network is thought to have hosted Al Qaeda fighters until 2014, when a "
        "quarrel ended the arrangement.",
        # a third party ends it: coded on its own, not as the host's rejection
        "The Haqqani network hosted Al Qaeda fighters until 2014, when the ISI ended the "
        "arrangement.",
        # an arrangement of another kind, not the one the clause ends
        "The Haqqani network hosted Al Qaeda fighters until 2014, when a dispute ended an "
        "arrangement with the ISI.",
    ],
)  # fmt: skip
def test_no_ended_tie_without_an_asserted_own_arrangement(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[("Haqqani", "REJECT", "Qaeda")])
