"""gaps56: known extraction gaps of the lead's analyst walks (issue 9), each fixed as a class.

Every sentence here is invented for these tests. Each class has its positives and twins that
must not be asserted (negated, hedged, future) or must stay as they were.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

DATE = "2012-06-01"
TALIBAN = "Afghan Taliban"
HIG = "Hizb-i-Islami"


def _found(text: str, date: str = DATE) -> set[tuple[str, str, str, str]]:
    return api_named(text, date)


# -- a. two parties that held back from fighting each other kept a tacit truce --------------
# "X and Y avoided fighting each other" gave only the negated fight; the restraint itself is
# a cooperative act between them, both ways (mechanisms.mutual_restraint, cues.yaml
# restraint_verbs), read on the verb of holding back so that its own negation or hedge holds.


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban and Hezb-e-Islami avoided fighting each other in Kunar.",
        "The Taliban and Hezb-e-Islami refrained from attacking one another in Kunar.",
        "The Taliban and Hezb-e-Islami avoided clashes with each other that summer.",
    ],
)
def test_mutual_restraint_is_a_truce_both_ways(text: str) -> None:
    assert_events(
        _found(text),
        gives=[(TALIBAN, "AGREE", HIG), (HIG, "AGREE", TALIBAN)],
        gives_not=[("", "ASSAULT", "")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban and Hezb-e-Islami did not avoid fighting each other in Kunar.",
        "The Taliban and Hezb-e-Islami may have avoided fighting each other in Kunar.",
        "The Taliban and Hezb-e-Islami will avoid fighting each other in Kunar.",
        "The Taliban avoided attacking Hezb-e-Islami in Kunar.",  # one side holding back
    ],
)
def test_mutual_restraint_twins_assert_no_truce(text: str) -> None:
    assert_events(_found(text), gives_not=[("", "AGREE", ""), ("", "ASSAULT", "")])
