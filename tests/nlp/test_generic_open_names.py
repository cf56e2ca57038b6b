"""Names that name no particular group: a plural generic noun opening a headline, and an
ideological name read as a person's (stop 26: an analyst's own Sahel and Levant files)."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


@pytest.mark.parametrize(
    "text", ["Groups merge into JNIM", "Factions merge into JNIM", "Militias merge into JNIM"]
)
def test_a_plural_generic_noun_opening_a_headline_is_no_named_actor(text: str) -> None:
    """ "Groups merge into JNIM" coded an actor named "Groups"."""
    found = named_events(text, "2017-03-05")
    assert not any(e[0] in ("Groups", "Factions", "Militias") for e in found), found


def test_a_named_group_opening_a_headline_still_counts() -> None:
    found = named_events("Ansar Dine merges into JNIM", "2017-03-05")
    assert any("Ansar" in e[0] and e[1] == "COOPERATE" for e in found), found


def test_an_ideological_open_name_is_not_a_group_named_after_a_person() -> None:
    """ "Islamic Jihad" + "Group" is the Islamic Jihad Group (the Uzbek IJU) in the knowledge
    base; a name of common words is no man's name to build such a group from."""
    found = named_events("Hamas and Islamic Jihad exchanged intelligence on Israeli troops.")
    assert found, found
    assert not any("Islamic Jihad Union" in (e[0], e[2]) for e in found), found
