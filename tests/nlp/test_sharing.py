"""What two parties share (a light verb of role ``mutual``: "share", "pool") each gives the
other: a cooperative nominal runs both ways; hedged and negated sharing is never asserted,
and what is no cooperative thing ("a border", "the blame") is no event."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has
from tests.nlp.conftest import named_events as events


@pytest.mark.parametrize(
    "text",
    [
        "The TTP and Al Qaeda shared weapons and money.",
        "The TTP shared its weapons with Al Qaeda.",
        "Al Qaeda and the TTP pooled their funds.",
    ],
)
def test_shared_help_runs_both_ways(text: str) -> None:
    found = events(text)
    assert has(found, "Tehrik", "AID", "Qaeda"), found
    assert has(found, "Qaeda", "AID", "Tehrik"), found


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The TTP may have shared weapons with Al Qaeda.", "uncertain"),
        ("The TTP never shared weapons with Al Qaeda.", "negated"),
        ("The TTP and Al Qaeda probably shared weapons.", "uncertain"),
    ],
)
def test_hedged_or_negated_sharing_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert not asserted(found), found
    assert has(found, "Tehrik", "AID", "Qaeda", modality), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan share a long border.",
        "The TTP and Al Qaeda shared the blame for the attack.",
        "The TTP shares the Afghan Taliban's ideology.",
    ],
)
def test_sharing_no_cooperative_thing_is_no_event(text: str) -> None:
    assert not events(text), events(text)
