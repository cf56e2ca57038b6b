"""mmp26 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the events are (source, PLOVER type, target,
modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events

# -- a group that came out of another whose people broke with it (mechanisms.emerged_then_broke)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Sons of the Valley grew out of cadres of the Mountain Brigade who broke with its "
            "leadership in 2009.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley began as a faction of the Mountain Brigade, which quit the "
            "brigade in 2003.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley emerged in 2004 from the northern core of the Mountain "
            "Brigade, whose officers broke from the rest of the organisation.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley grew out of fighters of the Mountain Brigade who moved to "
            "the coast in 2001 and broke away from its command.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
    ],
)
def test_emerged_from_a_group_whose_people_broke_with_it_is_a_split(text: str, a: str, b: str):
    found = named_events(text)
    assert has(found, a, "REJECT", b), found
    # the emergence is no tie in good standing any more
    assert not has(found, a, "COOPERATE", b), found


@pytest.mark.parametrize(
    "text",
    [
        # the break is negated
        "The Sons of the Valley emerged in 2004 from the northern core of the Mountain Brigade, "
        "whose officers never broke from the rest of the organisation.",
        "The Sons of the Valley began as a faction of the Mountain Brigade, which never quit the "
        "brigade.",
        # what was left is a place, not the group
        "The Sons of the Valley grew out of cadres of the Mountain Brigade who left Peru for "
        "Bolivia in 2001.",
        # a clause of no leaving
        "The Sons of the Valley grew out of cadres of the Mountain Brigade who had studied in "
        "Moscow.",
    ],
)
def test_emerged_without_a_break_is_no_split(text: str):
    found = named_events(text)
    assert not has(found, "Sons of the Valley", "REJECT", "Mountain Brigade", None), found


@pytest.mark.parametrize(
    "text",
    [
        "The Sons of the Valley may have grown out of cadres of the Mountain Brigade who broke "
        "with its leadership.",
        "The Sons of the Valley did not grow out of cadres of the Mountain Brigade who broke "
        "with its leadership.",
    ],
)
def test_emerged_then_broke_twins_stay_unasserted(text: str):
    found = named_events(text)
    assert not asserted_between(found, "Sons of the Valley", "Mountain Brigade"), found
