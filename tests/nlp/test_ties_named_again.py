"""A tie named again: "X and Y formed an alliance. ... X ended the alliance." A definite
relation noun with no partner of its own ("the alliance", "the merger", "the truce") is the
subject's latest cooperative tie told earlier in the document (stop 27, from an analyst's
own files: a faction "rejected the merger" announced a sentence before)."""

from __future__ import annotations

from functools import partial

import pytest
from coded import group_events

events = partial(group_events, date="2017-07-01")


def _between(coded: set, kind: str, one: str, other: str) -> set:
    return {e for e in coded if e[1] == kind and one in e[0] and other in e[3]}


@pytest.mark.parametrize(
    ("text", "leaver", "partner"),
    [
        ("In 2014 Jaysh al-Islam and Faylaq al-Rahman formed an alliance in Ghouta. "
         "In 2016 Faylaq al-Rahman ended the alliance.", "Faylaq", "Jaysh"),
        ("In 2012 Ansar Dine and AQIM agreed a pact. Months later Ansar Dine abandoned the pact.",
         "Ansar", "Islamic Maghreb"),
        ("Ahrar al-Sham announced a merger with the Nusra Front in 2015. "
         "Several Ahrar al-Sham commanders rejected the merger.", "Ahrar", "Nusra"),
    ],
)  # fmt: skip
def test_a_tie_named_again_gives_its_partner(text: str, leaver: str, partner: str) -> None:
    coded = events(text)
    found = _between(coded, "REJECT", leaver, partner)
    assert any(e[4] == "asserted" for e in found), coded


def test_a_negated_ending_of_a_tie_named_again_is_not_asserted() -> None:
    text = ("In 2014 Jaysh al-Islam and Faylaq al-Rahman formed an alliance in Ghouta. "
            "In 2016 Faylaq al-Rahman did not end the alliance.")  # fmt: skip
    found = _between(events(text), "REJECT", "Faylaq", "Jaysh")
    assert found and not any(e[4] == "asserted" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the subject was in no tie told before
        "In 2014 Jaysh al-Islam and Faylaq al-Rahman formed an alliance in Ghouta. "
        "In 2016 Ahrar al-Sham ended the alliance.",
        # nothing told before
        "In 2016 Faylaq al-Rahman ended the alliance.",
    ],
)
def test_no_partner_is_invented_for_a_tie_nobody_told(text: str) -> None:
    assert not {e for e in events(text) if e[1] == "REJECT"}, events(text)
