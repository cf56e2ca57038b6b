"""Recall pass 12 (issue 9, helper recall12): mechanisms for classes of misses pooled over the
work halves of the written-report rounds (docs/extraction.md, "Recall pass 12"), each tested
on invented sentences with negated, hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events


# -- "X turned Y down": a refusal of the party Y ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Frontier Corps turned the tribal elders down when they asked for rifles.",
        "The Frontier Corps turned down the tribal elders in 2009.",
    ],
)
def test_turning_a_party_down_rejects_it(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert has(found, "Frontier Corps", "REJECT", "tribal elders"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Frontier Corps did not turn the tribal elders down.",
        "The Frontier Corps may turn the tribal elders down.",
        "Officials denied that the Frontier Corps had turned the tribal elders down.",
    ],
)
def test_turning_a_party_down_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert not asserted_between(found, "Frontier Corps", "tribal elders"), found


def test_turning_down_the_volume_rejects_nobody() -> None:
    found = named_events("The Frontier Corps turned the generators down at night.", "2010-01-01")
    assert not any(e[1] == "REJECT" for e in found), found
