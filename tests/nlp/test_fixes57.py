"""fixes57: precision bugs found on main (former office holders, postponed acts, places).

Every sentence here is invented for these tests. Each positive has a negated, hedged or
denied twin that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2015-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1. a former office holder speaks for himself, not for the state -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former Kenyan President Tomas Velorin accused Uganda of backing rebels.",
        "Ex-Kenyan Foreign Minister Tomas Velorin accused Uganda of backing rebels.",
        "Former Kenyan President Tomas Velorin did not accuse Uganda of backing rebels.",
        "Former Kenyan President Tomas Velorin may accuse Uganda of backing rebels.",
    ],
)
def test_former_title_is_not_the_state(text: str) -> None:
    assert not any("Kenya" in e[0] for e in asserted(_events(text)))


def test_sitting_title_stands_for_the_state() -> None:
    text = "Kenyan President Tomas Velorin accused Uganda of backing rebels."
    assert has(_events(text), "Kenya", "ACCUSE", "Uganda")


def test_sitting_title_denied_is_not_asserted() -> None:
    text = "Kenyan President Tomas Velorin denied accusing Uganda of backing rebels."
    assert not has(_events(text), "Kenya", "ACCUSE", "Uganda")


# -- 2. an undoing put off has not happened ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya postponed the lifting of sanctions on Uganda.",
        "Kenya delayed the lifting of its embargo on Ugandan goods.",
        "Kenya did not postpone the lifting of sanctions on Uganda.",
        "Kenya may postpone the lifting of sanctions on Uganda.",
    ],
)
def test_put_off_easing_is_not_asserted(text: str) -> None:
    assert not has(_events(text), "Kenya", "RETREAT", "Uganda")


def test_easing_announced_is_asserted() -> None:
    assert has(_events("Kenya lifted sanctions on Uganda."), "Kenya", "RETREAT", "Uganda")


def test_easing_denied_is_not_asserted() -> None:
    text = "Kenya denied lifting sanctions on Uganda."
    assert not has(_events(text), "Kenya", "RETREAT", "Uganda")


# -- 2b. calling off a truce is no "call on" request -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbla Front called off its ceasefire with Kenya on Saturday.",
        "The Zorbla Front on Monday called off a ceasefire with the Kenyan government.",
        "The Zorbla Front did not call off its ceasefire with Kenya on Saturday.",
    ],
)
def test_calling_off_a_truce_is_no_request(text: str) -> None:
    assert not has(_events(text), "Zorbla", "REQUEST", "Kenya", modality=None)


def test_call_on_is_a_request() -> None:
    text = "The Zorbla Front called on Kenya to release its prisoners."
    assert has(_events(text), "Zorbla", "REQUEST", "Kenya")


def test_call_on_hedged_is_not_asserted() -> None:
    text = "The Zorbla Front may call on Kenya to release its prisoners."
    assert not has(_events(text), "Zorbla", "REQUEST", "Kenya")
